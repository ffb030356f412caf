//! Fleet aggregates, release comparison, crash-free hours and adoption (definitions in the
//! crate doc).

use std::collections::{BTreeMap, HashMap, HashSet};

use serde::{Deserialize, Serialize};

use crate::keys::{
    self, DAY_MS, GroupAttrs, HOUR_MS, Reader, ceil_day, ceil_hour, floor_day, floor_hour,
    parse_time_key, time_prefix,
};
use crate::{Fleet, FleetError, MAX_DURATION_S, MetricKind};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GroupBy {
    SoftwareVersion,
    HardwareVersion,
    Cohort,
    /// One group with key `None`.
    None,
}

/// One group of an aggregate. `key` is `None` for [`GroupBy::None`] and for devices without a
/// cohort under [`GroupBy::Cohort`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Group {
    pub key: Option<String>,
    pub devices: u64,
    pub mean: f64,
    pub p50: f64,
    pub p90: f64,
    pub p99: f64,
    pub min: f64,
    pub max: f64,
    /// Counters only: sum of the device values per 1,000 devices.
    pub per_1000_devices: Option<f64>,
}

/// "Release A vs release B" for one metric.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Comparison {
    pub a: Option<Group>,
    pub b: Option<Group>,
    /// `b.mean − a.mean`, when both have devices.
    pub mean_change: Option<f64>,
    /// `(b.mean − a.mean) / |a.mean| × 100`, when both have devices and `a.mean ≠ 0`.
    pub mean_change_pct: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HealthGroup {
    pub key: Option<String>,
    /// Devices with coverage in this group.
    pub devices: u64,
    pub device_hours: f64,
    pub crash_free_hours: f64,
    /// `crash_free_hours / device_hours`; `None` without coverage.
    pub crash_free_ratio: Option<f64>,
    pub unexpected_reboots: u64,
    pub unexpected_reboots_per_1000_device_hours: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AdoptionBucket {
    pub start_ms: u64,
    /// Devices per software version.
    pub versions: BTreeMap<String, u64>,
}

/// Most buckets [`Fleet::adoption`] returns.
pub const MAX_BUCKETS: u64 = 100_000;

type Key = Option<Vec<u8>>;

fn group_key<'a>(a: &GroupAttrs<'a>, by: GroupBy) -> Option<&'a [u8]> {
    match by {
        GroupBy::SoftwareVersion => Some(a.sw),
        GroupBy::HardwareVersion => Some(a.hw),
        GroupBy::Cohort => a.cohort,
        GroupBy::None => None,
    }
}

fn to_string(k: Key) -> Option<String> {
    k.map(|b| String::from_utf8_lossy(&b).into_owned())
}

/// Per-device accumulation: group key → (sum, count).
#[derive(Default)]
/// Counts are signed: an edge day may be read as its daily rollup minus the hours outside.
struct Acc(Vec<(Key, f64, i64)>);

impl Acc {
    fn add(&mut self, key: Option<&[u8]>, sum: f64, count: i64) {
        if let Some(e) = self.0.iter_mut().find(|e| e.0.as_deref() == key) {
            e.1 += sum;
            e.2 += count;
        } else {
            self.0.push((key.map(<[u8]>::to_vec), sum, count));
        }
    }
}

fn nearest_rank(sorted: &[f64], pct: usize) -> f64 {
    let n = sorted.len();
    let rank = (pct * n).div_ceil(100).max(1);
    sorted[rank - 1]
}

fn group_stats(key: Key, mut values: Vec<f64>, kind: MetricKind) -> Group {
    values.sort_by(f64::total_cmp);
    let n = values.len();
    let sum: f64 = values.iter().sum();
    Group {
        key: to_string(key),
        devices: n as u64,
        mean: sum / n as f64,
        p50: nearest_rank(&values, 50),
        p90: nearest_rank(&values, 90),
        p99: nearest_rank(&values, 99),
        min: values[0],
        max: values[n - 1],
        per_1000_devices: (kind == MetricKind::Counter).then(|| sum * 1000.0 / n as f64),
    }
}

