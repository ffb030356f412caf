//! Fleet monitoring: per-device metric time series, hourly rollups, retention, device
//! attributes, fleet aggregates by release, crash-free hours and device search.
//!
//! Inputs are heartbeats whose metrics are already named (ids from the build's metric schema)
//! and reboots. [`Fleet`] stores them in sled trees of a [`sled::Db`] it is given and keeps an
//! in-memory [`DeviceIndex`] of device attributes for search.
//!
//! # Calling it
//!
//! - From the pipeline, after its commit: [`Fleet::record_heartbeats`] with the commit's
//!   heartbeats (or [`Fleet::record_heartbeat`] for one) and [`Fleet::record_reboot`], with the
//!   current time. A refused input gets [`FleetError::Rejected`] with a stable reason name
//!   ([`Rejection::name`]) to record as its outcome; the counts per reason are also kept
//!   ([`Fleet::rejections`]). A batch is stored in one sled transaction (every point, rollup,
//!   coverage record and device record of its accepted heartbeats, or nothing), and a point
//!   already stored at the same (device, metric, time) is not added to the rollups again, so
//!   replaying heartbeats after a crash (the pipeline's commit and this one are separate) counts
//!   each once; a different value at the same time replaces the raw point but not the rollups
//!   (times are the identity). Reboots are keyed by time, so replaying them is harmless too.
//!   Writes are not flushed: the caller's group commit flushes the `Db`.
//! - From axum handlers: `Fleet` is `Send + Sync`; share it in an `Arc`. Every read method takes
//!   `&self` and plain values and returns serde-serialisable results. Reads scan sled and may
//!   take milliseconds to seconds: run them under `tokio::task::spawn_blocking`.
//! - Periodically: [`Fleet::compact`] with a [`Retention`].
//!
//! # Key layout
//!
//! `serial` and `metric` are written as one length byte and the bytes (≤ 255 bytes, checked);
//! times are u64 big-endian ms since the epoch, last in the key, so each series is in time order.
//!
//! | tree | key | value |
//! |---|---|---|
//! | `fleet_raw` | project u32 BE · serial · metric · at_ms | f64 LE |
//! | `fleet_hourly` | project · serial · metric · hour start ms | count u32, sum, min, max, last (f64), last_at u64, group attributes |
//! | `fleet_daily` | project · serial · metric · day start ms | the same fields, `mixed` u8, group attributes of the day's first point |
//! | `fleet_beats` | project · serial · at_ms | duration_s u32, group attributes |
//! | `fleet_reboots` | project · serial · at_ms | unexpected u8, software version |
//! | `fleet_devices` | project · serial | [`DeviceState`]: version 1, first/last seen, attributes, latest value per metric (binary) |
//! | `fleet_meta` | `raw_horizon_ms`, `hourly_horizon_ms` | u64 LE: raw points / rollups, coverage, reboots before it were dropped |
//!
//! Group attributes = software version, hardware version, optional cohort, of the heartbeat that
//! wrote the latest point of that hour (rollups) or of that heartbeat (beats).
//!
//! # Definitions
//!
//! - **Heartbeat coverage**: a heartbeat at `at_ms` with `duration_s` covers
//!   `[at_ms − duration_s·1000, at_ms)`. Heartbeats of a device are assumed not to overlap.
//! - **Hours** are UTC hours `[k·3600000, (k+1)·3600000)`.
//! - **Attribution** (what group a value belongs to): in aggregates, a point belongs to the group
//!   attributes of the latest heartbeat (by `at_ms`) of that device in the same hour that reported
//!   the same metric — so a device upgraded mid-range counts in both releases, each with its own
//!   points, at hour granularity; in crash-free hours and adoption, a heartbeat's coverage belongs
//!   to that heartbeat's own attributes.
//! - **Aggregate** ([`Fleet::aggregate`]) of a metric over `[from_ms, to_ms)`: per device and
//!   group, the device's value is the mean of its points (gauges) or their sum (counters, timers).
//!   Whole UTC days are read from the daily rollups (from the day's hourly rollups when its points
//!   came with different group attributes, `mixed`), whole hours from the hourly rollups,
//!   partial hours at the range's edges from the
//!   raw points (from the whole hour's rollup when raw points of that hour were dropped by
//!   retention). Per group: `devices` = number of device values, `mean` = their mean, `min`/`max`,
//!   `p50/p90/p99` = nearest rank (the ⌈q·n⌉-th smallest), `per_1000_devices` = for counters
//!   the sum of the device values × 1000 / devices, `None` for other kinds.
//! - **Crash-free hours** ([`Fleet::crash_free_hours`]): device-hours = coverage within
//!   `[from_ms, to_ms)`, split at hour boundaries, in hours (fractional). A device-hour containing
//!   an unexpected reboot (by the reboot's `at_ms`) is not crash-free, for all the coverage of
//!   that device in that hour. `crash_free_ratio` = crash-free device-hours / device-hours.
//!   `unexpected_reboots` = unexpected reboots with `at_ms` in range; grouped by the reboot's
//!   software version, or by the device's current hardware version / cohort;
//!   `unexpected_reboots_per_1000_device_hours` = that count × 1000 / device-hours.
//! - **Adoption** ([`Fleet::adoption`]): buckets `[from + k·bucket, from + (k+1)·bucket)`; a device
//!   counts once per bucket, under the software version of its latest heartbeat (by `at_ms`) in
//!   the bucket.
//! - **Search**: see [`query`] for the language; results are ordered by serial, pages continue
//!   after the last serial of the previous page, `total` counts every match.
//! - **Retention** ([`Fleet::compact`]): see [`Retention`].
//!
//! # Cost and limits
//!
//! A heartbeat with m metrics costs m raw inserts, m hourly and m daily read-modify-writes, one
//! coverage insert and one device read-modify-write, inside a sled transaction (which re-reads
//! what it read to validate, about 1.5–2× the cost of plain writes). Keys are series-major (time
//! last), which makes per-device reads cheap but spreads writes over the whole key space: ingest
//! slows as devices and history grow (measured on 2 shared cores: about 2,100 heartbeats/s of 10
//! metrics at 2,000 devices × 2 days, 1,700/s at 1,000 × 7 days; without the transaction 1.7×
//! more, still 1,200/s at 10,000 × 3 days — short of the 2,800/s at a million devices).
//! Aggregates and health scan every device of the project (split over the cores); search never
//! touches sled.
//!
//! # Rejected input
//!
//! A heartbeat or reboot is refused, nothing of it stored, when: its time is before 2000-01-01
//! (`timestamp_before_2000`) or more than a day after `now_ms` (`timestamp_in_future`); a
//! metric value is NaN or infinite (`non_finite_value`); a serial, metric id or attribute is
//! empty or longer than 255 bytes (`bad_name`); the duration exceeds a day
//! (`duration_too_long`); a metric appears twice (`duplicate_metric`); a metric's kind differs
//! from the kind it was first seen with in the project (`kind_mismatch`).

