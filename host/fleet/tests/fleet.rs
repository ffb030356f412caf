//! Fleet store against brute-force computations over the same generated input.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use faultline_fleet::query::{self, CmpOp, Cond, Field};
use faultline_fleet::{
    Attributes, DeviceSummary, Fleet, FleetError, GroupBy, Heartbeat, MetricKind, Page, Reboot,
    Retention,
};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

const HOUR: u64 = 3_600_000;
const DAY: u64 = 24 * HOUR;
/// An hour-aligned start (2023-11-14T22:00Z).
const T0: u64 = 1_700_000_000_000 - 1_700_000_000_000 % HOUR;

const METRICS: [(&str, MetricKind); 3] = [
    ("battery_pct", MetricKind::Gauge),
    ("wifi_drops", MetricKind::Counter),
    ("tx_ms", MetricKind::Timer),
];

#[derive(Clone, Debug)]
struct Beat {
    serial: String,
    at: u64,
    dur_s: u32,
    attrs: Attributes,
    metrics: Vec<(&'static str, MetricKind, f64)>,
}

#[derive(Clone, Debug)]
struct Boot {
    serial: String,
    at: u64,
    unexpected: bool,
    sw: String,
}

struct Data {
    beats: Vec<Beat>,
    boots: Vec<Boot>,
    end: u64,
}

fn generate(seed: u64, devices: usize, days: u64) -> Data {
    let mut rng = StdRng::seed_from_u64(seed);
    let mut beats = Vec::new();
    let mut boots = Vec::new();
    let end = T0 + days * DAY;
    for d in 0..devices {
        let serial = if d % 7 == 3 {
            format!("XY-{d:04}")
        } else {
            format!("SN-{d:04}")
        };
        let hw = ["A", "B", "C"][rng.random_range(0..3)].to_string();
        let cohort = match rng.random_range(0..3) {
            0 => None,
            1 => Some("beta".to_string()),
            _ => Some("stable".to_string()),
        };
        let upgrade_at = if rng.random_bool(0.5) {
            T0 + rng.random_range(0..days * DAY)
        } else {
            u64::MAX
        };
        let mut custom = BTreeMap::new();
        if rng.random_bool(0.5) {
            custom.insert(
                "region".to_string(),
                ["eu", "us"][rng.random_range(0..2)].to_string(),
            );
        }
        let mut at = T0 + rng.random_range(0..2 * HOUR);
        let mut battery = rng.random_range(5.0..100.0);
        while at < end {
            let gap_s = rng.random_range(600..7200u32);
            at += gap_s as u64 * 1000 + rng.random_range(0..1000);
            if at >= end {
                break;
            }
            let sw = if at >= upgrade_at { "1.5.0" } else { "1.4.2" };
            battery = (battery - rng.random_range(0.0..3.0f64)).max(0.0);
            let mut metrics = Vec::new();
            for (name, kind) in METRICS {
                if rng.random_bool(0.85) {
                    let v = match kind {
                        MetricKind::Gauge => battery,
                        MetricKind::Counter => rng.random_range(0..5) as f64,
                        MetricKind::Timer => rng.random_range(0.0..500.0),
                    };
                    metrics.push((name, kind, v));
                }
            }
            beats.push(Beat {
                serial: serial.clone(),
                at,
                dur_s: gap_s,
                attrs: Attributes {
                    software_version: sw.to_string(),
                    hardware_version: hw.clone(),
                    cohort: cohort.clone(),
                    custom: custom.clone(),
                },
                metrics,
            });
            if rng.random_bool(0.05) {
                boots.push(Boot {
                    serial: serial.clone(),
                    at: at + rng.random_range(1..60_000),
                    unexpected: rng.random_bool(if sw == "1.5.0" { 0.7 } else { 0.3 }),
                    sw: sw.to_string(),
                });
            }
        }
    }
    Data { beats, boots, end }
}

fn load(db: &sled::Db, data: &Data) -> Fleet {
    let fleet = Fleet::open(db).expect("open");
    for b in &data.beats {
        fleet
            .record_heartbeat(
                &Heartbeat {
                    project: 1,
                    serial: &b.serial,
                    at_ms: b.at,
                    duration_s: b.dur_s,
                    attrs: b.attrs.clone(),
                    metrics: &b.metrics,
                },
                data.end,
            )
            .expect("heartbeat");
    }
    for r in &data.boots {
        fleet
            .record_reboot(
                &Reboot {
                    project: 1,
                    serial: &r.serial,
                    at_ms: r.at,
                    unexpected: r.unexpected,
                    software_version: &r.sw,
                },
                data.end,
            )
            .expect("reboot");
    }
    fleet
}

fn temp_db() -> (tempfile::TempDir, sled::Db) {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = sled::open(dir.path().join("db")).expect("sled");
    (dir, db)
}

/// Equal to 1e-9 of the larger magnitude, and within 1e-9 of each other near zero: edge days
/// may be summed as a day minus its other hours, in another order than the brute force.
fn close(a: f64, b: f64) -> bool {
    a == b || (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

fn close_opt(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => close(a, b),
        (None, None) => true,
        _ => false,
    }
}

fn key_of(a: &Attributes, by: GroupBy) -> Option<String> {
    match by {
        GroupBy::SoftwareVersion => Some(a.software_version.clone()),
        GroupBy::HardwareVersion => Some(a.hardware_version.clone()),
        GroupBy::Cohort => a.cohort.clone(),
        GroupBy::None => None,
    }
}

fn rank(sorted: &[f64], pct: usize) -> f64 {
    let r = ((pct * sorted.len()) as f64 / 100.0).ceil() as usize;
    sorted[r.max(1) - 1]
}

/// (key, devices, mean, p50, p90, p99, min, max, per_1000)
type BruteGroup = (
    Option<String>,
    u64,
    f64,
    f64,
    f64,
    f64,
    f64,
    f64,
    Option<f64>,
);

fn brute_aggregate(data: &Data, metric: &str, from: u64, to: u64, by: GroupBy) -> Vec<BruteGroup> {
    let kind = METRICS
        .iter()
        .find(|m| m.0 == metric)
        .map(|m| m.1)
        .expect("metric");
    // Attribution: the latest heartbeat of the same device in the same hour.
    let mut hour_attrs: HashMap<(&str, u64), (u64, &Attributes)> = HashMap::new();
    for b in &data.beats {
        let e = hour_attrs
            .entry((&b.serial, b.at / HOUR))
            .or_insert((b.at, &b.attrs));
        if b.at >= e.0 {
            *e = (b.at, &b.attrs);
        }
    }
    let mut per_device: BTreeMap<(&str, Option<String>), (f64, u64)> = BTreeMap::new();
    for b in &data.beats {
        if b.at < from || b.at >= to {
            continue;
        }
        for (m, _, v) in &b.metrics {
            if *m == metric {
                let attrs = hour_attrs[&(b.serial.as_str(), b.at / HOUR)].1;
                let e = per_device
                    .entry((&b.serial, key_of(attrs, by)))
                    .or_default();
                e.0 += v;
                e.1 += 1;
            }
        }
    }
    let mut groups: BTreeMap<Option<String>, Vec<f64>> = BTreeMap::new();
    for ((_, key), (sum, n)) in per_device {
        let v = if kind == MetricKind::Gauge {
            sum / n as f64
        } else {
            sum
        };
        groups.entry(key).or_default().push(v);
    }
    groups
        .into_iter()
        .map(|(key, mut vs)| {
            vs.sort_by(f64::total_cmp);
            let n = vs.len();
            let sum: f64 = vs.iter().sum();
            (
                key,
                n as u64,
                sum / n as f64,
                rank(&vs, 50),
                rank(&vs, 90),
                rank(&vs, 99),
                vs[0],
                vs[n - 1],
                (kind == MetricKind::Counter).then(|| sum * 1000.0 / n as f64),
            )
        })
        .collect()
}

fn assert_aggregate(
    fleet: &Fleet,
    data: &Data,
    metric: &str,
    from: u64,
    to: u64,
    by: GroupBy,
    raw: bool,
) {
    assert_aggregate_vs(fleet, data, metric, (from, to), (from, to), by, raw)
}

/// The fleet's aggregate over `range` against the brute force over `brute_range`.
fn assert_aggregate_vs(
    fleet: &Fleet,
    data: &Data,
    metric: &str,
    (from, to): (u64, u64),
    brute_range: (u64, u64),
    by: GroupBy,
    raw: bool,
) {
    let got = if raw {
        fleet.aggregate_raw(1, metric, from, to, by)
    } else {
        fleet.aggregate(1, metric, from, to, by)
    }
    .expect("aggregate");
    let want = brute_aggregate(data, metric, brute_range.0, brute_range.1, by);
    assert_eq!(
        got.len(),
        want.len(),
        "{metric} {by:?} [{from}, {to}): {got:?} vs {want:?}"
    );
    for (g, w) in got.iter().zip(&want) {
        let ctx = format!("{metric} {by:?} [{from}, {to}) raw={raw}: {g:?} vs {w:?}");
        assert_eq!(g.key, w.0, "{ctx}");
        assert_eq!(g.devices, w.1, "{ctx}");
        assert!(close(g.mean, w.2), "{ctx}");
        assert!(
            close(g.p50, w.3) && close(g.p90, w.4) && close(g.p99, w.5),
            "{ctx}"
        );
        assert!(close(g.min, w.6) && close(g.max, w.7), "{ctx}");
        assert!(close_opt(g.per_1000_devices, w.8), "{ctx}");
    }
}

const BYS: [GroupBy; 4] = [
    GroupBy::SoftwareVersion,
    GroupBy::HardwareVersion,
    GroupBy::Cohort,
    GroupBy::None,
];

#[test]
fn aggregates_equal_brute_force() {
    let data = generate(7, 60, 4);
    let (_dir, db) = temp_db();
    let fleet = load(&db, &data);
    let mut rng = StdRng::seed_from_u64(99);
    let mut ranges = vec![
        (T0, data.end),
        (T0 + DAY, T0 + 2 * DAY),
        (T0 + 5 * HOUR + 17, T0 + 5 * HOUR + 1_000_000),
    ];
    for _ in 0..8 {
        let a = T0 + rng.random_range(0..4 * DAY);
        let b = a + rng.random_range(1..2 * DAY);
        ranges.push((a, b));
    }
    for &(from, to) in &ranges {
        for (metric, _) in METRICS {
            for by in BYS {
                assert_aggregate(&fleet, &data, metric, from, to, by, false);
                assert_aggregate(&fleet, &data, metric, from, to, by, true);
            }
        }
    }
    assert!(
        fleet
            .aggregate(1, "nope", T0, data.end, GroupBy::None)
            .expect("agg")
            .is_empty()
    );
    assert!(
        fleet
            .aggregate(2, "battery_pct", T0, data.end, GroupBy::None)
            .expect("agg")
            .is_empty()
    );

    let cmp = fleet
        .compare(1, "battery_pct", T0, data.end, "1.4.2", "1.5.0")
        .expect("compare");
    let (a, b) = (cmp.a.expect("a"), cmp.b.expect("b"));
    assert!(close(cmp.mean_change.expect("change"), b.mean - a.mean));
    let none = fleet
        .compare(1, "battery_pct", T0, data.end, "1.4.2", "9.9.9")
        .expect("compare");
    assert!(none.b.is_none() && none.mean_change.is_none());
}

#[test]
fn replayed_heartbeats_are_not_counted_twice() {
    let data = generate(3, 10, 1);
    let (_dir, db) = temp_db();
    let fleet = load(&db, &data);
    let before = fleet
        .aggregate(1, "wifi_drops", T0, data.end, GroupBy::None)
        .expect("agg");
    drop(fleet);
    let fleet = load(&db, &data); // reopen and replay everything
    let after = fleet
        .aggregate(1, "wifi_drops", T0, data.end, GroupBy::None)
        .expect("agg");
    assert_eq!(before, after);
    assert_aggregate(
        &fleet,
        &data,
        "tx_ms",
        T0,
        data.end,
        GroupBy::SoftwareVersion,
        false,
    );
}

/// (key, devices, hours, free hours, unexpected reboots)
fn brute_health(
    data: &Data,
    from: u64,
    to: u64,
    by: GroupBy,
) -> BTreeMap<Option<String>, (u64, f64, f64, u64)> {
    let mut current: HashMap<&str, (u64, &Attributes)> = HashMap::new();
    for b in &data.beats {
        let e = current.entry(&b.serial).or_insert((b.at, &b.attrs));
        if b.at >= e.0 {
            *e = (b.at, &b.attrs);
        }
    }
    let crashed: BTreeSet<(&str, u64)> = data
        .boots
        .iter()
        .filter(|r| r.unexpected)
        .map(|r| (r.serial.as_str(), r.at / HOUR))
        .collect();
    let mut ms: BTreeMap<Option<String>, (BTreeSet<&str>, u64, u64, u64)> = BTreeMap::new();
    for b in &data.beats {
        let start = (b.at - b.dur_s as u64 * 1000).max(from);
        let end = b.at.min(to);
        // Millisecond by millisecond would be slow: walk hour pieces.
        let mut t = start;
        while t < end {
            let h = t / HOUR;
            let e = ((h + 1) * HOUR).min(end);
            let g = ms.entry(key_of(&b.attrs, by)).or_default();
            g.0.insert(&b.serial);
            g.1 += e - t;
            if !crashed.contains(&(b.serial.as_str(), h)) {
                g.2 += e - t;
            }
            t = e;
        }
    }
    for r in &data.boots {
        if r.unexpected && r.at >= from && r.at < to {
            let key = match by {
                GroupBy::SoftwareVersion => Some(r.sw.clone()),
                _ => key_of(current[r.serial.as_str()].1, by),
            };
            ms.entry(key).or_default().3 += 1;
        }
    }
    ms.into_iter()
        .map(|(k, (devs, total, free, n))| {
            (
                k,
                (
                    devs.len() as u64,
                    total as f64 / HOUR as f64,
                    free as f64 / HOUR as f64,
                    n,
                ),
            )
        })
        .collect()
}

#[test]
fn crash_free_hours_equal_brute_force() {
    let data = generate(11, 50, 3);
    let (_dir, db) = temp_db();
    let fleet = load(&db, &data);
    let mut rng = StdRng::seed_from_u64(5);
    let mut ranges = vec![(T0, data.end), (T0 + 1234, T0 + DAY + 99)];
    for _ in 0..6 {
        let a = T0 + rng.random_range(0..3 * DAY);
        ranges.push((a, a + rng.random_range(1..DAY)));
    }
    for (from, to) in ranges {
        for by in BYS {
            let got = fleet.crash_free_hours(1, from, to, by).expect("health");
            let want = brute_health(&data, from, to, by);
            let ctx = format!("{by:?} [{from}, {to}): {got:?} vs {want:?}");
            assert_eq!(got.len(), want.len(), "{ctx}");
            for (g, (k, w)) in got.iter().zip(&want) {
                assert_eq!(&g.key, k, "{ctx}");
                assert_eq!(g.devices, w.0, "{ctx}");
                assert!(
                    close(g.device_hours, w.1) && close(g.crash_free_hours, w.2),
                    "{ctx}"
                );
                assert_eq!(g.unexpected_reboots, w.3, "{ctx}");
                assert!(
                    close_opt(g.crash_free_ratio, (w.1 > 0.0).then(|| w.2 / w.1)),
                    "{ctx}"
                );
                assert!(
                    close_opt(
                        g.unexpected_reboots_per_1000_device_hours,
                        (w.1 > 0.0).then(|| w.3 as f64 * 1000.0 / w.1)
                    ),
                    "{ctx}"
                );
            }
        }
    }
    // The generated crash rate is higher on 1.5.0.
    let h = fleet
        .crash_free_hours(1, T0, data.end, GroupBy::SoftwareVersion)
        .expect("health");
    assert_eq!(h.len(), 2);
}

#[test]
fn adoption_equals_brute_force() {
    let data = generate(13, 40, 3);
    let (_dir, db) = temp_db();
    let fleet = load(&db, &data);
    for (from, to, bucket) in [
        (T0, data.end, 6 * HOUR),
        (T0 + 777, T0 + 2 * DAY, DAY),
        (T0, T0 + HOUR, 60_000),
    ] {
        let got = fleet.adoption(1, from, to, bucket).expect("adoption");
        let n = (to - from).div_ceil(bucket);
        let mut latest: BTreeMap<(u64, &str), (u64, &str)> = BTreeMap::new();
        for b in &data.beats {
            if b.at >= from && b.at < to {
                let e = latest
                    .entry(((b.at - from) / bucket, &b.serial))
                    .or_insert((b.at, &b.attrs.software_version));
                if b.at >= e.0 {
                    *e = (b.at, &b.attrs.software_version);
                }
            }
        }
        let mut want: Vec<BTreeMap<String, u64>> = vec![BTreeMap::new(); n as usize];
        for ((k, _), (_, sw)) in latest {
            *want[k as usize].entry(sw.to_string()).or_default() += 1;
        }
        assert_eq!(got.len(), want.len());
        for (i, (g, w)) in got.iter().zip(&want).enumerate() {
            assert_eq!(g.start_ms, from + i as u64 * bucket);
            assert_eq!(&g.versions, w, "bucket {i}");
        }
    }
    assert!(
        fleet
            .adoption(1, T0, data.end, 0)
            .expect("adoption")
            .is_empty()
    );
    assert!(matches!(
        fleet.adoption(1, T0, data.end, 1),
        Err(FleetError::BadArgument(_))
    ));
}

/// The brute-force device table: latest attributes, first/last seen, latest metric values.
fn brute_devices(data: &Data) -> BTreeMap<String, DeviceSummary> {
    let mut out: BTreeMap<String, DeviceSummary> = BTreeMap::new();
    let mut metric_at: HashMap<(String, &str), u64> = HashMap::new();
    for b in &data.beats {
        let d = out
            .entry(b.serial.clone())
            .or_insert_with(|| DeviceSummary {
                serial: b.serial.clone(),
                software_version: String::new(),
                hardware_version: String::new(),
                cohort: None,
                custom: BTreeMap::new(),
                first_seen_ms: b.at,
                last_seen_ms: 0,
                metrics: BTreeMap::new(),
            });
        d.first_seen_ms = d.first_seen_ms.min(b.at);
        if b.at >= d.last_seen_ms {
            d.last_seen_ms = b.at;
            d.software_version = b.attrs.software_version.clone();
            d.hardware_version = b.attrs.hardware_version.clone();
            d.cohort = b.attrs.cohort.clone();
            d.custom = b.attrs.custom.clone();
        }
        for (m, _, v) in &b.metrics {
            let at = metric_at.entry((b.serial.clone(), m)).or_insert(0);
            if b.at >= *at {
                *at = b.at;
                d.metrics.insert(m.to_string(), *v);
            }
        }
    }
    out
}

fn glob(p: &str, s: &str) -> bool {
    // Independent of the crate's matcher: dynamic programming over bytes.
    let (p, s) = (p.as_bytes(), s.as_bytes());
    let mut dp = vec![vec![false; s.len() + 1]; p.len() + 1];
    dp[0][0] = true;
    for i in 1..=p.len() {
        for j in 0..=s.len() {
            dp[i][j] = if p[i - 1] == b'*' {
                dp[i - 1][j] || (j > 0 && dp[i][j - 1])
            } else {
                j > 0 && p[i - 1] == s[j - 1] && dp[i - 1][j - 1]
            };
        }
    }
    dp[p.len()][s.len()]
}

fn brute_match(d: &DeviceSummary, q: &query::Query, now: u64) -> bool {
    q.terms.iter().all(|t| {
        let s = |v: Option<&str>, c: &Cond| match (v, c) {
            (Some(v), Cond::Str(query::Pattern::Exact(p))) => v == p,
            (Some(v), Cond::Str(query::Pattern::Glob(p))) => glob(p, v),
            _ => false,
        };
        let cmp = |x: f64, op: CmpOp, y: f64| match op {
            CmpOp::Eq => x == y,
            CmpOp::Lt => x < y,
            CmpOp::Le => x <= y,
            CmpOp::Gt => x > y,
            CmpOp::Ge => x >= y,
        };
        let time = |x: u64, c: &Cond| match c {
            Cond::Time(op, query::TimeValue::AbsoluteMs(v)) => cmp(x as f64, *op, *v as f64),
            Cond::Time(op, query::TimeValue::AgoMs(v)) => {
                cmp(x as f64, *op, now.saturating_sub(*v) as f64)
            }
            _ => false,
        };
        match &t.field {
            Field::Serial => s(Some(&d.serial), &t.cond),
            Field::SoftwareVersion => s(Some(&d.software_version), &t.cond),
            Field::HardwareVersion => s(Some(&d.hardware_version), &t.cond),
            Field::Cohort => s(d.cohort.as_deref(), &t.cond),
            Field::Attr(k) => s(d.custom.get(k).map(String::as_str), &t.cond),
            Field::FirstSeen => time(d.first_seen_ms, &t.cond),
            Field::LastSeen => time(d.last_seen_ms, &t.cond),
            Field::Metric(m) => match (d.metrics.get(m), &t.cond) {
                (Some(x), Cond::Num(op, y)) => cmp(*x, *op, *y),
                _ => false,
            },
        }
    })
}

fn check_search(fleet: &Fleet, devices: &BTreeMap<String, DeviceSummary>, q: &str, now: u64) {
    let parsed = query::parse(q).expect("query parses");
    let want: Vec<&DeviceSummary> = devices
        .values()
        .filter(|d| brute_match(d, &parsed, now))
        .collect();
    // Walk all pages of 7.
    let mut after = None;
    let mut got = Vec::new();
    loop {
        let (total, page) = fleet
            .search(
                1,
                q,
                now,
                &Page {
                    limit: 7,
                    after: after.clone(),
                },
            )
            .expect("search");
        assert_eq!(total, want.len() as u64, "total of `{q}`");
        if page.is_empty() {
            break;
        }
        after = page.last().map(|d| d.serial.clone());
        got.extend(page);
    }
    assert_eq!(got.len(), want.len(), "`{q}`");
    for (g, w) in got.iter().zip(&want) {
        assert_eq!(g, *w, "`{q}`");
    }
}

#[test]
fn search_equals_brute_force() {
    let data = generate(17, 120, 2);
    let (_dir, db) = temp_db();
    let fleet = load(&db, &data);
    let devices = brute_devices(&data);
    let now = data.end;
    let mut queries: Vec<String> = [
        "",
        "software_version:1.4.2",
        "software_version:1.5.0 battery_pct:<20",
        "software_version:1.4.2 battery_pct:<20 last_seen:>-1d serial:SN-00*",
        "serial:SN-00* cohort:beta",
        "serial:XY-*",
        "serial:*3",
        "serial:SN-0042",
        "cohort:*",
        "cohort:stable hardware_version:B",
        "attr.region:eu",
        "attr.region:* wifi_drops:>=3",
        "attr.nope:x",
        "nope_metric:>1",
        "tx_ms:<=100 first_seen:<-40h",
        "last_seen:<-2h",
        "software_version:1.*",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    let mut rng = StdRng::seed_from_u64(23);
    for _ in 0..40 {
        let mut terms = Vec::new();
        for _ in 0..rng.random_range(1..4) {
            let op = ["", "<", "<=", ">", ">="][rng.random_range(0..5)];
            terms.push(match rng.random_range(0..7) {
                0 => format!("serial:SN-00{}*", rng.random_range(0..10)),
                1 => format!(
                    "software_version:{}",
                    ["1.4.2", "1.5.0", "1.*"][rng.random_range(0..3)]
                ),
                2 => format!(
                    "hardware_version:{}",
                    ["A", "B", "C", "*"][rng.random_range(0..4)]
                ),
                3 => format!(
                    "cohort:{}",
                    ["beta", "stable", "b*"][rng.random_range(0..3)]
                ),
                4 => format!("last_seen:{op}-{}h", rng.random_range(0..30)),
                5 => format!("battery_pct:{op}{}", rng.random_range(0..100)),
                _ => format!("wifi_drops:{op}{}", rng.random_range(0..5)),
            });
        }
        queries.push(terms.join(" "));
    }
    for q in &queries {
        check_search(&fleet, &devices, q, now);
    }
    // Equality on an exact stored value.
    let d = devices.values().next().expect("a device");
    let v = d.metrics["battery_pct"];
    check_search(
        &fleet,
        &devices,
        &format!("battery_pct:{v} serial:{}", d.serial),
        now,
    );
    check_search(
        &fleet,
        &devices,
        &format!("last_seen:{}", d.last_seen_ms),
        now,
    );
    assert_eq!(fleet.device(1, &d.serial).as_ref(), Some(d));

    // The index is rebuilt from sled at open.
    drop(fleet);
    let fleet = Fleet::open(&db).expect("reopen");
    for q in queries.iter().take(10) {
        check_search(&fleet, &devices, q, now);
    }
}

#[test]
fn query_errors_point_at_the_problem() {
    let cases: &[(&str, usize, &str)] = &[
        ("battery_pct", 0, "field:value"),
        ("cohort:beta  :x", 13, "empty field"),
        ("software_version:", 17, "missing value"),
        ("battery_pct:<", 13, "missing value"),
        ("battery_pct:<abc", 13, "not a number"),
        ("battery_pct:>=NaN", 14, "finite"),
        ("cohort:>beta", 7, "comparisons"),
        ("serial:SN* last_seen:>-1y", 24, "unit"),
        ("last_seen:>-xd", 12, "whole number"),
        ("first_seen:yesterday", 11, "relative time"),
        ("attr.:x", 5, "attribute name"),
    ];
    for (q, pos, text) in cases {
        let e = query::parse(q).expect_err(q);
        assert_eq!(e.pos, *pos, "`{q}`: {e}");
        assert!(e.message.contains(text), "`{q}`: {e}");
    }
    let q = query::parse("  last_seen:>-6h battery_pct:<=20.5 serial:SN-00*").expect("parses");
    assert_eq!(q.terms.len(), 3);
    assert_eq!(q.terms[0].pos, 2);
    assert_eq!(
        q.terms[0].cond,
        Cond::Time(CmpOp::Gt, query::TimeValue::AgoMs(6 * HOUR))
    );
    assert_eq!(q.terms[1].cond, Cond::Num(CmpOp::Le, 20.5));
    assert_eq!(
        q.terms[2].cond,
        Cond::Str(query::Pattern::Glob("SN-00*".into()))
    );
    let (_dir, db) = temp_db();
    let fleet = Fleet::open(&db).expect("open");
    assert!(
        matches!(fleet.search(1, "x", 0, &Page::default()), Err(FleetError::Query(e)) if e.pos == 0)
    );
}

#[test]
fn retention_drops_old_raw_keeps_rollups_and_caps_bytes() {
    let data = generate(29, 20, 10);
    let (_dir, db) = temp_db();
    let fleet = load(&db, &data);
    let now = data.end;
    let old = (T0, T0 + 5 * DAY);
    let before_rollups = fleet
        .aggregate(1, "battery_pct", old.0, old.1, GroupBy::SoftwareVersion)
        .expect("agg");
    let before_recent = fleet
        .aggregate(1, "tx_ms", now - DAY, now, GroupBy::None)
        .expect("agg");
    let bytes = fleet.stored_bytes().expect("bytes");

    let c = fleet
        .compact(
            now,
            &Retention {
                raw_days: 3,
                hourly_days: 30,
                max_disk_bytes: u64::MAX,
            },
        )
        .expect("compact");
    assert!(
        c.raw_points > 0 && c.rollups == 0 && c.beats == 0 && c.reboots == 0,
        "{c:?}"
    );
    assert_eq!(c.raw_cutoff_ms, now - 3 * DAY - (now - 3 * DAY) % HOUR);
    assert_eq!(fleet.raw_horizon_ms().expect("horizon"), c.raw_cutoff_ms);
    assert_eq!(c.bytes_before, bytes);
    assert!(c.bytes_after < bytes);
    // Old raw points are gone, their rollups still answer; recent data is untouched.
    assert!(
        fleet
            .aggregate_raw(1, "battery_pct", old.0, old.1, GroupBy::None)
            .expect("agg")
            .is_empty()
    );
    assert_eq!(
        fleet
            .aggregate(1, "battery_pct", old.0, old.1, GroupBy::SoftwareVersion)
            .expect("agg"),
        before_rollups
    );
    assert_eq!(
        fleet
            .aggregate(1, "tx_ms", now - DAY, now, GroupBy::None)
            .expect("agg"),
        before_recent
    );
    assert_aggregate(
        &fleet,
        &data,
        "wifi_drops",
        c.raw_cutoff_ms,
        now,
        GroupBy::Cohort,
        true,
    );

    // Age limit on rollups.
    let c = fleet
        .compact(
            now,
            &Retention {
                raw_days: 3,
                hourly_days: 8,
                max_disk_bytes: u64::MAX,
            },
        )
        .expect("compact");
    assert!(c.rollups > 0 && c.beats > 0 && c.raw_points == 0, "{c:?}");
    // A range reaching before the cut sees only what is kept (the horizon's day is read from
    // hourly rollups since its daily rollup went with its first hours).
    for by in BYS {
        for metric in ["battery_pct", "wifi_drops"] {
            let range = (T0 + 1234, now - 777);
            assert_aggregate_vs(
                &fleet,
                &data,
                metric,
                range,
                (c.hourly_cutoff_ms, range.1),
                by,
                false,
            );
        }
    }
    assert!(
        fleet
            .aggregate(1, "battery_pct", T0, T0 + DAY, GroupBy::None)
            .expect("agg")
            .is_empty()
    );

    // Disk cap: under it afterwards, oldest first (the newest day is intact).
    let cap = fleet.stored_bytes().expect("bytes") / 3;
    let c = fleet
        .compact(
            now,
            &Retention {
                raw_days: 3,
                hourly_days: 8,
                max_disk_bytes: cap,
            },
        )
        .expect("compact");
    assert!(!c.over_cap && c.bytes_after <= cap, "{c:?}");
    assert_eq!(c.bytes_after, fleet.stored_bytes().expect("bytes"));
    assert!(c.hourly_cutoff_ms < now - DAY, "{c:?}");
    let recent = fleet
        .aggregate(1, "tx_ms", now - DAY, now, GroupBy::None)
        .expect("agg");
    if c.raw_cutoff_ms <= now - DAY {
        assert_eq!(recent, before_recent);
    }
    assert!(!recent.is_empty());

    // A cap below the device records alone.
    let c = fleet
        .compact(
            now,
            &Retention {
                raw_days: 3,
                hourly_days: 8,
                max_disk_bytes: 10,
            },
        )
        .expect("compact");
    assert!(c.over_cap);
    assert_eq!(
        fleet
            .search(
                1,
                "",
                now,
                &Page {
                    limit: 1,
                    after: None
                }
            )
            .expect("search")
            .0,
        20
    );
}

#[test]
fn bad_input_is_rejected_with_a_reason_and_not_stored() {
    let (_dir, db) = temp_db();
    let fleet = Fleet::open(&db).expect("open");
    let now = T0;
    let attrs = Attributes {
        software_version: "1.0".into(),
        hardware_version: "A".into(),
        cohort: None,
        custom: BTreeMap::new(),
    };
    let ok_metrics = [("battery_pct", MetricKind::Gauge, 50.0)];
    let hb = |serial: &'static str,
              at_ms: u64,
              duration_s: u32,
              metrics: &'static [(&'static str, MetricKind, f64)]| {
        Heartbeat {
            project: 1,
            serial,
            at_ms,
            duration_s,
            attrs: attrs.clone(),
            metrics,
        }
    };
    let cases: Vec<(Heartbeat<'static>, &str)> = vec![
        (hb("d1", 946_684_799_999, 60, &[]), "timestamp_before_2000"),
        (hb("d1", 5, 60, &[]), "timestamp_before_2000"),
        (hb("d1", now + DAY + 1, 60, &[]), "timestamp_in_future"),
        (
            hb(
                "d1",
                now,
                60,
                &[("battery_pct", MetricKind::Gauge, f64::NAN)],
            ),
            "non_finite_value",
        ),
        (
            hb(
                "d1",
                now,
                60,
                &[
                    ("x", MetricKind::Counter, 1.0),
                    ("y", MetricKind::Gauge, f64::INFINITY),
                ],
            ),
            "non_finite_value",
        ),
        (
            hb(
                "d1",
                now,
                60,
                &[("x", MetricKind::Counter, f64::NEG_INFINITY)],
            ),
            "non_finite_value",
        ),
        (hb("", now, 60, &[]), "bad_name"),
        (
            hb("d1", now, 60, &[("", MetricKind::Counter, 1.0)]),
            "bad_name",
        ),
        (hb("d1", now, 86_401, &[]), "duration_too_long"),
        (
            hb(
                "d1",
                now,
                60,
                &[
                    ("x", MetricKind::Counter, 1.0),
                    ("x", MetricKind::Counter, 2.0),
                ],
            ),
            "duplicate_metric",
        ),
    ];
    for (h, reason) in &cases {
        match fleet.record_heartbeat(h, now) {
            Err(FleetError::Rejected(r)) => assert_eq!(r.name(), *reason, "{h:?}"),
            other => panic!("{h:?}: {other:?}"),
        }
    }
    assert_eq!(fleet.stored_bytes().expect("bytes"), 0, "nothing stored");
    assert!(fleet.device(1, "d1").is_none());

    // Kind mismatch against the kind first seen.
    fleet
        .record_heartbeat(
            &Heartbeat {
                metrics: &ok_metrics,
                ..hb("d1", now, 60, &[])
            },
            now,
        )
        .expect("ok");
    let bytes = fleet.stored_bytes().expect("bytes");
    let e = fleet
        .record_heartbeat(
            &hb("d2", now, 60, &[("battery_pct", MetricKind::Counter, 3.0)]),
            now,
        )
        .expect_err("mismatch");
    assert!(
        matches!(&e, FleetError::Rejected(r) if r.name() == "kind_mismatch"),
        "{e}"
    );
    assert_eq!(fleet.stored_bytes().expect("bytes"), bytes);
    assert!(fleet.device(1, "d2").is_none());

    for (at_ms, reason) in [
        (3, "timestamp_before_2000"),
        (now + 2 * DAY, "timestamp_in_future"),
    ] {
        let e = fleet
            .record_reboot(
                &Reboot {
                    project: 1,
                    serial: "d1",
                    at_ms,
                    unexpected: true,
                    software_version: "1.0",
                },
                now,
            )
            .expect_err("reboot");
        assert!(
            matches!(&e, FleetError::Rejected(r) if r.name() == reason),
            "{e}"
        );
    }
    assert_eq!(fleet.stored_bytes().expect("bytes"), bytes);
    let counts = fleet.rejections();
    assert_eq!(counts["non_finite_value"], 3);
    assert_eq!(counts["timestamp_before_2000"], 3);
    assert_eq!(counts["kind_mismatch"], 1);
}

#[test]
fn batches_store_the_same_as_single_calls_and_reject_per_heartbeat() {
    let data = generate(31, 25, 2);
    let (_dir1, db1) = temp_db();
    let single = load(&db1, &data);
    let (_dir2, db2) = temp_db();
    let batched = Fleet::open(&db2).expect("open");
    let hbs: Vec<Heartbeat<'_>> = data
        .beats
        .iter()
        .map(|b| Heartbeat {
            project: 1,
            serial: &b.serial,
            at_ms: b.at,
            duration_s: b.dur_s,
            attrs: b.attrs.clone(),
            metrics: &b.metrics,
        })
        .collect();
    for chunk in hbs.chunks(37) {
        for r in batched.record_heartbeats(chunk, data.end) {
            r.expect("stored");
        }
    }
    // Replaying a batch changes nothing.
    for r in batched.record_heartbeats(&hbs[..100], data.end) {
        r.expect("replayed");
    }
    for (metric, _) in METRICS {
        for by in BYS {
            assert_eq!(
                single.aggregate(1, metric, T0, data.end, by).expect("agg"),
                batched.aggregate(1, metric, T0, data.end, by).expect("agg")
            );
        }
    }
    let page = Page {
        limit: 1000,
        after: None,
    };
    assert_eq!(
        single.search(1, "", data.end, &page).expect("search"),
        batched.search(1, "", data.end, &page).expect("search")
    );

    // One bad heartbeat and one conflicting kind inside a batch: only they are refused.
    let attrs = data.beats[0].attrs.clone();
    static NEW_METRIC: [(&str, MetricKind, f64); 1] = [("brand_new", MetricKind::Gauge, 1.0)];
    static CONFLICTING: [(&str, MetricKind, f64); 1] = [("brand_new", MetricKind::Counter, 1.0)];
    static NAN: [(&str, MetricKind, f64); 1] = [("battery_pct", MetricKind::Gauge, f64::NAN)];
    let mk =
        |serial: &'static str, metrics: &'static [(&'static str, MetricKind, f64)]| Heartbeat {
            project: 1,
            serial,
            at_ms: data.end - 1,
            duration_s: 60,
            attrs: attrs.clone(),
            metrics,
        };
    let results = batched.record_heartbeats(
        &[
            mk("n1", &NEW_METRIC),
            mk("n2", &NAN),
            mk("n3", &CONFLICTING),
        ],
        data.end,
    );
    assert!(results[0].is_ok());
    assert!(matches!(&results[1], Err(FleetError::Rejected(r)) if r.name() == "non_finite_value"));
    assert!(matches!(&results[2], Err(FleetError::Rejected(r)) if r.name() == "kind_mismatch"));
    assert!(batched.device(1, "n1").is_some());
    assert!(batched.device(1, "n2").is_none() && batched.device(1, "n3").is_none());
}

#[test]
fn a_database_of_the_old_format_is_refused_for_a_rebuild() {
    let (_dir, db) = temp_db();
    db.open_tree("fleet_raw")
        .expect("tree")
        .insert(b"k", b"v")
        .expect("insert");
    match Fleet::open(&db) {
        Err(faultline_fleet::FleetError::Format { found, expected }) => {
            assert_eq!((found, expected), (1, faultline_fleet::FORMAT));
        }
        other => panic!("opened: {:?}", other.err()),
    }
    let (_dir, db) = temp_db();
    drop(Fleet::open(&db).expect("fresh"));
    Fleet::open(&db).expect("reopened in its own format");
}
