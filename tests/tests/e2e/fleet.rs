//! Fleet statistics through the server: a simulated fleet on two releases, then the API's
//! aggregates, release comparison, crash-free hours, adoption and device search, each checked
//! against the same numbers computed by brute force from the stored events.

use std::collections::BTreeMap;

use faultline_server::simulate::{RELEASES, SimulateArgs, metric_index};
use serde_json::Value;

use crate::common::*;

fn position(name: &str) -> usize {
    metric_index(name).expect("metric")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn fleet_statistics_equal_a_brute_force_count_of_the_stored_events() {
    let s = start().await;
    let devices = 12;
    let report = faultline_server::simulate::run(SimulateArgs {
        devices,
        duration: 3,
        interval_ms: 110,
        heartbeat_s: 6 * 3600,
        seed: 5,
        token: Some(ADMIN_TOKEN.into()),
        ..SimulateArgs::new(&s.base, &s.key)
    })
    .await
    .expect("simulate");
    assert!(report.refused.is_empty(), "{report}");
    s.drained().await;

    // Brute force from the events: per release, the mean over devices of each device's mean
    // free heap, the devices, and the unexpected reboots.
    let heap = position("heap_free_bytes");
    let mut per_device: BTreeMap<String, Vec<f64>> = BTreeMap::new();
    let mut crashes: BTreeMap<String, u64> = BTreeMap::new();
    let mut serials: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for i in 0..devices {
        let serial = format!("sim-{i:05}");
        let events = s.events(&serial, "").await;
        let mut values = Vec::new();
        let mut version = String::new();
        for e in &events {
            match e["event"]["type"].as_str() {
                Some("heartbeat") => {
                    version = e["software_version"].as_str().expect("version").into();
                    values.push(e["event"]["values"][heap]["value"].as_f64().expect("heap"));
                }
                Some("reboot") if e["event"]["unexpected"] == true => {
                    *crashes
                        .entry(e["software_version"].as_str().expect("v").into())
                        .or_default() += 1;
                }
                _ => {}
            }
        }
        let mean = values.iter().sum::<f64>() / values.len() as f64;
        per_device.entry(version.clone()).or_default().push(mean);
        serials.entry(version).or_default().push(serial);
    }

    let agg = s
        .get("/api/v1/projects/default/fleet/aggregate?metric=heap_free_bytes&from=0")
        .await;
    let groups = agg["groups"].as_array().expect("groups");
    assert_eq!(groups.len(), 2, "{agg}");
    for g in groups {
        let key = g["key"].as_str().expect("key");
        let means = &per_device[key];
        let expected = means.iter().sum::<f64>() / means.len() as f64;
        let got = g["mean"].as_f64().expect("mean");
        assert!(
            (got - expected).abs() < 1e-6 * expected,
            "{key}: {got} vs {expected}"
        );
        assert_eq!(g["devices"].as_u64(), Some(means.len() as u64));
        let min = means.iter().copied().fold(f64::INFINITY, f64::min);
        assert!((g["min"].as_f64().expect("min") - min).abs() < 1e-6, "{g}");
    }
    // The model: 42 kB free on the old release, 35.5 kB on the new one.
    let cmp = s
        .get(&format!(
            "/api/v1/projects/default/fleet/compare?metric=heap_free_bytes&from=0&a={}&b={}",
            RELEASES[0].version, RELEASES[1].version
        ))
        .await;
    let change = cmp["comparison"]["mean_change"].as_f64().expect("change");
    assert!((-7_500.0..-5_500.0).contains(&change), "{cmp}");

    let health = s.get("/api/v1/projects/default/fleet/health?from=0").await;
    let by_version: BTreeMap<&str, &Value> = health["groups"]
        .as_array()
        .expect("groups")
        .iter()
        .map(|g| (g["key"].as_str().expect("key"), g))
        .collect();
    for r in RELEASES {
        let g = by_version[r.version];
        assert_eq!(
            g["unexpected_reboots"].as_u64(),
            Some(crashes.get(r.version).copied().unwrap_or(0)),
            "{health}"
        );
        let ratio = g["crash_free_ratio"].as_f64().expect("ratio");
        assert!((0.0..=1.0).contains(&ratio), "{g}");
    }
    assert!(
        by_version[RELEASES[1].version]["crash_free_ratio"].as_f64()
            < by_version[RELEASES[0].version]["crash_free_ratio"].as_f64(),
        "{health}"
    );

    let adoption = s
        .get("/api/v1/projects/default/fleet/adoption?from=0&bucket_ms=4102444800000")
        .await;
    let versions = &adoption["buckets"][0]["versions"];
    for r in RELEASES {
        assert_eq!(
            versions[r.version].as_u64(),
            Some(serials[r.version].len() as u64),
            "{adoption}"
        );
    }

    // Search: by release, with a metric condition, paginated.
    let new = RELEASES[1].version;
    let found = s
        .get(&format!(
            "/api/v1/projects/default/fleet/devices?q=software_version:{new}&limit=3"
        ))
        .await;
    assert_eq!(
        found["total"].as_u64(),
        Some(serials[new].len() as u64),
        "{found}"
    );
    let page: Vec<&str> = found["devices"]
        .as_array()
        .expect("devices")
        .iter()
        .map(|d| d["serial"].as_str().expect("serial"))
        .collect();
    assert_eq!(
        page,
        serials[new][..3]
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>()
    );
    let next = s
        .get(&format!(
            "/api/v1/projects/default/fleet/devices?q=software_version:{new}&limit=100&after={}",
            page[2]
        ))
        .await;
    assert_eq!(
        next["devices"].as_array().expect("devices").len(),
        serials[new].len() - 3
    );
    let low = s
        .get("/api/v1/projects/default/fleet/devices?q=heap_free_bytes:<38000%20serial:sim-*")
        .await;
    for d in low["devices"].as_array().expect("devices") {
        assert!(
            d["metrics"]["heap_free_bytes"].as_f64() < Some(38_000.0),
            "{d}"
        );
        assert_eq!(d["software_version"], new, "{d}");
    }
    let r = s
        .client
        .get(format!(
            "{}/api/v1/projects/default/fleet/devices?q=battery_pct:<<3",
            s.base
        ))
        .send()
        .await
        .expect("request");
    assert_eq!(r.status(), 400);
    let err: Value = r.json().await.expect("json");
    assert!(
        err["message"].as_str().expect("message").contains("at 13"),
        "{err}"
    );
    s.server.stop().await.expect("stop");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn heartbeats_sent_before_their_schema_count_once_it_arrives() {
    use faultline_protocol::events::{self, Payload};
    let s = start().await;
    let mut dev = Device::new(64, 4);
    let beat = |v: i64| {
        (
            0x02,
            Payload::Heartbeat(events::Heartbeat {
                duration_s: 60,
                values: vec![v, 7],
                ..Default::default()
            })
            .encode(),
        )
    };
    let upload = dev.upload(&[context("2.0.0"), beat(40), beat(50)]);
    assert_eq!(s.post("early-1", upload).await.status(), 202);
    s.drained().await;
    let path = "/api/v1/projects/default/fleet/aggregate?metric=queue_depth&from=0&group_by=none";
    assert_eq!(
        s.get(path).await["groups"],
        serde_json::json!([]),
        "not named yet"
    );

    // `context` announces build deadbeef.
    put_schema(
        &s,
        serde_json::json!([
            {"id": "queue_depth", "kind": "gauge"},
            {"id": "resets", "kind": "counter"}
        ]),
    )
    .await;
    let agg = s.get(path).await;
    assert_eq!(agg["groups"][0]["devices"], 1, "{agg}");
    assert_eq!(agg["groups"][0]["mean"], 45.0, "{agg}");
    let resets = s
        .get("/api/v1/projects/default/fleet/aggregate?metric=resets&from=0&group_by=none")
        .await;
    assert_eq!(
        resets["groups"][0]["per_1000_devices"], 14_000.0,
        "{resets}"
    );
    s.server.stop().await.expect("stop");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cohorts_reported_attributes_and_device_clocks_reach_the_fleet() {
    use faultline_protocol::events::{self, Payload};
    const HOUR: u64 = 3_600_000;
    let s = start().await;
    put_schema(
        &s,
        serde_json::json!([
            {"id": "battery_pct", "kind": "gauge"},
            {"id": "region", "kind": "string"}
        ]),
    )
    .await;
    let beat = |v: i64, region: &str, at_ms: Option<u64>| {
        (
            0x02,
            Payload::Heartbeat(events::Heartbeat {
                duration_s: 3600,
                values: vec![v],
                texts: vec![region.to_string()],
                at_ms,
                ..Default::default()
            })
            .encode(),
        )
    };
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("clock")
        .as_millis() as u64;
    // A gateway forwards a's backlog with wall-clock stamps: 80 three hours ago, 60 now.
    let mut a = Device::new(64, 1);
    let upload = a.upload(&[
        context("2.0.0"),
        beat(80, "eu", Some(now - 3 * HOUR)),
        beat(60, "eu", None),
    ]);
    assert_eq!(s.post("attr-a", upload).await.status(), 202);
    // b's clock is three days ahead: refused with a reason, never placed in the future.
    let mut b = Device::new(64, 2);
    let upload = b.upload(&[context("2.0.0"), beat(20, "us", Some(now + 72 * HOUR))]);
    assert_eq!(s.post("attr-b", upload).await.status(), 202);
    s.drained().await;

    let agg = |from: u64, to: u64, by: &str| {
        format!(
            "/api/v1/projects/default/fleet/aggregate?metric=battery_pct&from={from}&to={to}&group_by={by}"
        )
    };
    let early = s.get(&agg(now - 4 * HOUR, now - 2 * HOUR, "none")).await;
    assert_eq!(early["groups"][0]["devices"], 1, "{early}");
    assert_eq!(
        early["groups"][0]["mean"], 80.0,
        "placed at its device time: {early}"
    );
    let all = s.get(&agg(now - 4 * HOUR, now + HOUR, "none")).await;
    assert_eq!(all["groups"][0]["devices"], 1, "b is not counted: {all}");
    assert_eq!(all["groups"][0]["mean"], 70.0, "{all}");
    let metrics = s.text("/metrics").await;
    assert!(
        metrics.contains("fleet_rejected_total{reason=\"timestamp_in_future\"} 1"),
        "{metrics}"
    );

    // The string metric is a reported attribute, searchable.
    let found = s
        .get("/api/v1/projects/default/fleet/devices?q=attr.region:eu")
        .await;
    assert_eq!(found["total"], 1, "{found}");
    assert_eq!(found["devices"][0]["serial"], "attr-a");
    assert_eq!(found["devices"][0]["custom"]["region"], "eu");

    // An operator puts a in the beta cohort: searchable at once, kept for later heartbeats.
    let put = |body: Value| {
        s.client
            .put(format!(
                "{}/api/v1/projects/default/devices/attr-a/attributes",
                s.base
            ))
            .json(&body)
            .send()
    };
    let r = put(serde_json::json!({"cohort": "", "custom": {}}))
        .await
        .expect("put");
    assert_eq!(r.status(), 400, "an empty cohort is refused");
    let r = put(serde_json::json!({"cohort": "beta", "custom": {"site": "lab-3"}}))
        .await
        .expect("put");
    assert_eq!(r.status(), 200);
    let body: Value = r.json().await.expect("json");
    assert_eq!(body["device"]["cohort"], "beta", "{body}");
    assert_eq!(body["device"]["custom"]["site"], "lab-3", "{body}");
    assert_eq!(body["device"]["custom"]["region"], "eu", "{body}");
    let found = s
        .get("/api/v1/projects/default/fleet/devices?q=cohort:beta%20attr.site:lab-3")
        .await;
    assert_eq!(found["total"], 1, "{found}");
    let got = s
        .get("/api/v1/projects/default/devices/attr-a/attributes")
        .await;
    assert_eq!(got["assigned"]["cohort"], "beta", "{got}");

    let upload = a.upload(&[beat(40, "eu", None)]);
    assert_eq!(s.post("attr-a", upload).await.status(), 202);
    s.drained().await;
    let by_cohort = s.get(&agg(floor_hour(now + 1), now + HOUR, "cohort")).await;
    let beta = by_cohort["groups"]
        .as_array()
        .expect("groups")
        .iter()
        .find(|g| g["key"] == "beta")
        .cloned()
        .unwrap_or_else(|| panic!("no beta group: {by_cohort}"));
    assert_eq!(beta["devices"], 1, "{by_cohort}");
    s.server.stop().await.expect("stop");
}

fn floor_hour(ms: u64) -> u64 {
    ms - ms % 3_600_000
}

/// The metric schema of build deadbeef (the one `common::context` announces).
async fn put_schema(s: &TestServer, metrics: Value) {
    let r = s
        .client
        .put(format!(
            "{}/api/v1/projects/default/metric-schemas/deadbeef",
            s.base
        ))
        .json(&serde_json::json!({ "version": 1, "metrics": metrics }))
        .send()
        .await
        .expect("request");
    assert_eq!(r.status(), 200);
}
