//! The in-memory device index used by search: per project, interned strings and one column
//! vector per attribute and per metric, indexed by a dense device number.

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};

use crate::query::{Cond, Field, Pattern, Query};
use crate::{Attributes, MetricKind};

const ABSENT: u32 = u32::MAX;

/// What the fleet knows about one device (persisted in its device record).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DeviceState {
    /// The attributes of the latest heartbeat (by `at_ms`).
    pub attrs: Attributes,
    pub first_seen_ms: u64,
    pub last_seen_ms: u64,
    /// Every metric the device ever reported, with its latest value (by `at_ms`).
    pub metrics: BTreeMap<String, LatestValue>,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct LatestValue {
    pub kind: MetricKind,
    pub value: f64,
    pub at_ms: u64,
}

/// A page of search results: at most `limit` devices with a serial greater than `after`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Page {
    pub limit: usize,
    pub after: Option<String>,
}

/// One search hit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DeviceSummary {
    pub serial: String,
    pub software_version: String,
    pub hardware_version: String,
    pub cohort: Option<String>,
    pub custom: BTreeMap<String, String>,
    pub first_seen_ms: u64,
    pub last_seen_ms: u64,
    /// The latest value of each metric.
    pub metrics: BTreeMap<String, f64>,
}

#[derive(Default)]
struct Interner {
    map: HashMap<Box<str>, u32>,
    strings: Vec<Box<str>>,
}

impl Interner {
    fn intern(&mut self, s: &str) -> u32 {
        if let Some(&id) = self.map.get(s) {
            return id;
        }
        let id = self.strings.len() as u32;
        self.strings.push(s.into());
        self.map.insert(s.into(), id);
        id
    }
    fn get(&self, s: &str) -> Option<u32> {
        self.map.get(s).copied()
    }
    fn str(&self, id: u32) -> Option<&str> {
        self.strings.get(id as usize).map(|s| &**s)
    }
}

struct MetricColumn {
    kind: MetricKind,
    /// NaN = the device never reported this metric.
    values: Vec<f64>,
}

/// The columns of one project.
#[derive(Default)]
struct ProjectIndex {
    strings: Interner,
    ids: HashMap<Box<str>, u32>,
    serials: Vec<Box<str>>,
    sw: Vec<u32>,
    hw: Vec<u32>,
    cohort: Vec<u32>,
    first_seen: Vec<u64>,
    last_seen: Vec<u64>,
    /// Custom attribute key symbol → value symbol per device.
    custom: HashMap<u32, Vec<u32>>,
    metrics: HashMap<u32, MetricColumn>,
    /// Device numbers sorted by serial; stale while `dirty`.
    order: Vec<u32>,
    dirty: bool,
}

/// The search index over every device of every project.
#[derive(Default)]
pub struct DeviceIndex {
    projects: HashMap<u32, ProjectIndex>,
}

