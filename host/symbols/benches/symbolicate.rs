//! Addresses per second, warm, against `arm-none-eabi-addr2line -f -i -C` and
//! `llvm-symbolizer` (when installed), each fed every address on stdin in one process, on two
//! ELFs:
//!
//! - the QEMU example firmware (an386): every 4th halfword of every function;
//! - a large ELF with full DWARF that this bench generates and builds itself: a few thousand
//!   functions over a few hundred compilation units (a fifth of them C++, with namespaces and
//!   templates), each with `static inline` helpers two levels deep, built by
//!   `arm-none-eabi-gcc -O2 -g` for Cortex-M4 (the crate reads 32-bit Arm only, and the point
//!   is many units, DIEs, line rows and inlined frames); addresses sampled uniformly over the
//!   functions' code with a fixed seed.
//!
//! Each case also compares every answer with addr2line's and llvm-symbolizer's (function
//! names, inline chains, files and lines; aliases count as one name) and prints the agreement,
//! and how often llvm-symbolizer sides with us where addr2line differs. Run:
//! `cargo bench -p faultline-symbols --bench symbolicate`.

use std::collections::{BTreeSet, HashMap};
use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use faultline_symbols::{SymbolFile, Symbolicator};

/// The generated program: CUs, functions per CU, every `CXX_EVERY`th CU in C++.
const UNITS: usize = 240;
const FUNCTIONS: usize = 18;
const CXX_EVERY: usize = 5;
/// Addresses sampled from the large ELF.
const SAMPLES: usize = 100_000;
/// Bump when the generator changes: the build is redone when its stamp differs.
const GENERATOR_VERSION: u32 = 1;

/// One address's frames, innermost first: (function, file, line).
type Frames = Vec<(String, String, Option<u32>)>;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let firmware = build_firmware(&root);
    let large = build_large(&root.join("target/tmp/symbols-bench/large"));

    let (functions, aliases) = text_functions(&firmware);
    let mut addrs = Vec::new();
    for (a, s) in &functions {
        addrs.extend((*a..a + s).step_by(8));
    }
    let size = std::fs::metadata(&firmware).map_or(0, |m| m.len());
    run_case(
        &format!(
            "firmware ELF (an386, {:.0} KB, {} functions)",
            size as f64 / 1e3,
            functions.len()
        ),
        &firmware,
        &addrs,
        &aliases,
    );

    let (functions, aliases) = text_functions(&large);
    let addrs = sample(&functions, SAMPLES);
    let size = std::fs::metadata(&large).map_or(0, |m| m.len());
    run_case(
        &format!(
            "large ELF ({:.1} MB, {} functions in {UNITS} units, -O2 -g)",
            size as f64 / 1e6,
            functions.len()
        ),
        &large,
        &addrs,
        &aliases,
    );
}

fn build_firmware(root: &Path) -> PathBuf {
    let dir = root.join("target/tmp/symbols-bench/an386");
    let made = Command::new("make")
        .arg("-s")
        .arg("-C")
        .arg(root.join("device-sdk/examples/qemu-mps2"))
        .arg("BOARD=an386")
        .arg(format!("BUILD={}", dir.display()))
        .status()
        .expect("make (the firmware toolchain: ./dev setup)");
    assert!(made.success(), "building the firmware failed");
    dir.join("fw.elf")
}

/// The functions of `elf` from `arm-none-eabi-readelf -sW -C` (its FUNC symbols: nm's `t`
/// also lists data the linker put in .text): (start, size) of each range (Thumb bit
/// cleared), in symbol table order, and every name's start (names at one start are aliases).
fn text_functions(elf: &Path) -> (Vec<(u64, u64)>, Aliases) {
    let out = Command::new("arm-none-eabi-readelf")
        .args(["-sW", "-C"])
        .arg(elf)
        .output()
        .expect("arm-none-eabi-readelf");
    assert!(out.status.success(), "arm-none-eabi-readelf failed");
    let mut ranges = Vec::new();
    let mut seen = BTreeSet::new();
    let mut aliases = HashMap::new();
    for line in String::from_utf8_lossy(&out.stdout).lines() {
        let [_, value, size, "FUNC", _, _, ndx, name @ ..] =
            &line.split_whitespace().collect::<Vec<_>>()[..]
        else {
            continue;
        };
        if *ndx == "UND" {
            continue;
        }
        let start = u64::from_str_radix(value, 16).expect("hex") & !1;
        let size = match size.strip_prefix("0x") {
            Some(hex) => u64::from_str_radix(hex, 16),
            None => size.parse(),
        }
        .expect("size");
        aliases.insert(name.join(" "), start);
        if size > 0 && seen.insert((start, size)) {
            ranges.push((start, size));
        }
    }
    (ranges, Aliases(aliases))
}

