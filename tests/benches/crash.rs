//! Crash received → issue visible through the API, on a real QEMU crash.
//!
//! `cargo bench -p faultline-tests --bench crash` (env: `BENCH_CRASHES`, default 200). Builds
//! the example firmware, crashes it once under QEMU and keeps the chunks its UART printed; then
//! replays them as new devices against an in-process server on 127.0.0.1 (real sled, bundled
//! WASM decoder, symbols uploaded). For each crash it measures the time from sending the upload
//! to the issue's occurrence count showing it, next to the upload's own acknowledgement time
//! (the baseline of the same run), and prints p50/p99 of both and their ratio. Then a burst:
//! all crashes at once, and how long until every one is counted.

#[path = "../tests/e2e/common/mod.rs"]
mod common;

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use base64::Engine as _;
use faultline_protocol::frame::encode_upload;

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

/// The example firmware's `bad_store` crash as chunks, and its ELF.
fn crash_chunks() -> (Vec<Vec<u8>>, std::path::PathBuf) {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("bench-crash-fw");
    let make = Command::new("make")
        .arg("-s")
        .arg("-C")
        .arg(common::repo_root().join("device-sdk/examples/qemu-mps2"))
        .arg("BOARD=an385")
        .arg(format!("BUILD={}", dir.display()))
        .output()
        .expect("make (./dev setup installs the firmware toolchain)");
    assert!(
        make.status.success(),
        "{}",
        String::from_utf8_lossy(&make.stderr)
    );
    let elf = dir.join("fw.elf");
    let out = Command::new("timeout")
        .args(["30", "qemu-system-arm", "-M", "mps2-an385", "-nographic"])
        .args([
            "-monitor",
            "none",
            "-serial",
            "stdio",
            "-semihosting-config",
        ])
        .arg("enable=on,target=native,arg=fw.elf,arg=bad_store")
        .arg("-kernel")
        .arg(&elf)
        .stdin(Stdio::null())
        .output()
        .expect("qemu-system-arm");
    let chunks: Vec<Vec<u8>> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| l.strip_prefix("FL1:C "))
        .map(|b| {
            base64::engine::general_purpose::STANDARD
                .decode(b.trim())
                .expect("base64")
        })
        .collect();
    assert!(!chunks.is_empty(), "the firmware printed no chunks");
    (chunks, elf)
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let n: usize = std::env::var("BENCH_CRASHES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(200);
    let (chunks, elf) = crash_chunks();
    let body = encode_upload(&chunks);
    println!(
        "crash upload: {} chunks, {} bytes (boot, heartbeat, reboot, coredump)",
        chunks.len(),
        body.len()
    );
    let s = common::start().await;
    let r = s
        .client
        .post(format!("{}/api/v1/projects/default/symbols", s.base))
        .body(std::fs::read(&elf).expect("elf"))
        .send()
        .await
        .expect("upload symbols");
    assert_eq!(r.status(), 201);

    let issue_url = |id: u64| format!("{}/api/v1/projects/default/issues/{id}", s.base);
    let occurrences = |id: u64| {
        let (client, url) = (s.client.clone(), issue_url(id));
        async move {
            let r = client.get(url).send().await.expect("get issue");
            if r.status() != 200 {
                return 0;
            }
            let v: serde_json::Value = r.json().await.expect("json");
            v["occurrences"].as_u64().unwrap_or(0)
        }
    };

    // The first crash loads the symbol file (cold); its issue is the one all others join.
    let t = Instant::now();
    assert_eq!(s.post("bench-cold", body.clone()).await.status(), 202);
    let issue = loop {
        let list: serde_json::Value = s.get("/api/v1/projects/default/issues").await;
        if let Some(id) = list["issues"][0]["id"].as_u64() {
            break id;
        }
        assert!(t.elapsed() < Duration::from_secs(30), "no issue appeared");
        tokio::time::sleep(Duration::from_millis(1)).await;
    };
    println!(
        "cold (symbol file parsed on first use): {:.1} ms",
        ms(t.elapsed())
    );

    let mut ack = Vec::with_capacity(n);
    let mut visible = Vec::with_capacity(n);
    let mut searchable = Vec::with_capacity(n);
    for i in 0..n {
        let t = Instant::now();
        let status = s.post(&format!("bench-{i}"), body.clone()).await.status();
        ack.push(t.elapsed());
        assert_eq!(status, 202);
        let want = i as u64 + 2;
        while occurrences(issue).await < want {
            assert!(
                t.elapsed() < Duration::from_secs(30),
                "crash {i} never counted"
            );
            tokio::time::sleep(Duration::from_micros(500)).await;
        }
        visible.push(t.elapsed());
        // Searchable: the issue's index document lists the new device.
        let url = format!(
            "{}/api/v1/projects/default/issues?q=device:bench-{i}",
            s.base
        );
        loop {
            let v: serde_json::Value = s
                .client
                .get(&url)
                .send()
                .await
                .expect("search")
                .json()
                .await
                .expect("json");
            if v["total"] == 1 {
                break;
            }
            assert!(
                t.elapsed() < Duration::from_secs(30),
                "crash {i} never searchable"
            );
            tokio::time::sleep(Duration::from_micros(500)).await;
        }
        searchable.push(t.elapsed());
    }
    ack.sort();
    visible.sort();
    searchable.sort();
    println!(
        "sequential, {n} crashes: received → issue visible p50 {:.1} ms, p99 {:.1} ms (target p99 ≤ 1000 ms)",
        ms(percentile(&visible, 0.5)),
        ms(percentile(&visible, 0.99))
    );
    println!(
        "sequential, {n} crashes: received → issue searchable by the new device p50 {:.1} ms, p99 {:.1} ms (target p99 ≤ 1000 ms)",
        ms(percentile(&searchable, 0.5)),
        ms(percentile(&searchable, 0.99))
    );
    println!(
        "baseline, same uploads: received → acknowledged p50 {:.1} ms, p99 {:.1} ms; visible/ack p50 ratio {:.1}×",
        ms(percentile(&ack, 0.5)),
        ms(percentile(&ack, 0.99)),
        percentile(&visible, 0.5).as_secs_f64() / percentile(&ack, 0.5).as_secs_f64()
    );

    // Burst: every crash at once from new devices.
    let t = Instant::now();
    let mut posts = Vec::new();
    for i in 0..n {
        let (client, url, key, body) = (
            s.client.clone(),
            format!("{}/api/v1/chunks/burst-{i}", s.base),
            s.key.clone(),
            body.clone(),
        );
        posts.push(tokio::spawn(async move {
            client
                .post(url)
                .header("Faultline-Project-Key", key)
                .body(body)
                .send()
                .await
                .map(|r| r.status().as_u16())
        }));
    }
    for p in posts {
        assert_eq!(p.await.expect("join").expect("post"), 202);
    }
    let acked = t.elapsed();
    let want = 2 * n as u64 + 1;
    while occurrences(issue).await < want {
        assert!(
            t.elapsed() < Duration::from_secs(120),
            "burst never counted"
        );
        tokio::time::sleep(Duration::from_millis(2)).await;
    }
    let all = t.elapsed();
    println!(
        "burst, {n} crashes at once: all acknowledged after {:.0} ms, all counted after {:.0} ms ({:.0} crashes/s end to end)",
        ms(acked),
        ms(all),
        n as f64 / all.as_secs_f64()
    );
    s.server.stop().await.expect("stop");
}
