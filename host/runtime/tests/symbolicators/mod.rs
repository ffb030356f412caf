//! Symbolicator plugins against real components: the reference `rom-symbols` with maps written
//! here and made by `arm-none-eabi-nm` from a real object file, granted files, routing by
//! address range, the host's symbol look-ups, and misbehaving symbolicators.

use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use faultline_model::{DeviceContext, PluginFailure};
use faultline_plugin_build::{DECODER_V1, MISBEHAVE, ROM_SYMBOLS, bundled};
use faultline_runtime::{
    DecodeError, LookupSymbol, Manifest, PluginFrame, PluginFrameIn, PluginFrameStatus, PluginId,
    Runtime, RuntimeError, SymbolLookup, SymbolicateError,
};

fn ctx() -> DeviceContext {
    DeviceContext {
        serial: "SN-0001".into(),
        hardware_version: "evt-2".into(),
        software_type: "main".into(),
        software_version: "1.2.3".into(),
        build_id: vec![0xab; 20],
    }
}

fn id(s: &str) -> PluginId {
    PluginId::new(s)
}

/// A `[[plugin]]` of kind symbolicator for a bundled component, with extra TOML lines.
fn entry(plugin: &str, component: &str, extra: &str) -> String {
    format!(
        "[[plugin]]\nid = \"{plugin}\"\nkind = \"symbolicator\"\npath = {:?}\n{extra}\n",
        bundled(component)
    )
}

fn misbehave(plugin: &str, mode: &str, extra: &str) -> String {
    entry(
        plugin,
        MISBEHAVE,
        &format!("{extra}\n[plugin.config]\nmode = \"{mode}\""),
    )
}

/// A runtime from entries; relative `[plugin.files]` paths resolve against `dir`.
fn runtime(entries: &[String], dir: &Path) -> Result<Runtime, RuntimeError> {
    let text = format!("version = 1\n{}", entries.join("\n"));
    let manifest = Manifest::from_toml_str(&text, dir).expect("valid manifest");
    Runtime::new(manifest, &dir.join("cache"))
}

fn frames(pcs: &[u64]) -> Vec<PluginFrameIn> {
    pcs.iter()
        .map(|&pc| PluginFrameIn {
            pc,
            sp: Some(0x2000_1000),
        })
        .collect()
}

fn named(pc: u64, function: &str) -> PluginFrame {
    PluginFrame {
        pc,
        status: PluginFrameStatus::Symbolicated,
        function: Some(function.into()),
        file: None,
        line: None,
        inlined: false,
    }
}

fn unknown(pc: u64) -> PluginFrame {
    PluginFrame {
        pc,
        status: PluginFrameStatus::UnknownAddress,
        function: None,
        file: None,
        line: None,
        inlined: false,
    }
}

/// A look-up that knows nothing.
struct NoSymbols;

impl SymbolLookup for NoSymbols {
    fn lookup(&self, _build_id: &[u8], _address: u64) -> Vec<LookupSymbol> {
        Vec::new()
    }
}

fn no_symbols() -> Arc<dyn SymbolLookup> {
    Arc::new(NoSymbols)
}

fn failure(r: Result<Vec<PluginFrame>, SymbolicateError>) -> (PluginFailure, String) {
    match r {
        Err(SymbolicateError::Failed { failure, detail }) => (failure, detail),
        other => panic!("expected a plugin failure, got {other:?}"),
    }
}

/// Names for a map: `# `comments, sized and size-less lines, code and data symbols.
const MAP: &str = "\
# acme ROM v3, from `nm -S --defined-only acme-rom.elf`
00000100 00000040 T rom_reset_handler
00000140 00000020 t rom_uart_putc
00000140 00000010 R rom_uart_table
00000200 T rom_flash_erase
00000280 W rom_flash_write
00000300 00000004 D rom_version
";

