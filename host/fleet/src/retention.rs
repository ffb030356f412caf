//! Retention: age limits per tier and a cap on the bytes of the fleet's records.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::keys::{self, DAY_MS, HOUR_MS, floor_hour, time_prefix};
use crate::{Fleet, FleetError, HOURLY_HORIZON, RAW_HORIZON, lock};

/// What [`Fleet::compact`] keeps.
///
/// - Raw points older than `raw_days` are dropped; hourly rollups, heartbeat coverage records
///   and reboots older than `hourly_days` too, and daily rollups with their day's first hour
///   (ages in whole hours, counted back from `now_ms`; raw points never outlive their hour's
///   rollup). Device records and metric numbers are never dropped.
/// - Then, while the fleet's records hold more than `max_disk_bytes` (bytes of keys and values,
///   see [`Fleet::stored_bytes`]; sled's files shrink later, when it reclaims segments), the
///   oldest hours go first: raw points first (the rollups summarise them), then rollups, coverage
///   and reboots. If the device records alone exceed the cap, `over_cap` says so.
/// - Sizes come from the per-(tier, hour) accounts kept at ingest and records are keyed by time,
///   so a compaction reads one account per hour and deletes key ranges: it never scans what it
///   keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Retention {
    pub raw_days: u32,
    pub hourly_days: u32,
    pub max_disk_bytes: u64,
}

/// What one compaction dropped.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Compacted {
    /// Raw point records dropped (one per heartbeat, all its metrics).
    pub raw_points: u64,
    /// Hourly rollup records dropped (one per device-hour, all its metrics).
    pub rollups: u64,
    pub beats: u64,
    pub reboots: u64,
    /// Raw points before this hour are gone (the new raw horizon).
    pub raw_cutoff_ms: u64,
    /// Rollups (daily ones starting before it too), coverage and reboots before this hour are gone.
    pub hourly_cutoff_ms: u64,
    pub bytes_before: u64,
    pub bytes_after: u64,
    pub over_cap: bool,
}

/// The smallest hour-aligned cutoff ≥ `cut` dropping hours of `hist` until `excess` bytes go.
/// Returns the cutoff and the bytes it drops.
fn cutoff(hist: &BTreeMap<u64, u64>, cut: u64, excess: u64) -> (u64, u64) {
    let mut dropped: u64 = hist.range(..cut).map(|(_, b)| b).sum();
    let mut cut = cut;
    for (&hour, &bytes) in hist.range(cut..) {
        if dropped >= excess {
            break;
        }
        dropped += bytes;
        cut = hour + HOUR_MS;
    }
    (cut, dropped)
}

impl Fleet {
    /// Deletes the records of tier `tag` keyed before `cut`, in every project, and their
    /// accounts. Returns how many records went.
    fn drop_before(&self, tag: u8, cut: u64) -> Result<u64, FleetError> {
        let mut n = 0;
        let mut start = vec![tag];
        loop {
            let Some(first) = self.tree.range(start.as_slice()..).next() else {
                break;
            };
            let (k, _) = first?;
            if k.first() != Some(&tag) {
                break;
            }
            let project = u32::from_be_bytes(k.get(1..5).and_then(|b| b.try_into().ok()).ok_or(
                FleetError::Corrupt {
                    tree: keys::tier_name(tag),
                },
            )?);
            let range = time_prefix(tag, project, 0)..time_prefix(tag, project, cut);
            loop {
                // In slices, so that ingest waits for one slice at most.
                let _writer = lock(&self.writer);
                let mut batch = sled::Batch::default();
                let mut pending = 0;
                for item in self.tree.range(range.clone()).take(10_000) {
                    let (k, _) = item?;
                    batch.remove(k);
                    pending += 1;
                }
                self.tree.apply_batch(batch)?;
                n += pending;
                if pending < 10_000 {
                    break;
                }
            }
            match project.checked_add(1) {
                Some(next) => {
                    start = vec![tag];
                    start.extend_from_slice(&next.to_be_bytes());
                }
                None => break,
            }
        }
        let _writer = lock(&self.writer);
        let mut batch = sled::Batch::default();
        for item in self
            .tree
            .range(keys::size_key(tag, 0)..keys::size_key(tag, cut))
        {
            let (k, _) = item?;
            batch.remove(k);
        }
        self.tree.apply_batch(batch)?;
        Ok(n)
    }

