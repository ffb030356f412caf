//! Symbol files and symbolication against the binutils oracle, on the QEMU example firmware.

mod common;

use std::process::Command;

use faultline_symbols::{SymbolCache, SymbolError, SymbolFile, Symbolicator};

/// `arm-none-eabi-addr2line -f -i` for `addrs`: per address, (function, file, line) frames.
/// Asked with the Thumb bit set, as Thumb code addresses are written: the assembler's DWARF
/// ranges of assembly functions start at their odd symbol values, so binutils would name an
/// even address at the first halfword of such a function after the function before it.
fn addr2line(elf: &std::path::Path, addrs: &[u64]) -> Vec<Vec<(String, String, Option<u32>)>> {
    // One process per address: addr2line -i prints a variable number of lines per address.
    addrs
        .iter()
        .map(|a| {
            let out = common::run(
                Command::new("arm-none-eabi-addr2line")
                    .args(["-f", "-i", "-e"])
                    .arg(elf)
                    .arg(format!("{:#x}", a | 1)),
            );
            let text = String::from_utf8_lossy(&out.stdout).into_owned();
            let lines: Vec<&str> = text.lines().collect();
            lines
                .chunks(2)
                .map(|p| {
                    let (file, line) = p[1].rsplit_once(':').expect("file:line");
                    // "12 (discriminator 3)" → 12
                    let line = line.split_whitespace().next().and_then(|l| l.parse().ok());
                    (p[0].to_string(), file.to_string(), line)
                })
                .collect()
        })
        .collect()
}

/// The first name (by sort order) of the symbols at `name`'s address.
fn alias_of(fns: &[(u64, u64, String)], name: &str) -> String {
    let Some(&(addr, _, _)) = fns.iter().find(|(_, _, n)| n == name) else {
        return name.to_string();
    };
    let mut names: Vec<&str> = fns
        .iter()
        .filter(|(a, _, _)| *a == addr)
        .map(|(_, _, n)| n.as_str())
        .collect();
    names.sort();
    names[0].to_string()
}

#[test]
fn symbolication_matches_binutils_addr2line() {
    for board in common::BOARDS {
        let elf = common::firmware(board);
        let file = SymbolFile::parse(std::fs::read(&elf).expect("read")).expect("parse");
        assert!(file.has_debug_info() && file.has_debug_frame(), "{board}");
        assert_eq!(
            file.build_id().map(<[u8]>::len),
            Some(20),
            "{board}: sha1 build id"
        );
        let symbols = Symbolicator::new(&file).expect("symbolicator");
        // Start, middle and last halfword of every function.
        let mut addrs = Vec::new();
        let fns = common::functions(&elf);
        for (start, size, _) in common::functions(&elf) {
            addrs.extend([
                start,
                (start + size / 2) & !1,
                (start + size).saturating_sub(2),
            ]);
        }
        let expected = addr2line(&elf, &addrs);
        let mut inlined = 0;
        for (a, want) in addrs.iter().zip(expected) {
            let got: Vec<(String, String, Option<u32>)> = symbols
                .symbolicate(*a)
                .into_iter()
                .map(|f| {
                    (
                        f.function.unwrap_or("??".into()),
                        f.file.unwrap_or("??".into()),
                        f.line,
                    )
                })
                .collect();
            if want.len() > 1 {
                inlined += 1;
            }
            // binutils prints `??` / line 0 where DWARF says nothing.
            let want: Vec<_> = want
                .into_iter()
                .map(|(f, file, l)| (f, file, l.filter(|&l| l != 0)))
                .collect();
            // Aliases (several names for one address, as the port's fault handlers are) may
            // be named either way.
            let canon = |v: Vec<(String, String, Option<u32>)>| -> Vec<_> {
                v.into_iter()
                    .map(|(f, file, l)| (alias_of(&fns, &f), file, l))
                    .collect()
            };
            assert_eq!(canon(got), canon(want), "{board} {a:#x}");
        }
        assert!(inlined > 0, "{board}: some addresses are in inlined code");
    }
}