#[test]
fn rom_symbols_names_rom_addresses_from_a_granted_map() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("acme-rom.nm"), MAP).expect("write map");
    let rt = runtime(
        &[entry(
            "rom-symbols",
            ROM_SYMBOLS,
            "vendor = \"acme\"\n[plugin.route]\naddress_ranges = [\"0x00000000-0x0000ffff\"]\n[plugin.files]\nmap = \"acme-rom.nm\"",
        )],
        dir.path(),
    )
    .expect("runtime starts");
    let rom = id("rom-symbols");
    let pcs = [
        0x100, // first byte of a sized symbol
        0x13e, // last halfword of it
        0x150, // a code symbol and a data symbol at one address: the code one
        0x160, // just past a sized symbol, before the next one
        0x2fe, // a size-less symbol ends where the next one starts
        0x200, 0x27f, 0x280, // size-less symbols
        0x300, // a data symbol names nothing
        0xfffe, 0x1_0000, // above the ROM's range: not passed to the plugin
    ];
    let got = rt
        .symbolicate(&rom, &ctx(), &frames(&pcs), no_symbols())
        .expect("rom-symbols names the frames");
    assert_eq!(
        got,
        vec![
            named(0x100, "rom_reset_handler"),
            named(0x13e, "rom_reset_handler"),
            named(0x150, "rom_uart_putc"),
            unknown(0x160),
            named(0x2fe, "rom_flash_write"),
            named(0x200, "rom_flash_erase"),
            named(0x27f, "rom_flash_erase"),
            named(0x280, "rom_flash_write"),
            unknown(0x300),
            unknown(0xfffe),
        ]
    );
    // The map is parsed once per instance; a second call answers the same.
    assert_eq!(
        rt.symbolicate(&rom, &ctx(), &frames(&[0x141]), no_symbols()),
        Ok(vec![named(0x141, "rom_uart_putc")])
    );
    assert!(rt.symbolicator_wants(&rom, 0xffff));
    assert!(!rt.symbolicator_wants(&rom, 0x1_0000));
    let stats = rt.stats();
    assert_eq!(stats[0].vendor.as_deref(), Some("acme"));
    assert_eq!(stats[0].calls, 2);
}

fn require(tool: &str) {
    let found = Command::new(tool)
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    assert!(
        found,
        "{tool} not found: `./dev setup` installs the firmware toolchain \
         (gcc-arm-none-eabi, binutils-arm-none-eabi)"
    );
}