/// Function names by start address: two names of one address are the same function.
struct Aliases(HashMap<String, u64>);

impl Aliases {
    fn same(&self, a: &str, b: &str) -> bool {
        a == b || self.0.get(a).is_some_and(|x| self.0.get(b) == Some(x))
    }

    fn same_frames(&self, a: &Frames, b: &Frames, locations: bool) -> bool {
        a.len() == b.len()
            && a.iter()
                .zip(b)
                .all(|(x, y)| self.same(&x.0, &y.0) && (!locations || (&x.1, x.2) == (&y.1, y.2)))
    }
}

/// `n` halfword addresses uniform over the functions' bytes, from a fixed seed, in random
/// order.
fn sample(functions: &[(u64, u64)], n: usize) -> Vec<u64> {
    let mut ends = Vec::with_capacity(functions.len());
    let mut total = 0;
    for (_, s) in functions {
        total += s;
        ends.push(total);
    }
    let mut state = 0x2545_F491_4F6C_DD1Du64;
    (0..n)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let at = state % total;
            let i = ends.partition_point(|&e| e <= at);
            let (start, size) = functions[i];
            let before = if i == 0 { 0 } else { ends[i - 1] };
            (start + (at - before).min(size - 1)) & !1
        })
        .collect()
}

fn run_case(name: &str, elf: &Path, addrs: &[u64], aliases: &Aliases) {
    println!("\n## {name}: {} addresses", addrs.len());
    let file = SymbolFile::parse(std::fs::read(elf).expect("read the ELF")).expect("parse");

    let start = Instant::now();
    let symbols = Symbolicator::new(&file).expect("symbolicator");
    let built = start.elapsed();
    let ours: Vec<Frames> = addrs
        .iter()
        .map(|&a| {
            symbols
                .symbolicate(a)
                .into_iter()
                .map(|f| {
                    (
                        f.function.unwrap_or("??".into()),
                        f.file.unwrap_or("??".into()),
                        f.line,
                    )
                })
                .collect()
        })
        .collect();
    let cold = start.elapsed();
    let mut frames = 0;
    let (mut rounds, start) = (0u32, Instant::now());
    while start.elapsed() < Duration::from_secs(3) {
        for &a in addrs {
            frames += symbols.symbolicate(a).len();
        }
        rounds += 1;
    }
    let warm = f64::from(rounds) * addrs.len() as f64 / start.elapsed().as_secs_f64();
    std::hint::black_box(frames);
    println!(
        "faultline-symbols: context {:.1} ms, first pass (context + every address cold) {:.1} ms; \
         warm {warm:.0} addresses/s",
        built.as_secs_f64() * 1e3,
        cold.as_secs_f64() * 1e3
    );

    let input: String = addrs.iter().fold(String::new(), |mut s, a| {
        let _ = writeln!(s, "{a:#x}");
        s
    });
    let runs = if addrs.len() > 10_000 { 3 } else { 5 };
    let mut llvm = None;
    for (tool, args) in [
        ("arm-none-eabi-addr2line", &["-f", "-i", "-C", "-e"][..]),
        ("llvm-symbolizer", &["--inlining", "--obj"]),
    ] {
        let mut times = Vec::new();
        let mut output = Vec::new();
        for _ in 0..runs {
            let start = Instant::now();
            let Some(out) = feed(tool, args, elf, &input) else {
                break;
            };
            times.push(start.elapsed().as_secs_f64());
            output = out;
        }
        if times.is_empty() {
            println!("{tool}: not installed");
            continue;
        }
        times.sort_by(f64::total_cmp);
        let theirs = addrs.len() as f64 / times[times.len() / 2];
        println!(
            "{tool} (one process, median of {}): {theirs:.0} addresses/s; ours/theirs: warm {:.1}x, \
             first pass {:.1}x",
            times.len(),
            warm / theirs,
            times[times.len() / 2] / cold.as_secs_f64()
        );
        if tool == "llvm-symbolizer" {
            llvm = Some(parse_llvm(&String::from_utf8_lossy(&output)));
        }
    }
    // addr2line again, untimed, with -a so that each address's frames are delimited.
    if let Some(out) = feed(
        "arm-none-eabi-addr2line",
        &["-a", "-f", "-i", "-C", "-e"],
        elf,
        &input,
    ) {
        let theirs = parse_addr2line(&String::from_utf8_lossy(&out));
        let third = llvm.as_deref().map(|l| ("llvm-symbolizer", l));
        agreement(
            "arm-none-eabi-addr2line",
            addrs,
            &ours,
            &theirs,
            aliases,
            third,
        );
    }
    if let Some(llvm) = &llvm {
        agreement("llvm-symbolizer", addrs, &ours, llvm, aliases, None);
    }
}

