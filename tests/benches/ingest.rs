//! Durable ingest vs a no-op endpoint of the same build, measured in one run.
//!
//! `cargo bench -p faultline-tests --bench ingest` (env: `BENCH_SECONDS`, default 10;
//! `BENCH_CONNECTIONS`, default 64). Starts the real `faultline` binary with its bundled decoder
//! on 127.0.0.1, drives it with keep-alive connections, and prints requests/s, p50/p99 ack
//! latency, the ratio durable/no-op, and the server's peak resident memory.

use std::process::{Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use faultline_protocol::events::{self, Payload};
use faultline_protocol::frame::{Chunker, encode_message, encode_upload};

fn env_or(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn upload(chunker: &mut Chunker, n: u64) -> Vec<u8> {
    let hb = Payload::Heartbeat(events::Heartbeat {
        duration_s: 60,
        values: vec![n as i64, 41_230, 3_650, -61, 0, 12, 7, 1, 0, 99],
        ..Default::default()
    })
    .encode();
    let logs = Payload::Logs(events::Logs {
        records: vec![events::LogRecord {
            at_ms: Some(n),
            level: 1,
            message: format!("sample {n} within limits, queue depth 3, rssi -61"),
        }],
    })
    .encode();
    let mut chunks = chunker.chunk(&encode_message(0x02, 1, &hb));
    chunks.extend(chunker.chunk(&encode_message(0x05, 1, &logs)));
    encode_upload(&chunks)
}

struct Run {
    requests: u64,
    secs: f64,
    p50_us: u64,
    p99_us: u64,
    errors: u64,
}

async fn drive(base: &str, route: &str, key: &str, conns: usize, secs: u64) -> Run {
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(conns)
        .build()
        .expect("client");
    let stop = Arc::new(AtomicBool::new(false));
    let started = Instant::now();
    let mut tasks = Vec::new();
    for c in 0..conns {
        let (client, stop, key) = (client.clone(), stop.clone(), key.to_string());
        let url = format!("{base}{route}/bench-{c}");
        tasks.push(tokio::spawn(async move {
            let mut chunker = Chunker::new(1024, c as u8);
            let mut lat = Vec::new();
            let mut errors = 0u64;
            let mut n = 0;
            while !stop.load(Ordering::Relaxed) {
                n += 1;
                let body = upload(&mut chunker, n);
                let t = Instant::now();
                match client
                    .post(&url)
                    .header("Faultline-Project-Key", &key)
                    .body(body)
                    .send()
                    .await
                {
                    Ok(r) if r.status() == 202 => lat.push(t.elapsed().as_micros() as u64),
                    _ => errors += 1,
                }
            }
            (lat, errors)
        }));
    }
    tokio::time::sleep(Duration::from_secs(secs)).await;
    stop.store(true, Ordering::Relaxed);
    let mut lat = Vec::new();
    let mut errors = 0;
    for t in tasks {
        let (l, e) = t.await.expect("task");
        lat.extend(l);
        errors += e;
    }
    let secs = started.elapsed().as_secs_f64();
    lat.sort_unstable();
    let pct = |p: f64| {
        lat.get(((lat.len() as f64 * p) as usize).min(lat.len().saturating_sub(1)))
            .copied()
            .unwrap_or(0)
    };
    Run {
        requests: lat.len() as u64,
        secs,
        p50_us: pct(0.5),
        p99_us: pct(0.99),
        errors,
    }
}

fn peak_rss_kib(pid: u32) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1).and_then(|v| v.parse().ok()))
        })
        .unwrap_or(0)
}

fn main() {
    let secs = env_or("BENCH_SECONDS", 10);
    let conns = env_or("BENCH_CONNECTIONS", 64) as usize;
    let dir = tempfile::tempdir().expect("tempdir");
    let plugins = dir.path().join("plugins.toml");
    std::fs::write(
        &plugins,
        format!(
            "version = 1\n[[plugin]]\nid = \"decoder-v1\"\nkind = \"decoder\"\npath = {:?}\n",
            faultline_plugin_build::bundled(faultline_plugin_build::DECODER_V1)
                .display()
                .to_string()
        ),
    )
    .expect("plugins.toml");
    let config = dir.path().join("faultline.toml");
    std::fs::write(
        &config,
        "version = 1\ndata_dir = \"data\"\nplugins = \"plugins.toml\"\n[ingest]\nrate_limit_uploads_per_s = 1000000\nrate_limit_burst = 1000000\n",
    )
    .expect("config");
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("port")
        .port();
    let base = format!("http://127.0.0.1:{port}");
    let mut child = Command::new(env!("CARGO_BIN_EXE_faultline-under-test"))
        .args(["serve", "--bench-noop-route", "--listen"])
        .arg(format!("127.0.0.1:{port}"))
        .arg("--config")
        .arg(&config)
        .env("FAULTLINE_LOG", "warn")
        .stdout(Stdio::null())
        .spawn()
        .expect("spawn server");
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .expect("runtime");
    rt.block_on(async {
        let client = reqwest::Client::new();
        let deadline = Instant::now() + Duration::from_secs(60);
        let key = loop {
            if let Ok(r) = client.get(format!("{base}/api/v1/projects")).send().await {
                let v: serde_json::Value = r.json().await.expect("json");
                break v["projects"][0]["device_key"]
                    .as_str()
                    .expect("key")
                    .to_string();
            }
            assert!(Instant::now() < deadline, "server did not start");
            tokio::time::sleep(Duration::from_millis(50)).await;
        };
        println!("ingest benchmark: {conns} connections, {secs} s per endpoint, 1 client thread");
        let noop = drive(&base, "/bench/noop/chunks", &key, conns, secs).await;
        let durable = drive(&base, "/api/v1/chunks", &key, conns, secs).await;
        let rps = |r: &Run| r.requests as f64 / r.secs;
        for (name, r) in [("no-op", &noop), ("durable", &durable)] {
            println!(
                "{name:>8}: {:>8.0} req/s  p50 {:>6} µs  p99 {:>6} µs  errors {}",
                rps(r),
                r.p50_us,
                r.p99_us,
                r.errors
            );
        }
        println!(
            "   ratio: {:.2}x of the no-op endpoint (target >= 0.5x)",
            rps(&durable) / rps(&noop)
        );
        let metrics = client
            .get(format!("{base}/metrics"))
            .send()
            .await
            .expect("metrics")
            .text()
            .await
            .expect("text");
        let flushes = metrics
            .lines()
            .find(|l| l.starts_with("ingest_uploads_per_flush_count"))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|v| v.parse::<f64>().ok())
            .unwrap_or(0.0);
        println!(
            "   group commit: {:.1} uploads per flush on average",
            durable.requests as f64 / flushes.max(1.0)
        );
    });
    println!(
        "   server peak RSS: {:.1} MiB (target <= 256 MiB)",
        peak_rss_kib(child.id()) as f64 / 1024.0
    );
    let _ = child.kill();
    let _ = child.wait();
}
