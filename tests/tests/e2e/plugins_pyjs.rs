//! Python and JavaScript plugins that do real work, built from source in the test with
//! plugin-kit (which installs componentize-py, jco and componentize-js itself) and run by the
//! server's own runtime:
//!
//! - `plugins-py/json-events`, a decoder routed in plugins.toml for vendor type 0x4a: JSON sent
//!   through the chunk protocol becomes stored events with the expected values, and bad JSON
//!   or bad fields become `malformed_payload` outcomes with the decoder's reason per chunk.
//! - `plugins-js/battery-drain`, an alert rule called through `Runtime::evaluate`, and its
//!   unit checks under node.
//!
//! Interpreted plugins need more than the default limits; see `PY_LIMITS` and `JS_LIMITS`.
//! The toolchains live under cargo's target directory, so only the first run installs them.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant};

use faultline_model::rules::{MetricPoint, MetricWindow, Severity};
use faultline_model::{DeviceContext, PluginFailure};
use faultline_plugin_kit::Toolchains;
use faultline_protocol::frame::{encode_message, encode_upload};
use faultline_runtime::manifest::Manifest;
use faultline_runtime::{RuleError, Runtime};
use serde_json::{Value, json};

use crate::common::*;

/// `[plugin.limits]` for the Python decoder. Its instance has about 13 MB of linear memory,
/// steady over calls, so the default 32 MiB cap would do; 64 MiB leaves room for the objects
/// of a 256 KiB document. CPU: the first call creates the instance (8-10 ms) out of its own
/// budget, warm calls take 0.05-0.2 ms, and a 256 KiB document of escaped quotes costs tens of
/// ms in the nesting check, more than the 50 ms default leaves on a busy machine.
const PY_LIMITS: &str = "timeout_ms = 500\nmax_memory_bytes = 67108864\n";
/// `[plugin.limits]` for the JavaScript rule. Its linear memory starts at 9.5 MB and grows by
/// about 10 KB per call, never given back: with the default 32 MiB every ~2,050th call fails as
/// `plugin_memory_limit` (and the host recycles the instance); 128 MiB makes that about one
/// call in 10,000.
const JS_LIMITS: &str = "timeout_ms = 500\nmax_memory_bytes = 134217728\n";

fn toolchains() -> Toolchains {
    Toolchains::new(PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("plugin-toolchains"))
}

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for entry in std::fs::read_dir(from).expect("read dir").flatten() {
        let name = entry.file_name();
        // What a build or a local `npm install` leaves in the working tree.
        if ["dist", "node_modules", "__pycache__"].contains(&name.to_string_lossy().as_ref()) {
            continue;
        }
        let path = entry.path();
        if path.is_dir() {
            copy_tree(&path, &to.join(&name));
        } else {
            std::fs::copy(&path, to.join(&name)).expect("copy");
        }
    }
}

/// Builds the plugin project at `rel` (from the repository root) in a copy, as `faultline
/// plugin build` does, once per test process (the tests of one plugin share it), and returns
/// the component.
fn build_from_source(rel: &'static str) -> PathBuf {
    static BUILT: Mutex<BTreeMap<&str, PathBuf>> = Mutex::new(BTreeMap::new());
    let mut built = BUILT.lock().unwrap_or_else(PoisonError::into_inner);
    if let Some(out) = built.get(rel) {
        return out.clone();
    }
    // Made afresh by each test process, so builds do not pile up run after run.
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join("plugins-pyjs")
        .join(Path::new(rel).file_name().expect("name"));
    let _ = std::fs::remove_dir_all(&dir);
    copy_tree(&repo_root().join(rel), &dir);
    let started = Instant::now();
    let out = faultline_plugin_kit::build(&dir, &toolchains())
        .unwrap_or_else(|e| panic!("building {rel}: {e}"));
    let size = std::fs::metadata(&out).expect("component").len();
    eprintln!("{rel}: built {size} bytes in {:.1?}", started.elapsed());
    built.insert(rel, out.clone());
    out
}

fn plugin_entry(id: &str, kind: &str, wasm: &Path, rest: &str) -> String {
    format!(
        "[[plugin]]\nid = \"{id}\"\nkind = \"{kind}\"\npath = {:?}\n{rest}\n",
        wasm.display().to_string()
    )
}

