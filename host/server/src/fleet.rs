//! Feeding the fleet statistics (crate `faultline-fleet`): each committed heartbeat is named
//! with its build's metric schema and recorded with the device's attributes; reboots are
//! recorded for crash-free hours. Runs on the pipeline thread as its [`EventSink`].
//!
//! Times: a heartbeat or reboot whose capture time is a wall-clock time (Unix epoch ms, from
//! 2000-01-01 on; devices with a real-time clock, or a gateway that stamps a backlog) is placed
//! there, and one too far in the future is refused by the fleet as `timestamp_in_future` (see
//! `/metrics`, `fleet_rejected_total`). Without one (no clock, or uptime: the protocol
//! cannot tell uptime from old epoch times, so anything before 2000 is taken as uptime), the
//! server's receive time is used, back-dated within an upload (below).

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use faultline_fleet::{Attributes, Fleet, FleetError, Heartbeat, MetricKind, Reboot};
use faultline_model::{EventKind, MetricValue, ProjectId, StoredEvent};
use faultline_pipeline::EventSink;
use faultline_store::{DeviceRecord, Store};
use faultline_symbols::metrics_schema::{self, MetricSchema, Slot};

use crate::crashes::hex;

/// Schemas by (project, build id); `None` cached too, until a schema is stored.
type SchemaCache = HashMap<(ProjectId, String), Option<Arc<MetricSchema>>>;

pub struct FleetFeed {
    pub fleet: Arc<Fleet>,
    store: Store,
    schemas: Mutex<SchemaCache>,
    /// Heartbeats waiting for their build's schema: `project | build id | 0 | serial | 0 |
    /// event id` → (). Replayed when that schema is stored.
    pending: sled::Tree,
    /// Heartbeats not recorded because no schema names them yet.
    pub unnamed: std::sync::atomic::AtomicU64,
}

impl FleetFeed {
    pub fn new(fleet: Arc<Fleet>, store: Store) -> Result<Self, FleetError> {
        let pending = fleet.db().open_tree("fleet_pending")?;
        Ok(Self {
            fleet,
            store,
            schemas: Mutex::new(HashMap::new()),
            pending,
            unnamed: Default::default(),
        })
    }

    /// Forget every statistic (the raw log is about to be processed again).
    pub fn clear(&self) -> Result<(), FleetError> {
        self.fleet.clear()?;
        self.pending.clear()?;
        self.schemas
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clear();
        self.unnamed.store(0, std::sync::atomic::Ordering::Relaxed);
        Ok(())
    }

    /// A schema was stored, replaced or deleted: forget cached schemas, and record the
    /// heartbeats that waited for this build's. Blocking (reads their events).
    pub fn schemas_changed(&self, project: ProjectId, build_id: &str) {
        self.schemas
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clear();
        if self.schema(project, build_id).is_none() {
            return; // deleted: whatever waits keeps waiting
        }
        let prefix = pending_prefix(project, build_id);
        let mut replayed = 0u64;
        for kv in self.pending.scan_prefix(&prefix) {
            let Ok((key, value)) = kv else { break };
            let at_ms = value
                .as_ref()
                .try_into()
                .map(u64::from_be_bytes)
                .unwrap_or_default();
            let Some((serial, id)) = split_pending(&key[prefix.len()..]) else {
                continue;
            };
            let event = crate::crashes::crash_event(&self.store, project, &serial, id);
            let device = self.store.device(project, &serial);
            if let (Ok(Some(event)), Ok(device)) = (event, device)
                && matches!(event.event.kind, EventKind::Heartbeat { .. })
            {
                match self.named(project, &serial, &event, device.as_ref(), at_ms) {
                    Ok(Some(n)) => self.record(std::slice::from_ref(&n)),
                    Ok(None) => {}
                    Err(e) => {
                        tracing::debug!(serial, event = id, error = %e, "fleet input refused")
                    }
                }
                replayed += 1;
            }
            let _ = self.pending.remove(&key);
        }
        if replayed > 0 {
            tracing::info!(
                build_id,
                heartbeats = replayed,
                "heartbeats named by a new schema recorded"
            );
        }
    }

    /// Heartbeats waiting for a schema.
    pub fn pending_len(&self) -> usize {
        self.pending.len()
    }

    fn schema(&self, project: ProjectId, build_id: &str) -> Option<Arc<MetricSchema>> {
        let key = (project, build_id.to_string());
        let mut cache = self.schemas.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(s) = cache.get(&key) {
            return s.clone();
        }
        let loaded = match crate::schema_api::schema_of(&self.store, project, build_id) {
            Ok(s) => s.map(Arc::new),
            Err(e) => {
                tracing::warn!(build_id, error = %e, "cannot read a metric schema");
                None
            }
        };
        cache.insert(key, loaded.clone());
        loaded
    }

