//! Fleet monitoring: per-device metric time series, hourly rollups, retention, device
//! attributes, fleet aggregates by release, crash-free hours and device search.
//!
//! Inputs are heartbeats whose metrics are already named (ids from the build's metric schema)
//! and reboots. [`Fleet`] stores them in one sled tree, `fleet`, of a [`sled::Db`] it is given
//! (plus `fleet_meta` for the format and retention horizons) and keeps an in-memory
//! [`DeviceIndex`] of device attributes for search.
//!
//! # Calling it
//!
//! - From the pipeline, after its commit: [`Fleet::record_heartbeats`] with the commit's
//!   heartbeats (or [`Fleet::record_heartbeat`] for one) and [`Fleet::record_reboot`], with the
//!   current time. A refused input gets [`FleetError::Rejected`] with a stable reason name
//!   ([`Rejection::name`]) to record as its outcome; the counts per reason are also kept
//!   ([`Fleet::rejections`]). A batch is stored in one atomic `sled::Batch` (every record of
//!   its accepted heartbeats, or nothing). A heartbeat of a device at a time already stored is
//!   a replay and changes nothing, so replaying heartbeats after a crash (the pipeline's commit
//!   and this one are separate) counts each once (times are the identity). Reboots are keyed by
//!   time, so replaying them is harmless too. Writes are not flushed: the caller flushes the
//!   `Db` (or relies on sled's periodic flush: the pipeline replays what was lost).
//! - From axum handlers: `Fleet` is `Send + Sync`; share it in an `Arc`. Every read method takes
//!   `&self` and plain values and returns serde-serialisable results. Reads scan sled and may
//!   take milliseconds to seconds: run them under `tokio::task::spawn_blocking`.
//! - Periodically: [`Fleet::compact`] with a [`Retention`].
//!
//! # Key layout (format 2)
//!
//! Every key starts with a record kind byte. `serial` is one length byte and the bytes (≤ 255,
//! checked); times are u64 big-endian ms since the epoch. Time-keyed records put the time
//! (hour or day) before the serial: ingest writes into the current hour's key range instead of
//! all over the tree, fleet-wide reads scan contiguous ranges, and retention deletes ranges.
//! Per-device history is read from the pipeline's stored events, not from here.
//!
//! | kind | key | value |
//! |---|---|---|
//! | `0x01` device | project u32 · serial | [`DeviceState`]: version 1, first/last seen, attributes, latest value per metric |
//! | `0x02` metric | project · name | number u16, kind u8: rows carry metric numbers, not names |
//! | `0x03` account | tier kind · hour | u64: bytes of that tier's records of that hour (what retention reads) |
//! | `0x10` beat | project · hour · serial · at_ms | duration_s u32, group attributes |
//! | `0x11` raw points | project · hour · serial · at_ms | n u16, (metric u16, value f64)… |
//! | `0x12` hourly | project · hour · serial | attributes' time u64, group attributes, n u16, (metric u16, count u32, sum, min, max f64)… |
//! | `0x13` daily | project · day · serial | mixed u8, group attributes, n u16, (metric u16, count u32, sum f64)… |
//! | `0x14` reboot | project · hour · serial · at_ms | unexpected u8, software version |
//!
//! Group attributes = software version, hardware version, optional cohort: of the hour's latest
//! heartbeat (hourly), of the day's first stored heartbeat with `mixed` set when a later one
//! differed (daily), of the heartbeat itself (beats).
//!
//! # Definitions
//!
//! - **Heartbeat coverage**: a heartbeat at `at_ms` with `duration_s` covers
//!   `[at_ms − duration_s·1000, at_ms)`. Heartbeats of a device are assumed not to overlap.
//! - **Hours** are UTC hours `[k·3600000, (k+1)·3600000)`.
//! - **Attribution** (what group a value belongs to): in aggregates, a point belongs to the group
//!   attributes of the latest heartbeat (by `at_ms`) of that device in the same hour — so a
//!   device upgraded mid-range counts in both releases, each with its own points, at hour
//!   granularity; in crash-free hours and adoption, a heartbeat's coverage belongs to that
//!   heartbeat's own attributes.
//! - **Aggregate** ([`Fleet::aggregate`]) of a metric over `[from_ms, to_ms)`: per device and
//!   group, the device's value is the mean of its points (gauges) or their sum (counters, timers).
//!   Whole UTC days are read from the daily rollups (from the day's hourly rollups when its
//!   heartbeats came with different group attributes, `mixed`), whole hours from the hourly
//!   rollups, partial hours at the range's edges from the raw points (from the whole hour's
//!   rollup when raw points of that hour were dropped by retention). Per group: `devices` =
//!   number of device values, `mean` = their mean, `min`/`max`,
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
//! A heartbeat costs four inserts (beat, raw points, hourly and daily rows; the rows are
//! read-modify-writes) plus the device record, in one atomic batch with the batch's byte
//! accounts; no transaction (writers are serialised by a lock instead). Measured on 2 shared
//! cores (`cargo bench -p faultline-fleet`): about 15,000 heartbeats/s of 10 metrics in batches
//! of 500, 7,000/s one per call (format 1, a transaction over about 30 keys per heartbeat, did
//! 2,200/s). Aggregates read the daily rows of whole days, the hourly rows of whole hours and the
//! raw points of the edges, for every device of the project at once; crash-free hours and
//! adoption read the beats of the range (crash-free hours a day more, for coverage reaching
//! back). Search never touches sled.
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