/// Median and 99th percentile of `n` timed calls, after one untimed call that instantiates.
fn time_calls(n: usize, mut call: impl FnMut()) -> (Duration, Duration) {
    call();
    let mut times: Vec<Duration> = (0..n)
        .map(|_| {
            let t = Instant::now();
            call();
            t.elapsed()
        })
        .collect();
    times.sort();
    (times[n / 2], times[n * 99 / 100])
}

const GOOD_BATCH: &str = r#"[
  {"log": [{"level": "warn", "msg": "uplink lost, buffering", "ts_ms": 120500}, {"msg": "uplink back"}]},
  {"metrics": {"duration_ms": 60000, "values": [3712, 21.5, "eu-west", null, true, -7]}, "at_ms": 180000},
  {"error": {"reason": 7, "pc": 134222387, "status": -110}},
  {"reboot": {"reason": 3, "unexpected": true, "crash_count": 2}, "at_ms": 5}
]"#;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn python_json_decoder_built_from_source_decodes_through_a_real_server() {
    let dir = tempfile::tempdir().expect("tempdir");
    let wasm = build_from_source("plugins-py/json-events");
    let mut config = test_config(dir.path());
    // 0x4b is routed to it too, so its refusal of other types is seen.
    let entry = plugin_entry(
        "json-events",
        "decoder",
        &wasm,
        &format!(
            "[plugin.route]\nmessage_types = [\"0x4a\", \"0x4b\"]\n[plugin.limits]\n{PY_LIMITS}[plugin.config]\nmessage_type = \"0x4a\"\n"
        ),
    );
    config.plugins = write_plugins_toml(dir.path(), &entry);
    let started = Instant::now();
    let s = start_with(dir, config).await;
    eprintln!(
        "server with the python decoder up in {:.1?} (compiling it)",
        started.elapsed()
    );

    // A gateway with a 64-byte MTU: the batch spans many chunks and is reassembled first.
    let mut gw = Device::new(64, 3);
    let body = gw.upload(&[
        context("2.0.0"),
        (0x4a, GOOD_BATCH.as_bytes().to_vec()),
        (
            0x4a,
            r#"{"log": {"level": "error", "msg": "ünïcode ok ✓"}}"#.into(),
        ),
    ]);
    assert_eq!(s.post("gw-1", body).await.status(), 202);
    s.drained().await;

    let events = s.events("gw-1", "").await;
    let kinds: Vec<&str> = events
        .iter()
        .map(|e| e["event"]["type"].as_str().expect("type"))
        .collect();
    assert_eq!(
        kinds,
        ["context", "logs", "heartbeat", "trace", "reboot", "logs"]
    );
    for e in &events[1..] {
        let decoder = e["decoder"].as_str().expect("decoder");
        assert!(decoder.starts_with("json-events@"), "{decoder}");
        assert_eq!(e["software_version"], "2.0.0");
    }
    assert_eq!(
        events[1]["event"]["records"],
        json!([
            {"level": "warn", "message": "uplink lost, buffering", "timestamp_ms": 120500},
            {"level": "info", "message": "uplink back", "timestamp_ms": null},
        ])
    );
    let hb = &events[2]["event"];
    assert_eq!(hb["duration_ms"], 60000);
    assert_eq!(hb["captured_at_ms"], 180000);
    assert_eq!(
        hb["values"],
        json!([
            {"type": "int", "value": 3712},
            {"type": "float", "value": 21.5},
            {"type": "text", "value": "eu-west"},
            {"type": "unset"},
            {"type": "int", "value": 1},
            {"type": "int", "value": -7},
        ])
    );
    let trace = &events[3]["event"];
    assert_eq!(
        (
            &trace["reason"],
            &trace["pc"],
            &trace["lr"],
            &trace["status_code"]
        ),
        (&json!(7), &json!(134222387), &json!(0), &json!(-110))
    );
    assert_eq!(trace["captured_at_ms"], Value::Null);
    let reboot = &events[4]["event"];
    assert_eq!(reboot["reason"], 3);
    assert_eq!(reboot["unexpected"], true);
    assert_eq!(reboot["crash_count"], 2);
    assert_eq!((&reboot["pc"], &reboot["lr"]), (&Value::Null, &Value::Null));
    assert_eq!(reboot["captured_at_ms"], 5);
    assert_eq!(
        events[5]["event"]["records"],
        json!([{"level": "error", "message": "ünïcode ok ✓", "timestamp_ms": null}])
    );
    let device = s.device("gw-1").await;
    assert_eq!(
        device["outcomes"]["accepted"], device["chunks_received"],
        "{device}"
    );

    // Bad documents from another device, each with the reason the chunk's outcome must carry.
    let deep = format!("{}{}", "[".repeat(20_000), "]".repeat(20_000));
    let bad: Vec<(u8, Vec<u8>, &str, &str)> = vec![
        (
            0x4a,
            br#"{"log": {"msg": "x"}"#.to_vec(),
            "malformed_payload",
            "payload is not JSON: Expecting ',' delimiter at line 1 column 21",
        ),
        (
            0x4a,
            vec![0xff, 0xfe, b'{'],
            "malformed_payload",
            "payload is not UTF-8: invalid byte at offset 0",
        ),
        (
            0x4a,
            br#"{"error": {"reason": -1}}"#.to_vec(),
            "malformed_payload",
            "event 1: error.reason: the number -1 is outside 0..=4294967295",
        ),
        (
            0x4a,
            br#"{"reboot": {"reason": 3, "unexpected": "yes"}}"#.to_vec(),
            "malformed_payload",
            "event 1: reboot.unexpected: expected true or false, got the string \"yes\"",
        ),
        (
            0x4a,
            br#"[{"log": {"msg": "fine"}}, {"metrics": {"duration_ms": 1000, "values": [1, [2]]}}]"#
                .to_vec(),
            "malformed_payload",
            "event 2: metrics.values[1]: expected a number, string, boolean or null, got a list",
        ),
        (
            0x4a,
            br#"{"log": {"msg": "a", "lvl": "warn"}}"#.to_vec(),
            "malformed_payload",
            "event 1: log: unknown key `lvl` (allowed: msg, level, ts_ms)",
        ),
        (
            0x4a,
            br#"{"log": {"msg": "a"}, "error": {"reason": 1}}"#.to_vec(),
            "malformed_payload",
            "event 1: needs exactly one of log, metrics, error, reboot, has 2",
        ),
        (
            0x4a,
            br#"{"metrics": {"duration_ms": 1000, "values": [NaN]}}"#.to_vec(),
            "malformed_payload",
            "payload is not JSON: NaN is not a JSON number",
        ),
        (
            0x4a,
            br#"{"error": {"reason": 1, "reason": 2}}"#.to_vec(),
            "malformed_payload",
            "key `reason` appears twice in one object",
        ),
        // Deep nesting would exhaust the wasm stack inside CPython's parser (a trap).
        (
            0x4a,
            deep.into_bytes(),
            "malformed_payload",
            "payload nests deeper than 16 levels",
        ),
        (
            0x4a,
            "[".repeat(20_000).into_bytes(),
            "malformed_payload",
            "payload nests deeper than 16 levels",
        ),
        (
            0x4b,
            b"{}".to_vec(),
            "unsupported_message",
            "message type 0x4b is not JSON events (0x4a)",
        ),
    ];
    let mut dev = Device::new(512, 4);
    let mut chunks = Vec::new();
    let mut want = Vec::new();
    for (msg_type, payload, reason, detail) in &bad {
        let c = dev.chunker.chunk(&encode_message(*msg_type, 1, payload));
        want.extend(std::iter::repeat_n((*reason, *detail), c.len()));
        chunks.extend(c);
    }
    assert_eq!(s.post("gw-bad", encode_upload(&chunks)).await.status(), 202);
    s.drained().await;
    let listed = s
        .get("/api/v1/projects/default/devices/gw-bad/outcomes?limit=1000")
        .await;
    let mut got: Vec<(u64, String, String)> = listed["outcomes"]
        .as_array()
        .expect("outcomes")
        .iter()
        .map(|o| {
            assert_eq!(o["outcome"], "rejected", "{o}");
            (
                o["chunk"].as_u64().expect("chunk"),
                o["reason"].as_str().expect("reason").to_string(),
                o["detail"].as_str().expect("detail").to_string(),
            )
        })
        .collect();
    got.sort();
    let got: Vec<(&str, &str)> = got
        .iter()
        .map(|(_, r, d)| (r.as_str(), d.as_str()))
        .collect();
    assert_eq!(got, want);
    assert!(s.events("gw-bad", "").await.is_empty());

    // The device's mistakes do not count against the plugin.
    let plugins = s.get("/api/v1/plugins").await;
    let status = plugins["plugins"]
        .as_array()
        .expect("plugins")
        .iter()
        .find(|p| p["id"] == "json-events")
        .expect("listed")
        .clone();
    assert_eq!(status["state"], "enabled", "{status}");
    assert_eq!(status["calls"], 2 + bad.len(), "{status}");
    assert_eq!(status["consecutive_failures"], 0, "{status}");
    s.server.stop().await.expect("stop");
}

