//! Heartbeat metric names without strings on the wire: heartbeats of the QEMU example firmware
//! (and of a synthetic device) are stored positional and named when read, from the schema of
//! the build that sent them — the ELF's `.faultline.metrics` section once the ELF is uploaded,
//! or a JSON manifest — and values a schema cannot account for are flagged, never mis-named.

use std::path::Path;
use std::process::Command;

use crate::common::*;
use crate::example::{self, firmware, upload_elf};
use faultline_protocol::events::{self, Payload};
use serde_json::{Value, json};

/// Boot `elf` once with the command `none` (context, reboot, trace, one heartbeat, logs) and
/// send its UART through the bridge as `serial`.
async fn boot(s: &TestServer, elf: &Path, serial: &str) {
    example::run(s, elf, "none", serial).await;
}

async fn put_manifest(s: &TestServer, build_id: &str, body: &str) -> (u16, Value) {
    let r = s
        .client
        .put(format!(
            "{}/api/v1/projects/default/metric-schemas/{build_id}",
            s.base
        ))
        .header("content-type", "application/json")
        .body(body.to_string())
        .send()
        .await
        .expect("request");
    (r.status().as_u16(), r.json().await.expect("json"))
}

async fn heartbeats(s: &TestServer, serial: &str, query: &str) -> Vec<Value> {
    s.events(serial, query)
        .await
        .into_iter()
        .filter(|e| e["event"]["type"] == "heartbeat")
        .collect()
}

/// The GNU build id, as `readelf -n` prints it.
fn build_id_of(elf: &Path) -> String {
    let out = Command::new("arm-none-eabi-readelf")
        .arg("-n")
        .arg(elf)
        .output()
        .expect("run arm-none-eabi-readelf");
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .find_map(|l| l.trim().strip_prefix("Build ID: "))
        .expect("a build id")
        .to_string()
}

/// What `record_metrics` in the example's main.c sets, by name, as the API names it.
fn example_metrics(command: &str) -> Value {
    json!({
        "fl_unexpected_reboots": {"value": 0, "kind": "counter", "unit": null},
        "fl_crash_free": {"value": 1, "kind": "gauge", "unit": null},
        "sensor_reads": {"value": 5, "kind": "counter", "unit": null},
        "battery_mv": {"value": 3712, "kind": "gauge", "unit": "mV"},
        "temperature_c": {"value": -12, "kind": "gauge", "unit": "°C"},
        "busy_ms": {"value": 3, "kind": "timer", "unit": "ms"},
        "packets_sent": {"value": 1432, "kind": "counter", "unit": null},
        "rssi_dbm": {"value": -60, "kind": "gauge", "unit": "dBm"},
        "flash_bytes_written": {"value": 100_000, "kind": "counter", "unit": "B"},
        "float_check": {"value": 3072, "kind": "gauge", "unit": null},
        "board_id": {"value": 385, "kind": "gauge", "unit": null},
        "command": {"value": command, "kind": "string", "unit": null},
    })
}

