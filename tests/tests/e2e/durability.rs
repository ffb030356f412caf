//! The server runs as a child process; devices send concurrently; the server is killed with
//! SIGKILL mid-load and restarted, five times. Every acknowledged chunk must be there and be
//! processed exactly once.

use std::collections::HashMap;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::common::*;
use serde_json::Value;

const DEVICES: usize = 8;
const KILLS: usize = 5;

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .expect("bind")
        .local_addr()
        .expect("addr")
        .port()
}

fn spawn(config: &std::path::Path, addr: &str, log: &std::path::Path) -> Child {
    let log = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(log)
        .expect("log file");
    Command::new(env!("CARGO_BIN_EXE_faultline-under-test"))
        .args(["serve", "--config"])
        .arg(config)
        .args(["--listen", addr])
        .env("FAULTLINE_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(log)
        .spawn()
        .expect("spawn server")
}

async fn wait_up(client: &reqwest::Client, base: &str) {
    let deadline = Instant::now() + Duration::from_secs(60);
    while client.get(format!("{base}/healthz")).send().await.is_err() {
        assert!(Instant::now() < deadline, "server did not come up");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn acknowledged_chunks_survive_sigkill_and_are_processed_exactly_once() {
    let dir = tempfile::tempdir().expect("tempdir");
    let plugins = write_plugins_toml(dir.path(), "");
    let config = dir.path().join("faultline.toml");
    std::fs::write(
        &config,
        format!(
            "version = 1\ndata_dir = \"data\"\napi_token = {ADMIN_TOKEN:?}\nplugins = {:?}\n[ingest]\nrate_limit_uploads_per_s = 100000\nrate_limit_burst = 100000\n",
            plugins.display().to_string()
        ),
    )
    .expect("config");
    let server_log = dir.path().join("server.log");
    let addr = format!("127.0.0.1:{}", free_port());
    let base = format!("http://{addr}");
    let mut auth = reqwest::header::HeaderMap::new();
    auth.insert(
        reqwest::header::AUTHORIZATION,
        format!("Bearer {ADMIN_TOKEN}").parse().expect("header"),
    );
    let client = reqwest::Client::builder()
        .default_headers(auth)
        .timeout(Duration::from_secs(5))
        .build()
        .expect("client");

    let mut child = spawn(&config, &addr, &server_log);
    wait_up(&client, &base).await;
    let projects: Value = client
        .get(format!("{base}/api/v1/projects"))
        .send()
        .await
        .expect("projects")
        .json()
        .await
        .expect("json");
    let key = projects["projects"][0]["device_key"]
        .as_str()
        .expect("key")
        .to_string();

    // Devices keep their protocol state across server restarts, as real ones do.
    let devices: Vec<Arc<Mutex<(Device, u64)>>> = (0..DEVICES)
        .map(|i| Arc::new(Mutex::new((Device::new(48, i as u8), 0))))
        .collect();
    let acked: Arc<Mutex<HashMap<String, Vec<String>>>> = Arc::default();
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    for round in 0..=KILLS {
        if round > 0 {
            child = spawn(&config, &addr, &server_log);
            wait_up(&client, &base).await;
        }
        if round == KILLS {
            break;
        }
        let stop = Arc::new(AtomicBool::new(false));
        let mut tasks = Vec::new();
        for (i, dev) in devices.iter().enumerate() {
            let (dev, stop, acked, client, key) = (
                dev.clone(),
                stop.clone(),
                acked.clone(),
                client.clone(),
                key.clone(),
            );
            let url = format!("{base}/api/v1/chunks/dev-{i}");
            tasks.push(tokio::spawn(async move {
                while !stop.load(Ordering::Relaxed) {
                    let (body, msg) = {
                        let mut d = dev.lock().expect("lock");
                        d.1 += 1;
                        let msg = format!("dev-{i} message {}", d.1);
                        // Two messages per upload, one spanning several chunks.
                        let body = d.0.upload(&[
                            log(&msg),
                            log(&format!("{msg} padding {}", "p".repeat(60))),
                        ]);
                        (body, msg)
                    };
                    match client
                        .post(&url)
                        .header("Faultline-Project-Key", &key)
                        .body(body)
                        .send()
                        .await
                    {
                        Ok(r) if r.status() == 202 => {
                            acked
                                .lock()
                                .expect("lock")
                                .entry(format!("dev-{i}"))
                                .or_default()
                                .push(msg);
                        }
                        Ok(r) => panic!("unexpected status {}", r.status()),
                        Err(_) => return, // the server is gone
                    }
                }
            }));
        }
        // Pseudo-random kill point between 300 and 800 ms into the load.
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        tokio::time::sleep(Duration::from_millis(300 + seed % 500)).await;
        child.kill().expect("SIGKILL");
        child.wait().expect("reap");
        stop.store(true, Ordering::Relaxed);
        for t in tasks {
            t.await.expect("sender task");
        }
    }

    wait_drained(&client, &base).await;
    let acked = acked.lock().expect("lock").clone();
    let total_acked: usize = acked.values().map(Vec::len).sum();
    assert!(
        total_acked > 100,
        "too little load to mean anything: {total_acked}"
    );
    for i in 0..DEVICES {
        let serial = format!("dev-{i}");
        let mut messages = Vec::new();
        let mut after = 0u64;
        loop {
            let page: Value = client
                .get(format!(
                    "{base}/api/v1/projects/default/devices/{serial}/events?limit=1000&after_id={after}"
                ))
                .send()
                .await
                .expect("events")
                .json()
                .await
                .expect("json");
            let events = page["events"].as_array().expect("events").clone();
            messages.extend(log_messages(&events));
            match page["next_after_id"].as_u64() {
                Some(n) => after = n,
                None => break,
            }
        }
        let mut counts: HashMap<&str, usize> = HashMap::new();
        for m in &messages {
            *counts.entry(m.as_str()).or_default() += 1;
        }
        if let Some((m, n)) = counts.iter().find(|(_, n)| **n > 1) {
            panic!("{serial}: `{m}` stored {n} times");
        }
        let device: Value = client
            .get(format!("{base}/api/v1/projects/default/devices/{serial}"))
            .send()
            .await
            .expect("device")
            .json()
            .await
            .expect("json");
        for m in acked.get(&serial).into_iter().flatten() {
            if !counts.contains_key(m.as_str()) {
                let outcomes: Value = client
                    .get(format!(
                        "{base}/api/v1/projects/default/devices/{serial}/outcomes"
                    ))
                    .send()
                    .await
                    .expect("outcomes")
                    .json()
                    .await
                    .expect("json");
                let kept = dir.keep();
                panic!(
                    "{serial}: acknowledged `{m}` lost\ndevice: {device}\noutcomes: {outcomes}\ndata kept in {}",
                    kept.display()
                );
            }
        }
        // Every stored chunk has exactly one outcome (or waits in an incomplete message).
        let outcomes: u64 = device["outcomes"]
            .as_object()
            .expect("outcomes")
            .values()
            .map(|v| v.as_u64().expect("count"))
            .sum();
        let pending = device["pending_chunks"].as_u64().expect("pending");
        assert_eq!(
            outcomes + pending,
            device["chunks_received"].as_u64().expect("chunks"),
            "{serial}: {device}"
        );
    }
    eprintln!(
        "durability: {total_acked} acknowledged uploads across {KILLS} SIGKILLs, none lost, none duplicated"
    );
    child.kill().expect("kill");
    let _ = child.wait();
}
