//! Retention: age limits per tier and a cap on the bytes of the `fleet_*` trees.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::keys::{DAY_MS, HOUR_MS, floor_hour, time_of};
use crate::{Fleet, FleetError, HOURLY_HORIZON, RAW_HORIZON};

/// What [`Fleet::compact`] keeps.
///
/// - Raw points older than `raw_days` are dropped; hourly rollups, heartbeat coverage records
///   and reboots older than `hourly_days` too (daily rollups of a day go with its first hour) (ages in whole hours, counted back from `now_ms`;
///   raw points never outlive their hour's rollup). Device records are never dropped.
/// - Then, while the `fleet_*` trees hold more than `max_disk_bytes` (bytes of keys and values,
///   see [`Fleet::stored_bytes`]; sled's files shrink later, when it reclaims segments), the
///   oldest hours go first: raw points first (the rollups summarise them), then rollups, coverage
///   and reboots. If the device records alone exceed the cap, `over_cap` says so.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Retention {
    pub raw_days: u32,
    pub hourly_days: u32,
    pub max_disk_bytes: u64,
}

/// What one compaction dropped.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Compacted {
    pub raw_points: u64,
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

fn histogram(
    tree: &sled::Tree,
    into: &mut BTreeMap<u64, u64>,
    tree_name: &'static str,
) -> Result<u64, FleetError> {
    let mut total = 0;
    for item in tree.iter() {
        let (k, v) = item?;
        let at = time_of(&k).ok_or(FleetError::Corrupt { tree: tree_name })?;
        let n = (k.len() + v.len()) as u64;
        *into.entry(floor_hour(at)).or_default() += n;
        total += n;
    }
    Ok(total)
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

fn drop_before(tree: &sled::Tree, cut: u64, tree_name: &'static str) -> Result<u64, FleetError> {
    let mut n = 0;
    let mut batch = sled::Batch::default();
    let mut pending = 0;
    for item in tree.iter() {
        let (k, _) = item?;
        if time_of(&k).ok_or(FleetError::Corrupt { tree: tree_name })? < cut {
            batch.remove(k);
            n += 1;
            pending += 1;
            if pending == 10_000 {
                tree.apply_batch(std::mem::take(&mut batch))?;
                pending = 0;
            }
        }
    }
    tree.apply_batch(batch)?;
    Ok(n)
}

impl Fleet {
    /// Applies a [`Retention`] at `now_ms` and reports what was dropped.
    pub fn compact(&self, now_ms: u64, retention: &Retention) -> Result<Compacted, FleetError> {
        let hourly_age = floor_hour(now_ms.saturating_sub(retention.hourly_days as u64 * DAY_MS));
        let raw_age =
            floor_hour(now_ms.saturating_sub(retention.raw_days as u64 * DAY_MS)).max(hourly_age);

        let mut raw_hist = BTreeMap::new();
        let mut tier_hist = BTreeMap::new();
        let raw_bytes = histogram(&self.raw, &mut raw_hist, "fleet_raw")?;
        let mut tier_bytes = histogram(&self.hourly, &mut tier_hist, "fleet_hourly")?;
        tier_bytes += histogram(&self.daily, &mut tier_hist, "fleet_daily")?;
        tier_bytes += histogram(&self.beats, &mut tier_hist, "fleet_beats")?;
        tier_bytes += histogram(&self.reboots, &mut tier_hist, "fleet_reboots")?;
        // The horizon records are written below whatever happens.
        let mut horizon_record = 0;
        for key in [RAW_HORIZON, HOURLY_HORIZON] {
            if !self.meta.contains_key(key)? {
                horizon_record += (key.len() + 8) as u64;
            }
        }
        let mut fixed = 0;
        for tree in [&self.devices, &self.meta] {
            for item in tree.iter() {
                let (k, v) = item?;
                fixed += (k.len() + v.len()) as u64;
            }
        }
        let bytes_before = raw_bytes + tier_bytes + fixed;
        let cap = retention.max_disk_bytes;

        let (hourly_cut0, tier_dropped0) = cutoff(&tier_hist, hourly_age, 0);
        let (raw_cut0, raw_dropped0) = cutoff(&raw_hist, raw_age, 0);
        let after_age = bytes_before + horizon_record - tier_dropped0 - raw_dropped0;
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

        let raw_points = drop_before(&self.raw, raw_cut, "fleet_raw")?;
        let rollups = drop_before(&self.hourly, hourly_cut, "fleet_hourly")?;
        drop_before(&self.daily, hourly_cut, "fleet_daily")?;
        let beats = drop_before(&self.beats, hourly_cut, "fleet_beats")?;
        let reboots = drop_before(&self.reboots, hourly_cut, "fleet_reboots")?;
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
            bytes_after: self.stored_bytes()?,
            over_cap,
        })
    }
}