pub use index::{DeviceIndex, DeviceState, DeviceSummary, LatestValue, Page};
pub use query::{Query, QueryError};
pub use retention::{Compacted, Retention};
pub use stats::{AdoptionBucket, Comparison, Group, GroupBy, HealthGroup, MAX_BUCKETS};

use keys::floor_hour;

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
    #[error("the batch's write failed: {0}")]
    BatchFailed(String),
    #[error("bad argument: {0}")]
    BadArgument(&'static str),
    #[error("corrupt fleet record ({tree})")]
    Corrupt { tree: &'static str },
    #[error("the fleet database has format {found}, this version reads {expected}: rebuild it")]
    Format { found: u32, expected: u32 },
    #[error("project {project} has more than 65,535 metrics")]
    TooManyMetrics { project: u32 },
}

/// The fleet store and its search index.
pub struct Fleet {
    db: sled::Db,
    tree: sled::Tree,
    meta: sled::Tree,
    index: RwLock<DeviceIndex>,
    metrics: RwLock<MetricIds>,
    /// Serialises writers: ingest reads what it is about to rewrite, outside any transaction.
    writer: Mutex<()>,
    rejections: Mutex<BTreeMap<&'static str, u64>>,
}

const RAW_HORIZON: &[u8] = b"raw_horizon_ms";
const HOURLY_HORIZON: &[u8] = b"hourly_horizon_ms";
const FORMAT_KEY: &[u8] = b"format";
/// Version of the layout in the crate doc. 2: one time-keyed tree (1 was a tree per tier).
pub const FORMAT: u32 = 2;

/// Metric numbers assigned by a batch: (project, name, number, kind).
type NewIds = Vec<(u32, String, u16, MetricKind)>;

/// Metric numbers per project (`METRIC` records), so rows carry 2 bytes per metric.
#[derive(Default)]
struct MetricIds {
    by_name: HashMap<(u32, String), (u16, MetricKind)>,
    count: HashMap<u32, u16>,
}

impl MetricIds {
    fn get(&self, project: u32, name: &str) -> Option<(u16, MetricKind)> {
        self.by_name.get(&(project, name.to_string())).copied()
    }
}

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

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// The writes of one batch: reads see earlier writes of the batch; everything is applied as
/// one atomic `sled::Batch`, with the byte accounting of every (tier, hour) it touched.
struct Writes<'t> {
    tree: &'t sled::Tree,
    overlay: HashMap<Vec<u8>, Vec<u8>>,
    batch: sled::Batch,
    sizes: HashMap<[u8; 10], i64>,
}

impl<'t> Writes<'t> {
    fn new(tree: &'t sled::Tree) -> Self {
        Writes {
            tree,
            overlay: HashMap::new(),
            batch: sled::Batch::default(),
            sizes: HashMap::new(),
        }
    }

    fn get(&self, key: &[u8]) -> Result<Option<Vec<u8>>, FleetError> {
        if let Some(v) = self.overlay.get(key) {
            return Ok(Some(v.clone()));
        }
        Ok(self.tree.get(key)?.map(|v| v.to_vec()))
    }