/// Run `tool args elf` with `input` on stdin; its stdout, or `None` when it is not installed.
fn feed(tool: &str, args: &[&str], elf: &Path, input: &str) -> Option<Vec<u8>> {
    let mut child = Command::new(tool)
        .args(args)
        .arg(elf)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .ok()?;
    let mut stdin = child.stdin.take().expect("stdin");
    // Written from another thread: the answers fill the stdout pipe long before a large
    // input is all written.
    let out = std::thread::scope(|s| {
        s.spawn(move || stdin.write_all(input.as_bytes()).expect("write addresses"));
        child.wait_with_output().expect("wait")
    });
    assert!(out.status.success(), "{tool} failed");
    Some(out.stdout)
}

fn frame(function: &str, location: &str) -> (String, String, Option<u32>) {
    // "file:12 (discriminator 3)" (binutils), "file:12:7" (llvm); 0 and ? mean unknown.
    let location = location.split(" (").next().unwrap_or(location);
    let mut parts = location.rsplitn(3, ':').collect::<Vec<_>>();
    parts.reverse();
    let (file, line) = match parts[..] {
        [file, line, col] if col.parse::<u32>().is_ok() && line.parse::<u32>().is_ok() => {
            (file.to_string(), line.parse().ok())
        }
        [a, b, c] => (format!("{a}:{b}"), c.parse().ok()),
        [file, line] => (file.to_string(), line.parse().ok()),
        _ => (location.to_string(), None),
    };
    (function.to_string(), file, line.filter(|&l| l != 0))
}

fn parse_addr2line(text: &str) -> Vec<Frames> {
    let mut all: Vec<Frames> = Vec::new();
    let mut lines = text.lines();
    while let Some(line) = lines.next() {
        if line.starts_with("0x") && u64::from_str_radix(&line[2..], 16).is_ok() {
            all.push(Vec::new());
        } else if let Some(frames) = all.last_mut() {
            frames.push(frame(line, lines.next().unwrap_or("??:0")));
        }
    }
    all
}

fn parse_llvm(text: &str) -> Vec<Frames> {
    text.split("\n\n")
        .filter(|b| !b.trim().is_empty())
        .map(|block| {
            let lines: Vec<&str> = block.lines().collect();
            lines
                .chunks(2)
                .map(|p| frame(p[0], p.get(1).copied().unwrap_or("??:0")))
                .collect()
        })
        .collect()
}