fn corrupt(tree: &'static str) -> FleetError {
    FleetError::Corrupt { tree }
}

/// One aggregate's scan: per device, per group, the sum and count of the metric's points.
struct Scan<'f> {
    tree: &'f sled::Tree,
    project: u32,
    metric: u16,
    by: GroupBy,
    devices: HashMap<Vec<u8>, Acc>,
}

impl Scan<'_> {
    fn add(&mut self, serial: &[u8], key: Option<&[u8]>, sum: f64, count: i64) {
        match self.devices.get_mut(serial) {
            Some(acc) => acc.add(key, sum, count),
            None => {
                let mut acc = Acc::default();
                acc.add(key, sum, count);
                self.devices.insert(serial.to_vec(), acc);
            }
        }
    }

    /// Adds another scan's device sums to this one's.
    fn merge(&mut self, other: HashMap<Vec<u8>, Acc>) {
        for (serial, acc) in other {
            match self.devices.get_mut(&serial) {
                Some(mine) => {
                    for (key, sum, count) in acc.0 {
                        mine.add(key.as_deref(), sum, count);
                    }
                }
                None => {
                    self.devices.insert(serial, acc);
                }
            }
        }
    }

    fn range(&self, tag: u8, lo: u64, hi: u64) -> sled::Iter {
        self.tree
            .range(time_prefix(tag, self.project, lo)..time_prefix(tag, self.project, hi))
    }

    /// The hourly rollups of `[lo, hi)` (hour-aligned), of the `only` devices when given.
    fn hours(
        &mut self,
        lo: u64,
        hi: u64,
        only: Option<&HashSet<Vec<u8>>>,
    ) -> Result<(), FleetError> {
        self.hours_signed(lo, hi, only, 1)
    }

    /// [`Scan::hours`], added (`sign` 1) or taken away (`sign` -1).
    fn hours_signed(
        &mut self,
        lo: u64,
        hi: u64,
        only: Option<&HashSet<Vec<u8>>>,
        sign: i64,
    ) -> Result<(), FleetError> {
        if lo >= hi {
            return Ok(());
        }
        for item in self.range(keys::HOURLY, lo, hi) {
            let (k, v) = item?;
            let tk = parse_time_key(&k).ok_or_else(|| corrupt("hourly rollups"))?;
            if only.is_some_and(|o| !o.contains(tk.serial)) {
                continue;
            }
            let (_, attrs, cell) =
                keys::row_metric(&v, true, self.metric).ok_or_else(|| corrupt("hourly rollups"))?;
            if let Some((sum, count)) = cell {
                let key = group_key(&attrs, self.by);
                self.add(tk.serial, key, sum * sign as f64, i64::from(count) * sign);
            }
        }
        Ok(())
    }

    /// The whole hours `[lo, hi)` of `day` (hour-aligned, within the day). When the hours
    /// outside are fewer than those inside, reads the day's daily rollup and takes the outside
    /// hours away: the last day of a range ending now has no hours after it at all, so this
    /// reads one row per device instead of up to 23. Needs the day's hourly rollups (at or
    /// after `hourly_horizon`).
    fn edge_day(
        &mut self,
        day: u64,
        lo: u64,
        hi: u64,
        hourly_horizon: u64,
    ) -> Result<(), FleetError> {
        if lo >= hi {
            return Ok(());
        }
        let inside = hi - lo;
        if day < hourly_horizon || DAY_MS - inside >= inside {
            return self.hours(lo, hi, None);
        }
        let mut mixed: HashSet<Vec<u8>> = HashSet::new();
        let mut whole: HashSet<Vec<u8>> = HashSet::new();
        for item in self.range(keys::DAILY, day, day + 1) {
            let (k, v) = item?;
            let tk = parse_time_key(&k).ok_or_else(|| corrupt("daily rollups"))?;
            let (mark, attrs, cell) =
                keys::row_metric(&v, false, self.metric).ok_or_else(|| corrupt("daily rollups"))?;
            if mark != 0 {
                mixed.insert(tk.serial.to_vec());
            } else if let Some((sum, count)) = cell {
                self.add(tk.serial, group_key(&attrs, self.by), sum, i64::from(count));
                whole.insert(tk.serial.to_vec());
            }
        }
        if !mixed.is_empty() {
            self.hours(lo, hi, Some(&mixed))?;
        }
        // Hours of a day that is not mixed carry the daily rollup's attributes.
        self.hours_signed(day, lo, Some(&whole), -1)?;
        self.hours_signed(hi, day + DAY_MS, Some(&whole), -1)
    }

    /// The daily rollups of `[lo, hi)` (day-aligned); a device's mixed day is read hour by hour.
    fn days(&mut self, lo: u64, hi: u64) -> Result<(), FleetError> {
        let mut mixed: BTreeMap<u64, HashSet<Vec<u8>>> = BTreeMap::new();
        for item in self.range(keys::DAILY, lo, hi) {
            let (k, v) = item?;
            let tk = parse_time_key(&k).ok_or_else(|| corrupt("daily rollups"))?;
            let (mark, attrs, cell) =
                keys::row_metric(&v, false, self.metric).ok_or_else(|| corrupt("daily rollups"))?;
            if mark != 0 {
                mixed.entry(tk.t).or_default().insert(tk.serial.to_vec());
            } else if let Some((sum, count)) = cell {
                self.add(tk.serial, group_key(&attrs, self.by), sum, i64::from(count));
            }
        }
        for (day, serials) in mixed {
            self.hours(day, day + DAY_MS, Some(&serials))?;
        }
        Ok(())
    }

    /// Points of `[lo, hi)`, all within one hour, attributed by the hour's rollup; the whole
    /// hour's rollup when its raw points were dropped (before `horizon`).
    fn partial(&mut self, lo: u64, hi: u64, horizon: u64) -> Result<(), FleetError> {
        if lo >= hi {
            return Ok(());
        }
        let hour = floor_hour(lo);
        if hour < horizon {
            return self.hours(hour, hour + HOUR_MS, None);
        }
        let mut sums: HashMap<Vec<u8>, (f64, i64)> = HashMap::new();
        for item in self.range(keys::POINTS, hour, hour + HOUR_MS) {
            let (k, v) = item?;
            let tk = parse_time_key(&k).ok_or_else(|| corrupt("raw points"))?;
            let at = tk.at.ok_or_else(|| corrupt("raw points"))?;
            if at < lo || at >= hi {
                continue;
            }
            if let Some(value) =
                keys::point_of(&v, self.metric).ok_or_else(|| corrupt("raw points"))?
            {
                let e = sums.entry(tk.serial.to_vec()).or_default();
                e.0 += value;
                e.1 += 1;
            }
        }
        if sums.is_empty() {
            return Ok(());
        }
        for item in self.range(keys::HOURLY, hour, hour + HOUR_MS) {
            let (k, v) = item?;
            let tk = parse_time_key(&k).ok_or_else(|| corrupt("hourly rollups"))?;
            if let Some((sum, count)) = sums.remove(tk.serial) {
                let (_, attrs, _) = keys::row_metric(&v, true, self.metric)
                    .ok_or_else(|| corrupt("hourly rollups"))?;
                self.add(tk.serial, group_key(&attrs, self.by), sum, count);
            }
        }
        if !sums.is_empty() {
            // Every stored point is written with its hour's rollup.
            return Err(corrupt("hourly rollups"));
        }
        Ok(())
    }
}