#[test]
fn the_first_halfword_of_an_assembly_function_is_its_own() {
    // The port's fault entry code is Thumb assembly; the assembler's DWARF gives each
    // function the range [symbol value, + size) with the symbol's Thumb bit, so read as it
    // is, fl_crash's first instruction would belong to the fault handler before it (binutils
    // says so for the even address), and fl_cm_enter's to fl_crash.
    for board in common::BOARDS {
        let elf = common::firmware(board);
        let file = SymbolFile::parse(std::fs::read(&elf).expect("read")).expect("parse");
        let symbols = Symbolicator::new(&file).expect("symbolicator");
        let fns = common::functions(&elf);
        for name in ["fl_crash", "fl_cm_enter", "fl_cm_reset_now"] {
            let (start, size, _) = fns
                .iter()
                .find(|(_, _, n)| n == name)
                .unwrap_or_else(|| panic!("{board}: {name}"));
            for addr in [*start, start + size - 2] {
                let frames = symbols.symbolicate(addr);
                assert_eq!(
                    frames
                        .iter()
                        .map(|f| f.function.as_deref())
                        .collect::<Vec<_>>(),
                    [Some(name)],
                    "{board} {addr:#x}"
                );
            }
        }
    }
}

#[test]
fn inlined_frames_are_marked_innermost_first() {
    let elf = common::firmware("an386");
    let file = SymbolFile::parse(std::fs::read(&elf).expect("read")).expect("parse");
    let symbols = Symbolicator::new(&file).expect("symbolicator");
    let (start, size, _) = common::functions(&elf)
        .into_iter()
        .find(|(s, z, _)| {
            (0..*z)
                .step_by(2)
                .any(|o| symbols.symbolicate(s + o).len() > 1)
        })
        .expect("a function with inlined code");
    let frames = (0..size)
        .step_by(2)
        .map(|o| symbols.symbolicate(start + o))
        .find(|f| f.len() > 1)
        .expect("inlined");
    assert!(frames[..frames.len() - 1].iter().all(|f| f.inlined));
    assert!(!frames[frames.len() - 1].inlined);
}

#[test]
fn without_debug_info_the_symbol_table_still_names_functions() {
    common::require("arm-none-eabi-strip");
    let elf = common::firmware("an385");
    let dir = tempfile::tempdir().expect("tempdir");
    let stripped = dir.path().join("fw.elf");
    common::run(
        Command::new("arm-none-eabi-strip")
            .arg("-g")
            .arg("-o")
            .arg(&stripped)
            .arg(&elf),
    );
    let file = SymbolFile::parse(std::fs::read(&stripped).expect("read")).expect("parse");
    assert!(!file.has_debug_info() && !file.has_debug_frame());
    let full = SymbolFile::parse(std::fs::read(&elf).expect("read")).expect("parse");
    assert_eq!(file.build_id(), full.build_id(), "strip keeps the build id");
    let symbols = Symbolicator::new(&file).expect("symbolicator");
    let fns = common::functions(&elf);
    for (start, size, name) in &fns {
        let frames = symbols.symbolicate(start + size / 2);
        assert_eq!(frames.len(), 1, "{name}");
        let got = frames[0].function.as_deref().expect("a name");
        assert_eq!(alias_of(&fns, got), alias_of(&fns, name));
        assert_eq!((frames[0].file.as_deref(), frames[0].line), (None, None));
    }
    // Unwinding needs CFI: the first frame only, and why.
    let bt = faultline_symbols::unwind::Unwinder::new(&file)
        .expect("unwinder")
        .unwind(&[0; 23], &[]);
    assert!(bt.frames.len() <= 1);
}

#[test]
fn hostile_files_are_errors_never_panics() {
    let elf = std::fs::read(common::firmware("an386")).expect("read");
    assert_eq!(
        SymbolFile::parse(b"hello".to_vec()).err(),
        Some(SymbolError::NotElf)
    );
    assert_eq!(
        SymbolFile::parse(Vec::new()).err(),
        Some(SymbolError::NotElf)
    );
    assert!(matches!(
        SymbolFile::parse(elf[..64].to_vec()),
        Err(SymbolError::Corrupt(_))
    ));
    // A 64-bit class byte: not the Arm file it claims to be, refused either way.
    let mut wide = elf.clone();
    wide[4] = 2;
    assert!(SymbolFile::parse(wide).is_err());
    // Truncations and bit flips all over the file: whatever parses must symbolicate and
    // unwind without panicking.
    let mut state = 0x9E37_79B9u32;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        state
    };
    let mut cases: Vec<Vec<u8>> = (1..40)
        .map(|i| elf[..elf.len() * i / 40].to_vec())
        .collect();
    for _ in 0..160 {
        let mut c = elf.clone();
        for _ in 0..8 {
            let at = next() as usize % c.len();
            c[at] ^= 1 << (next() % 8);
        }
        cases.push(c);
    }
    let probes = [0u64, 0x3a0, 0x8e4, 0xa8a, 0x1000, 0xffff_fffe];
    for c in cases {
        let Ok(file) = SymbolFile::parse(c) else {
            continue;
        };
        if let Ok(s) = Symbolicator::new(&file) {
            for p in probes {
                let _ = s.symbolicate(p);
            }
        }
        if let Ok(u) = faultline_symbols::unwind::Unwinder::new(&file) {
            let regs: Vec<u32> = (0..23).map(|i| 0x2000_1000 + i * 4).collect();
            let mem = vec![0x11u8; 1024];
            let _ = u.unwind(&regs, &[(0x2000_1000, &mem)]);
        }
    }
}