/// Print how often our answers equal `tool`'s (aliases, names of one address, count as the
/// same): the function (the outermost, non-inlined frame), the whole inline chain of names,
/// and every frame with file and line. Where they differ, how often `third` answers as we do.
fn agreement(
    tool: &str,
    addrs: &[u64],
    ours: &[Frames],
    theirs: &[Frames],
    aliases: &Aliases,
    third: Option<(&str, &[Frames])>,
) {
    if theirs.len() != ours.len() {
        println!(
            "{tool}: {} answers for {} addresses, not compared",
            theirs.len(),
            ours.len()
        );
        return;
    }
    let (mut function, mut chain, mut full, mut inlined) = (0, 0, 0, 0);
    let (mut differ, mut third_with_us) = (0, 0);
    let mut shown = 0;
    for (i, ((a, o), t)) in addrs.iter().zip(ours).zip(theirs).enumerate() {
        function += usize::from(match (o.last(), t.last()) {
            (Some(x), Some(y)) => aliases.same(&x.0, &y.0),
            (x, y) => x.is_none() && y.is_none(),
        });
        let same_chain = aliases.same_frames(o, t, false);
        chain += usize::from(same_chain);
        full += usize::from(aliases.same_frames(o, t, true));
        inlined += usize::from(o.len() > 1);
        if !same_chain {
            differ += 1;
            if let Some((_, other)) = third
                && other
                    .get(i)
                    .is_some_and(|x| aliases.same_frames(o, x, false))
            {
                third_with_us += 1;
            }
            if shown < 2 {
                shown += 1;
                println!("  differs at {a:#x}: ours {o:?}\n    {tool} {t:?}");
            }
        }
    }
    let pct = |n: usize| 100.0 * n as f64 / ours.len() as f64;
    println!(
        "agreement with {tool} over all {} addresses ({:.0}% with inlined frames): function \
         {:.2}%, inline chain {:.2}%, frames with file and line {:.2}%",
        ours.len(),
        pct(inlined),
        pct(function),
        pct(chain),
        pct(full)
    );
    if let Some((name, _)) = third
        && differ > 0
    {
        println!(
            "  where the inline chains differ ({differ}), {name} answers as we do in {third_with_us}"
        );
    }
}

/// Build (once; again when the generator changes) the large ELF in `dir`.
fn build_large(dir: &Path) -> PathBuf {
    let elf = dir.join("large.elf");
    let stamp = dir.join("stamp");
    let want = format!("{GENERATOR_VERSION} {UNITS} {FUNCTIONS} {CXX_EVERY}\n");
    if elf.exists() && std::fs::read_to_string(&stamp).is_ok_and(|s| s == want) {
        return elf;
    }
    let _ = std::fs::remove_dir_all(dir);
    std::fs::create_dir_all(dir).expect("create the build dir");
    println!("generating and building the large ELF in {}", dir.display());
    std::fs::write(dir.join("app.h"), header()).expect("write app.h");
    let mut sources = Vec::new();
    for unit in 0..UNITS {
        let (name, text) = if unit % CXX_EVERY == CXX_EVERY - 1 {
            (format!("u{unit}.cpp"), cxx_unit(unit))
        } else {
            (format!("u{unit}.c"), c_unit(unit))
        };
        std::fs::write(dir.join(&name), text).expect("write a unit");
        sources.push(name);
    }
    let flags = [
        "-mcpu=cortex-m4",
        "-mthumb",
        "-O2",
        "-g",
        "-ffunction-sections",
    ];
    let jobs = std::thread::available_parallelism().map_or(2, |n| n.get());
    let next = std::sync::atomic::AtomicUsize::new(0);
    std::thread::scope(|s| {
        for _ in 0..jobs {
            s.spawn(|| {
                loop {
                    let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    let Some(src) = sources.get(i) else { break };
                    let (cc, std) = if src.ends_with(".cpp") {
                        ("arm-none-eabi-g++", "-std=gnu++17")
                    } else {
                        ("arm-none-eabi-gcc", "-std=gnu11")
                    };
                    let status = Command::new(cc)
                        .current_dir(dir)
                        .args(flags)
                        .args([std, "-fno-exceptions", "-c", src, "-o"])
                        .arg(format!("{src}.o"))
                        .status()
                        .unwrap_or_else(|e| {
                            panic!("{cc}: {e} (the firmware toolchain: ./dev setup)")
                        });
                    assert!(status.success(), "compiling {src} failed");
                }
            });
        }
    });
    let status = Command::new("arm-none-eabi-gcc")
        .current_dir(dir)
        .args(["-mcpu=cortex-m4", "-mthumb", "-nostdlib", "-nostartfiles"])
        .args([
            "-Wl,--entry=u0_f0",
            "-Wl,--build-id=sha1",
            "-o",
            "large.elf",
        ])
        .args(sources.iter().map(|s| format!("{s}.o")))
        .arg("-lgcc")
        .status()
        .expect("arm-none-eabi-gcc");
    assert!(status.success(), "linking the large ELF failed");
    std::fs::write(&stamp, want).expect("write the stamp");
    elf
}

