//! Addresses per second, warm, on the QEMU example firmware (an386): faultline-symbols vs
//! `arm-none-eabi-addr2line -f -i` fed every address in one process (and `llvm-symbolizer`
//! when installed). Run: `cargo bench -p faultline-symbols --bench symbolicate`.

use std::io::Write as _;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use faultline_symbols::{SymbolFile, Symbolicator};

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
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
    let elf = dir.join("fw.elf");
    let file = SymbolFile::parse(std::fs::read(&elf).expect("read fw.elf")).expect("parse");

    // Every 4th halfword of every function: a realistic mix of call sites and inlined code.
    let nm = Command::new("arm-none-eabi-nm")
        .args(["--print-size", "--defined-only"])
        .arg(&elf)
        .output()
        .expect("arm-none-eabi-nm");
    let mut addrs = Vec::new();
    for line in String::from_utf8_lossy(&nm.stdout).lines() {
        if let [a, s, k, _] = line.split_whitespace().collect::<Vec<_>>()[..]
            && k.eq_ignore_ascii_case("t")
        {
            let (a, s) = (
                u64::from_str_radix(a, 16).expect("hex") & !1,
                u64::from_str_radix(s, 16).expect("hex"),
            );
            addrs.extend((a..a + s).step_by(8));
        }
    }

    let start = Instant::now();
    let symbols = Symbolicator::new(&file).expect("symbolicator");
    let mut frames = 0;
    for &a in &addrs {
        frames += symbols.symbolicate(a).len();
    }
    let cold = start.elapsed();
    let (mut rounds, start) = (0u32, Instant::now());
    while start.elapsed() < Duration::from_secs(2) {
        for &a in &addrs {
            frames += symbols.symbolicate(a).len();
        }
        rounds += 1;
    }
    let ours = f64::from(rounds) * addrs.len() as f64 / start.elapsed().as_secs_f64();
    std::hint::black_box(frames);
    println!(
        "{} addresses; first pass (context build + cold) {:.1} ms",
        addrs.len(),
        cold.as_secs_f64() * 1e3
    );
    println!("faultline-symbols warm: {ours:.0} addresses/s");

    let input: String = addrs.iter().map(|a| format!("{a:#x}\n")).collect();
    for (tool, args) in [
        ("arm-none-eabi-addr2line", vec!["-f", "-i", "-e"]),
        ("llvm-symbolizer", vec!["--inlining", "--obj"]),
    ] {
        let mut times = Vec::new();
        for _ in 0..5 {
            let start = Instant::now();
            let Ok(mut child) = Command::new(tool)
                .args(&args)
                .arg(&elf)
                .stdin(Stdio::piped())
                .stdout(Stdio::piped())
                .spawn()
            else {
                break;
            };
            child
                .stdin
                .take()
                .expect("stdin")
                .write_all(input.as_bytes())
                .expect("write addresses");
            let out = child.wait_with_output().expect("wait");
            assert!(out.status.success(), "{tool} failed");
            times.push(start.elapsed().as_secs_f64());
        }
        if times.is_empty() {
            println!("{tool}: not installed");
            continue;
        }
        times.sort_by(f64::total_cmp);
        let theirs = addrs.len() as f64 / times[times.len() / 2];
        println!(
            "{tool} (one process, median of {}): {theirs:.0} addresses/s; ratio ours/theirs {:.1}x",
            times.len(),
            ours / theirs
        );
    }
}