#[test]
fn the_cache_keeps_the_most_recently_used() {
    let a = std::fs::read(common::firmware("an385")).expect("read");
    let b = std::fs::read(common::firmware("an386")).expect("read");
    let (fa, fb) = (
        SymbolFile::parse(a).expect("a"),
        SymbolFile::parse(b).expect("b"),
    );
    let (ia, ib) = (
        fa.build_id().expect("id").to_vec(),
        fb.build_id().expect("id").to_vec(),
    );
    assert_ne!(ia, ib);
    let cache = SymbolCache::new(1);
    let s = cache.get_or_load(&ia, || Ok(fa.clone())).expect("load a");
    assert_eq!(s.file().build_id(), Some(&ia[..]));
    assert!(cache.get_or_load(&ia, || panic!("cached")).is_ok());
    cache.get_or_load(&ib, || Ok(fb.clone())).expect("load b");
    assert_eq!(cache.len(), 1);
    assert!(cache.get(&ia).is_none(), "a evicted");
    assert!(cache.get(&ib).is_some());
    assert!(
        cache
            .get_or_load(b"missing", || Err(SymbolError::NotElf))
            .is_err()
    );
}

#[test]
fn a_symbol_without_a_size_runs_to_the_next_one() {
    // Hand-written assembly without `.size`: the symbol table gives starts only.
    common::require("arm-none-eabi-gcc");
    let dir = tempfile::tempdir().expect("tempdir");
    let src = dir.path().join("f.S");
    std::fs::write(
        &src,
        ".syntax unified\n.thumb\n.text\n\
         .global first\n.type first, %function\n.thumb_func\nfirst:\n  nop\n  nop\n  bx lr\n\
         .global second\n.type second, %function\n.thumb_func\nsecond:\n  nop\n  bx lr\n\
         .global sized\n.type sized, %function\n.thumb_func\nsized:\n  bx lr\n.size sized, 2\n\
         .global last\n.type last, %function\n.thumb_func\nlast:\n  nop\n  bx lr\n",
    )
    .expect("write");
    let elf = dir.path().join("f.elf");
    common::run(
        Command::new("arm-none-eabi-gcc")
            .args([
                "-mcpu=cortex-m3",
                "-mthumb",
                "-nostdlib",
                "-Wl,--entry=first",
                "-o",
            ])
            .arg(&elf)
            .arg(&src),
    );
    let file = SymbolFile::parse(std::fs::read(&elf).expect("read")).expect("parse");
    // readelf lists only sized functions; nm lists them all.
    let sized: Vec<String> = common::functions(&elf).into_iter().map(|f| f.2).collect();
    assert_eq!(sized, ["sized"]);
    let nm = common::run(Command::new("arm-none-eabi-nm").arg(&elf));
    let nm = String::from_utf8_lossy(&nm.stdout).into_owned();
    let addr = |name: &str| {
        nm.lines()
            .find_map(|l| match l.split_whitespace().collect::<Vec<_>>()[..] {
                [a, _, n] if n == name => Some(u64::from_str_radix(a, 16).expect("hex") & !1),
                _ => None,
            })
            .expect(name)
    };
    let (first, second, sized, last) = (addr("first"), addr("second"), addr("sized"), addr("last"));
    assert_eq!((second - first, sized - second, last - sized), (6, 4, 2));
    let name = |a: u64| file.function_name(a).map(str::to_string);
    assert_eq!(name(first), Some("first".into()));
    assert_eq!(name(first + 4), Some("first".into()));
    assert_eq!(name(second + 2), Some("second".into()));
    assert_eq!(name(sized), Some("sized".into()));
    assert_eq!(name(last + 2), Some("last".into()));
    // The last one has no next symbol: it runs on.
    assert_eq!(name(last + 0x100), Some("last".into()));
    assert_eq!(name(first - 2), None);
}