fn window(metric: &str, values: &[f64], step_ms: u64) -> MetricWindow {
    let t0 = 1_767_225_600_000u64;
    MetricWindow {
        metric: metric.into(),
        device_count: 1,
        start_ms: t0,
        end_ms: t0 + step_ms * values.len() as u64,
        points: values
            .iter()
            .enumerate()
            .map(|(i, &value)| MetricPoint {
                at_ms: t0 + i as u64 * step_ms,
                value,
            })
            .collect(),
    }
}

const HOUR_MS: u64 = 3_600_000;

#[test]
fn javascript_battery_rule_built_from_source_raises_alerts_in_the_runtime() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let wasm = build_from_source("plugins-js/battery-drain");
    let text = format!(
        "version = 1\n{}{}",
        plugin_entry(
            "battery-drain",
            "alert-rule",
            &wasm,
            &format!("[plugin.limits]\n{JS_LIMITS}[plugin.config]\nempty_within_hours = \"8\"\n"),
        ),
        plugin_entry(
            "misconfigured",
            "alert-rule",
            &wasm,
            &format!("[plugin.limits]\n{JS_LIMITS}[plugin.config]\ndrain_per_hour = \"fast\"\n"),
        ),
    );
    let manifest = Manifest::from_toml_str(&text, tmp.path()).expect("plugins.toml");
    let started = Instant::now();
    let rt = Runtime::new(manifest, &tmp.path().join("cache")).expect("runtime");
    eprintln!(
        "runtime with the js rule ready in {:.1?}",
        started.elapsed()
    );
    let rule = rt.plugin("battery-drain").expect("loaded");

    // 3 %/h from 80: far from empty, a warning.
    let alerts = rt
        .evaluate(
            &rule,
            &window("battery_pct", &[80.0, 77.0, 74.0, 71.0], HOUR_MS),
        )
        .expect("evaluate");
    assert_eq!(alerts.len(), 1, "{alerts:?}");
    assert_eq!(alerts[0].severity, Severity::Warning);
    assert_eq!(
        alerts[0].title,
        "battery_pct falls 3/h (alert at 2/h), now 71"
    );
    assert_eq!(alerts[0].fingerprint, "battery-drain:battery_pct");

    // About 4 %/h from 29.1: empty (5) in about 6 h, within the configured 8: critical.
    let alerts = rt
        .evaluate(
            &rule,
            &window("battery_pct", &[41.0, 37.2, 32.9, 29.1], HOUR_MS),
        )
        .expect("evaluate");
    assert_eq!(alerts.len(), 1, "{alerts:?}");
    assert_eq!(alerts[0].severity, Severity::Critical);
    assert_eq!(
        alerts[0].title,
        "battery_pct falls 4/h from 29.1: 5 in about 6 h"
    );

    // Charging raises nothing; a level wobbling under the hysteresis band stays low.
    let charging = window("battery_pct", &[30.0, 45.0, 60.0, 75.0], HOUR_MS);
    assert_eq!(rt.evaluate(&rule, &charging).expect("evaluate"), []);
    let low = window(
        "battery_pct",
        &[16.0, 14.0, 16.0, 14.5, 17.0, 16.0],
        900_000,
    );
    let alerts = rt.evaluate(&rule, &low).expect("evaluate");
    assert_eq!(alerts.len(), 1, "{alerts:?}");
    assert_eq!(alerts[0].severity, Severity::Warning);
    assert_eq!(
        alerts[0].title,
        "battery_pct low for 60 min, now 16 (back to normal at 20)"
    );
    assert_eq!(alerts[0].fingerprint, "battery-low:battery_pct");
    // No points, no alerts.
    assert_eq!(
        rt.evaluate(&rule, &window("battery_pct", &[], HOUR_MS))
            .expect("evaluate"),
        []
    );

    // A bad setting is the plugin's (the operator's) failure, with the reason.
    let bad = rt.plugin("misconfigured").expect("loaded");
    match rt.evaluate(&bad, &charging) {
        Err(RuleError::Failed { failure, detail }) => {
            assert_eq!(failure, PluginFailure::PluginError);
            assert!(
                detail.contains("config drain_per_hour `fast`: not a number"),
                "{detail}"
            );
        }
        other => panic!("expected a plugin error, got {other:?}"),
    }

    let drain = window("battery_pct", &[80.0, 77.0, 74.0, 71.0], HOUR_MS);
    let before = memory(&rt, "battery-drain");
    let (p50, p99) = time_calls(1000, || {
        rt.evaluate(&rule, &drain).expect("evaluate");
    });
    eprintln!(
        "js rule evaluate: p50 {p50:.1?}, p99 {p99:.1?} over 1000 calls; linear memory {before} -> {} bytes",
        memory(&rt, "battery-drain")
    );
}