mod index;
mod keys;
pub mod query;
mod retention;
mod stats;

use std::collections::{BTreeMap, HashMap};
use std::sync::{Mutex, RwLock};

use serde::{Deserialize, Serialize};
use sled::Transactional;
use sled::transaction::{ConflictableTransactionError, TransactionError, TransactionalTree};

pub use index::{DeviceIndex, DeviceState, DeviceSummary, LatestValue, Page};
pub use query::{Query, QueryError};
pub use retention::{Compacted, Retention};
pub use stats::{AdoptionBucket, Comparison, Group, GroupBy, HealthGroup, MAX_BUCKETS};

use keys::{Rollup, device_key, floor_hour, series_key, with_time};

/// 2000-01-01T00:00:00Z in ms.
pub const MIN_TIMESTAMP_MS: u64 = 946_684_800_000;
/// How far ahead of `now_ms` a timestamp may be.
pub const MAX_FUTURE_MS: u64 = 86_400_000;
/// The longest period one heartbeat may cover.
pub const MAX_DURATION_S: u32 = 86_400;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MetricKind {
    Counter,
    Gauge,
    Timer,
}

/// Reported device attributes.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attributes {
    pub software_version: String,
    pub hardware_version: String,
    pub cohort: Option<String>,
    #[serde(default)]
    pub custom: BTreeMap<String, String>,
}

/// A heartbeat with named metrics: `(metric id, kind, value)`.
#[derive(Debug, Clone)]
pub struct Heartbeat<'a> {
    pub project: u32,
    pub serial: &'a str,
    pub at_ms: u64,
    pub duration_s: u32,
    pub attrs: Attributes,
    pub metrics: &'a [(&'a str, MetricKind, f64)],
}