enum Pred<'a> {
    Serial(&'a Pattern),
    Sym(&'a [u32], Vec<bool>),
    Time(&'a [u64], crate::query::CmpOp, u64),
    Num(&'a [f64], crate::query::CmpOp, f64),
    Never,
}

impl DeviceIndex {
    pub fn new() -> Self {
        Self::default()
    }

    /// Inserts or replaces a device's row.
    pub fn upsert(&mut self, project: u32, serial: &str, state: &DeviceState) {
        let p = self.projects.entry(project).or_default();
        let n = p.serials.len();
        let id = match p.ids.get(serial) {
            Some(&id) => id as usize,
            None => {
                p.ids.insert(serial.into(), n as u32);
                p.serials.push(serial.into());
                p.sw.push(ABSENT);
                p.hw.push(ABSENT);
                p.cohort.push(ABSENT);
                p.first_seen.push(0);
                p.last_seen.push(0);
                for col in p.custom.values_mut() {
                    col.push(ABSENT);
                }
                for col in p.metrics.values_mut() {
                    col.values.push(f64::NAN);
                }
                p.dirty = true;
                n
            }
        };
        let len = p.serials.len();
        p.sw[id] = p.strings.intern(&state.attrs.software_version);
        p.hw[id] = p.strings.intern(&state.attrs.hardware_version);
        p.cohort[id] = match &state.attrs.cohort {
            Some(c) => p.strings.intern(c),
            None => ABSENT,
        };
        p.first_seen[id] = state.first_seen_ms;
        p.last_seen[id] = state.last_seen_ms;
        for col in p.custom.values_mut() {
            col[id] = ABSENT;
        }
        for (k, v) in &state.attrs.custom {
            let k = p.strings.intern(k);
            let v = p.strings.intern(v);
            p.custom.entry(k).or_insert_with(|| vec![ABSENT; len])[id] = v;
        }
        for (m, latest) in &state.metrics {
            let m = p.strings.intern(m);
            let col = p.metrics.entry(m).or_insert_with(|| MetricColumn {
                kind: latest.kind,
                values: vec![f64::NAN; len],
            });
            col.values[id] = latest.value;
        }
    }

    /// Sorts the serial order if devices were added since the last call.
    pub fn prepare(&mut self) {
        for p in self.projects.values_mut() {
            if p.dirty {
                let serials = &p.serials;
                p.order = (0..serials.len() as u32).collect();
                p.order
                    .sort_unstable_by(|&a, &b| serials[a as usize].cmp(&serials[b as usize]));
                p.dirty = false;
            }
        }
    }

    pub(crate) fn needs_prepare(&self) -> bool {
        self.projects.values().any(|p| p.dirty)
    }

    /// Number of devices of a project.
    pub fn len(&self, project: u32) -> usize {
        self.projects.get(&project).map_or(0, |p| p.serials.len())
    }

    pub fn is_empty(&self, project: u32) -> bool {
        self.len(project) == 0
    }

    /// The kind a metric was first reported with in a project.
    pub fn metric_kind(&self, project: u32, metric: &str) -> Option<MetricKind> {
        let p = self.projects.get(&project)?;
        Some(p.metrics.get(&p.strings.get(metric)?)?.kind)
    }

    /// Every serial of a project (in no particular order).
    pub fn serials(&self, project: u32) -> Vec<String> {
        self.projects
            .get(&project)
            .map(|p| p.serials.iter().map(|s| s.to_string()).collect())
            .unwrap_or_default()
    }

    /// The current (software version, hardware version, cohort) of a device.
    pub(crate) fn group_attrs(
        &self,
        project: u32,
        serial: &str,
    ) -> Option<(String, String, Option<String>)> {
        let p = self.projects.get(&project)?;
        let id = *p.ids.get(serial)? as usize;
        let s = |sym: u32| p.strings.str(sym).map(str::to_string);
        Some((s(p.sw[id])?, s(p.hw[id])?, s(p.cohort[id])))
    }

    /// The devices matching `query`, ordered by serial: the total count and one page.
    /// Call [`DeviceIndex::prepare`] after upserts for the fast path.
    pub fn search(
        &self,
        project: u32,
        query: &Query,
        now_ms: u64,
        page: &Page,
    ) -> (u64, Vec<DeviceSummary>) {
        let Some(p) = self.projects.get(&project) else {
            return (0, Vec::new());
        };
        let mut preds = Vec::with_capacity(query.terms.len());
        let mut serial_prefix: Option<&str> = None;
        for term in &query.terms {
            let pred = match (&term.field, &term.cond) {
                (Field::Serial, Cond::Str(pat)) => {
                    let prefix = pat.literal_prefix();
                    if serial_prefix.is_none_or(|old| prefix.len() > old.len()) {
                        serial_prefix = Some(prefix);
                    }
                    Pred::Serial(pat)
                }
                (Field::SoftwareVersion, Cond::Str(pat)) => {
                    Pred::Sym(&p.sw, sym_set(&p.strings, pat))
                }
                (Field::HardwareVersion, Cond::Str(pat)) => {
                    Pred::Sym(&p.hw, sym_set(&p.strings, pat))
                }
                (Field::Cohort, Cond::Str(pat)) => Pred::Sym(&p.cohort, sym_set(&p.strings, pat)),
                (Field::Attr(key), Cond::Str(pat)) => {
                    match p.strings.get(key).and_then(|k| p.custom.get(&k)) {
                        Some(col) => Pred::Sym(col, sym_set(&p.strings, pat)),
                        None => Pred::Never,
                    }
                }
                (Field::FirstSeen, Cond::Time(op, t)) => {
                    Pred::Time(&p.first_seen, *op, t.resolve(now_ms))
                }
                (Field::LastSeen, Cond::Time(op, t)) => {
                    Pred::Time(&p.last_seen, *op, t.resolve(now_ms))
                }
                (Field::Metric(m), Cond::Num(op, v)) => {
                    match p.strings.get(m).and_then(|m| p.metrics.get(&m)) {
                        Some(col) => Pred::Num(&col.values, *op, *v),
                        None => Pred::Never,
                    }
                }
                // The parser never builds other combinations.
                _ => Pred::Never,
            };
            preds.push(pred);
        }
        if preds.iter().any(|pr| matches!(pr, Pred::Never)) {
            return (0, Vec::new());
        }
        let sorted_storage;
        let order: &[u32] = if p.dirty {
            let mut o: Vec<u32> = (0..p.serials.len() as u32).collect();
            o.sort_unstable_by(|&a, &b| p.serials[a as usize].cmp(&p.serials[b as usize]));
            sorted_storage = o;
            &sorted_storage
        } else {
            &p.order
        };
        let range = match serial_prefix {
            Some(prefix) if !prefix.is_empty() => {
                let key = |i: &u32| &*p.serials[*i as usize];
                let lo = order.partition_point(|i| key(i) < prefix);
                let hi = order.partition_point(|i| key(i) < prefix || key(i).starts_with(prefix));
                &order[lo..hi.max(lo)]
            }
            _ => order,
        };
        let mut total = 0u64;
        let mut hits = Vec::new();
        for &id in range {
            let i = id as usize;
            let ok = preds.iter().all(|pred| match pred {
                Pred::Serial(pat) => pat.matches(&p.serials[i]),
                Pred::Sym(col, set) => {
                    let s = col[i];
                    s != ABSENT && set.get(s as usize).copied().unwrap_or(false)
                }
                Pred::Time(col, op, t) => op.holds(col[i], *t),
                Pred::Num(col, op, v) => {
                    let x = col[i];
                    !x.is_nan() && op.holds(x, *v)
                }
                Pred::Never => false,
            });
            if !ok {
                continue;
            }
            total += 1;
            if hits.len() < page.limit && page.after.as_deref().is_none_or(|a| &*p.serials[i] > a) {
                hits.push(id);
            }
        }
        (
            total,
            hits.into_iter().map(|id| summary(p, id as usize)).collect(),
        )
    }

    /// The summary of one device.
    pub fn device(&self, project: u32, serial: &str) -> Option<DeviceSummary> {
        let p = self.projects.get(&project)?;
        Some(summary(p, *p.ids.get(serial)? as usize))
    }
}

fn sym_set(strings: &Interner, pat: &Pattern) -> Vec<bool> {
    strings.strings.iter().map(|s| pat.matches(s)).collect()
}

fn summary(p: &ProjectIndex, i: usize) -> DeviceSummary {
    let s = |sym: u32| p.strings.str(sym).unwrap_or_default().to_string();
    let mut custom = BTreeMap::new();
    for (k, col) in &p.custom {
        if col[i] != ABSENT {
            custom.insert(s(*k), s(col[i]));
        }
    }
    let mut metrics = BTreeMap::new();
    for (m, col) in &p.metrics {
        if !col.values[i].is_nan() {
            metrics.insert(s(*m), col.values[i]);
        }
    }
    DeviceSummary {
        serial: p.serials[i].to_string(),
        software_version: s(p.sw[i]),
        hardware_version: s(p.hw[i]),
        cohort: (p.cohort[i] != ABSENT).then(|| s(p.cohort[i])),
        custom,
        first_seen_ms: p.first_seen[i],
        last_seen_ms: p.last_seen[i],
        metrics,
    }
}