    /// A heartbeat event named by its build's schema, or `None` when it has no metrics to
    /// record (not a heartbeat, or waiting for its schema in `fleet_pending`).
    fn named(
        &self,
        project: ProjectId,
        serial: &str,
        event: &StoredEvent,
        device: Option<&DeviceRecord>,
        at_ms: u64,
    ) -> Result<Option<Named>, FleetError> {
        let EventKind::Heartbeat {
            duration_ms,
            values,
        } = &event.event.kind
        else {
            return Ok(None);
        };
        let context = device.and_then(|d| {
            d.contexts
                .values()
                .find(|c| c.software_version == event.software_version && !c.build_id.is_empty())
        });
        let build_id = context.map(|c| hex(&c.build_id));
        let Some(schema) = build_id.as_deref().and_then(|b| self.schema(project, b)) else {
            self.unnamed
                .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            // Kept for when the build's schema arrives (a symbol upload or a manifest).
            if let Some(b) = &build_id {
                let mut key = pending_prefix(project, b);
                key.extend_from_slice(serial.as_bytes());
                key.push(0);
                key.extend_from_slice(&event.id.to_be_bytes());
                self.pending.insert(key, &at_ms.to_be_bytes())?;
            }
            return Ok(None);
        };
        let assigned = self
            .store
            .device_attributes(project, serial)
            .unwrap_or_else(|e| {
                tracing::warn!(serial, error = %e, "cannot read assigned device attributes");
                Default::default()
            });
        let mut custom = std::collections::BTreeMap::new();
        let mut metrics = Vec::new();
        for (index, value) in values.iter().enumerate() {
            let Some((slot, def)) = schema.at(index) else {
                continue;
            };
            let v = match (slot, value) {
                (Slot::Integer, MetricValue::Int(i)) => *i as f64,
                (Slot::Integer, MetricValue::Float(f)) => *f,
                // String metrics are the device's reported custom attributes.
                (Slot::Text, MetricValue::Text(t)) => {
                    if !t.is_empty() {
                        custom.insert(def.id.clone(), truncate(t, 255).to_string());
                    }
                    continue;
                }
                _ => continue,
            };
            // A DWARF-only schema knows no kinds: such values are read as gauges.
            let kind = match def.kind {
                Some(metrics_schema::MetricKind::Counter) => MetricKind::Counter,
                Some(metrics_schema::MetricKind::Timer) => MetricKind::Timer,
                _ => MetricKind::Gauge,
            };
            metrics.push((def.id.clone(), kind, v));
        }
        Ok(Some(Named {
            project: project.0,
            serial: serial.to_string(),
            at_ms,
            duration_s: u32::try_from(*duration_ms / 1000).unwrap_or(u32::MAX),
            attrs: Attributes {
                software_version: event.software_version.clone(),
                hardware_version: device
                    .map(|d| d.hardware_version.clone())
                    .unwrap_or_default(),
                cohort: assigned.cohort,
                // What an operator assigned wins over what the device reports.
                custom: {
                    custom.extend(assigned.custom);
                    custom
                },
            },
            metrics,
        }))
    }

    /// Records named heartbeats in one write; refusals are counted by the fleet.
    fn record(&self, named: &[Named]) {
        if named.is_empty() {
            return;
        }
        let metrics: Vec<Vec<(&str, MetricKind, f64)>> = named
            .iter()
            .map(|n| {
                n.metrics
                    .iter()
                    .map(|(m, k, v)| (m.as_str(), *k, *v))
                    .collect()
            })
            .collect();
        let hbs: Vec<Heartbeat<'_>> = named
            .iter()
            .zip(&metrics)
            .map(|(n, m)| Heartbeat {
                project: n.project,
                serial: &n.serial,
                at_ms: n.at_ms,
                duration_s: n.duration_s,
                attrs: n.attrs.clone(),
                metrics: m,
            })
            .collect();
        for (n, r) in named.iter().zip(
            self.fleet
                .record_heartbeats(&hbs, faultline_model::now_ms()),
        ) {
            if let Err(e) = r {
                tracing::debug!(serial = n.serial, error = %e, "fleet input refused");
            }
        }
    }
}

/// A heartbeat with its metrics named, ready for the fleet.
struct Named {
    project: u32,
    serial: String,
    at_ms: u64,
    duration_s: u32,
    attrs: Attributes,
    metrics: Vec<(String, MetricKind, f64)>,
}