/// A device reboot; crashes are unexpected reboots.
#[derive(Debug, Clone)]
pub struct Reboot<'a> {
    pub project: u32,
    pub serial: &'a str,
    pub at_ms: u64,
    pub unexpected: bool,
    pub software_version: &'a str,
}

/// Why an input was refused.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum Rejection {
    #[error("timestamp {at_ms} is before 2000-01-01")]
    TimestampBefore2000 { at_ms: u64 },
    #[error("timestamp {at_ms} is more than a day after now ({now_ms})")]
    TimestampInFuture { at_ms: u64, now_ms: u64 },
    #[error("metric {metric} has a non-finite value")]
    NonFiniteValue { metric: String },
    #[error("{what} is empty or longer than 255 bytes")]
    BadName { what: &'static str },
    #[error("duration {duration_s} s exceeds a day")]
    DurationTooLong { duration_s: u32 },
    #[error("metric {metric} appears twice")]
    DuplicateMetric { metric: String },
    #[error("metric {metric} is a {got:?} but was first seen as a {expected:?}")]
    KindMismatch {
        metric: String,
        expected: MetricKind,
        got: MetricKind,
    },
}

impl Rejection {
    /// The stable reason name to record.
    pub fn name(&self) -> &'static str {
        match self {
            Rejection::TimestampBefore2000 { .. } => "timestamp_before_2000",
            Rejection::TimestampInFuture { .. } => "timestamp_in_future",
            Rejection::NonFiniteValue { .. } => "non_finite_value",
            Rejection::BadName { .. } => "bad_name",
            Rejection::DurationTooLong { .. } => "duration_too_long",
            Rejection::DuplicateMetric { .. } => "duplicate_metric",
            Rejection::KindMismatch { .. } => "kind_mismatch",
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum FleetError {
    #[error("input rejected: {0}")]
    Rejected(#[from] Rejection),
    #[error("bad query: {0}")]
    Query(#[from] QueryError),
    #[error("storage: {0}")]
    Storage(#[from] sled::Error),
    #[error("the batch's transaction failed: {0}")]
    BatchFailed(String),
    #[error("bad argument: {0}")]
    BadArgument(&'static str),
    #[error("corrupt fleet record in tree {tree}")]
    Corrupt { tree: &'static str },
}

/// The fleet store and its search index.
pub struct Fleet {
    db: sled::Db,
    raw: sled::Tree,
    hourly: sled::Tree,
    daily: sled::Tree,
    beats: sled::Tree,
    reboots: sled::Tree,
    devices: sled::Tree,
    meta: sled::Tree,
    index: RwLock<DeviceIndex>,
    rejections: Mutex<BTreeMap<&'static str, u64>>,
}

const RAW_HORIZON: &[u8] = b"raw_horizon_ms";
const HOURLY_HORIZON: &[u8] = b"hourly_horizon_ms";

fn check_name(s: &str, what: &'static str) -> Result<(), Rejection> {
    if s.is_empty() || s.len() > 255 {
        Err(Rejection::BadName { what })
    } else {
        Ok(())
    }
}

fn check_time(at_ms: u64, now_ms: u64) -> Result<(), Rejection> {
    if at_ms < MIN_TIMESTAMP_MS {
        return Err(Rejection::TimestampBefore2000 { at_ms });
    }
    if at_ms > now_ms.saturating_add(MAX_FUTURE_MS) {
        return Err(Rejection::TimestampInFuture { at_ms, now_ms });
    }
    Ok(())
}

impl Fleet {
    /// Opens the `fleet_*` trees and rebuilds the search index from `fleet_devices`.
    pub fn open(db: &sled::Db) -> Result<Fleet, FleetError> {
        let fleet = Fleet {
            db: db.clone(),
            raw: db.open_tree("fleet_raw")?,
            hourly: db.open_tree("fleet_hourly")?,
            daily: db.open_tree("fleet_daily")?,
            beats: db.open_tree("fleet_beats")?,
            reboots: db.open_tree("fleet_reboots")?,
            devices: db.open_tree("fleet_devices")?,
            meta: db.open_tree("fleet_meta")?,
            index: RwLock::new(DeviceIndex::new()),
            rejections: Mutex::new(BTreeMap::new()),
        };
        {
            let mut index = fleet.index_write();
            for item in fleet.devices.iter() {
                let (k, v) = item?;
                let corrupt = FleetError::Corrupt {
                    tree: "fleet_devices",
                };
                let project =
                    u32::from_be_bytes(k.get(..4).and_then(|b| b.try_into().ok()).ok_or(corrupt)?);
                let serial = k.get(5..).and_then(|b| std::str::from_utf8(b).ok()).ok_or(
                    FleetError::Corrupt {
                        tree: "fleet_devices",
                    },
                )?;
                let state: DeviceState = keys::decode_device(&v).ok_or(FleetError::Corrupt {
                    tree: "fleet_devices",
                })?;
                index.upsert(project, serial, &state);
            }
            index.prepare();
        }
        Ok(fleet)
    }

    fn index_read(&self) -> std::sync::RwLockReadGuard<'_, DeviceIndex> {
        self.index.read().unwrap_or_else(|e| e.into_inner())
    }

    fn index_write(&self) -> std::sync::RwLockWriteGuard<'_, DeviceIndex> {
        self.index.write().unwrap_or_else(|e| e.into_inner())
    }

    fn reject<T>(&self, r: Rejection) -> Result<T, FleetError> {
        *self
            .rejections
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .entry(r.name())
            .or_default() += 1;
        Err(FleetError::Rejected(r))
    }

    /// Refused inputs since open, per reason name.
    pub fn rejections(&self) -> BTreeMap<&'static str, u64> {
        self.rejections
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    /// `batch_kinds`: kinds introduced by earlier heartbeats of the same batch (not yet indexed).
    fn validate(
        &self,
        hb: &Heartbeat<'_>,
        now_ms: u64,
        batch_kinds: &mut HashMap<(u32, String), MetricKind>,
    ) -> Result<(), Rejection> {
        check_time(hb.at_ms, now_ms)?;
        check_name(hb.serial, "serial")?;
        check_name(&hb.attrs.software_version, "software_version")?;
        check_name(&hb.attrs.hardware_version, "hardware_version")?;
        if let Some(c) = &hb.attrs.cohort {
            check_name(c, "cohort")?;
        }
        for (k, v) in &hb.attrs.custom {
            check_name(k, "custom attribute key")?;
            check_name(v, "custom attribute value")?;
        }
        if hb.duration_s > MAX_DURATION_S {
            return Err(Rejection::DurationTooLong {
                duration_s: hb.duration_s,
            });
        }
        let index = self.index_read();
        for (i, (metric, kind, value)) in hb.metrics.iter().enumerate() {
            check_name(metric, "metric id")?;
            if !value.is_finite() {
                return Err(Rejection::NonFiniteValue {
                    metric: metric.to_string(),
                });
            }
            if hb.metrics[..i].iter().any(|(m, _, _)| m == metric) {
                return Err(Rejection::DuplicateMetric {
                    metric: metric.to_string(),
                });
            }
            let known = index
                .metric_kind(hb.project, metric)
                .or_else(|| batch_kinds.get(&(hb.project, metric.to_string())).copied());
            if let Some(expected) = known
                && expected != *kind
            {
                return Err(Rejection::KindMismatch {
                    metric: metric.to_string(),
                    expected,
                    got: *kind,
                });
            }
        }
        for (metric, kind, _) in hb.metrics {
            if index.metric_kind(hb.project, metric).is_none() {
                batch_kinds.insert((hb.project, metric.to_string()), *kind);
            }
        }
        Ok(())
    }

    /// Stores a heartbeat: raw points, hourly and daily rollups, the heartbeat's coverage, the
    /// device record and the search index, in one transaction. Refused input stores nothing.
    pub fn record_heartbeat(&self, hb: &Heartbeat<'_>, now_ms: u64) -> Result<(), FleetError> {
        self.record_heartbeats(std::slice::from_ref(hb), now_ms)
            .pop()
            .unwrap_or(Ok(()))
    }

    /// Stores a batch of heartbeats (e.g. those of one pipeline commit) in one transaction: one
    /// result per heartbeat, in order. Refused heartbeats store nothing and do not affect the
    /// others; a storage error fails every accepted heartbeat of the batch (nothing is stored).
    pub fn record_heartbeats(
        &self,
        hbs: &[Heartbeat<'_>],
        now_ms: u64,
    ) -> Vec<Result<(), FleetError>> {
        let mut batch_kinds = HashMap::new();
        let mut results: Vec<Result<(), FleetError>> = Vec::with_capacity(hbs.len());
        let mut accepted = Vec::with_capacity(hbs.len());
        for hb in hbs {
            match self.validate(hb, now_ms, &mut batch_kinds) {
                Ok(()) => {
                    accepted.push(hb);
                    results.push(Ok(()));
                }
                Err(r) => results.push(self.reject(r)),
            }
        }
        if accepted.is_empty() {
            return results;
        }
        let prepared: Vec<Prepared<'_, '_>> = accepted.iter().map(|hb| Prepared::new(hb)).collect();
        let stored = (
            &self.raw,
            &self.hourly,
            &self.daily,
            &self.beats,
            &self.devices,
        )
            .transaction(|trees| {
                let mut states = Vec::with_capacity(prepared.len());
                for p in &prepared {
                    states.push(write_heartbeat(trees, p)?);
                }
                Ok(states)
            })
            .map_err(|e| match e {
                TransactionError::Abort(e) => e,
                TransactionError::Storage(e) => FleetError::Storage(e),
            });
        match stored {
            Ok(states) => {
                let mut index = self.index_write();
                for (p, state) in prepared.iter().zip(&states) {
                    index.upsert(p.hb.project, p.hb.serial, state);
                }
            }
            Err(e) => {
                let msg = e.to_string();
                let mut first = Some(e);
                for r in results.iter_mut().filter(|r| r.is_ok()) {
                    *r = Err(first.take().unwrap_or(FleetError::BatchFailed(msg.clone())));
                }
            }
        }
        results
    }

    /// Stores a reboot (unexpected = crash). Reboots do not create or change device records.
    pub fn record_reboot(&self, rb: &Reboot<'_>, now_ms: u64) -> Result<(), FleetError> {
        let checked = check_time(rb.at_ms, now_ms)
            .and_then(|_| check_name(rb.serial, "serial"))
            .and_then(|_| check_name(rb.software_version, "software_version"));
        if let Err(r) = checked {
            return self.reject(r);
        }
        let mut v = vec![rb.unexpected as u8];
        v.push(rb.software_version.len() as u8);
        v.extend_from_slice(rb.software_version.as_bytes());
        self.reboots
            .insert(with_time(device_key(rb.project, rb.serial), rb.at_ms), v)?;
        Ok(())
    }

    /// Devices matching a query (see [`query`]), ordered by serial: the total and one page.
    pub fn search(
        &self,
        project: u32,
        query: &str,
        now_ms: u64,
        page: &Page,
    ) -> Result<(u64, Vec<DeviceSummary>), FleetError> {
        let q = query::parse(query)?;
        Ok(self.search_parsed(project, &q, now_ms, page))
    }

    /// [`Fleet::search`] with an already parsed query.
    pub fn search_parsed(
        &self,
        project: u32,
        query: &Query,
        now_ms: u64,
        page: &Page,
    ) -> (u64, Vec<DeviceSummary>) {
        if self.index_read().needs_prepare() {
            self.index_write().prepare();
        }
        self.index_read().search(project, query, now_ms, page)
    }

    /// One device's attributes and latest metric values.
    pub fn device(&self, project: u32, serial: &str) -> Option<DeviceSummary> {
        self.index_read().device(project, serial)
    }

    /// The raw points kept before this time were dropped by retention (0: none dropped).
    pub fn raw_horizon_ms(&self) -> Result<u64, FleetError> {
        Ok(self
            .meta
            .get(RAW_HORIZON)?
            .and_then(|v| v.as_ref().try_into().ok().map(u64::from_le_bytes))
            .unwrap_or(0))
    }

    /// Rollups, coverage and reboots before this time were dropped by retention (0: none).
    pub fn hourly_horizon_ms(&self) -> Result<u64, FleetError> {
        Ok(self
            .meta
            .get(HOURLY_HORIZON)?
            .and_then(|v| v.as_ref().try_into().ok().map(u64::from_le_bytes))
            .unwrap_or(0))
    }

    /// Bytes of keys and values in the `fleet_*` trees (what [`Retention::max_disk_bytes`] caps).
    pub fn stored_bytes(&self) -> Result<u64, FleetError> {
        let mut total = 0u64;
        for tree in [
            &self.raw,
            &self.hourly,
            &self.daily,
            &self.beats,
            &self.reboots,
            &self.devices,
            &self.meta,
        ] {
            for item in tree.iter() {
                let (k, v) = item?;
                total += (k.len() + v.len()) as u64;
            }
        }
        Ok(total)
    }

    /// The sled database (to flush after a batch).
    pub fn db(&self) -> &sled::Db {
        &self.db
    }
}

/// The per-heartbeat values computed outside the transaction.
struct Prepared<'h, 'a> {
    hb: &'h Heartbeat<'a>,
    attrs: Vec<u8>,
    beat: Vec<u8>,
    dkey: Vec<u8>,
    hour: u64,
    day: u64,
}

impl<'h, 'a> Prepared<'h, 'a> {
    fn new(hb: &'h Heartbeat<'a>) -> Self {
        let mut attrs = Vec::with_capacity(48);
        keys::put_attrs(
            &mut attrs,
            &hb.attrs.software_version,
            &hb.attrs.hardware_version,
            hb.attrs.cohort.as_deref(),
        );
        let mut beat = Vec::with_capacity(4 + attrs.len());
        beat.extend_from_slice(&hb.duration_s.to_le_bytes());
        beat.extend_from_slice(&attrs);
        Prepared {
            hb,
            attrs,
            beat,
            dkey: device_key(hb.project, hb.serial),
            hour: floor_hour(hb.at_ms),
            day: keys::floor_day(hb.at_ms),
        }
    }
}

type Trees = TransactionalTree;

/// Writes one heartbeat inside the batch's transaction; a point already stored at the same
/// (device, metric, time) is a replay and leaves the rollups alone.
fn write_heartbeat(
    (raw, hourly, daily, beats, devices): &(Trees, Trees, Trees, Trees, Trees),
    p: &Prepared<'_, '_>,
) -> Result<DeviceState, ConflictableTransactionError<FleetError>> {
    let corrupt = |tree| ConflictableTransactionError::Abort(FleetError::Corrupt { tree });
    let (hb, attrs, hour, day, dkey) = (p.hb, &p.attrs, p.hour, p.day, &p.dkey);
    let beat = &p.beat;
    for (metric, _, value) in hb.metrics {
        let series = series_key(hb.project, hb.serial, metric);
        let old = raw.insert(with_time(series.clone(), hb.at_ms), &value.to_le_bytes())?;
        if old.is_some() {
            continue; // a replay: the rollups already have this point
        }
        let hkey = with_time(series.clone(), hour);
        let new = match hourly.get(&hkey)? {
            None => keys::encode_rollup(&Rollup::first(*value, hb.at_ms), attrs),
            Some(buf) => {
                let (mut r, _) =
                    keys::decode_rollup(&buf).ok_or_else(|| corrupt("fleet_hourly"))?;
                if r.add(*value, hb.at_ms) {
                    keys::encode_rollup(&r, attrs)
                } else {
                    let mut out = keys::encode_rollup(&r, &[]);
                    out.extend_from_slice(&buf[keys::ROLLUP_FIXED..]);
                    out
                }
            }
        };
        hourly.insert(hkey, new)?;
        let day_key = with_time(series, day);
        let new = match daily.get(&day_key)? {
            None => keys::encode_daily(&Rollup::first(*value, hb.at_ms), false, attrs),
            Some(buf) => {
                let (mut r, mixed, _, day_attrs) =
                    keys::decode_daily(&buf).ok_or_else(|| corrupt("fleet_daily"))?;
                r.add(*value, hb.at_ms);
                keys::encode_daily(&r, mixed || day_attrs != attrs.as_slice(), day_attrs)
            }
        };
        daily.insert(day_key, new)?;
    }
    beats.insert(with_time(dkey.clone(), hb.at_ms), beat.as_slice())?;
    let mut state = match devices.get(dkey)? {
        None => DeviceState {
            attrs: hb.attrs.clone(),
            first_seen_ms: hb.at_ms,
            last_seen_ms: hb.at_ms,
            metrics: BTreeMap::new(),
        },
        Some(buf) => {
            let mut s = keys::decode_device(&buf).ok_or_else(|| corrupt("fleet_devices"))?;
            s.first_seen_ms = s.first_seen_ms.min(hb.at_ms);
            if hb.at_ms >= s.last_seen_ms {
                s.last_seen_ms = hb.at_ms;
                s.attrs = hb.attrs.clone();
            }
            s
        }
    };
    for (metric, kind, value) in hb.metrics {
        if state
            .metrics
            .get(*metric)
            .is_none_or(|l| hb.at_ms >= l.at_ms)
        {
            state.metrics.insert(
                metric.to_string(),
                LatestValue {
                    kind: *kind,
                    value: *value,
                    at_ms: hb.at_ms,
                },
            );
        }
    }
    devices.insert(dkey.as_slice(), keys::encode_device(&state))?;
    Ok(state)
}