    /// Writes `value`, replacing a value of `old_len` bytes, counted under `size`.
    fn put(&mut self, key: Vec<u8>, value: Vec<u8>, old_len: Option<usize>, size: [u8; 10]) {
        let new = (key.len() + value.len()) as i64;
        let old = old_len.map_or(0, |n| (key.len() + n) as i64);
        *self.sizes.entry(size).or_default() += new - old;
        self.batch.insert(key.as_slice(), value.as_slice());
        self.overlay.insert(key, value);
    }

    fn apply(mut self) -> Result<(), FleetError> {
        for (key, delta) in std::mem::take(&mut self.sizes) {
            let old = self
                .tree
                .get(key)?
                .and_then(|v| v.as_ref().try_into().ok().map(u64::from_le_bytes))
                .unwrap_or(0);
            let new = (old as i64 + delta).max(0) as u64;
            self.batch.insert(&key, &new.to_le_bytes());
        }
        self.tree.apply_batch(self.batch)?;
        Ok(())
    }
}

impl Fleet {
    /// Opens the `fleet` and `fleet_meta` trees and rebuilds the search index from the device
    /// records. A database of another format is refused ([`FleetError::Format`]): it is derived
    /// data, to be deleted and rebuilt.
    pub fn open(db: &sled::Db) -> Result<Fleet, FleetError> {
        let meta = db.open_tree("fleet_meta")?;
        let found = match meta.get(FORMAT_KEY)? {
            Some(v) => Some(
                v.as_ref()
                    .try_into()
                    .map(u32::from_le_bytes)
                    .map_err(|_| FleetError::Corrupt { tree: "fleet_meta" })?,
            ),
            // Format 1 had no format key but a tree per tier.
            None if db.tree_names().iter().any(|n| n.as_ref() == b"fleet_raw") => Some(1),
            None => None,
        };
        match found {
            Some(FORMAT) => {}
            Some(found) => {
                return Err(FleetError::Format {
                    found,
                    expected: FORMAT,
                });
            }
            None => {
                meta.insert(FORMAT_KEY, &FORMAT.to_le_bytes())?;
            }
        }
        let fleet = Fleet {
            db: db.clone(),
            tree: db.open_tree("fleet")?,
            meta,
            index: RwLock::new(DeviceIndex::new()),
            metrics: RwLock::new(MetricIds::default()),
            writer: Mutex::new(()),
            rejections: Mutex::new(BTreeMap::new()),
        };
        {
            let mut ids = fleet.metrics_write();
            for item in fleet.tree.scan_prefix([keys::METRIC]) {
                let (k, v) = item?;
                let corrupt = || FleetError::Corrupt { tree: "metric ids" };
                let project = u32::from_be_bytes(
                    k.get(1..5)
                        .and_then(|b| b.try_into().ok())
                        .ok_or_else(corrupt)?,
                );
                let name = std::str::from_utf8(&k[5..]).map_err(|_| corrupt())?;
                let mut r = keys::Reader::new(&v);
                let n = r.u16().ok_or_else(corrupt)?;
                let kind = r.u8().and_then(keys::kind_of).ok_or_else(corrupt)?;
                ids.by_name.insert((project, name.to_string()), (n, kind));
                let c = ids.count.entry(project).or_default();
                *c = (*c).max(n + 1);
            }
        }
        {
            let mut index = fleet.index_write();
            for item in fleet.tree.scan_prefix([keys::DEVICE]) {
                let (k, v) = item?;
                let corrupt = || FleetError::Corrupt { tree: "devices" };
                let project = u32::from_be_bytes(
                    k.get(1..5)
                        .and_then(|b| b.try_into().ok())
                        .ok_or_else(corrupt)?,
                );
                let serial = k
                    .get(6..)
                    .and_then(|b| std::str::from_utf8(b).ok())
                    .ok_or_else(corrupt)?;
                let state: DeviceState = keys::decode_device(&v).ok_or_else(corrupt)?;
                index.upsert(project, serial, &state);
            }
            index.prepare();
        }
        Ok(fleet)
    }

    /// Forget everything (for a reprocess of the raw log while the server runs): rows, device
    /// records, metric numbers, retention horizons and the in-memory index.
    pub fn clear(&self) -> Result<(), FleetError> {
        let _w = self.writer.lock().unwrap_or_else(|e| e.into_inner());
        self.tree.clear()?;
        self.meta.remove(RAW_HORIZON)?;
        self.meta.remove(HOURLY_HORIZON)?;
        *self.index_write() = DeviceIndex::new();
        self.index_write().prepare();
        *self.metrics.write().unwrap_or_else(|e| e.into_inner()) = MetricIds::default();
        self.rejections
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clear();
        self.db.flush()?;
        Ok(())
    }