/// The named metrics of a heartbeat without the uptime (which varies); checks its shape.
fn named_without_uptime(hb: &Value) -> Value {
    let mut metrics = hb["metrics"].clone();
    let uptime = metrics
        .as_object_mut()
        .and_then(|m| m.remove("fl_uptime_s"))
        .unwrap_or_else(|| panic!("fl_uptime_s named: {hb}"));
    assert_eq!(uptime["kind"], "gauge", "{hb}");
    assert_eq!(uptime["unit"], "s", "{hb}");
    assert!(
        uptime["value"]
            .as_i64()
            .is_some_and(|s| (0..10).contains(&s)),
        "{hb}"
    );
    metrics
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn heartbeats_sent_before_the_elf_are_named_once_it_is_uploaded() {
    let s = start().await;
    let elf = firmware("1.0.0", "");
    let build_id = build_id_of(&elf);
    boot(&s, &elf, "mn-elf").await;

    let before = heartbeats(&s, "mn-elf", "").await;
    assert_eq!(before.len(), 1, "{before:?}");
    assert_eq!(before[0]["schema"], "missing", "{}", before[0]);
    assert_eq!(before[0]["metrics"], Value::Null);
    assert_eq!(
        before[0]["schema_build_id"], build_id,
        "the build to upload"
    );
    let raw = before[0]["event"]["values"].clone();
    assert_eq!(
        raw.as_array().map(Vec::len),
        Some(14),
        "positional, as sent"
    );

    let meta = upload_elf(&s, &elf).await;
    assert_eq!(
        meta["metric_schema"],
        json!({"status": "stored", "source": "elf_section", "metrics": 14}),
        "{meta}"
    );

    // No new data: the same stored heartbeat, named now.
    let after = heartbeats(&s, "mn-elf", "&kind=heartbeat").await;
    assert_eq!(after.len(), 1);
    let hb = &after[0];
    assert_eq!(hb["id"], before[0]["id"]);
    assert_eq!(hb["event"]["values"], raw, "the stored event is unchanged");
    assert_eq!(hb["schema"], "ok", "{hb}");
    assert_eq!(hb["schema_build_id"], build_id);
    assert_eq!(hb["unnamed"], json!([]));
    assert_eq!(hb["absent"], json!([]));
    // i2c_naks was never touched: unset, so not there.
    assert_eq!(named_without_uptime(hb), example_metrics("none"));

    let list = s.get("/api/v1/projects/default/metric-schemas").await;
    assert_eq!(list["metric_schemas"][0]["build_id"], build_id, "{list}");
    assert_eq!(list["metric_schemas"][0]["integers"], 13);
    assert_eq!(list["metric_schemas"][0]["strings"], 1);
    let one = s
        .get(&format!(
            "/api/v1/projects/default/metric-schemas/{build_id}"
        ))
        .await;
    assert_eq!(one["source"], "elf_section");
    assert_eq!(
        one["schema"]["metrics"][5],
        json!({"index": 5, "id": "battery_mv", "kind": "gauge", "unit": "mV"})
    );
    assert_eq!(
        one["schema"]["metrics"][13],
        json!({"index": 13, "id": "command", "kind": "string", "unit": null})
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reordered_metric_list_keeps_the_ids() {
    let s = start().await;
    // Release 1.1.0 declares the same metrics in another order: the string first, the
    // integers reversed.
    let def = Path::new(env!("CARGO_TARGET_TMPDIR")).join("metric-names-reordered.def");
    let original = std::fs::read_to_string(
        repo_root().join("device-sdk/examples/qemu-mps2/faultline_metrics.def"),
    )
    .expect("def");
    let mut lines: Vec<&str> = original
        .lines()
        .filter(|l| l.starts_with("FL_METRIC_"))
        .collect();
    lines.reverse();
    assert!(lines[0].starts_with("FL_METRIC_STRING"), "{lines:?}");
    std::fs::write(&def, lines.join("\n") + "\n").expect("write def");
    let v100 = firmware("1.0.0", "");
    let v110 = firmware(
        "1.1.0-reordered",
        &format!(
            "-DFL_EXAMPLE_VERSION=1.1.0 -DFL_METRICS_DEF='\"{}\"'",
            def.display()
        ),
    );
    // Two devices of a fleet, one on each release (one device booting both would reuse its
    // session id: QEMU's RAM starts the same each time; the upgrade of one device is in
    // `an_upgraded_device_keeps_the_names_of_its_old_release`).
    boot(&s, &v100, "mn-release-a").await;
    boot(&s, &v110, "mn-release-b").await;
    for elf in [&v100, &v110] {
        let meta = upload_elf(&s, elf).await;
        assert_eq!(meta["metric_schema"]["status"], "stored");
    }
    let a = heartbeats(&s, "mn-release-a", "").await;
    let b = heartbeats(&s, "mn-release-b", "").await;
    assert_eq!((a.len(), b.len()), (1, 1));
    assert_eq!(a[0]["software_version"], "1.0.0");
    assert_eq!(b[0]["software_version"], "1.1.0");
    assert_eq!(a[0]["schema_build_id"], build_id_of(&v100));
    assert_eq!(b[0]["schema_build_id"], build_id_of(&v110));
    assert_ne!(
        a[0]["event"]["values"], b[0]["event"]["values"],
        "other positions on the wire"
    );
    for hb in [&a[0], &b[0]] {
        assert_eq!(hb["schema"], "ok", "{hb}");
        assert_eq!(named_without_uptime(hb), example_metrics("none"));
    }
    // battery_mv travels at position 5 in 1.0.0 and 10 in 1.1.0 (after the 3 built-ins, 10
    // integers reversed), under the same id.
    assert_eq!(a[0]["event"]["values"][5]["value"], 3712);
    assert_eq!(b[0]["event"]["values"][10]["value"], 3712);
}

const SYNTHETIC_BUILD: &str = "deadbeef"; // what common::context announces

fn heartbeat(values: &[i64], texts: &[&str], unset: &[u8]) -> (u8, Vec<u8>) {
    (
        0x02,
        Payload::Heartbeat(events::Heartbeat {
            duration_s: 3600,
            values: values.to_vec(),
            texts: texts.iter().map(|t| t.to_string()).collect(),
            unset: unset.to_vec(),
            at_ms: Some(1_768_469_400_000),
        })
        .encode(),
    )
}

async fn send(s: &TestServer, serial: &str, messages: &[(u8, Vec<u8>)]) {
    let mut device = Device::new(64, 1);
    let r = s.post(serial, device.upload(messages)).await;
    assert_eq!(r.status(), 202);
    s.drained().await;
}

fn context_of(version: &str, build_id: &[u8]) -> (u8, Vec<u8>) {
    (
        0x01,
        Payload::Context(events::Context {
            software_type: "main".into(),
            software_version: version.into(),
            hardware_version: "evt-2".into(),
            build_id: build_id.to_vec(),
        })
        .encode(),
    )
}

const MANIFEST: &str = r#"{"version": 1, "metrics": [
    {"id": "battery_mv", "kind": "gauge", "unit": "mV"},
    {"id": "state", "kind": "string"},
    {"id": "resets", "kind": "counter"}
]}"#;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_json_manifest_names_a_device_not_built_with_the_sdk() {
    let s = start().await;
    send(
        &s,
        "mn-manifest",
        &[
            context("3.0.0"),
            heartbeat(&[3650, 2], &["idle"], &[]),
            heartbeat(&[3640, 0], &["busy"], &[0b10]),
        ],
    )
    .await;
    let before = heartbeats(&s, "mn-manifest", "").await;
    assert!(
        before.iter().all(|h| h["schema"] == "missing"),
        "{before:?}"
    );
    assert_eq!(before[0]["schema_build_id"], SYNTHETIC_BUILD);
    let missing = s
        .client
        .get(format!(
            "{}/api/v1/projects/default/metric-schemas/{SYNTHETIC_BUILD}",
            s.base
        ))
        .send()
        .await
        .expect("request");
    assert_eq!(missing.status(), 404);

    // Refused with the reason, and nothing stored.
    for (body, reason) in [
        ("{", "not JSON"),
        (r#"{"version": 2, "metrics": []}"#, "unsupported version 2"),
        (
            r#"{"version": 1, "metrics": [{"id": "a", "kind": "histogram"}]}"#,
            "metrics[0]: unknown variant `histogram`",
        ),
        (
            r#"{"version": 1, "metrics": [{"id": "a", "kind": "gauge"}, {"id": "a", "kind": "counter"}]}"#,
            "declared twice",
        ),
    ] {
        let (status, err) = put_manifest(&s, SYNTHETIC_BUILD, body).await;
        assert_eq!(status, 400, "{body}: {err}");
        assert_eq!(err["error"], "malformed");
        let message = err["message"].as_str().expect("message");
        assert!(message.contains(reason), "{body}: {message}");
    }
    let (status, err) = put_manifest(&s, "NOT-HEX", MANIFEST).await;
    assert_eq!(status, 400, "{err}");
    assert!(
        heartbeats(&s, "mn-manifest", "")
            .await
            .iter()
            .all(|h| h["schema"] == "missing")
    );

    let (status, stored) = put_manifest(&s, SYNTHETIC_BUILD, MANIFEST).await;
    assert_eq!(status, 200, "{stored}");
    assert_eq!(stored["source"], "manifest");
    assert_eq!(
        stored["schema"]["metrics"],
        json!([
            {"index": 0, "id": "battery_mv", "kind": "gauge", "unit": "mV"},
            {"index": 1, "id": "resets", "kind": "counter", "unit": null},
            {"index": 2, "id": "state", "kind": "string", "unit": null},
        ]),
        "integers first, strings after, each in declaration order"
    );
    let after = heartbeats(&s, "mn-manifest", "").await;
    assert_eq!(after[0]["schema"], "ok", "{}", after[0]);
    assert_eq!(
        after[0]["metrics"],
        json!({
            "battery_mv": {"value": 3650, "kind": "gauge", "unit": "mV"},
            "resets": {"value": 2, "kind": "counter", "unit": null},
            "state": {"value": "idle", "kind": "string", "unit": null},
        })
    );
    assert_eq!(
        after[1]["metrics"],
        json!({
            "battery_mv": {"value": 3640, "kind": "gauge", "unit": "mV"},
            "state": {"value": "busy", "kind": "string", "unit": null},
        }),
        "resets was unset"
    );
    let list = s.get("/api/v1/projects/default/metric-schemas").await;
    assert_eq!(list["metric_schemas"][0]["source"], "manifest", "{list}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unknown_ids_and_type_mismatches_are_flagged_never_misnamed() {
    let s = start().await;
    let (status, _) = put_manifest(&s, SYNTHETIC_BUILD, MANIFEST).await;
    assert_eq!(status, 200);
    send(
        &s,
        "mn-bad",
        &[
            context("3.0.0"),
            // Right.
            heartbeat(&[3700, 1], &["idle"], &[]),
            // A value beyond the declared metrics, after the right ones.
            heartbeat(&[3700, 1], &["idle", "extra"], &[]),
            // An integer where a string is declared (and the text pushed beyond).
            heartbeat(&[3700, 1, 99], &["idle"], &[]),
            // A text where an integer is declared; the string metric gets no value.
            heartbeat(&[3700], &["idle"], &[]),
        ],
    )
    .await;
    let hbs = heartbeats(&s, "mn-bad", "").await;
    assert_eq!(hbs.len(), 4);
    assert_eq!(hbs[0]["schema"], "ok");
    assert_eq!(hbs[0]["unnamed"], json!([]));

    assert_eq!(hbs[1]["schema"], "mismatch");
    assert_eq!(
        hbs[1]["unnamed"],
        json!([{
            "index": 3, "value": "extra",
            "reason": "no metric declared at index 3 in build deadbeef"
        }])
    );
    assert_eq!(hbs[1]["metrics"]["state"]["value"], "idle");

    assert_eq!(hbs[2]["schema"], "mismatch");
    assert_eq!(
        hbs[2]["unnamed"],
        json!([
            {"index": 2, "value": 99, "reason": "type mismatch: a number at index 2, where build deadbeef declares string metric `state`"},
            {"index": 3, "value": "idle", "reason": "no metric declared at index 3 in build deadbeef"},
        ])
    );
    assert!(
        hbs[2]["metrics"].get("state").is_none(),
        "99 is not the state: {}",
        hbs[2]
    );

    assert_eq!(hbs[3]["schema"], "mismatch");
    assert_eq!(
        hbs[3]["unnamed"],
        json!([{
            "index": 1, "value": "idle",
            "reason": "type mismatch: a text at index 1, where build deadbeef declares counter metric `resets`"
        }])
    );
    assert_eq!(hbs[3]["absent"], json!(["state"]));
    assert_eq!(
        hbs[3]["metrics"],
        json!({"battery_mv": {"value": 3700, "kind": "gauge", "unit": "mV"}})
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_upgraded_device_keeps_the_names_of_its_old_release() {
    let s = start().await;
    // 4.0.0 and 4.1.0 declare the same metrics in other orders.
    let v400 = r#"{"version": 1, "metrics": [
        {"id": "battery_mv", "kind": "gauge", "unit": "mV"},
        {"id": "resets", "kind": "counter"}]}"#;
    let v410 = r#"{"version": 1, "metrics": [
        {"id": "resets", "kind": "counter"},
        {"id": "battery_mv", "kind": "gauge", "unit": "mV"}]}"#;
    assert_eq!(put_manifest(&s, "aa40", v400).await.0, 200);
    assert_eq!(put_manifest(&s, "aa41", v410).await.0, 200);
    send(
        &s,
        "mn-upgraded",
        &[
            context_of("4.0.0", &[0xaa, 0x40]),
            heartbeat(&[3700, 1], &[], &[]),
            // Same context id: the device record now only knows 4.1.0.
            context_of("4.1.0", &[0xaa, 0x41]),
            heartbeat(&[2, 3600], &[], &[]),
        ],
    )
    .await;
    let device = s.device("mn-upgraded").await;
    assert_eq!(device["software_version"], "4.1.0");
    // With the context events in the page, and without them (found in the device's history).
    for query in ["", "&kind=heartbeat"] {
        let hbs = heartbeats(&s, "mn-upgraded", query).await;
        assert_eq!(hbs.len(), 2, "{query}");
        assert_eq!(hbs[0]["schema_build_id"], "aa40", "{query}");
        assert_eq!(hbs[1]["schema_build_id"], "aa41", "{query}");
        for (hb, battery, resets) in [(&hbs[0], 3700, 1), (&hbs[1], 3600, 2)] {
            assert_eq!(hb["schema"], "ok", "{query}: {hb}");
            assert_eq!(hb["metrics"]["battery_mv"]["value"], battery, "{query}");
            assert_eq!(hb["metrics"]["resets"]["value"], resets, "{query}");
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_elf_without_the_section_names_from_dwarf_and_does_not_replace_a_manifest() {
    let s = start().await;
    let elf = firmware("1.0.0", "");
    let build_id = build_id_of(&elf);
    let stripped = Path::new(env!("CARGO_TARGET_TMPDIR")).join("metric-names-no-section.elf");
    let out = Command::new("arm-none-eabi-objcopy")
        .args(["--remove-section", ".faultline.metrics"])
        .arg(&elf)
        .arg(&stripped)
        .output()
        .expect("run arm-none-eabi-objcopy");
    assert!(out.status.success());
    boot(&s, &elf, "mn-dwarf").await;

    let meta = upload_elf(&s, &stripped).await;
    assert_eq!(meta["build_id"], build_id, "same build");
    assert_eq!(
        meta["metric_schema"],
        json!({"status": "stored", "source": "dwarf", "metrics": 14})
    );
    let hb = &heartbeats(&s, "mn-dwarf", "").await[0];
    assert_eq!(hb["schema"], "ok", "{hb}");
    assert_eq!(
        hb["metrics"]["battery_mv"],
        json!({"value": 3712, "kind": null, "unit": null}),
        "DWARF names positions, not kinds or units"
    );
    assert_eq!(hb["metrics"]["command"]["kind"], "string");

    // A manifest with kinds and units replaces it; DWARF alone does not replace the manifest.
    let manifest = json!({"version": 1, "metrics": [
        {"id": "fl_uptime_s", "kind": "gauge", "unit": "s"},
        {"id": "fl_unexpected_reboots", "kind": "counter"},
        {"id": "fl_crash_free", "kind": "gauge"},
        {"id": "sensor_reads", "kind": "counter"},
        {"id": "i2c_naks", "kind": "counter"},
        {"id": "battery_mv", "kind": "gauge", "unit": "millivolt"},
        {"id": "temperature_c", "kind": "gauge"},
        {"id": "busy_ms", "kind": "timer", "unit": "ms"},
        {"id": "packets_sent", "kind": "counter"},
        {"id": "rssi_dbm", "kind": "gauge"},
        {"id": "flash_bytes_written", "kind": "counter"},
        {"id": "float_check", "kind": "gauge"},
        {"id": "board_id", "kind": "gauge"},
        {"id": "command", "kind": "string"},
    ]});
    let (status, _) = put_manifest(&s, &build_id, &manifest.to_string()).await;
    assert_eq!(status, 200);
    let meta = upload_elf(&s, &stripped).await;
    assert_eq!(meta["metric_schema"]["status"], "kept_manifest");
    let hb = &heartbeats(&s, "mn-dwarf", "").await[0];
    assert_eq!(
        hb["metrics"]["battery_mv"],
        json!({"value": 3712, "kind": "gauge", "unit": "millivolt"})
    );
    // The firmware's own section does replace it.
    let meta = upload_elf(&s, &elf).await;
    assert_eq!(meta["metric_schema"]["source"], "elf_section");
    let hb = &heartbeats(&s, "mn-dwarf", "").await[0];
    assert_eq!(hb["metrics"]["battery_mv"]["unit"], "mV");
}
