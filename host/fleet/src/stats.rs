//! Fleet aggregates, release comparison, crash-free hours and adoption (definitions in the
//! crate doc).

use std::collections::{BTreeMap, BTreeSet, HashSet};

use serde::{Deserialize, Serialize};

use crate::keys::{
    self, DAY_MS, GroupAttrs, HOUR_MS, Reader, ceil_day, ceil_hour, floor_day, floor_hour,
    series_key, time_of, with_time,
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
struct Acc(Vec<(Key, f64, u64)>);

impl Acc {
    fn add(&mut self, key: Option<&[u8]>, sum: f64, count: u64) {
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

impl Fleet {
    /// A metric over `[from_ms, to_ms)` per group of devices, from the hourly rollups (raw points
    /// for partial hours at the edges). Groups are ordered by key; an unknown metric gives none.
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

    /// The same as [`Fleet::aggregate`] by scanning every raw point (the baseline of the bench and
    /// a cross-check; only meaningful while the range's raw points are retained).
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
        let (kind, serials) = {
            let index = self.index_read();
            match index.metric_kind(project, metric) {
                Some(kind) => (kind, index.serials(project)),
                None => return Ok(Vec::new()),
            }
        };
        if from_ms >= to_ms {
            return Ok(Vec::new());
        }
        let horizon = self.raw_horizon_ms()?;
        let hourly_horizon = self.hourly_horizon_ms()?;
        // Devices are independent: split them over the cores.
        let threads = std::thread::available_parallelism()
            .map_or(1, |n| n.get())
            .min(8);
        let chunk = serials.len().div_ceil(threads).max(256);
        let scan = |part: &[String]| -> Result<BTreeMap<Key, Vec<f64>>, FleetError> {
            let mut groups: BTreeMap<Key, Vec<f64>> = BTreeMap::new();
            let mut acc = Acc::default();
            for serial in part {
                acc.0.clear();
                let series = series_key(project, serial, metric);
                if rollups {
                    self.device_from_rollups(
                        &series,
                        from_ms,
                        to_ms,
                        by,
                        (horizon, hourly_horizon),
                        &mut acc,
                    )?;
                } else {
                    self.raw_range(&series, from_ms, to_ms, by, &mut acc)?;
                }
                for (key, sum, count) in acc.0.drain(..) {
                    let v = match kind {
                        MetricKind::Gauge => sum / count as f64,
                        MetricKind::Counter | MetricKind::Timer => sum,
                    };
                    groups.entry(key).or_default().push(v);
                }
            }
            Ok(groups)
        };
        let parts: Vec<Result<BTreeMap<Key, Vec<f64>>, FleetError>> = std::thread::scope(|s| {
            let handles: Vec<_> = serials
                .chunks(chunk)
                .map(|part| s.spawn(move || scan(part)))
                .collect();
            handles
                .into_iter()
                .map(|h| h.join().unwrap_or_else(|p| std::panic::resume_unwind(p)))
                .collect()
        });
        let mut groups: BTreeMap<Key, Vec<f64>> = BTreeMap::new();
        for part in parts {
            for (k, mut v) in part? {
                groups.entry(k).or_default().append(&mut v);
            }
        }
        Ok(groups
            .into_iter()
            .map(|(k, values)| group_stats(k, values, kind))
            .collect())
    }

    fn device_from_rollups(
        &self,
        series: &[u8],
        from: u64,
        to: u64,
        by: GroupBy,
        (horizon, hourly_horizon): (u64, u64),
        acc: &mut Acc,
    ) -> Result<(), FleetError> {
        let first_whole = ceil_hour(from);
        let end_whole = floor_hour(to);
        if first_whole >= end_whole {
            // No whole hour: one or two partial hours.
            self.partial_hour(
                series,
                from,
                to.min(floor_hour(from) + HOUR_MS),
                by,
                horizon,
                acc,
            )?;
            if floor_hour(to) > floor_hour(from) && to > floor_hour(to) {
                self.partial_hour(series, floor_hour(to), to, by, horizon, acc)?;
            }
            return Ok(());
        }
        if from < first_whole {
            self.partial_hour(series, from, first_whole, by, horizon, acc)?;
        }
        // Whole days from daily rollups (complete from the hourly horizon's next day on).
        let first_day = ceil_day(first_whole).max(ceil_day(hourly_horizon));
        let end_day = floor_day(end_whole);
        if first_day < end_day {
            self.whole_hours(series, first_whole, first_day, by, acc)?;
            let lo = with_time(series.to_vec(), first_day);
            let hi = with_time(series.to_vec(), end_day);
            for item in self.daily.range(lo..hi) {
                let (k, v) = item?;
                let (r, mixed, attrs, _) =
                    keys::decode_daily(&v).ok_or_else(|| corrupt("fleet_daily"))?;
                if mixed {
                    let day = time_of(&k).ok_or_else(|| corrupt("fleet_daily"))?;
                    self.whole_hours(series, day, day + DAY_MS, by, acc)?;
                } else {
                    acc.add(group_key(&attrs, by), r.sum, r.count as u64);
                }
            }
            self.whole_hours(series, end_day, end_whole, by, acc)?;
        } else {
            self.whole_hours(series, first_whole, end_whole, by, acc)?;
        }
        if end_whole < to {
            self.partial_hour(series, end_whole, to, by, horizon, acc)?;
        }
        Ok(())
    }

    /// The hourly rollups of `[lo, hi)` (hour-aligned).
    fn whole_hours(
        &self,
        series: &[u8],
        lo: u64,
        hi: u64,
        by: GroupBy,
        acc: &mut Acc,
    ) -> Result<(), FleetError> {
        if lo >= hi {
            return Ok(());
        }
        let lo = with_time(series.to_vec(), lo);
        let hi = with_time(series.to_vec(), hi);
        for item in self.hourly.range(lo..hi) {
            let (_, v) = item?;
            let (r, attrs) = keys::decode_rollup(&v).ok_or_else(|| corrupt("fleet_hourly"))?;
            acc.add(group_key(&attrs, by), r.sum, r.count as u64);
        }
        Ok(())
    }

    /// Points of `[lo, hi)`, all within one hour.
    fn partial_hour(
        &self,
        series: &[u8],
        lo: u64,
        hi: u64,
        by: GroupBy,
        horizon: u64,
        acc: &mut Acc,
    ) -> Result<(), FleetError> {
        if lo >= hi {
            return Ok(());
        }
        let hour = floor_hour(lo);
        let Some(buf) = self.hourly.get(with_time(series.to_vec(), hour))? else {
            return Ok(());
        };
        let (r, attrs) = keys::decode_rollup(&buf).ok_or_else(|| corrupt("fleet_hourly"))?;
        let key = group_key(&attrs, by);
        if hour < horizon {
            acc.add(key, r.sum, r.count as u64);
            return Ok(());
        }
        let (mut sum, mut count) = (0.0, 0u64);
        for item in self
            .raw
            .range(with_time(series.to_vec(), lo)..with_time(series.to_vec(), hi))
        {
            let (_, v) = item?;
            sum += f64::from_le_bytes(v.as_ref().try_into().map_err(|_| corrupt("fleet_raw"))?);
            count += 1;
        }
        if count > 0 {
            acc.add(key, sum, count);
        }
        Ok(())
    }

    fn raw_range(
        &self,
        series: &[u8],
        from: u64,
        to: u64,
        by: GroupBy,
        acc: &mut Acc,
    ) -> Result<(), FleetError> {
        let mut hour_attrs: Option<(u64, sled::IVec)> = None;
        for item in self
            .raw
            .range(with_time(series.to_vec(), from)..with_time(series.to_vec(), to))
        {
            let (k, v) = item?;
            let at = time_of(&k).ok_or_else(|| corrupt("fleet_raw"))?;
            let value =
                f64::from_le_bytes(v.as_ref().try_into().map_err(|_| corrupt("fleet_raw"))?);
            let hour = floor_hour(at);
            if hour_attrs.as_ref().is_none_or(|(h, _)| *h != hour) {
                let buf = self
                    .hourly
                    .get(with_time(series.to_vec(), hour))?
                    .ok_or_else(|| corrupt("fleet_hourly"))?;
                hour_attrs = Some((hour, buf));
            }
            let Some((_, buf)) = &hour_attrs else {
                continue;
            };
            let (_, attrs) = keys::decode_rollup(buf).ok_or_else(|| corrupt("fleet_hourly"))?;
            acc.add(group_key(&attrs, by), value, 1);
        }
        Ok(())
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
        let serials = self.index_read().serials(project);
        let mut groups: BTreeMap<Key, G> = BTreeMap::new();
        if from_ms >= to_ms {
            return Ok(Vec::new());
        }
        let max_cover = MAX_DURATION_S as u64 * 1000;
        let mut crashed = HashSet::new();
        let mut seen: BTreeSet<Key> = BTreeSet::new();
        for serial in &serials {
            let dkey = keys::device_key(project, serial);
            crashed.clear();
            seen.clear();
            let lo = with_time(dkey.clone(), floor_hour(from_ms));
            let hi = with_time(dkey.clone(), ceil_hour(to_ms));
            for item in self.reboots.range(lo..hi) {
                let (k, v) = item?;
                let at = time_of(&k).ok_or_else(|| corrupt("fleet_reboots"))?;
                let mut r = Reader::new(&v);
                let unexpected = r.u8().ok_or_else(|| corrupt("fleet_reboots"))? != 0;
                let sw = r.bytes().ok_or_else(|| corrupt("fleet_reboots"))?;
                if !unexpected {
                    continue;
                }
                crashed.insert(floor_hour(at));
                if at < from_ms || at >= to_ms {
                    continue;
                }
                let key: Key = match by {
                    GroupBy::SoftwareVersion => Some(sw.to_vec()),
                    GroupBy::None => None,
                    GroupBy::HardwareVersion | GroupBy::Cohort => {
                        let current = self.index_read().group_attrs(project, serial);
                        match (by, current) {
                            (GroupBy::HardwareVersion, Some((_, hw, _))) => Some(hw.into_bytes()),
                            (_, Some((_, _, cohort))) => cohort.map(String::into_bytes),
                            (_, None) => None,
                        }
                    }
                };
                groups.entry(key).or_default().reboots += 1;
            }
            let lo = with_time(dkey.clone(), from_ms.saturating_add(1));
            let hi = with_time(dkey, to_ms.saturating_add(max_cover));
            for item in self.beats.range(lo..hi) {
                let (k, v) = item?;
                let at = time_of(&k).ok_or_else(|| corrupt("fleet_beats"))?;
                let mut r = Reader::new(&v);
                let duration_s = r.u32().ok_or_else(|| corrupt("fleet_beats"))?;
                let attrs = keys::read_attrs(&mut r).ok_or_else(|| corrupt("fleet_beats"))?;
                let start = at.saturating_sub(duration_s as u64 * 1000).max(from_ms);
                let end = at.min(to_ms);
                if start >= end {
                    continue;
                }
                let key = group_key(&attrs, by).map(<[u8]>::to_vec);
                let g = groups.entry(key.clone()).or_default();
                if seen.insert(key) {
                    g.devices += 1;
                }
                let mut t = start;
                while t < end {
                    let hour = floor_hour(t);
                    let e = (hour + HOUR_MS).min(end);
                    g.total_ms += e - t;
                    if !crashed.contains(&hour) {
                        g.free_ms += e - t;
                    }
                    t = e;
                }
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
        let serials = self.index_read().serials(project);
        let mut latest: BTreeMap<u64, Vec<u8>> = BTreeMap::new();
        for serial in &serials {
            latest.clear();
            let dkey = keys::device_key(project, serial);
            let lo = with_time(dkey.clone(), from_ms);
            let hi = with_time(dkey, to_ms);
            for item in self.beats.range(lo..hi) {
                let (k, v) = item?;
                let at = time_of(&k).ok_or_else(|| corrupt("fleet_beats"))?;
                let mut r = Reader::new(&v);
                r.u32().ok_or_else(|| corrupt("fleet_beats"))?;
                let attrs = keys::read_attrs(&mut r).ok_or_else(|| corrupt("fleet_beats"))?;
                // Time order: the last write per bucket is the latest heartbeat.
                latest.insert((at - from_ms) / bucket_ms, attrs.sw.to_vec());
            }
            for (k, sw) in latest.iter() {
                *buckets[*k as usize]
                    .versions
                    .entry(String::from_utf8_lossy(sw).into_owned())
                    .or_default() += 1;
            }
        }
        Ok(buckets)
    }
}
