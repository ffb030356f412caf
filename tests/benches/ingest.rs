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

#[derive(Clone, Copy)]
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
    // BENCH_DATA_DIR keeps the data for a look afterwards (e.g. timing `faultline reprocess`).
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir_path = std::env::var_os("BENCH_DATA_DIR")
        .map_or_else(|| tmp.path().to_path_buf(), std::path::PathBuf::from);
    std::fs::create_dir_all(&dir_path).expect("data dir");
    let plugins = dir_path.join("plugins.toml");
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
    let config = dir_path.join("faultline.toml");
    std::fs::write(
        &config,
        "version = 1\ndata_dir = \"data\"\nplugins = \"plugins.toml\"\n[ingest]\nrate_limit_uploads_per_s = 1000000\nrate_limit_burst = 1000000\n",
    )
    .expect("config");
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .expect("runtime");
    println!("ingest benchmark: {conns} connections, {secs} s per measurement, 1 client thread");
    // 1. The full server: the no-op route, then durable ingest with the pipeline decoding
    //    everything concurrently on the same cores and disk.
    let full = Server::start(&config, &dir_path.join("full"), &[]);
    let (noop, durable, uploads_per_flush) =
        rt.block_on(full.measure(&["/bench/noop/chunks", "/api/v1/chunks"], conns, secs));
    let full_rss = full.stop();
    // 2. Ingest alone (pipeline not started), the figure comparable to a bare group commit.
    let alone = Server::start(&config, &dir_path.join("alone"), &["--bench-ingest-only"]);
    let (ingest_only, _, alone_per_flush) =
        rt.block_on(alone.measure(&["/api/v1/chunks"], conns, secs));
    let alone_rss = alone.stop();
    let rps = |r: &Run| r.requests as f64 / r.secs;
    for (name, r) in [
        ("no-op", &noop),
        ("durable", &durable),
        ("durable, pipeline paused", &ingest_only),
    ] {
        println!(
            "{name:>26}: {:>8.0} req/s  p50 {:>6} µs  p99 {:>6} µs  errors {}",
            rps(r),
            r.p50_us,
            r.p99_us,
            r.errors
        );
    }
    println!(
        "  ratio durable / no-op: {:.2}x with the pipeline running, {:.2}x with it paused (target >= 0.5x)",
        rps(&durable) / rps(&noop),
        rps(&ingest_only) / rps(&noop)
    );
    println!(
        "  group commit: {uploads_per_flush:.1} uploads per flush (pipeline running), {alone_per_flush:.1} (paused)"
    );
    println!(
        "  server peak RSS: {:.1} MiB with the pipeline, {:.1} MiB without (target <= 256 MiB)",
        full_rss as f64 / 1024.0,
        alone_rss as f64 / 1024.0
    );
}

struct Server {
    child: std::process::Child,
    base: String,
    data: std::path::PathBuf,
}

impl Server {
    fn start(config: &std::path::Path, data: &std::path::Path, extra: &[&str]) -> Server {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("port")
            .port();
        let child = Command::new(env!("CARGO_BIN_EXE_faultline-under-test"))
            .args(["serve", "--bench-noop-route", "--listen"])
            .arg(format!("127.0.0.1:{port}"))
            .arg("--config")
            .arg(config)
            .arg("--data")
            .arg(data)
            .args(extra)
            .env("FAULTLINE_LOG", "warn")
            .stdout(Stdio::null())
            .spawn()
            .expect("spawn server");
        Server {
            child,
            base: format!("http://127.0.0.1:{port}"),
            data: data.to_path_buf(),
        }
    }

    /// Drive each route in turn; returns the runs (the second is a copy of the first when only
    /// one route is given) and the average uploads per flush over the durable runs.
    async fn measure(&self, routes: &[&str], conns: usize, secs: u64) -> (Run, Run, f64) {
        let client = reqwest::Client::new();
        let deadline = Instant::now() + Duration::from_secs(60);
        let key = loop {
            // The server leaves its administrator token in the data directory on first start.
            let token = std::fs::read_to_string(self.data.join("admin-token")).unwrap_or_default();
            if let Ok(r) = client
                .get(format!("{}/api/v1/projects", self.base))
                .bearer_auth(token.trim())
                .send()
                .await
            {
                let v: serde_json::Value = r.json().await.expect("json");
                break v["projects"][0]["device_key"]
                    .as_str()
                    .expect("key")
                    .to_string();
            }
            assert!(Instant::now() < deadline, "server did not start");
            tokio::time::sleep(Duration::from_millis(50)).await;
        };
        let mut runs = Vec::new();
        for route in routes {
            runs.push(drive(&self.base, route, &key, conns, secs).await);
        }
        let metrics = client
            .get(format!("{}/metrics", self.base))
            .send()
            .await
            .expect("metrics")
            .text()
            .await
            .expect("text");
        let value = |name: &str| {
            metrics
                .lines()
                .find(|l| l.starts_with(name))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|v| v.parse::<f64>().ok())
                .unwrap_or(0.0)
        };
        let per_flush = value("ingest_uploads_per_flush_sum")
            / value("ingest_uploads_per_flush_count").max(1.0);
        let first = runs.remove(0);
        let second = runs.pop().unwrap_or(Run { ..first });
        (first, second, per_flush)
    }

    /// Peak resident memory in KiB, then stop.
    fn stop(mut self) -> u64 {
        let rss = peak_rss_kib(self.child.id());
        let _ = self.child.kill();
        let _ = self.child.wait();
        rss
    }
}
