//! Ingest → raw log → pipeline → WASM decoder → events API, over real HTTP with real sled.

use crate::common::*;
use faultline_protocol::events::{self, Payload};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn chunks_become_events_visible_through_the_api() {
    let s = start().await;
    // A 20-byte MTU, as over BLE through a gateway: messages span several chunks.
    let mut dev = Device::new(20, 7);
    let heartbeat = Payload::Heartbeat(events::Heartbeat {
        duration_s: 3600,
        values: vec![3600, 41_230, 3_650, -61, 0, 12, 7, 1, 0, 99],
        unset: vec![0b0001_0000],
        at_ms: Some(3_600_000),
        ..Default::default()
    })
    .encode();
    let trace = Payload::Trace(events::Trace {
        reason: 3,
        pc: 0x0800_1234,
        lr: 0x0800_0f00,
        status: Some(-12),
        at_ms: None,
    })
    .encode();
    let body = dev.upload(&[
        context("1.4.2"),
        (0x02, heartbeat),
        log("wifi reconnected after 3 attempts"),
        (0x03, trace),
    ]);
    let r = s.post("dev-0001", body).await;
    assert_eq!(r.status(), 202);
    let ack: serde_json::Value = r.json().await.expect("json");
    assert!(ack["accepted_chunks"].as_u64().expect("count") > 4);
    s.drained().await;

    let events = s.events("dev-0001", "").await;
    let kinds: Vec<_> = events
        .iter()
        .map(|e| e["event"]["type"].as_str().expect("type"))
        .collect();
    assert_eq!(kinds, vec!["context", "heartbeat", "logs", "trace"]);
    let hb = &events[1];
    assert_eq!(hb["software_version"], "1.4.2");
    assert!(
        hb["decoder"]
            .as_str()
            .expect("decoder")
            .starts_with("decoder-v1@")
    );
    assert_eq!(hb["event"]["duration_ms"], 3_600_000);
    assert_eq!(hb["event"]["captured_at_ms"], 3_600_000);
    let values = hb["event"]["values"].as_array().expect("values");
    assert_eq!(values.len(), 10);
    assert_eq!(
        values[1],
        serde_json::json!({"type": "int", "value": 41230})
    );
    assert_eq!(values[3], serde_json::json!({"type": "int", "value": -61}));
    assert_eq!(values[4], serde_json::json!({"type": "unset"}));
    assert_eq!(
        log_messages(&events),
        vec!["wifi reconnected after 3 attempts"]
    );
    assert_eq!(events[3]["event"]["pc"], 0x0800_1234);
    assert_eq!(events[3]["event"]["status_code"], -12);

    // Filters and pagination.
    let only_logs = s.events("dev-0001", "&kind=logs").await;
    assert_eq!(only_logs.len(), 1);
    let page = s
        .get("/api/v1/projects/default/devices/dev-0001/events?limit=2")
        .await;
    assert_eq!(page["events"].as_array().expect("events").len(), 2);
    let after = page["next_after_id"].as_u64().expect("cursor");
    let rest = s.events("dev-0001", &format!("&after_id={after}")).await;
    assert_eq!(rest.len(), 2);
    assert_eq!(rest[0]["event"]["type"], "logs");

    let device = s.device("dev-0001").await;
    assert_eq!(device["software_version"], "1.4.2");
    assert_eq!(device["hardware_version"], "evt-2");
    let chunks = device["chunks_received"].as_u64().expect("chunks");
    assert_eq!(device["outcomes"]["accepted"].as_u64(), Some(chunks));
    let devices = s.get("/api/v1/projects/default/devices").await;
    assert_eq!(devices["devices"][0]["serial"], "dev-0001");

    // Self-telemetry saw the same thing.
    let metrics = s.text("/metrics").await;
    assert!(metrics.contains(&format!(
        "pipeline_chunks_total{{outcome=\"accepted\",reason=\"accepted\"}} {chunks}"
    )));
    assert!(metrics.contains("ingest_uploads_total{result=\"accepted\"} 1"));
    assert!(metrics.contains("plugin_calls_total{plugin=\"decoder-v1\"} 4"));

    // A browser gets the web UI's shell; its data comes through the API with a token.
    let page = s.text("/").await;
    assert!(page.contains("/ui/app.js"), "{page}");
    assert!(!page.contains("dev-0001"), "no data in the shell: {page}");
    s.server.stop().await.expect("stop");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reassembly_outcomes_are_recorded_per_chunk() {
    let s = start().await;
    let mut dev = Device::new(20, 1);
    let mut good = dev.chunks(0x05, 1, &log("first").1);
    let mut lost = dev.chunks(0x05, 1, &log("this message loses its middle chunk").1);
    assert!(lost.len() >= 3);
    lost.remove(1);
    let mut corrupt = dev.chunks(0x05, 1, &log("this one gets a flipped bit").1);
    corrupt[1][4] ^= 0x01;
    let dup = good[0].clone();
    let mut all = Vec::new();
    all.append(&mut good);
    all.extend(lost.iter().cloned());
    all.extend(corrupt.iter().cloned());
    all.push(dup);
    let r = s
        .post("dev-2", faultline_protocol::frame::encode_upload(&all))
        .await;
    assert_eq!(r.status(), 202);
    s.drained().await;
    let device = s.device("dev-2").await;
    let outcomes = &device["outcomes"];
    assert_eq!(outcomes["accepted"], 1);
    assert_eq!(outcomes["missing_chunk"], 1);
    assert_eq!(
        outcomes["orphan_chunk"].as_u64(),
        Some(lost.len() as u64 - 1)
    );
    assert_eq!(outcomes["bad_crc"].as_u64(), Some(corrupt.len() as u64));
    assert_eq!(outcomes["duplicate_chunk"], 1);
    let listed = s
        .get("/api/v1/projects/default/devices/dev-2/outcomes?limit=1000")
        .await;
    let listed = listed["outcomes"].as_array().expect("outcomes");
    // One row per chunk that was not accepted (the accepted one is counted above).
    assert_eq!(listed.len(), all.len() - 1);
    assert!(
        listed
            .iter()
            .any(|o| o["reason"] == "bad_crc" && o["outcome"] == "rejected")
    );
    assert_eq!(log_messages(&s.events("dev-2", "").await), vec!["first"]);
    s.server.stop().await.expect("stop");
}