    /// Applies a [`Retention`] at `now_ms` and reports what was dropped.
    pub fn compact(&self, now_ms: u64, retention: &Retention) -> Result<Compacted, FleetError> {
        let hourly_age = floor_hour(now_ms.saturating_sub(retention.hourly_days as u64 * DAY_MS));
        let raw_age =
            floor_hour(now_ms.saturating_sub(retention.raw_days as u64 * DAY_MS)).max(hourly_age);

        let mut raw_hist = BTreeMap::new();
        let mut tier_hist = BTreeMap::new();
        let mut fixed = 0;
        for item in self.tree.scan_prefix([keys::SIZE]) {
            let (k, v) = item?;
            let corrupt = || FleetError::Corrupt { tree: "accounts" };
            let tag = *k.get(1).ok_or_else(corrupt)?;
            let hour = u64::from_be_bytes(
                k.get(2..10)
                    .and_then(|b| b.try_into().ok())
                    .ok_or_else(corrupt)?,
            );
            let bytes = u64::from_le_bytes(v.as_ref().try_into().map_err(|_| corrupt())?);
            match tag {
                keys::POINTS => *raw_hist.entry(hour).or_default() += bytes,
                keys::BEAT | keys::HOURLY | keys::DAILY | keys::REBOOT => {
                    *tier_hist.entry(hour).or_default() += bytes
                }
                _ => fixed += bytes,
            }
        }
        let raw_bytes: u64 = raw_hist.values().sum();
        let tier_bytes: u64 = tier_hist.values().sum();
        let bytes_before = raw_bytes + tier_bytes + fixed;
        let cap = retention.max_disk_bytes;

        let (hourly_cut0, tier_dropped0) = cutoff(&tier_hist, hourly_age, 0);
        let (raw_cut0, raw_dropped0) = cutoff(&raw_hist, raw_age, 0);
        let after_age = bytes_before - tier_dropped0 - raw_dropped0;
        let (mut raw_cut, mut hourly_cut) = (raw_cut0, hourly_cut0);
        let mut over_cap = false;
        if after_age > cap {
            let excess = after_age - cap;
            let (cut, dropped) = cutoff(&raw_hist, raw_cut0, raw_dropped0 + excess);
            raw_cut = cut;
            let still = excess.saturating_sub(dropped - raw_dropped0);
            if still > 0 {
                let (cut, dropped) = cutoff(&tier_hist, hourly_cut0, tier_dropped0 + still);
                hourly_cut = cut;
                over_cap = dropped - tier_dropped0 < still;
                raw_cut = raw_cut.max(hourly_cut);
            }
        }

        let raw_points = self.drop_before(keys::POINTS, raw_cut)?;
        let rollups = self.drop_before(keys::HOURLY, hourly_cut)?;
        self.drop_before(keys::DAILY, hourly_cut)?;
        let beats = self.drop_before(keys::BEAT, hourly_cut)?;
        let reboots = self.drop_before(keys::REBOOT, hourly_cut)?;
        let horizon = self.raw_horizon_ms()?.max(raw_cut);
        self.meta.insert(RAW_HORIZON, &horizon.to_le_bytes())?;
        let hourly_horizon = self.hourly_horizon_ms()?.max(hourly_cut);
        self.meta
            .insert(HOURLY_HORIZON, &hourly_horizon.to_le_bytes())?;
        Ok(Compacted {
            raw_points,
            rollups,
            beats,
            reboots,
            raw_cutoff_ms: horizon,
            hourly_cutoff_ms: hourly_cut,
            bytes_before,
            bytes_after: self.accounted_bytes()?,
            over_cap,
        })
    }
}