/// C++ and Rust names come out demangled, from DWARF and from the symbol table alike, as
/// `arm-none-eabi-addr2line -C` prints the C++ ones. The Rust ones are C functions carrying
/// rustc's mangled names (legacy and v0) through `asm` labels: no Rust cross toolchain needed.
#[test]
fn cpp_and_rust_names_are_demangled() {
    let dir = tempfile::tempdir().expect("tempdir");
    let cpp = dir.path().join("imu.cpp");
    std::fs::write(
        &cpp,
        "namespace sensors { struct Imu { int scale;\n\
         __attribute__((noinline)) int read(int axis) { return axis * scale + 1; } }; }\n\
         template <typename T> __attribute__((noinline)) T twice(T v) { return v + v; }\n\
         extern \"C\" int cpp_entry(int x) { sensors::Imu imu{x}; return imu.read(x) + twice<long>(x); }\n",
    )
    .expect("write");
    let c = dir.path().join("radio.c");
    std::fs::write(
        &c,
        "__attribute__((noinline)) int poll(int x) __asm__(\"_ZN8firmware5radio4poll17h0123456789abcdefE\");\n\
         __attribute__((noinline)) int poll(int x) { return x * 3; }\n\
         __attribute__((noinline)) int send(int x) __asm__(\"_RNvNtCs1234_8firmware5radio4send\");\n\
         __attribute__((noinline)) int send(int x) { return poll(x) + 1; }\n\
         int cpp_entry(int x);\n\
         void _start(void) { volatile int r = send(2) + cpp_entry(3); (void)r; for (;;) {} }\n",
    )
    .expect("write");
    let flags = ["-mcpu=cortex-m3", "-mthumb", "-O2", "-g", "-c"];
    let (cpp_o, c_o) = (dir.path().join("imu.o"), dir.path().join("radio.o"));
    common::run(
        Command::new("arm-none-eabi-g++")
            .args(flags)
            .args(["-fno-exceptions", "-fno-rtti"])
            .arg(&cpp)
            .arg("-o")
            .arg(&cpp_o),
    );
    common::run(
        Command::new("arm-none-eabi-gcc")
            .args(flags)
            .arg(&c)
            .arg("-o")
            .arg(&c_o),
    );
    let elf = dir.path().join("mix.elf");
    common::run(
        Command::new("arm-none-eabi-gcc")
            .args([
                "-mcpu=cortex-m3",
                "-mthumb",
                "-nostdlib",
                "-Wl,--build-id",
                "-o",
            ])
            .arg(&elf)
            .arg(&c_o)
            .arg(&cpp_o),
    );
    let stripped = dir.path().join("mix-stripped.elf");
    common::run(
        Command::new("arm-none-eabi-strip")
            .arg("--strip-debug")
            .arg("-o")
            .arg(&stripped)
            .arg(&elf),
    );
    let fns = common::functions(&elf);
    let at = |prefix: &str| {
        fns.iter()
            .find(|(_, _, n)| n.starts_with(prefix))
            .unwrap_or_else(|| panic!("{prefix} in {fns:?}"))
            .0
    };
    let cases = [
        (at("_ZN8firmware5radio4poll"), "firmware::radio::poll"),
        (
            at("_RNvNtCs1234_8firmware5radio4send"),
            "firmware::radio::send",
        ),
        (at("_Z5twice"), "long twice<long>(long)"),
    ];
    for path in [&elf, &stripped] {
        let file = SymbolFile::parse(std::fs::read(path).expect("read")).expect("parse");
        let sym = Symbolicator::new(&file).expect("symbolicator");
        for (addr, name) in cases {
            let frames = sym.symbolicate(addr);
            assert_eq!(
                frames.last().and_then(|f| f.function.as_deref()),
                Some(name),
                "{} at {addr:#x}: {frames:?}",
                path.display()
            );
        }
    }
    // The C++ member function, as binutils demangles it.
    let read = at("_ZN7sensors3Imu4read");
    let out = common::run(
        Command::new("arm-none-eabi-addr2line")
            .args(["-f", "-C", "-e"])
            .arg(&elf)
            .arg(format!("{read:#x}")),
    );
    let theirs = String::from_utf8_lossy(&out.stdout)
        .lines()
        .next()
        .map(str::to_string);
    let file = SymbolFile::parse(std::fs::read(&elf).expect("read")).expect("parse");
    let ours = Symbolicator::new(&file)
        .expect("symbolicator")
        .symbolicate(read);
    assert_eq!(ours.last().and_then(|f| f.function.clone()), theirs);
    assert_eq!(theirs.as_deref(), Some("sensors::Imu::read(int)"));
}