impl Fleet {
    /// A metric over `[from_ms, to_ms)` per group of devices, from the daily and hourly
    /// rollups (raw points for partial hours at the edges). Groups are ordered by key; an
    /// unknown metric gives none.
    pub fn aggregate(
        &self,
        project: u32,
        metric: &str,
        from_ms: u64,
        to_ms: u64,
        by: GroupBy,
    ) -> Result<Vec<Group>, FleetError> {
        self.aggregate_with(project, metric, from_ms, to_ms, by, true)
    }

    /// The same as [`Fleet::aggregate`] from the raw points alone (the baseline of the bench
    /// and a cross-check; only meaningful while the range's raw points are retained).
    pub fn aggregate_raw(
        &self,
        project: u32,
        metric: &str,
        from_ms: u64,
        to_ms: u64,
        by: GroupBy,
    ) -> Result<Vec<Group>, FleetError> {
        self.aggregate_with(project, metric, from_ms, to_ms, by, false)
    }

    fn aggregate_with(
        &self,
        project: u32,
        metric: &str,
        from_ms: u64,
        to_ms: u64,
        by: GroupBy,
        rollups: bool,
    ) -> Result<Vec<Group>, FleetError> {
        let Some((id, kind)) = self.metric_id(project, metric) else {
            return Ok(Vec::new());
        };
        if from_ms >= to_ms {
            return Ok(Vec::new());
        }
        let horizon = self.raw_horizon_ms()?;
        let hourly_horizon = self.hourly_horizon_ms()?;
        let mut scan = Scan {
            tree: &self.tree,
            project,
            metric: id,
            by,
            devices: HashMap::new(),
        };
        let (from, to) = (from_ms, to_ms);
        let first_whole = ceil_hour(from);
        let end_whole = floor_hour(to);
        if !rollups {
            let mut t = from;
            while t < to {
                let e = (floor_hour(t) + HOUR_MS).min(to);
                scan.partial(t, e, 0)?;
                t = e;
            }
        } else if first_whole >= end_whole {
            // No whole hour: one or two partial hours.
            scan.partial(from, to.min(floor_hour(from) + HOUR_MS), horizon)?;
            if floor_hour(to) > floor_hour(from) && to > floor_hour(to) {
                scan.partial(floor_hour(to), to, horizon)?;
            }
        } else {
            scan.partial(from, first_whole, horizon)?;
            // Whole days from daily rollups (complete from the hourly horizon's next day on).
            let first_day = ceil_day(first_whole).max(ceil_day(hourly_horizon));
            let end_day = floor_day(end_whole);
            if first_day < end_day {
                if first_day - first_whole < DAY_MS {
                    scan.edge_day(first_day - DAY_MS, first_whole, first_day, hourly_horizon)?;
                } else {
                    scan.hours(first_whole, first_day, None)?;
                }
                // The later half of the whole days on a second core, then merged: device
                // values are sums, so the halves add up.
                let mid = first_day + (end_day - first_day) / DAY_MS / 2 * DAY_MS;
                let later = std::thread::scope(|s| {
                    let worker = s.spawn(|| {
                        let mut other = Scan {
                            tree: &self.tree,
                            project,
                            metric: id,
                            by,
                            devices: HashMap::new(),
                        };
                        other.days(mid, end_day).map(|()| other.devices)
                    });
                    let here = scan
                        .days(first_day, mid)
                        .and_then(|()| scan.edge_day(end_day, end_day, end_whole, hourly_horizon));
                    let later = worker
                        .join()
                        .unwrap_or_else(|p| std::panic::resume_unwind(p));
                    here.and(later)
                })?;
                scan.merge(later);
            } else {
                scan.hours(first_whole, end_whole, None)?;
            }
            scan.partial(end_whole, to, horizon)?;
        }
        let mut groups: BTreeMap<Key, Vec<f64>> = BTreeMap::new();
        for (_, acc) in scan.devices {
            // A device whose points all lay outside the range (taken away again) has none.
            for (key, sum, count) in acc.0.into_iter().filter(|e| e.2 > 0) {
                let v = match kind {
                    MetricKind::Gauge => sum / count as f64,
                    MetricKind::Counter | MetricKind::Timer => sum,
                };
                groups.entry(key).or_default().push(v);
            }
        }
        Ok(groups
            .into_iter()
            .map(|(k, values)| group_stats(k, values, kind))
            .collect())
    }

