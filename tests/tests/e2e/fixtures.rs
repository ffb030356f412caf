//! The protocol fixtures of `tests/fixtures/protocol/`, posted to a real server: each expected
//! message becomes the expected event through the bundled WASM decoder, and each expected
//! rejection is recorded with its reason.

use std::collections::BTreeMap;

use crate::common::*;
use serde_json::{Value, json};

fn fixture_dir() -> std::path::PathBuf {
    repo_root().join("tests/fixtures/protocol")
}

/// The fields of the stored event that the fixture's payload pins down.
fn expected_event(message: &Value) -> Value {
    let p = &message["payload"];
    match message["type_name"].as_str().expect("type_name") {
        "context" => json!({
            "type": "context",
            "software_type": p["software_type"],
            "software_version": p["software_version"],
            "hardware_version": p["hardware_version"],
            "build_id": p["build_id"],
        }),
        "heartbeat" => {
            assert_eq!(
                p["unset"], "",
                "fixtures with unset metrics need their own mapping"
            );
            let mut values: Vec<Value> = p["values"]
                .as_array()
                .expect("values")
                .iter()
                .map(|v| json!({"type": "int", "value": v}))
                .collect();
            values.extend(
                p["texts"]
                    .as_array()
                    .expect("texts")
                    .iter()
                    .map(|t| json!({"type": "text", "value": t})),
            );
            json!({
                "type": "heartbeat",
                "captured_at_ms": p["at_ms"],
                "duration_ms": p["duration_s"].as_u64().expect("duration") * 1000,
                "values": values,
            })
        }
        "trace" => json!({
            "type": "trace",
            "captured_at_ms": p["at_ms"],
            "reason": p["reason"],
            "pc": p["pc"],
            "lr": p["lr"],
            "status_code": p["status"],
        }),
        "reboot" => json!({
            "type": "reboot",
            "captured_at_ms": p["at_ms"],
            "reason": p["reason"],
            "unexpected": p["unexpected"],
            "pc": p["pc"],
            "lr": p["lr"],
            "crash_count": p["crash_count"],
        }),
        "logs" => {
            let levels = ["debug", "info", "warn", "error"];
            let records: Vec<Value> = p["records"]
                .as_array()
                .expect("records")
                .iter()
                .map(|r| {
                    json!({
                        "timestamp_ms": r["at_ms"],
                        "level": levels[r["level"].as_u64().expect("level") as usize],
                        "message": r["message"],
                    })
                })
                .collect();
            json!({"type": "logs", "records": records})
        }
        "coredump" => {
            let registers: Vec<Value> = p["registers"]
                .as_array()
                .expect("registers")
                .iter()
                .enumerate()
                .map(|(i, v)| json!({"number": i, "value": v}))
                .collect();
            let regions: Vec<Value> = p["regions"]
                .as_array()
                .expect("regions")
                .iter()
                .map(|r| json!({"start": r["start"], "data": r["data"]}))
                .collect();
            json!({
                "type": "coredump",
                "captured_at_ms": p["at_ms"],
                "arch": "arm_cortex_m",
                "reason": p["reason"],
                "registers": registers,
                "regions": regions,
                "truncated": p["truncated"],
            })
        }
        "vendor" => json!({
            "type": "custom",
            "type_name": format!("vendor-0x{:02x}", message["type"].as_u64().expect("type")),
            "data": p["data"],
        }),
        other => panic!("fixture message type {other} not covered"),
    }
}

/// Every key of `expected` has the same value in `actual`.
fn assert_subset(actual: &Value, expected: &Value, what: &str) {
    for (k, v) in expected.as_object().expect("object") {
        assert_eq!(&actual[k], v, "{what}: field `{k}` in {actual}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_fixture_decodes_to_its_expected_events_through_the_wasm_decoder() {
    let s = start().await;
    let mut names: Vec<String> = std::fs::read_dir(fixture_dir())
        .expect("fixtures")
        .filter_map(|e| {
            let p = e.expect("entry").path();
            (p.extension()? == "json").then(|| p.file_stem()?.to_str().map(str::to_string))?
        })
        .collect();
    names.sort();
    assert!(names.len() >= 10, "fixtures missing: {names:?}");
    for name in &names {
        let spec: Value = serde_json::from_str(
            &std::fs::read_to_string(fixture_dir().join(format!("{name}.json"))).expect("read"),
        )
        .expect("json");
        let serial = format!("fx-{name}");
        for upload in spec["uploads"].as_array().expect("uploads") {
            let file = upload["file"].as_str().expect("file");
            let body = std::fs::read(fixture_dir().join(file)).expect("bin");
            let r = s.post(&serial, body).await;
            assert_eq!(r.status(), 202, "{name}: {file}");
        }
        s.drained().await;

        let outputs = spec["outputs"].as_array().expect("outputs");
        let events = s.events(&serial, "").await;
        let expected: Vec<Value> = outputs
            .iter()
            .filter_map(|o| o.get("message"))
            .map(expected_event)
            .collect();
        assert_eq!(events.len(), expected.len(), "{name}: {events:?}");
        for (e, x) in events.iter().zip(&expected) {
            assert_subset(&e["event"], x, name);
        }

        let mut rejected: BTreeMap<String, u64> = BTreeMap::new();
        let mut accepted = 0;
        for o in outputs {
            if let Some(r) = o.get("rejected") {
                *rejected
                    .entry(r["reason"].as_str().expect("reason").to_string())
                    .or_default() += r["chunks"].as_array().expect("chunks").len() as u64;
            } else {
                accepted += o["message"]["chunks"].as_array().expect("chunks").len() as u64;
            }
        }
        let device = s.device(&serial).await;
        let outcomes = device["outcomes"].as_object().expect("outcomes");
        assert_eq!(
            outcomes
                .get("accepted")
                .and_then(Value::as_u64)
                .unwrap_or(0),
            accepted,
            "{name}: {device}"
        );
        for (reason, n) in &rejected {
            assert_eq!(outcomes[reason].as_u64(), Some(*n), "{name}: {device}");
        }
        assert_eq!(
            outcomes.len(),
            rejected.len() + usize::from(accepted > 0),
            "{name}: no other outcome: {device}"
        );
    }
    s.server.stop().await.expect("stop");
}