    fn index_read(&self) -> std::sync::RwLockReadGuard<'_, DeviceIndex> {
        self.index.read().unwrap_or_else(|e| e.into_inner())
    }

    fn index_write(&self) -> std::sync::RwLockWriteGuard<'_, DeviceIndex> {
        self.index.write().unwrap_or_else(|e| e.into_inner())
    }

    fn metrics_read(&self) -> std::sync::RwLockReadGuard<'_, MetricIds> {
        self.metrics.read().unwrap_or_else(|e| e.into_inner())
    }

    fn metrics_write(&self) -> std::sync::RwLockWriteGuard<'_, MetricIds> {
        self.metrics.write().unwrap_or_else(|e| e.into_inner())
    }

    /// The number and kind of a project's metric.
    pub(crate) fn metric_id(&self, project: u32, metric: &str) -> Option<(u16, MetricKind)> {
        self.metrics_read().get(project, metric)
    }

    fn reject<T>(&self, r: Rejection) -> Result<T, FleetError> {
        *lock(&self.rejections).entry(r.name()).or_default() += 1;
        Err(FleetError::Rejected(r))
    }

    /// Refused inputs since open, per reason name.
    pub fn rejections(&self) -> BTreeMap<&'static str, u64> {
        lock(&self.rejections).clone()
    }

    /// `batch_kinds`: kinds introduced by earlier heartbeats of the same batch (not yet stored).
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
        let ids = self.metrics_read();
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
            let known = ids
                .get(hb.project, metric)
                .map(|(_, k)| k)
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
            if ids.get(hb.project, metric).is_none() {
                batch_kinds.insert((hb.project, metric.to_string()), *kind);
            }
        }
        Ok(())
    }

    /// Stores a heartbeat: its coverage, raw points, hourly and daily rollups and the device
    /// record, atomically. Refused input stores nothing.
    pub fn record_heartbeat(&self, hb: &Heartbeat<'_>, now_ms: u64) -> Result<(), FleetError> {
        self.record_heartbeats(std::slice::from_ref(hb), now_ms)
            .pop()
            .unwrap_or(Ok(()))
    }

    /// Stores a batch of heartbeats (e.g. those of one pipeline commit) in one atomic write: one
    /// result per heartbeat, in order. Refused heartbeats store nothing and do not affect the
    /// others; a storage error fails every accepted heartbeat of the batch (nothing is stored).
    pub fn record_heartbeats(
        &self,
        hbs: &[Heartbeat<'_>],
        now_ms: u64,
    ) -> Vec<Result<(), FleetError>> {
        let _writer = lock(&self.writer);
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
        match self.write_heartbeats(&accepted) {
            Ok((states, new_ids)) => {
                let mut ids = self.metrics_write();
                for (project, name, id, kind) in new_ids {
                    ids.by_name.insert((project, name), (id, kind));
                    let c = ids.count.entry(project).or_default();
                    *c = (*c).max(id + 1);
                }
                drop(ids);
                let mut index = self.index_write();
                for (hb, state) in accepted.iter().zip(&states) {
                    if let Some(state) = state {
                        index.upsert(hb.project, hb.serial, state);
                    }
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

    /// The writes of accepted heartbeats. Returns each one's new device state (`None` for a
    /// replay: a heartbeat of the same device and time is already stored and is not counted
    /// again) and the metric numbers it assigned.
    fn write_heartbeats(
        &self,
        hbs: &[&Heartbeat<'_>],
    ) -> Result<(Vec<Option<DeviceState>>, NewIds), FleetError> {
        let mut w = Writes::new(&self.tree);
        let mut new_ids: NewIds = Vec::new();
        let mut devices: HashMap<Vec<u8>, DeviceState> = HashMap::new();
        let mut states = Vec::with_capacity(hbs.len());
        let ids = self.metrics_read();
        for hb in hbs {
            let (project, at) = (hb.project, hb.at_ms);
            let hour = floor_hour(at);
            let beat_key = keys::event_key(keys::BEAT, project, at, hb.serial);
            if w.get(&beat_key)?.is_some() {
                states.push(None);
                continue;
            }
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
            w.put(beat_key, beat, None, keys::size_key(keys::BEAT, hour));

            let mut points = Vec::with_capacity(hb.metrics.len());
            for (name, kind, value) in hb.metrics {
                let id = match ids.get(project, name) {
                    Some((id, _)) => id,
                    None => match new_ids.iter().find(|n| n.0 == project && n.1 == *name) {
                        Some(n) => n.2,
                        None => {
                            let used = ids.count.get(&project).copied().unwrap_or(0) as usize
                                + new_ids.iter().filter(|n| n.0 == project).count();
                            let id = u16::try_from(used)
                                .map_err(|_| FleetError::TooManyMetrics { project })?;
                            let key = keys::metric_key(project, name);
                            w.put(
                                key,
                                vec![
                                    id.to_le_bytes()[0],
                                    id.to_le_bytes()[1],
                                    keys::kind_byte(*kind),
                                ],
                                None,
                                keys::size_key(keys::METRIC, 0),
                            );
                            new_ids.push((project, name.to_string(), id, *kind));
                            id
                        }
                    },
                };
                points.push((id, *value));
            }
            w.put(
                keys::event_key(keys::POINTS, project, at, hb.serial),
                keys::encode_points(&points),
                None,
                keys::size_key(keys::POINTS, hour),
            );

            let hkey = keys::slot_key(keys::HOURLY, project, hour, hb.serial);
            let old = w.get(&hkey)?;
            let mut row = match &old {
                None => keys::Row {
                    mark: at,
                    attrs: attrs.clone(),
                    cells: Vec::new(),
                },
                Some(buf) => {
                    let mut row = keys::Row::decode(buf, true).ok_or(FleetError::Corrupt {
                        tree: "hourly rollups",
                    })?;
                    if at >= row.mark {
                        row.mark = at;
                        row.attrs.clone_from(&attrs);
                    }
                    row
                }
            };
            for (id, v) in &points {
                row.add(*id, *v);
            }
            w.put(
                hkey,
                row.encode(true),
                old.as_ref().map(Vec::len),
                keys::size_key(keys::HOURLY, hour),
            );

            let day = keys::floor_day(at);
            let dkey = keys::slot_key(keys::DAILY, project, day, hb.serial);
            let old = w.get(&dkey)?;
            let mut row = match &old {
                None => keys::Row {
                    mark: 0,
                    attrs: attrs.clone(),
                    cells: Vec::new(),
                },
                Some(buf) => {
                    let mut row = keys::Row::decode(buf, false).ok_or(FleetError::Corrupt {
                        tree: "daily rollups",
                    })?;
                    if row.attrs != attrs {
                        row.mark = 1;
                    }
                    row
                }
            };
            for (id, v) in &points {
                row.add(*id, *v);
            }
            w.put(
                dkey,
                row.encode(false),
                old.as_ref().map(Vec::len),
                keys::size_key(keys::DAILY, day),
            );

            let key = keys::device_key(project, hb.serial);
            let (prev, old_len) = if let Some(s) = devices.remove(&key) {
                let len = w.overlay.get(&key).map(Vec::len);
                (Some(s), len)
            } else {
                match self.tree.get(&key)? {
                    Some(buf) => (
                        Some(
                            keys::decode_device(&buf)
                                .ok_or(FleetError::Corrupt { tree: "devices" })?,
                        ),
                        Some(buf.len()),
                    ),
                    None => (None, None),
                }
            };
            let state = update_device(prev, hb);
            w.put(
                key.clone(),
                keys::encode_device(&state),
                old_len,
                keys::size_key(keys::DEVICE, 0),
            );
            devices.insert(key, state.clone());
            states.push(Some(state));
        }
        drop(ids);
        w.apply()?;
        Ok((states, new_ids))
    }

    /// Stores a reboot (unexpected = crash). Reboots do not create or change device records.
    pub fn record_reboot(&self, rb: &Reboot<'_>, now_ms: u64) -> Result<(), FleetError> {
        let checked = check_time(rb.at_ms, now_ms)
            .and_then(|_| check_name(rb.serial, "serial"))
            .and_then(|_| check_name(rb.software_version, "software_version"));
        if let Err(r) = checked {
            return self.reject(r);
        }
        let _writer = lock(&self.writer);
        let mut v = vec![rb.unexpected as u8];
        keys::put_str(&mut v, rb.software_version);
        let key = keys::event_key(keys::REBOOT, rb.project, rb.at_ms, rb.serial);
        let mut w = Writes::new(&self.tree);
        let old = w.get(&key)?.map(|o| o.len());
        w.put(
            key,
            v,
            old,
            keys::size_key(keys::REBOOT, floor_hour(rb.at_ms)),
        );
        w.apply()
    }

    /// Applies attributes an operator assigned to a device now, without waiting for its next
    /// heartbeat (which carries them too): the cohort is replaced, the custom keys given are
    /// set (an empty value removes the key). Returns the device's new summary, `None` when the
    /// fleet has not seen the device yet.
    pub fn assign_attributes(
        &self,
        project: u32,
        serial: &str,
        cohort: Option<&str>,
        custom: &BTreeMap<String, String>,
    ) -> Result<Option<DeviceSummary>, FleetError> {
        let checked = check_name(serial, "serial").and_then(|_| {
            if let Some(c) = cohort {
                check_name(c, "cohort")?;
            }
            for (k, v) in custom {
                check_name(k, "custom attribute key")?;
                if !v.is_empty() {
                    check_name(v, "custom attribute value")?;
                }
            }
            Ok(())
        });
        if let Err(r) = checked {
            return self.reject(r);
        }
        let _writer = lock(&self.writer);
        let key = keys::device_key(project, serial);
        let Some(buf) = self.tree.get(&key)? else {
            return Ok(None);
        };
        let mut state = keys::decode_device(&buf).ok_or(FleetError::Corrupt { tree: "devices" })?;
        state.attrs.cohort = cohort.map(str::to_string);
        for (k, v) in custom {
            if v.is_empty() {
                state.attrs.custom.remove(k);
            } else {
                state.attrs.custom.insert(k.clone(), v.clone());
            }
        }
        let mut w = Writes::new(&self.tree);
        w.put(
            key,
            keys::encode_device(&state),
            Some(buf.len()),
            keys::size_key(keys::DEVICE, 0),
        );
        w.apply()?;
        let mut index = self.index_write();
        index.upsert(project, serial, &state);
        Ok(index.device(project, serial))
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

    fn meta_u64(&self, key: &[u8]) -> Result<u64, FleetError> {
        Ok(self
            .meta
            .get(key)?
            .and_then(|v| v.as_ref().try_into().ok().map(u64::from_le_bytes))
            .unwrap_or(0))
    }

    /// The raw points kept before this time were dropped by retention (0: none dropped).
    pub fn raw_horizon_ms(&self) -> Result<u64, FleetError> {
        self.meta_u64(RAW_HORIZON)
    }

    /// Rollups, coverage and reboots before this time were dropped by retention (0: none).
    pub fn hourly_horizon_ms(&self) -> Result<u64, FleetError> {
        self.meta_u64(HOURLY_HORIZON)
    }

    /// Bytes of keys and values of the fleet's records (what [`Retention::max_disk_bytes`]
    /// caps), counted by scanning every record. Retention reads the same figure from the
    /// per-hour accounts ingest keeps ([`Fleet::accounted_bytes`]).
    pub fn stored_bytes(&self) -> Result<u64, FleetError> {
        let mut total = 0u64;
        for item in self.tree.iter() {
            let (k, v) = item?;
            if k.first() != Some(&keys::SIZE) {
                total += (k.len() + v.len()) as u64;
            }
        }
        Ok(total)
    }

    /// [`Fleet::stored_bytes`] from the accounts kept at ingest: reads one record per tier and
    /// hour instead of every record.
    pub fn accounted_bytes(&self) -> Result<u64, FleetError> {
        let mut total = 0u64;
        for item in self.tree.scan_prefix([keys::SIZE]) {
            let (_, v) = item?;
            total += v
                .as_ref()
                .try_into()
                .map(u64::from_le_bytes)
                .map_err(|_| FleetError::Corrupt { tree: "accounts" })?;
        }
        Ok(total)
    }

    /// The sled database (to flush after a batch).
    pub fn db(&self) -> &sled::Db {
        &self.db
    }
}

/// The device record after a heartbeat.
fn update_device(state: Option<DeviceState>, hb: &Heartbeat<'_>) -> DeviceState {
    let mut state = match state {
        None => DeviceState {
            attrs: hb.attrs.clone(),
            first_seen_ms: hb.at_ms,
            last_seen_ms: hb.at_ms,
            metrics: BTreeMap::new(),
        },
        Some(mut s) => {
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
    state
}