    /// Release A vs release B: the software-version groups `version_a` and `version_b`.
    pub fn compare(
        &self,
        project: u32,
        metric: &str,
        from_ms: u64,
        to_ms: u64,
        version_a: &str,
        version_b: &str,
    ) -> Result<Comparison, FleetError> {
        let groups = self.aggregate(project, metric, from_ms, to_ms, GroupBy::SoftwareVersion)?;
        let find = |v: &str| groups.iter().find(|g| g.key.as_deref() == Some(v)).cloned();
        let (a, b) = (find(version_a), find(version_b));
        let mean_change = match (&a, &b) {
            (Some(a), Some(b)) => Some(b.mean - a.mean),
            _ => None,
        };
        let mean_change_pct = match (&a, mean_change) {
            (Some(a), Some(d)) if a.mean != 0.0 => Some(d / a.mean.abs() * 100.0),
            _ => None,
        };
        Ok(Comparison {
            a,
            b,
            mean_change,
            mean_change_pct,
        })
    }

    fn time_range(&self, tag: u8, project: u32, lo: u64, hi: u64) -> sled::Iter {
        self.tree
            .range(time_prefix(tag, project, lo)..time_prefix(tag, project, hi))
    }

    /// Crash-free device-hours and unexpected reboots over `[from_ms, to_ms)` per group.
    pub fn crash_free_hours(
        &self,
        project: u32,
        from_ms: u64,
        to_ms: u64,
        by: GroupBy,
    ) -> Result<Vec<HealthGroup>, FleetError> {
        #[derive(Default)]
        struct G {
            devices: u64,
            total_ms: u64,
            free_ms: u64,
            reboots: u64,
        }
        let mut groups: BTreeMap<Key, G> = BTreeMap::new();
        if from_ms >= to_ms {
            return Ok(Vec::new());
        }
        let max_cover = MAX_DURATION_S as u64 * 1000;
        let mut crashed: HashSet<(Vec<u8>, u64)> = HashSet::new();
        for item in self.time_range(keys::REBOOT, project, floor_hour(from_ms), ceil_hour(to_ms)) {
            let (k, v) = item?;
            let tk = parse_time_key(&k).ok_or_else(|| corrupt("reboots"))?;
            let at = tk.at.ok_or_else(|| corrupt("reboots"))?;
            let mut r = Reader::new(&v);
            let unexpected = r.u8().ok_or_else(|| corrupt("reboots"))? != 0;
            let sw = r.bytes().ok_or_else(|| corrupt("reboots"))?;
            if !unexpected {
                continue;
            }
            crashed.insert((tk.serial.to_vec(), floor_hour(at)));
            if at < from_ms || at >= to_ms {
                continue;
            }
            let key: Key = match by {
                GroupBy::SoftwareVersion => Some(sw.to_vec()),
                GroupBy::None => None,
                GroupBy::HardwareVersion | GroupBy::Cohort => {
                    let serial = String::from_utf8_lossy(tk.serial);
                    let current = self.index_read().group_attrs(project, &serial);
                    match (by, current) {
                        (GroupBy::HardwareVersion, Some((_, hw, _))) => Some(hw.into_bytes()),
                        (_, Some((_, _, cohort))) => cohort.map(String::into_bytes),
                        (_, None) => None,
                    }
                }
            };
            groups.entry(key).or_default().reboots += 1;
        }
        let mut seen: HashSet<(Key, Vec<u8>)> = HashSet::new();
        let lo = from_ms.saturating_add(1);
        let hi = to_ms.saturating_add(max_cover);
        for item in self.time_range(keys::BEAT, project, floor_hour(lo), ceil_hour(hi)) {
            let (k, v) = item?;
            let tk = parse_time_key(&k).ok_or_else(|| corrupt("beats"))?;
            let at = tk.at.ok_or_else(|| corrupt("beats"))?;
            if at < lo || at >= hi {
                continue;
            }
            let mut r = Reader::new(&v);
            let duration_s = r.u32().ok_or_else(|| corrupt("beats"))?;
            let attrs = keys::read_attrs(&mut r).ok_or_else(|| corrupt("beats"))?;
            let start = at.saturating_sub(duration_s as u64 * 1000).max(from_ms);
            let end = at.min(to_ms);
            if start >= end {
                continue;
            }
            let key = group_key(&attrs, by).map(<[u8]>::to_vec);
            let g = groups.entry(key.clone()).or_default();
            if seen.insert((key, tk.serial.to_vec())) {
                g.devices += 1;
            }
            let mut t = start;
            while t < end {
                let hour = floor_hour(t);
                let e = (hour + HOUR_MS).min(end);
                g.total_ms += e - t;
                if !crashed.contains(&(tk.serial.to_vec(), hour)) {
                    g.free_ms += e - t;
                }
                t = e;
            }
        }
        Ok(groups
            .into_iter()
            .map(|(key, g)| {
                let hours = g.total_ms as f64 / HOUR_MS as f64;
                let free = g.free_ms as f64 / HOUR_MS as f64;
                HealthGroup {
                    key: to_string(key),
                    devices: g.devices,
                    device_hours: hours,
                    crash_free_hours: free,
                    crash_free_ratio: (g.total_ms > 0).then(|| free / hours),
                    unexpected_reboots: g.reboots,
                    unexpected_reboots_per_1000_device_hours: (g.total_ms > 0)
                        .then(|| g.reboots as f64 * 1000.0 / hours),
                }
            })
            .collect())
    }