/// The linear memory of a plugin's live instance.
fn memory(rt: &Runtime, id: &str) -> u64 {
    rt.stats()
        .iter()
        .find(|s| s.id.as_str() == id)
        .map_or(0, |s| s.memory_bytes)
}

#[test]
fn python_json_decoder_per_call_cost() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let wasm = build_from_source("plugins-py/json-events");
    let text = format!(
        "version = 1\n{}",
        plugin_entry(
            "json-events",
            "decoder",
            &wasm,
            &format!("[plugin.limits]\n{PY_LIMITS}")
        )
    );
    let manifest = Manifest::from_toml_str(&text, tmp.path()).expect("plugins.toml");
    let rt = Runtime::new(manifest, &tmp.path().join("cache")).expect("runtime");
    let id = rt.plugin("json-events").expect("loaded");
    let ctx = DeviceContext {
        serial: "gw-1".into(),
        hardware_version: "evt-2".into(),
        software_type: "main".into(),
        software_version: "2.0.0".into(),
        build_id: Vec::new(),
    };
    let started = Instant::now();
    let events = rt
        .decode(&id, &ctx, 0x4a, GOOD_BATCH.as_bytes())
        .expect("decode");
    eprintln!(
        "python decoder first call (instantiates): {:.1?}",
        started.elapsed()
    );
    assert_eq!(events.len(), 4);
    let small = br#"{"log": {"msg": "uplink back"}}"#;
    for (name, payload) in [
        ("one log line", &small[..]),
        ("the 4-event batch", GOOD_BATCH.as_bytes()),
    ] {
        let before = memory(&rt, "json-events");
        let (p50, p99) = time_calls(1000, || {
            rt.decode(&id, &ctx, 0x4a, payload).expect("decode");
        });
        eprintln!(
            "python decoder, {name}: p50 {p50:.1?}, p99 {p99:.1?} over 1000 calls; linear memory {before} -> {} bytes",
            memory(&rt, "json-events")
        );
    }
}

/// The rule's unit checks (`node --test`) run with the rest.
#[test]
fn javascript_battery_rule_unit_checks_pass_under_node() {
    // The JS toolchain's install brings node where it is missing (apt); a no-op otherwise.
    faultline_plugin_kit::ensure_toolchain(faultline_plugin_kit::Language::Js, &toolchains())
        .unwrap_or_else(|e| panic!("{e}"));
    let dir = repo_root().join("plugins-js/battery-drain");
    let out = std::process::Command::new("node")
        .args(["--test", "test/"])
        .current_dir(&dir)
        .output()
        .expect("node runs (the JS toolchain installs it)");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains("# fail 0"), "{stdout}");
    assert!(!stdout.contains("# pass 0"), "{stdout}");
}
