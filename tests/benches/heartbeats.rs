//! Heartbeats from ingest to stored and aggregated, end to end, on one node.
//!
//! `cargo bench -p faultline-tests --bench heartbeats` (env: `BENCH_DEVICES`, default 20,000;
//! `BENCH_BEATS`, heartbeats per upload, default 10; `BENCH_CONNECTIONS`, default 32). An
//! in-process server on 127.0.0.1 (real sled, the bundled WASM decoder) gets the metric schema
//! of a build, then one upload per device of `BENCH_BEATS` hourly heartbeats of 10 metrics (as a
//! gateway forwards a device's backlog). It prints the rate at which uploads were acknowledged
//! (the baseline: ingest alone) and the rate at which heartbeats were stored, named and
//! counted in the fleet statistics (until `fleet/health` covers every one), and their ratio.

#[path = "../tests/e2e/common/mod.rs"]
mod common;

use std::sync::Arc;
use std::time::{Duration, Instant};

use faultline_protocol::events::{self, Payload};
use faultline_protocol::frame::{Chunker, encode_message, encode_upload};

fn env_or(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

const BUILD: [u8; 4] = [0xbe, 0xac, 0x00, 0x01];

fn upload(device: usize, beats: usize) -> Vec<u8> {
    let mut chunker = Chunker::new(1024, (device % 251) as u8);
    let context = Payload::Context(events::Context {
        software_type: "main".into(),
        software_version: if device.is_multiple_of(2) {
            "1.4.2"
        } else {
            "1.5.0"
        }
        .into(),
        hardware_version: "evt-2".into(),
        build_id: BUILD.to_vec(),
    })
    .encode();
    let mut chunks = chunker.chunk(&encode_message(0x01, 1, &context));
    for b in 0..beats {
        let hb = Payload::Heartbeat(events::Heartbeat {
            duration_s: 3600,
            values: (0..10)
                .map(|m| (device * 7 + b * 13 + m) as i64 % 1000)
                .collect(),
            ..Default::default()
        })
        .encode();
        chunks.extend(chunker.chunk(&encode_message(0x02, 1, &hb)));
    }
    encode_upload(&chunks)
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let devices = env_or("BENCH_DEVICES", 20_000);
    let beats = env_or("BENCH_BEATS", 10);
    let conns = env_or("BENCH_CONNECTIONS", 32);
    let config_dir = tempfile::tempdir().expect("tempdir");
    let mut config = common::test_config(config_dir.path());
    // One upload per device: no rate limit gets in the way, and the queue holds a burst.
    config.ingest.queue_uploads = 1 << 20;
    let s = common::start_with(config_dir, config).await;
    let manifest = serde_json::json!({"version": 1, "metrics": (0..10)
        .map(|m| serde_json::json!({"id": format!("m{m}"), "kind": if m < 5 { "gauge" } else { "counter" }}))
        .collect::<Vec<_>>()});
    let r = s
        .client
        .put(format!(
            "{}/api/v1/projects/default/metric-schemas/beac0001",
            s.base
        ))
        .json(&manifest)
        .send()
        .await
        .expect("schema");
    assert_eq!(r.status(), 200);
    let bodies: Arc<Vec<Vec<u8>>> = Arc::new((0..devices).map(|d| upload(d, beats)).collect());
    let total = devices * beats;
    println!(
        "{devices} devices × {beats} heartbeats (10 metrics) = {total} heartbeats, {conns} connections"
    );

    let started = Instant::now();
    let next = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let mut tasks = Vec::new();
    for _ in 0..conns {
        let (client, base, key, bodies, next) = (
            s.client.clone(),
            s.base.clone(),
            s.key.clone(),
            bodies.clone(),
            next.clone(),
        );
        tasks.push(tokio::spawn(async move {
            loop {
                let d = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                if d >= bodies.len() {
                    break;
                }
                let r = client
                    .post(format!("{base}/api/v1/chunks/hb-{d:06}"))
                    .header("Faultline-Project-Key", &key)
                    .body(bodies[d].clone())
                    .send()
                    .await
                    .expect("post");
                assert_eq!(r.status(), 202);
            }
        }));
    }
    for t in tasks {
        t.await.expect("join");
    }
    let acked = started.elapsed();
    let want_hours = total as f64;
    let health_url = format!(
        "{}/api/v1/projects/default/fleet/health?from=0&group_by=none",
        s.base
    );
    loop {
        let h: serde_json::Value = s
            .client
            .get(&health_url)
            .send()
            .await
            .expect("health")
            .json()
            .await
            .expect("json");
        let hours = h["groups"][0]["device_hours"].as_f64().unwrap_or(0.0);
        if hours >= want_hours - 0.5 {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(600),
            "not all counted: {h}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let done = started.elapsed();
    let agg_started = Instant::now();
    let agg: serde_json::Value = s
        .get("/api/v1/projects/default/fleet/aggregate?metric=m3&from=0")
        .await;
    let agg_time = agg_started.elapsed();
    let ingest_rate = total as f64 / acked.as_secs_f64();
    let e2e_rate = total as f64 / done.as_secs_f64();
    println!(
        "baseline, acknowledged (ingest): {:.0} heartbeats/s ({:.1} s)",
        ingest_rate,
        acked.as_secs_f64()
    );
    println!(
        "end to end, stored + named + in the fleet statistics: {:.0} heartbeats/s ({:.1} s); {:.2}× the ingest rate (target ≥ 2,800/s)",
        e2e_rate,
        done.as_secs_f64(),
        e2e_rate / ingest_rate
    );
    println!(
        "aggregate of one metric over {devices} devices afterwards: {:.1} ms ({} groups)",
        agg_time.as_secs_f64() * 1e3,
        agg["groups"].as_array().map_or(0, Vec::len)
    );
    let data = s.dir.path().join("data");
    let size = |p: &std::path::Path| walk(p);
    println!(
        "disk: fleet {:.1} MB, primary {:.1} MB, derived {:.1} MB",
        size(&data.join("fleet")) as f64 / 1e6,
        size(&data.join("primary")) as f64 / 1e6,
        size(&data.join("derived")) as f64 / 1e6
    );
    s.server.stop().await.expect("stop");
}

fn walk(p: &std::path::Path) -> u64 {
    std::fs::read_dir(p).map_or(0, |d| {
        d.filter_map(Result::ok)
            .map(|e| {
                let path = e.path();
                if path.is_dir() {
                    walk(&path)
                } else {
                    e.metadata().map_or(0, |m| m.len())
                }
            })
            .sum()
    })
}