/// A deterministic stream of small numbers for the generator.
struct Gen(u64);

impl Gen {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) % n as u64) as usize
    }
}

fn header() -> String {
    let mut h = String::from(
        "/* Generated by host/symbols/benches/symbolicate.rs. */\n\
         #pragma once\n\
         #include <stdint.h>\n\
         #ifdef __cplusplus\nextern \"C\" {\n#endif\n\
         typedef struct { uint32_t buf[16]; uint32_t head, tail; } app_ring_t;\n\
         typedef struct { uint32_t acc[4]; uint32_t lo, hi, count; app_ring_t ring; } app_state_t;\n\
         static inline uint32_t app_rotl(uint32_t x, unsigned r) {\n\
         \x20   r &= 31u;\n\
         \x20   return r ? (x << r) | (x >> (32u - r)) : x;\n}\n\
         static inline uint32_t app_ring_push(app_ring_t *r, uint32_t v) {\n\
         \x20   r->buf[r->head & 15u] = v;\n\
         \x20   r->head++;\n\
         \x20   if (r->head - r->tail > 16u) {\n\
         \x20       r->tail++;\n\
         \x20   }\n\
         \x20   return r->head - r->tail;\n}\n\
         static inline int app_in_range(uint32_t v, uint32_t lo, uint32_t hi) {\n\
         \x20   return v >= lo && v <= hi;\n}\n",
    );
    for unit in (0..UNITS).filter(|u| u % CXX_EVERY != CXX_EVERY - 1) {
        for f in 0..FUNCTIONS {
            let _ = writeln!(
                h,
                "uint32_t u{unit}_f{f}(app_state_t *s, const uint8_t *p, uint32_t n);"
            );
        }
    }
    h.push_str("#ifdef __cplusplus\n}\n#endif\n");
    h
}

/// A C unit: helpers (`mix` inlined into `fold`, both into the functions), and functions
/// that loop, branch and call their neighbours and other units' functions.
fn c_unit(unit: usize) -> String {
    let mut g = Gen(unit as u64 + 1);
    let mut s = String::from(
        "/* Generated by host/symbols/benches/symbolicate.rs. */\n#include \"app.h\"\n\n",
    );
    let _ = write!(
        s,
        "static inline uint32_t mix_{unit}(uint32_t a, uint32_t b) {{\n\
         \x20   return app_rotl(a ^ (b * {k1}u), {r}u) + {k2}u;\n}}\n\n\
         static inline uint32_t fold_{unit}(app_state_t *s, uint32_t x) {{\n\
         \x20   s->acc[x & 3u] = mix_{unit}(s->acc[x & 3u], x);\n\
         \x20   return app_ring_push(&s->ring, s->acc[(x >> 2) & 3u]);\n}}\n\n\
         static inline int check_{unit}(const app_state_t *s, uint32_t v) {{\n\
         \x20   return app_in_range(v, s->lo, s->hi) && (v & {m}u) != 0u;\n}}\n\n",
        k1 = 2_654_435_761u32.wrapping_add(unit as u32 * 2),
        r = 1 + g.next(30),
        k2 = g.next(1 << 20),
        m = 1 + g.next(255),
    );
    for f in 0..FUNCTIONS {
        let other = {
            let mut u = g.next(UNITS);
            if u % CXX_EVERY == CXX_EVERY - 1 {
                u -= 1;
            }
            format!("u{u}_f{}", g.next(FUNCTIONS))
        };
        let near = if f > 0 {
            format!("u{unit}_f{}", g.next(f))
        } else {
            other.clone()
        };
        let _ = write!(
            s,
            "uint32_t u{unit}_f{f}(app_state_t *s, const uint8_t *p, uint32_t n) {{\n\
             \x20   uint32_t h = {seed}u;\n\
             \x20   for (uint32_t k = 0; k < n; k++) {{\n\
             \x20       h = fold_{unit}(s, h + p[k]);\n\
             \x20       if (check_{unit}(s, h)) {{\n\
             \x20           h ^= {other}(s, p + k, (n - k) / {d}u);\n\
             \x20       }}\n\
             \x20   }}\n\
             \x20   switch ((h >> {sh}) & 3u) {{\n\
             \x20   case 0:\n\
             \x20       h = mix_{unit}(h, s->count++);\n\
             \x20       break;\n\
             \x20   case 1:\n\
             \x20       h += {near}(s, p, n / 2u);\n\
             \x20       break;\n\
             \x20   case 2:\n\
             \x20       s->lo = h % {modulo}u;\n\
             \x20       s->hi = s->lo + fold_{unit}(s, h);\n\
             \x20       break;\n\
             \x20   default:\n\
             \x20       h = app_rotl(h, n) ^ s->acc[{i}];\n\
             \x20   }}\n\
             \x20   return h;\n}}\n\n",
            seed = g.next(1 << 30),
            d = 2 + g.next(5),
            sh = g.next(29),
            modulo = 3 + g.next(1000),
            i = g.next(4),
        );
    }
    s
}

