//! Indexing rate, index size and query latency at 1M realistic log lines, against ripgrep over
//! the same lines as a flat file.
//!
//! `cargo bench -p faultline-search`; sizes from the environment for a quick run:
//! FAULTLINE_SEARCH_BENCH_LINES (1,000,000), FAULTLINE_SEARCH_BENCH_RUNS (queries per kind,
//! 300), FAULTLINE_SEARCH_BENCH_RG_RUNS (ripgrep runs per kind, 20).

use std::io::Write;
use std::process::Command;
use std::time::{Duration, Instant};

use faultline_query::parse;
use faultline_search::{LogLine, LogSchema, SearchIndex, SearchOptions};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

const DAY: i64 = 86_400_000;
const DAYS: i64 = 5;
const DEVICES: u32 = 2_000;
const START: i64 = 1_800_000_000_000;
/// The device of the third query.
const DEVICE: &str = "SN-000042";

fn env(key: &str, default: usize) -> usize {
    std::env::var(key)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// A message from one of the templates a firmware logs, with its numbers and names, tagged with
/// its module and uptime as firmware logs often are.
fn message(rng: &mut StdRng) -> String {
    const MODULES: [&str; 6] = ["app", "net", "sensors", "storage", "power", "ota"];
    let module = MODULES[rng.random_range(0..MODULES.len())];
    let line = rng.random_range(20..900);
    let uptime = rng.random_range(0..2_000_000);
    let boot = rng.random_range(0..300);
    format!(
        "[{module}:{line}] {} (uptime {uptime} s, boot {boot})",
        template(rng)
    )
}

fn template(rng: &mut StdRng) -> String {
    let n = |rng: &mut StdRng, hi: u32| rng.random_range(0..hi);
    match rng.random_range(0..12) {
        0 => format!(
            "sensor {} read {} mV after {} ms of sampling on channel {}",
            ["temp0", "temp1", "humidity", "pressure"][n(rng, 4) as usize],
            n(rng, 3300),
            n(rng, 500),
            n(rng, 8)
        ),
        1 => format!(
            "wifi: connected to access point {} rssi -{} dBm channel {} in {} ms",
            ["office-2g", "plant-floor", "warehouse"][n(rng, 3) as usize],
            30 + n(rng, 60),
            1 + n(rng, 11),
            n(rng, 3000)
        ),
        2 => format!(
            "flash write timeout at sector 0x{:05x}, retry {} of 3 after {} ms",
            n(rng, 1 << 20),
            1 + n(rng, 3),
            n(rng, 100)
        ),
        3 => format!(
            "pump B stalled: motor current {} mA over limit {} mA, stopping",
            800 + n(rng, 400),
            800
        ),
        4 => format!(
            "ota: downloading firmware 2.{}.{} chunk {}/{} from update server",
            n(rng, 12),
            n(rng, 5),
            n(rng, 400),
            400
        ),
        5 => format!(
            "battery level {}% voltage {} mV temperature {} C charging {}",
            n(rng, 100),
            3300 + n(rng, 900),
            n(rng, 60),
            ["on", "off"][n(rng, 2) as usize]
        ),
        6 => format!(
            "i2c bus error on address 0x{:02x}, resetting the controller (attempt {})",
            n(rng, 128),
            n(rng, 5)
        ),
        7 => format!(
            "mqtt publish to telemetry/device/{} ok in {} ms, {} bytes queued",
            n(rng, DEVICES),
            n(rng, 900),
            n(rng, 4096)
        ),
        8 => format!(
            "watchdog fed by task {} after {} ms idle, stack high water {} words",
            ["main", "net", "sensors", "ui"][n(rng, 4) as usize],
            n(rng, 1000),
            n(rng, 512)
        ),
        9 => format!(
            "heap free {} bytes, largest block {} bytes, {} allocations outstanding",
            n(rng, 65536),
            n(rng, 32768),
            n(rng, 300)
        ),
        10 => format!(
            "modbus read holding registers {}..{} from unit {} returned {} values",
            n(rng, 100),
            100 + n(rng, 100),
            n(rng, 16),
            n(rng, 64)
        ),
        _ => format!(
            "valve {} position {}% requested {}% settle time {} ms within tolerance",
            n(rng, 6),
            n(rng, 100),
            n(rng, 100),
            n(rng, 2000)
        ),
    }
}

/// Lines in events of 1–12 lines from random devices, in time order over `DAYS` days.
fn lines(count: usize) -> Vec<LogLine> {
    let mut rng = StdRng::seed_from_u64(1);
    let step = (DAYS * DAY) as f64 / count as f64;
    let mut out = Vec::with_capacity(count);
    let mut event_id = 0;
    while out.len() < count {
        event_id += 1;
        let serial = format!("SN-{:06}", rng.random_range(0..DEVICES));
        let version = format!("2.{}.{}", rng.random_range(8..12), rng.random_range(0..4));
        for line in 0..rng.random_range(1..13u32) {
            if out.len() == count {
                break;
            }
            let time_ms = START + (out.len() as f64 * step) as i64;
            let level = match rng.random_range(0..100) {
                0..15 => "debug",
                15..85 => "info",
                85..95 => "warn",
                _ => "error",
            };
            out.push(LogLine {
                project: 1,
                serial: serial.clone(),
                time_ms,
                level: level.into(),
                message: message(&mut rng),
                version: version.clone(),
                event_id,
                line,
                source: "log".into(),
            });
        }
    }
    out
}

fn percentiles(mut d: Vec<Duration>) -> (f64, f64) {
    d.sort();
    let at = |p: f64| d[((d.len() - 1) as f64 * p).round() as usize].as_secs_f64() * 1e3;
    (at(0.5), at(0.99))
}

fn main() {
    let count = env("FAULTLINE_SEARCH_BENCH_LINES", 1_000_000);
    let runs = env("FAULTLINE_SEARCH_BENCH_RUNS", 300);
    let rg_runs = env("FAULTLINE_SEARCH_BENCH_RG_RUNS", 20);
    let dir = tempfile::tempdir().expect("tempdir");

    println!("generating {count} log lines over {DAYS} days from {DEVICES} devices");
    let lines = lines(count);
    let flat = dir.path().join("logs.txt");
    let mut raw_bytes = 0u64;
    {
        let mut f = std::io::BufWriter::new(std::fs::File::create(&flat).expect("flat file"));
        for l in &lines {
            let text = format!("{} {} {} {}\n", l.time_ms, l.serial, l.level, l.message);
            raw_bytes += text.len() as u64;
            f.write_all(text.as_bytes()).expect("write");
        }
        f.flush().expect("flush");
    }
    println!(
        "raw text: {:.1} MB, {:.0} bytes a line",
        raw_bytes as f64 / 1e6,
        raw_bytes as f64 / count as f64
    );

    let ix = SearchIndex::open(&dir.path().join("index"), SearchOptions::default()).expect("open");
    let started = Instant::now();
    // As the server feeds it: batches, a commit every 50,000 lines.
    for (i, batch) in lines.chunks(5_000).enumerate() {
        ix.add_logs(batch).expect("add");
        if (i + 1) % 10 == 0 {
            ix.commit(i as u64).expect("commit");
        }
    }
    ix.commit(u64::MAX).expect("commit");
    let took = started.elapsed().as_secs_f64();
    // Queries are timed without background merges competing for the two cores.
    let merging = Instant::now();
    ix.close().expect("close");
    let merged = merging.elapsed().as_secs_f64();
    let ix = SearchIndex::open(&dir.path().join("index"), SearchOptions::default()).expect("open");
    let stats = ix.stats();
    println!(
        "indexed: {:.0} lines/s ({:.1} s, then {:.1} s of merges), index {:.1} MB = {:.2} × raw, \
         {} partitions, {} segments",
        count as f64 / took,
        took,
        merged,
        stats.disk_bytes as f64 / 1e6,
        stats.disk_bytes as f64 / raw_bytes as f64,
        stats.partitions,
        stats.log_segments
    );
    assert_eq!(stats.log_docs, count as u64);

    let now = lines.last().map_or(START, |l| l.time_ms);
    let queries = [
        ("term", "stalled".to_string()),
        ("phrase", "\"flash write\"".to_string()),
        (
            "device+time+term",
            format!("device:{DEVICE} time:>-24h timeout"),
        ),
    ];
    let rg_args: [Vec<String>; 3] = [
        vec!["-c".into(), "-w".into(), "stalled".into()],
        vec!["-c".into(), "flash write".into()],
        vec!["-c".into(), format!(r"^\d+ {DEVICE} .*\btimeout\b")],
    ];
    let rg = Command::new("rg").arg("--version").output().ok();
    if rg.is_none() {
        println!(
            "ripgrep is missing: `apt-get install -y ripgrep` (./dev bench installs it); \
             comparing without it"
        );
    }
    println!(
        "{:<18} {:>9} {:>9} {:>9} | {:>9} {:>9} {:>9} | {:>7} {:>7}",
        "query (limit 100)",
        "matches",
        "p50 ms",
        "p99 ms",
        "rg count",
        "rg p50",
        "rg p99",
        "× p50",
        "× p99"
    );
    for ((name, q), args) in queries.iter().zip(&rg_args) {
        let e = parse(q, &LogSchema).expect("query");
        let mut total = 0;
        for _ in 0..runs.min(20) {
            total = ix.search_logs(1, &e, now, 100).expect("search").total;
        }
        let mut times = Vec::with_capacity(runs);
        for _ in 0..runs {
            let t = Instant::now();
            let hits = ix.search_logs(1, &e, now, 100).expect("search");
            times.push(t.elapsed());
            assert_eq!(hits.total, total);
        }
        let (p50, p99) = percentiles(times);
        let mut line = format!("{name:<18} {total:>9} {p50:>9.3} {p99:>9.3} |");
        if rg.is_some() {
            let mut times = Vec::with_capacity(rg_runs);
            let mut count = String::new();
            for _ in 0..rg_runs.max(1) {
                let t = Instant::now();
                let out = Command::new("rg")
                    .args(args)
                    .arg(&flat)
                    .output()
                    .expect("rg");
                times.push(t.elapsed());
                count = String::from_utf8_lossy(&out.stdout).trim().to_string();
            }
            let (rp50, rp99) = percentiles(times);
            line += &format!(
                " {count:>9} {rp50:>9.2} {rp99:>9.2} | {:>7.0} {:>7.0}",
                rp50 / p50,
                rp99 / p99
            );
        }
        println!("{line}");
    }
    println!(
        "(`{q}` for ripgrep's third: serial and term on one line, any time)",
        q = rg_args[2][1]
    );
    // Other forms, for what they cost (no ripgrep equivalent run).
    let exact = format!(
        "message:\"{}\"",
        lines[count / 2]
            .message
            .replace('\\', "\\\\")
            .replace('"', "\\\"")
    );
    for q in [
        exact.as_str(),
        "\"pump b stalled\"",
        "\"read 1234 mv\"",
        "level:error timeout",
        "is:warn !device:SN-0000*",
        "release:>=2.10 time:>-6h",
        "message:\"[net*\"",
        "message:*stalled*",
    ] {
        let e = parse(q, &LogSchema).expect("query");
        let mut times = Vec::with_capacity(runs);
        let mut total = 0;
        for _ in 0..runs.clamp(1, 50) {
            let t = Instant::now();
            total = ix.search_logs(1, &e, now, 100).expect("search").total;
            times.push(t.elapsed());
        }
        let (p50, p99) = percentiles(times);
        let shown: String = q.chars().take(28).collect();
        println!("{shown:<28} {total:>9} {p50:>9.3} {p99:>9.3}");
    }
}