fn run(cmd: &mut Command) -> Output {
    let out = cmd.output().unwrap_or_else(|e| panic!("run {cmd:?}: {e}"));
    assert!(
        out.status.success(),
        "{cmd:?} failed ({}):\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// A tiny "ROM": three functions calling each other, a table and a counter.
const ROM_C: &str = r#"
int rom_counter;
const int rom_table[4] = {1, 2, 3, 4};
__attribute__((noinline)) int rom_add(int a, int b) { return a + b + rom_table[a & 3]; }
__attribute__((noinline)) int rom_mul(int a, int b) { rom_counter++; return a * b - rom_add(a, b); }
static __attribute__((noinline)) int rom_helper(int x) { return rom_mul(x, x) ^ 0x55; }
int rom_entry(int x) { return rom_helper(x) + rom_helper(x + 1); }
"#;

/// (start, size) of a function in the object, from readelf (not nm), Thumb bit cleared.
fn function(symbols: &str, name: &str) -> (u64, u64) {
    for line in symbols.lines() {
        let cols: Vec<&str> = line.split_whitespace().collect();
        // Num: Value Size Type Bind Vis Ndx Name
        if cols.len() == 8 && cols[3] == "FUNC" && cols[7] == name {
            let value = u64::from_str_radix(cols[1], 16).expect("hex value");
            let size = cols[2].parse().expect("decimal size");
            return (value & !1, size);
        }
    }
    panic!("{name} is not a function in:\n{symbols}");
}

#[test]
fn rom_symbols_reads_the_map_arm_none_eabi_nm_makes() {
    for tool in [
        "arm-none-eabi-gcc",
        "arm-none-eabi-nm",
        "arm-none-eabi-readelf",
    ] {
        require(tool);
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let src = dir.path().join("rom.c");
    let obj = dir.path().join("rom.o");
    std::fs::write(&src, ROM_C).expect("write source");
    run(Command::new("arm-none-eabi-gcc")
        .args(["-mcpu=cortex-m3", "-mthumb", "-O2", "-c"])
        .arg(&src)
        .arg("-o")
        .arg(&obj));
    let sized = run(Command::new("arm-none-eabi-nm")
        .args(["-S", "--defined-only"])
        .arg(&obj));
    std::fs::write(dir.path().join("rom.nm"), &sized.stdout).expect("write map");
    // Without -S: every symbol ends where the next one starts.
    let sizeless = run(Command::new("arm-none-eabi-nm")
        .arg("--defined-only")
        .arg(&obj));
    std::fs::write(dir.path().join("rom-nosize.nm"), &sizeless.stdout).expect("write map");
    let readelf = run(Command::new("arm-none-eabi-readelf").arg("-sW").arg(&obj));
    let symbols = String::from_utf8_lossy(&readelf.stdout);

    let rt = runtime(
        &[
            entry("sized", ROM_SYMBOLS, "[plugin.files]\nmap = \"rom.nm\""),
            entry(
                "sizeless",
                ROM_SYMBOLS,
                "[plugin.files]\nnm = \"rom-nosize.nm\"\n[plugin.config]\nfile = \"nm\"",
            ),
        ],
        dir.path(),
    )
    .expect("runtime starts");

    let mut pcs = Vec::new();
    let mut expected = Vec::new();
    for name in ["rom_add", "rom_mul", "rom_helper"] {
        let (start, size) = function(&symbols, name);
        assert!(size >= 4, "{name} is {size} bytes");
        // First instruction, middle, last halfword.
        for pc in [start, (start + size / 2) & !1, start + size - 2] {
            pcs.push(pc);
            expected.push(named(pc, name));
        }
    }
    let got = rt
        .symbolicate(&id("sized"), &ctx(), &frames(&pcs), no_symbols())
        .expect("the nm -S map is read");
    assert_eq!(
        got,
        expected,
        "nm -S map:\n{}",
        String::from_utf8_lossy(&sized.stdout)
    );
    let got = rt
        .symbolicate(&id("sizeless"), &ctx(), &frames(&pcs), no_symbols())
        .expect("the nm map is read");
    assert_eq!(
        got,
        expected,
        "nm map:\n{}",
        String::from_utf8_lossy(&sizeless.stdout)
    );

    // Past the end of the last function: nothing with sizes, the last symbol without.
    let (entry_start, entry_size) = function(&symbols, "rom_entry");
    let past = entry_start + entry_size;
    assert_eq!(
        rt.symbolicate(&id("sized"), &ctx(), &frames(&[past]), no_symbols()),
        Ok(vec![unknown(past)])
    );
    assert_eq!(
        rt.symbolicate(&id("sizeless"), &ctx(), &frames(&[past]), no_symbols()),
        Ok(vec![named(past, "rom_entry")])
    );
}

#[test]
fn granted_files_are_the_only_files_a_plugin_reads() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("rom.nm"), MAP).expect("write map");
    std::fs::write(
        dir.path().join("broken.nm"),
        "00000100 00000040 T ok\nthis is not nm output\n",
    )
    .expect("write map");
    let rt = runtime(
        &[
            // Asks for a file it was not granted.
            entry(
                "wrong-name",
                ROM_SYMBOLS,
                "[plugin.files]\nrom = \"rom.nm\"\n[plugin.config]\nfile = \"../rom.nm\"",
            ),
            entry("no-files", ROM_SYMBOLS, ""),
            entry("broken", ROM_SYMBOLS, "[plugin.files]\nmap = \"broken.nm\""),
        ],
        dir.path(),
    )
    .expect("runtime starts");
    let pcs = frames(&[0x100]);
    assert_eq!(
        failure(rt.symbolicate(&id("wrong-name"), &ctx(), &pcs, no_symbols())),
        (
            PluginFailure::PluginError,
            "rom-symbols: cannot read `../rom.nm`: file `../rom.nm` is not granted to this plugin"
                .into()
        )
    );
    assert_eq!(
        failure(rt.symbolicate(&id("no-files"), &ctx(), &pcs, no_symbols())),
        (
            PluginFailure::PluginError,
            "rom-symbols: cannot read `map`: file `map` is not granted to this plugin".into()
        )
    );
    assert_eq!(
        failure(rt.symbolicate(&id("broken"), &ctx(), &pcs, no_symbols())),
        (
            PluginFailure::PluginError,
            "rom-symbols: symbol map `map`: line 2: expected `<address> [<size>] <type> <name>` \
             (GNU nm -S --defined-only), got `this is not nm output`"
                .into()
        )
    );
    assert_eq!(rt.stats()[0].failures_of(PluginFailure::PluginError), 1);

    // A granted file must exist and be at most 16 MiB when the runtime starts.
    let missing = runtime(
        &[entry(
            "rom",
            ROM_SYMBOLS,
            "[plugin.files]\nmap = \"gone.nm\"",
        )],
        dir.path(),
    );
    let gone = dir.path().join("gone.nm");
    match missing {
        Err(e) => assert!(
            e.to_string().starts_with(&format!(
                "plugin `rom`: cannot read granted file `map` ({}): ",
                gone.display()
            )),
            "{e}"
        ),
        Ok(_) => panic!("a missing granted file loaded"),
    }
    let big = dir.path().join("big.nm");
    let file = std::fs::File::create(&big).expect("create");
    file.set_len(16 * 1024 * 1024 + 1).expect("grow");
    match runtime(
        &[entry(
            "rom",
            ROM_SYMBOLS,
            "[plugin.files]\nmap = \"big.nm\"",
        )],
        dir.path(),
    ) {
        Err(e) => assert_eq!(
            e.to_string(),
            format!(
                "plugin `rom`: cannot read granted file `map` ({}): larger than 16777216 bytes",
                big.display()
            )
        ),
        Ok(_) => panic!("a granted file over the cap loaded"),
    }
}

#[test]
fn routing_by_device_and_address_range() {
    let dir = tempfile::tempdir().expect("tempdir");
    let decoder = format!(
        "[[plugin]]\nid = \"decoder-v1\"\nkind = \"decoder\"\npath = {:?}\n",
        bundled(DECODER_V1)
    );
    let rt = runtime(
        &[
            decoder,
            misbehave(
                "ranges",
                "echo",
                "[plugin.route]\naddress_ranges = [\"0x1000-0x1fff\", \"0x8000 - 0x8003\"]",
            ),
            misbehave("off", "echo", "enabled = false"),
            misbehave(
                "acme-only",
                "echo",
                "[plugin.route]\nprojects = [\"acme\"]\nhardware_versions = [\"evt-2\"]\nsoftware_types = [\"main\"]",
            ),
        ],
        dir.path(),
    )
    .expect("runtime starts");
    let names = |v: Vec<PluginId>| v.into_iter().map(|p| p.to_string()).collect::<Vec<_>>();
    assert_eq!(
        names(rt.route_symbolicators("acme", &ctx())),
        ["ranges", "acme-only"]
    );
    assert_eq!(names(rt.route_symbolicators("other", &ctx())), ["ranges"]);
    let dvt = DeviceContext {
        hardware_version: "dvt-1".into(),
        ..ctx()
    };
    assert_eq!(names(rt.route_symbolicators("acme", &dvt)), ["ranges"]);

    let ranges = id("ranges");
    for (pc, wanted) in [
        (0x0fff, false),
        (0x1000, true),
        (0x1fff, true),
        (0x2000, false),
        (0x8003, true),
        (0x8004, false),
    ] {
        assert_eq!(rt.symbolicator_wants(&ranges, pc), wanted, "{pc:#x}");
    }
    assert!(rt.symbolicator_wants(&id("acme-only"), 0));
    assert!(!rt.symbolicator_wants(&id("off"), 0x1000));
    assert!(!rt.symbolicator_wants(&id("decoder-v1"), 0x1000));
    assert!(!rt.symbolicator_wants(&id("nope"), 0x1000));

    // Only the frames in its ranges reach the plugin (the echo names every frame it gets).
    let got = rt
        .symbolicate(
            &ranges,
            &ctx(),
            &frames(&[0x0fff, 0x1000, 0x1abc, 0x2000, 0x8003, 0x8004]),
            no_symbols(),
        )
        .expect("echo");
    assert_eq!(
        got,
        vec![
            named(0x1000, "misbehave_1000"),
            named(0x1abc, "misbehave_1abc"),
            named(0x8003, "misbehave_8003"),
        ]
    );
    // No frame in range: no call at all.
    assert_eq!(
        rt.symbolicate(&ranges, &ctx(), &frames(&[0x10, 0x9000]), no_symbols()),
        Ok(vec![])
    );
    assert_eq!(rt.stats()[1].calls, 1);

    // Kinds are not interchangeable.
    let (f, detail) =
        failure(rt.symbolicate(&id("decoder-v1"), &ctx(), &frames(&[1]), no_symbols()));
    assert_eq!(
        (f, detail.as_str()),
        (
            PluginFailure::PluginError,
            "plugin is a decoder plugin, not a symbolicator"
        )
    );
    match rt.decode(&ranges, &ctx(), 0x41, b"x") {
        Err(DecodeError::Failed { failure, detail }) => assert_eq!(
            (failure, detail.as_str()),
            (
                PluginFailure::PluginError,
                "plugin is a symbolicator plugin, not a decoder"
            )
        ),
        other => panic!("a symbolicator decoded: {other:?}"),
    }
    let (f, _) = failure(rt.symbolicate(&id("off"), &ctx(), &frames(&[1]), no_symbols()));
    assert_eq!(f, PluginFailure::Disabled);
    let (f, _) = failure(rt.symbolicate(&id("nope"), &ctx(), &frames(&[1]), no_symbols()));
    assert_eq!(f, PluginFailure::Disabled);
}

/// A symbol store that answers slowly, as a cold one parsing an ELF would, and records what
/// it was asked.
struct SlowSymbols {
    delay: Duration,
    asked: Mutex<Vec<(Vec<u8>, u64)>>,
}

impl SymbolLookup for SlowSymbols {
    fn lookup(&self, build_id: &[u8], address: u64) -> Vec<LookupSymbol> {
        std::thread::sleep(self.delay);
        self.asked
            .lock()
            .expect("not poisoned")
            .push((build_id.to_vec(), address));
        match address {
            0x0800_0100 => vec![
                LookupSymbol {
                    name: "ring_push".into(),
                    file: Some("src/ring.h".into()),
                    line: Some(31),
                },
                LookupSymbol {
                    name: "log_write".into(),
                    file: Some("src/log.c".into()),
                    line: Some(88),
                },
            ],
            0x0800_0200 => vec![LookupSymbol {
                name: "main".into(),
                file: None,
                line: None,
            }],
            _ => Vec::new(),
        }
    }
}

#[test]
fn lookups_reach_the_callers_symbols_without_eating_the_timeout() {
    let dir = tempfile::tempdir().expect("tempdir");
    let rt = runtime(
        &[misbehave(
            "lookup",
            "lookup",
            "[plugin.limits]\ntimeout_ms = 20",
        )],
        dir.path(),
    )
    .expect("runtime starts");
    let symbols = Arc::new(SlowSymbols {
        delay: Duration::from_millis(30),
        asked: Mutex::new(Vec::new()),
    });
    let got = rt
        .symbolicate(
            &id("lookup"),
            &ctx(),
            &frames(&[0x0800_0100, 0x0800_0200, 0x0800_0300]),
            symbols.clone(),
        )
        .expect("90 ms of look-ups in a 20 ms budget");
    assert_eq!(
        got,
        vec![
            PluginFrame {
                pc: 0x0800_0100,
                status: PluginFrameStatus::Symbolicated,
                function: Some("ring_push".into()),
                file: Some("src/ring.h".into()),
                line: Some(31),
                inlined: true,
            },
            PluginFrame {
                pc: 0x0800_0100,
                status: PluginFrameStatus::Symbolicated,
                function: Some("log_write".into()),
                file: Some("src/log.c".into()),
                line: Some(88),
                inlined: false,
            },
            named(0x0800_0200, "main"),
            PluginFrame {
                pc: 0x0800_0300,
                status: PluginFrameStatus::MissingSymbols,
                function: None,
                file: None,
                line: None,
                inlined: false,
            },
        ]
    );
    let asked = symbols.asked.lock().expect("not poisoned").clone();
    assert_eq!(
        asked,
        [0x0800_0100, 0x0800_0200, 0x0800_0300].map(|a| (ctx().build_id, a))
    );
}

#[test]
fn misbehaving_symbolicators_are_contained() {
    let dir = tempfile::tempdir().expect("tempdir");
    let limits =
        "[plugin.limits]\ntimeout_ms = 50\nmax_memory_bytes = 16777216\nbreaker_failures = 100";
    let modes = [
        ("trap", PluginFailure::Trap, ""),
        ("loop", PluginFailure::Timeout, ""),
        ("memory-bomb", PluginFailure::MemoryLimit, ""),
        (
            "error",
            PluginFailure::PluginError,
            "misbehave: error requested",
        ),
        (
            "garbage",
            PluginFailure::BadOutput,
            "frame 0: pc 0x1001 is not among the input frames",
        ),
        (
            "too-many-frames",
            PluginFailure::BadOutput,
            "18 frames for 2 input frames (limit 8 per input frame)",
        ),
        (
            "long-name",
            PluginFailure::BadOutput,
            "frame 0: function name is 2000 bytes (limit 1024)",
        ),
        ("lookup-flood", PluginFailure::Trap, ""),
    ];
    let mut entries: Vec<String> = modes
        .iter()
        .map(|(mode, _, _)| misbehave(&format!("mb-{mode}"), mode, limits))
        .collect();
    entries.push(misbehave("mb-context", "from-context", limits));
    let rt = runtime(&entries, dir.path()).expect("runtime starts");
    let two = frames(&[0x1000, 0x2000]);

    for (mode, expected, text) in modes {
        let plugin = id(&format!("mb-{mode}"));
        let (got, detail) = failure(rt.symbolicate(&plugin, &ctx(), &two, no_symbols()));
        assert_eq!(got, expected, "mode {mode}: {detail}");
        if !text.is_empty() {
            assert_eq!(detail, text, "mode {mode}");
        }
        if mode == "lookup-flood" {
            assert!(
                detail.contains("more than 4096 symbol lookups in one call"),
                "{detail}"
            );
        }
        // The same again: a fresh instance fails the same way.
        let (again, _) = failure(rt.symbolicate(&plugin, &ctx(), &two, no_symbols()));
        assert_eq!(again, expected, "mode {mode}, second call");
        let stats = rt.stats();
        let s = stats
            .iter()
            .find(|s| s.id == plugin)
            .expect("stats for every plugin");
        assert_eq!((s.calls, s.failures_of(expected)), (2, 2), "mode {mode}");
    }

    // One instance that traps, then works: the trapped instance is replaced.
    let context = |mode: &str| DeviceContext {
        software_version: mode.into(),
        ..ctx()
    };
    let mb = id("mb-context");
    for bad in ["trap", "loop", "memory-bomb", "lookup-flood"] {
        failure(rt.symbolicate(&mb, &context(bad), &two, no_symbols()));
        assert_eq!(
            rt.symbolicate(&mb, &context("echo"), &two, no_symbols()),
            Ok(vec![
                named(0x1000, "misbehave_1000"),
                named(0x2000, "misbehave_2000")
            ]),
            "after {bad}"
        );
    }
    let s = rt.stats().into_iter().find(|s| s.id == mb).expect("stats");
    assert_eq!((s.calls, s.consecutive_failures), (8, 0));
}
