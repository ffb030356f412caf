//! `faultline simulate` plays a fleet on two releases that really differ: what the server
//! stores shows the newer release draining batteries faster, with less free heap, more Wi-Fi
//! drops and more crashes, device by device, from the heartbeats and reboots themselves.

use std::collections::BTreeMap;

use faultline_server::simulate::{RELEASES, SimulateArgs, metric_index};

use crate::common::*;

/// Per release: (device-hours, battery points lost, heap samples sum, heap samples, crashes,
/// disconnects).
#[derive(Default, Debug)]
struct Tally {
    hours: f64,
    drained: f64,
    heap_sum: f64,
    heap_n: f64,
    crashes: u64,
    disconnects: i64,
}

fn position(name: &str) -> usize {
    metric_index(name).expect("metric")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_two_simulated_releases_differ_in_what_the_server_stores() {
    let s = start().await;
    let devices = 16;
    let report = faultline_server::simulate::run(SimulateArgs {
        devices,
        duration: 4,
        interval_ms: 110,
        heartbeat_s: 6 * 3600,
        seed: 11,
        token: Some(ADMIN_TOKEN.into()),
        ..SimulateArgs::new(&s.base, &s.key)
    })
    .await
    .expect("simulate");
    assert!(report.refused.is_empty(), "{report}");
    s.drained().await;

    let (battery, heap, drops) = (
        position("battery_pct"),
        position("heap_free_bytes"),
        position("wifi_disconnects"),
    );
    let mut tally: BTreeMap<String, Tally> = BTreeMap::new();
    for i in 0..devices {
        let serial = format!("sim-{i:05}");
        let events = s.events(&serial, "").await;
        let version = events
            .iter()
            .find(|e| e["event"]["type"] == "heartbeat")
            .and_then(|e| e["software_version"].as_str())
            .expect("a heartbeat")
            .to_string();
        let t = tally.entry(version).or_default();
        let mut last_battery: Option<i64> = None;
        for e in &events {
            match e["event"]["type"].as_str() {
                Some("heartbeat") => {
                    let v: Vec<i64> = e["event"]["values"]
                        .as_array()
                        .expect("values")
                        .iter()
                        .filter_map(|v| v["value"].as_i64())
                        .collect();
                    assert_eq!(v.len(), 10, "ten integer metrics: {e}");
                    t.hours += e["event"]["duration_ms"].as_f64().expect("duration") / 3.6e6;
                    if let Some(prev) = last_battery
                        && v[battery] <= prev
                    {
                        t.drained += (prev - v[battery]) as f64;
                    }
                    last_battery = Some(v[battery]);
                    t.heap_sum += v[heap] as f64;
                    t.heap_n += 1.0;
                    t.disconnects += v[drops];
                }
                Some("reboot") if e["event"]["reason"] == 10 => {
                    t.crashes += 1;
                    last_battery = None;
                }
                _ => {}
            }
        }
    }
    // The schema uploaded by simulate names the values.
    let named = s.events("sim-00000", "&kind=heartbeat").await;
    let m = &named[0]["metrics"];
    assert_eq!(m["battery_pct"]["unit"], "%", "{}", named[0]);
    assert_eq!(m["wifi_disconnects"]["kind"], "counter", "{}", named[0]);
    assert_eq!(named[0]["schema"], "ok", "{}", named[0]);
    let (old, new) = (&tally[RELEASES[0].version], &tally[RELEASES[1].version]);
    assert!(old.hours > 1000.0 && new.hours > 1000.0, "{tally:?}");
    let rate = |t: &Tally, x: f64| x / t.hours;
    // Model: 0.8 vs 1.3 points/h (±20 %), heap 42.0 vs 35.5 kB, 0.05 vs 0.2 drops/h,
    // 0.002 vs 0.01 crashes/h.
    assert!(
        rate(new, new.drained) > 1.25 * rate(old, old.drained),
        "{tally:?}"
    );
    assert!(
        old.heap_sum / old.heap_n - new.heap_sum / new.heap_n > 5_000.0,
        "{tally:?}"
    );
    assert!(
        rate(new, new.disconnects as f64) > 2.0 * rate(old, old.disconnects as f64),
        "{tally:?}"
    );
    assert!(new.crashes > 2 * old.crashes.max(1), "{tally:?}");

    // Every tenth device is in the beta cohort, and each reports its region.
    let beta = s
        .get("/api/v1/projects/default/fleet/devices?q=cohort:beta")
        .await;
    let serials: Vec<&str> = beta["devices"]
        .as_array()
        .expect("devices")
        .iter()
        .map(|d| d["serial"].as_str().expect("serial"))
        .collect();
    assert_eq!(serials, ["sim-00000", "sim-00010"], "{beta}");
    let eu = s
        .get("/api/v1/projects/default/fleet/devices?q=attr.region:eu-west")
        .await;
    assert_eq!(
        eu["total"],
        (0..devices).filter(|i| i % 3 == 0).count(),
        "{eu}"
    );
    let by_cohort = s
        .get("/api/v1/projects/default/fleet/aggregate?metric=battery_pct&from=0&group_by=cohort")
        .await;
    let groups = by_cohort["groups"].as_array().expect("groups");
    let beta_group = groups.iter().find(|g| g["key"] == "beta").expect("beta");
    assert_eq!(beta_group["devices"], 2, "{by_cohort}");
    s.server.stop().await.expect("stop");
}
