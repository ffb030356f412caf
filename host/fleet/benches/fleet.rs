//! Fleet bench: a million devices stored (resident memory, then search latency over them),
//! ingest rate, disk bytes per device-day, aggregate latency (rollups vs raw scan).
//!
//! Environment: FLEET_BENCH_SEARCH_DEVICES (the stored fleet searched, default 1000000),
//! FLEET_BENCH_DEVICES (aggregate fleet, default 2000), FLEET_BENCH_DAYS (default 2),
//! FLEET_BENCH_PER_DAY (heartbeats per device-day, default 24, 10 metrics each),
//! FLEET_BENCH_BATCH (heartbeats per record_heartbeats call and flush, default 500).
//! For the 100k devices x 7 days: FLEET_BENCH_DEVICES=100000 FLEET_BENCH_DAYS=7.
//! `cargo bench -p faultline-fleet`.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use faultline_fleet::{Attributes, Fleet, GroupBy, Heartbeat, MetricKind, Page, query};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

const HOUR: u64 = 3_600_000;
const T0: u64 = 1_700_000_000_000 - 1_700_000_000_000 % HOUR;

fn env(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn rss_kb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1).and_then(|v| v.parse().ok()))
        })
        .unwrap_or(0)
}

fn percentiles(mut d: Vec<Duration>) -> (Duration, Duration) {
    d.sort();
    let at = |q: usize| d[((q * d.len()).div_ceil(100)).max(1) - 1];
    (at(50), at(99))
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

const KINDS: [MetricKind; 3] = [MetricKind::Gauge, MetricKind::Counter, MetricKind::Timer];

fn attrs(d: u64) -> Attributes {
    Attributes {
        software_version: if d.is_multiple_of(2) {
            "1.4.2"
        } else {
            "1.5.0"
        }
        .to_string(),
        hardware_version: ["A", "B", "C"][(d % 3) as usize].to_string(),
        cohort: d.is_multiple_of(4).then(|| "beta".to_string()),
        custom: BTreeMap::new(),
    }
}

fn main() {
    let devices = env("FLEET_BENCH_DEVICES", 2000);
    let days = env("FLEET_BENCH_DAYS", 2);
    let search_devices = env("FLEET_BENCH_SEARCH_DEVICES", 1_000_000);
    let names: Vec<String> = (0..10).map(|i| format!("metric_{i}")).collect();
    let mut rng = StdRng::seed_from_u64(1);

    // 1. A million devices through the store (one heartbeat each: attributes and 3 metrics),
    //    first so that VmRSS is not inflated by the later phases; then search over them.
    let now = T0 + days * 24 * HOUR;
    let rss0 = rss_kb();
    let dir = tempfile::tempdir().expect("tempdir");
    let db = sled::Config::new()
        .path(dir.path().join("db"))
        .cache_capacity(64 << 20)
        .open()
        .expect("sled");
    let fleet = Fleet::open(&db).expect("open");
    let s = Instant::now();
    let serials: Vec<String> = (0..search_devices).map(|d| format!("SN-{d:07}")).collect();
    let mut metric_sets = Vec::with_capacity(search_devices as usize);
    for _ in 0..search_devices {
        metric_sets.push([
            (
                "battery_pct",
                MetricKind::Gauge,
                rng.random_range(0.0..100.0),
            ),
            (
                "heap_free",
                MetricKind::Gauge,
                rng.random_range(0.0..64_000.0),
            ),
            (
                "wifi_drops",
                MetricKind::Counter,
                rng.random_range(0..10) as f64,
            ),
        ]);
    }
    let heartbeats: Vec<Heartbeat> = (0..search_devices as usize)
        .map(|d| Heartbeat {
            project: 1,
            serial: &serials[d],
            at_ms: now - rng.random_range(0..48 * HOUR),
            duration_s: 3600,
            attrs: attrs(d as u64),
            metrics: &metric_sets[d],
        })
        .collect();
    for chunk in heartbeats.chunks(500) {
        for r in fleet.record_heartbeats(chunk, now) {
            r.expect("record");
        }
    }
    db.flush().expect("flush");
    drop(heartbeats);
    drop(metric_sets);
    let load_s = s.elapsed().as_secs_f64();
    let rss1 = rss_kb();
    drop(fleet);
    let s = Instant::now();
    let fleet = Fleet::open(&db).expect("reopen");
    let reopen_s = s.elapsed().as_secs_f64();
    let rss2 = rss_kb();
    println!(
        "fleet of {search_devices} devices: stored in {load_s:.1} s ({:.0} heartbeats/s); VmRSS {:.0} MB after ({:.0} MB more than before; sled cache 64 MB; target <= 1024 MB); reopened (index rebuilt from the device records) in {reopen_s:.1} s, VmRSS {:.0} MB",
        search_devices as f64 / load_s,
        rss1 as f64 / 1024.0,
        (rss1.saturating_sub(rss0)) as f64 / 1024.0,
        rss2 as f64 / 1024.0,
    );
    for q in [
        "software_version:1.4.2 battery_pct:<20 last_seen:>-1d serial:SN-00*",
        "software_version:1.4.2 battery_pct:<20 last_seen:>-1d",
        "cohort:beta wifi_drops:>=5",
        "serial:*77",
        "",
    ] {
        let parsed = query::parse(q).expect("query");
        let mut t = Vec::new();
        let mut total = 0;
        for _ in 0..30 {
            let s = Instant::now();
            let (n, page) = fleet.search_parsed(
                1,
                &parsed,
                now,
                &Page {
                    limit: 50,
                    after: None,
                },
            );
            t.push(s.elapsed());
            total = n;
            assert!(page.len() <= 50);
        }
        let (p50, p99) = percentiles(t);
        println!(
            "search `{q}`: {total} matches, page of 50: p50 {:.1} ms p99 {:.1} ms",
            ms(p50),
            ms(p99)
        );
    }
    drop(fleet);
    drop(db);
    drop(dir);

    // 2. Ingest: one heartbeat per device-hour, hour by hour, flushed every 1000 (group commit).
    let dir = tempfile::tempdir().expect("tempdir");
    let db = sled::Config::new()
        .path(dir.path().join("db"))
        .cache_capacity(256 << 20)
        .open()
        .expect("sled");
    let fleet = Fleet::open(&db).expect("open");
    let per_day = env("FLEET_BENCH_PER_DAY", 24).clamp(1, 24);
    let step = 24 / per_day;
    let hours = days * 24;
    let now = T0 + hours * HOUR;
    let batch = env("FLEET_BENCH_BATCH", 500) as usize;
    let serials: Vec<String> = (0..devices).map(|d| format!("SN-{d:07}")).collect();
    let device_attrs: Vec<Attributes> = (0..devices).map(attrs).collect();
    // Values generated up front: the timed loop is the store's work only.
    let values: Vec<f64> = (0..10_007).map(|_| rng.random_range(0.0..100.0)).collect();
    let metric_sets: Vec<Vec<(&str, MetricKind, f64)>> = (0..97)
        .map(|j| {
            names
                .iter()
                .enumerate()
                .map(|(i, name)| {
                    (
                        name.as_str(),
                        KINDS[i % 3],
                        values[(j * 10 + i) % values.len()],
                    )
                })
                .collect()
        })
        .collect();
    let heartbeat = |h: u64, d: usize| Heartbeat {
        project: 1,
        serial: &serials[d],
        at_ms: T0 + h * HOUR + (d as u64 * 7919) % HOUR,
        duration_s: 3600,
        attrs: device_attrs[d].clone(),
        metrics: &metric_sets[(h as usize * 31 + d) % metric_sets.len()],
    };
    let start = Instant::now();
    let mut n = 0u64;
    let mut pending = Vec::with_capacity(batch);
    for h in (0..hours).step_by(step as usize) {
        for d in 0..devices as usize {
            pending.push(heartbeat(h, d));
            if pending.len() == batch {
                for r in fleet.record_heartbeats(&pending, now) {
                    r.expect("record");
                }
                db.flush().expect("flush");
                n += pending.len() as u64;
                pending.clear();
            }
        }
    }
    n += pending.len() as u64;
    for r in fleet.record_heartbeats(&pending, now) {
        r.expect("record");
    }
    db.flush().expect("flush");
    let secs = start.elapsed().as_secs_f64();
    println!(
        "ingest: {n} heartbeats ({devices} devices x {days} days x {per_day}/day, 10 metrics each) in {secs:.1} s = {:.0} heartbeats/s (target >= 2800); batches of {batch}, one write and one flush each",
        n as f64 / secs
    );
    {
        // The same store, one heartbeat per call (one write each), one more hour.
        let start = Instant::now();
        let k = (devices as usize).min(2000);
        for d in 0..k {
            fleet
                .record_heartbeat(&heartbeat(hours, d), now + HOUR)
                .expect("record");
        }
        db.flush().expect("flush");
        println!(
            "ingest one per call: {k} heartbeats = {:.0} heartbeats/s",
            k as f64 / start.elapsed().as_secs_f64()
        );
    }

    // 3. Disk per device-day.
    let logical = fleet.stored_bytes().expect("bytes");
    let on_disk = db.size_on_disk().expect("size");
    let device_days = (devices * days) as f64;
    println!(
        "disk: {:.0} B per device-day of keys and values, {:.0} B per device-day as sled's files ({per_day} heartbeats x 10 metrics)",
        logical as f64 / device_days,
        on_disk as f64 / device_days
    );

    // 4. Aggregate over the whole fleet and range: rollups vs raw scan (the baseline).
    for (label, from, to) in [
        ("aligned", T0, now),
        ("unaligned edges", T0 + 1_234_567, now - 2_345_678),
    ] {
        let mut t_roll = Vec::new();
        for _ in 0..15 {
            let s = Instant::now();
            let g = fleet
                .aggregate(1, "metric_0", from, to, GroupBy::SoftwareVersion)
                .expect("agg");
            t_roll.push(s.elapsed());
            assert_eq!(g.len(), 2);
        }
        let mut t_raw = Vec::new();
        // The baseline reads every point: a few runs suffice, one at millions of heartbeats.
        let raw_runs = if n > 1_000_000 { 1 } else { 5 };
        for _ in 0..raw_runs {
            let s = Instant::now();
            fleet
                .aggregate_raw(1, "metric_0", from, to, GroupBy::SoftwareVersion)
                .expect("agg");
            t_raw.push(s.elapsed());
        }
        let (p50, p99) = percentiles(t_roll);
        let (r50, r99) = percentiles(t_raw);
        println!(
            "aggregate ({label}) over {devices} devices x {days} days ({per_day} heartbeats/day), by software version: rollups p50 {:.1} ms p99 {:.1} ms; baseline raw scan p50 {:.1} ms p99 {:.1} ms",
            ms(p50),
            ms(p99),
            ms(r50),
            ms(r99)
        );
    }
    let s = Instant::now();
    fleet
        .crash_free_hours(1, T0, now, GroupBy::SoftwareVersion)
        .expect("health");
    println!(
        "crash_free_hours over the same fleet: {:.1} ms",
        ms(s.elapsed())
    );
    drop(fleet);
    drop(db);
}