/// A C++ unit: a namespace with a template helper, a class with inline members, and
/// functions with C++ linkage that call each other and C functions.
fn cxx_unit(unit: usize) -> String {
    let mut g = Gen(unit as u64 + 1);
    let mut s = String::from(
        "// Generated by host/symbols/benches/symbolicate.rs.\n#include \"app.h\"\n\n",
    );
    let _ = write!(
        s,
        "namespace app {{\nnamespace unit{unit} {{\n\n\
         template <unsigned K>\n\
         inline uint32_t mix(uint32_t a, uint32_t b) {{\n\
         \x20   return app_rotl(a ^ (b * K), K % 31u) + {k}u;\n}}\n\n\
         class Filter {{\n\
         public:\n\
         \x20   explicit Filter(app_state_t *s) : s_(s) {{}}\n\
         \x20   uint32_t step(uint32_t x) {{\n\
         \x20       s_->acc[x & 3u] = mix<{k1}u>(s_->acc[x & 3u], x);\n\
         \x20       return app_ring_push(&s_->ring, s_->acc[(x >> 2) & 3u]);\n\
         \x20   }}\n\
         \x20   bool accepts(uint32_t v) const {{ return app_in_range(v, s_->lo, s_->hi); }}\n\n\
         private:\n\
         \x20   app_state_t *s_;\n}};\n\n",
        k = g.next(1 << 20),
        k1 = 2 + g.next(1000),
    );
    for f in 0..FUNCTIONS {
        let _ = writeln!(
            s,
            "uint32_t process{f}(app_state_t *s, const uint8_t *p, uint32_t n);"
        );
    }
    for f in 0..FUNCTIONS {
        let c = {
            let mut u = g.next(UNITS);
            if u % CXX_EVERY == CXX_EVERY - 1 {
                u -= 1;
            }
            format!("u{u}_f{}", g.next(FUNCTIONS))
        };
        let near = format!("process{}", g.next(FUNCTIONS));
        let _ = write!(
            s,
            "uint32_t process{f}(app_state_t *s, const uint8_t *p, uint32_t n) {{\n\
             \x20   Filter filter(s);\n\
             \x20   uint32_t h = {seed}u;\n\
             \x20   for (uint32_t k = 0; k < n; k++) {{\n\
             \x20       h = filter.step(h + p[k]);\n\
             \x20       if (filter.accepts(h)) {{\n\
             \x20           h ^= {c}(s, p + k, (n - k) / {d}u);\n\
             \x20       }}\n\
             \x20   }}\n\
             \x20   if ((h >> {sh}) & 1u) {{\n\
             \x20       h += {near}(s, p, n / 2u);\n\
             \x20   }}\n\
             \x20   return mix<{k2}u>(h, s->count++);\n}}\n\n",
            seed = g.next(1 << 30),
            d = 2 + g.next(5),
            sh = g.next(29),
            k2 = 2 + g.next(1000),
        );
    }
    s.push_str(&format!(
        "}}  // namespace unit{unit}\n}}  // namespace app\n"
    ));
    s
}