    /// Devices per software version per bucket of `bucket_ms` over `[from_ms, to_ms)`; every
    /// bucket is listed, empty ones too (at most [`MAX_BUCKETS`]).
    pub fn adoption(
        &self,
        project: u32,
        from_ms: u64,
        to_ms: u64,
        bucket_ms: u64,
    ) -> Result<Vec<AdoptionBucket>, FleetError> {
        if bucket_ms == 0 || from_ms >= to_ms {
            return Ok(Vec::new());
        }
        let n = (to_ms - from_ms).div_ceil(bucket_ms);
        if n > MAX_BUCKETS {
            return Err(FleetError::BadArgument("too many buckets"));
        }
        let mut buckets: Vec<AdoptionBucket> = (0..n)
            .map(|k| AdoptionBucket {
                start_ms: from_ms + k * bucket_ms,
                versions: BTreeMap::new(),
            })
            .collect();
        // (bucket, serial) → (time, software version) of the latest heartbeat.
        let mut latest: HashMap<(u64, Vec<u8>), (u64, Vec<u8>)> = HashMap::new();
        for item in self.time_range(keys::BEAT, project, floor_hour(from_ms), ceil_hour(to_ms)) {
            let (k, v) = item?;
            let tk = parse_time_key(&k).ok_or_else(|| corrupt("beats"))?;
            let at = tk.at.ok_or_else(|| corrupt("beats"))?;
            if at < from_ms || at >= to_ms {
                continue;
            }
            let mut r = Reader::new(&v);
            r.u32().ok_or_else(|| corrupt("beats"))?;
            let attrs = keys::read_attrs(&mut r).ok_or_else(|| corrupt("beats"))?;
            let bucket = (at - from_ms) / bucket_ms;
            let e = latest
                .entry((bucket, tk.serial.to_vec()))
                .or_insert((at, attrs.sw.to_vec()));
            if at >= e.0 {
                *e = (at, attrs.sw.to_vec());
            }
        }
        for ((bucket, _), (_, sw)) in latest {
            *buckets[bucket as usize]
                .versions
                .entry(String::from_utf8_lossy(&sw).into_owned())
                .or_default() += 1;
        }
        Ok(buckets)
    }
}