/// Applies the retention policy every hour (and once at start) on its own thread.
pub struct Compactor {
    stop: Arc<std::sync::atomic::AtomicBool>,
    handle: Option<std::thread::JoinHandle<()>>,
}

impl Compactor {
    pub fn start(
        fleet: Arc<Fleet>,
        retention: faultline_fleet::Retention,
    ) -> std::io::Result<Self> {
        let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let handle = {
            let stop = stop.clone();
            std::thread::Builder::new()
                .name("faultline-fleet-retention".into())
                .spawn(move || {
                    let mut next = std::time::Instant::now();
                    while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                        if std::time::Instant::now() >= next {
                            match fleet.compact(faultline_model::now_ms(), &retention) {
                                Ok(c) => tracing::info!(
                                    raw_points = c.raw_points,
                                    rollups = c.rollups,
                                    bytes_after = c.bytes_after,
                                    over_cap = c.over_cap,
                                    "fleet retention applied"
                                ),
                                Err(e) => tracing::error!(error = %e, "fleet retention failed"),
                            }
                            next += std::time::Duration::from_secs(3600);
                        }
                        std::thread::sleep(std::time::Duration::from_millis(200));
                    }
                })?
        };
        Ok(Self {
            stop,
            handle: Some(handle),
        })
    }

    pub fn stop(mut self) {
        self.stop.store(true, std::sync::atomic::Ordering::Relaxed);
        if let Some(h) = self.handle.take() {
            let _ = h.join();
        }
    }
}

fn pending_prefix(project: ProjectId, build_id: &str) -> Vec<u8> {
    let mut k = project.0.to_be_bytes().to_vec();
    k.extend_from_slice(build_id.as_bytes());
    k.push(0);
    k
}

/// `serial | 0 | event id` back into its parts.
fn split_pending(rest: &[u8]) -> Option<(String, u64)> {
    let (serial, id) = rest.split_at(rest.len().checked_sub(9)?);
    let id = u64::from_be_bytes(id.get(1..9)?.try_into().ok()?);
    (id != 0 || !serial.is_empty()).then_some(())?;
    Some((String::from_utf8(serial.to_vec()).ok()?, id))
}

impl EventSink for FleetFeed {
    fn committed(
        &self,
        events: &[(ProjectId, String, StoredEvent)],
        devices: &[DeviceRecord],
        _cursor: u64,
    ) {
        let by_device: HashMap<(ProjectId, &str), &DeviceRecord> = devices
            .iter()
            .map(|d| ((d.project, d.serial.as_str()), d))
            .collect();
        // Heartbeats that came in one upload share its receive time: the last one is taken
        // to end then, each earlier one to end where the next began.
        let mut at = vec![0u64; events.len()];
        let mut before: HashMap<(ProjectId, &str, u64), u64> = HashMap::new();
        for (i, (project, serial, event)) in events.iter().enumerate().rev() {
            let offset = before
                .entry((*project, serial.as_str(), event.received_ms))
                .or_insert(0);
            at[i] = match event.event.captured_at_ms {
                Some(t) if t >= faultline_fleet::MIN_TIMESTAMP_MS => t,
                _ => event.received_ms.saturating_sub(*offset),
            };
            if let EventKind::Heartbeat { duration_ms, .. } = &event.event.kind {
                *offset += (*duration_ms).max(1);
            }
        }
        let mut named = Vec::new();
        for ((project, serial, event), at_ms) in events.iter().zip(at) {
            let device = by_device.get(&(*project, serial.as_str())).copied();
            let result = match &event.event.kind {
                EventKind::Heartbeat { .. } => self
                    .named(*project, serial, event, device, at_ms)
                    .map(|n| named.extend(n)),
                EventKind::Reboot { unexpected, .. } => self.fleet.record_reboot(
                    &Reboot {
                        project: project.0,
                        serial,
                        at_ms,
                        unexpected: *unexpected,
                        software_version: &event.software_version,
                    },
                    faultline_model::now_ms(),
                ),
                _ => Ok(()),
            };
            if let Err(e) = result {
                // Rejections are counted by the fleet (`Fleet::rejections`) with their reason.
                tracing::debug!(serial, event = event.id, error = %e, "fleet input refused");
            }
        }
        // One write for the batch's heartbeats.
        self.record(&named);
    }
}

/// `s` cut to at most `max` bytes, on a character boundary.
fn truncate(s: &str, max: usize) -> &str {
    let mut end = s.len().min(max);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}
