//! Feeding the fleet statistics (crate `faultline-fleet`): each committed heartbeat is named
//! with its build's metric schema and recorded with the device's attributes; reboots are
//! recorded for crash-free hours. Runs on the pipeline thread as its [`EventSink`].
//!
//! Times are the server's receive times: device clocks (uptime) are not wall clocks.

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
    /// Heartbeats not recorded because no schema names them yet.
    pub unnamed: std::sync::atomic::AtomicU64,
}

impl FleetFeed {
    pub fn new(fleet: Arc<Fleet>, store: Store) -> Self {
        Self {
            fleet,
            store,
            schemas: Mutex::new(HashMap::new()),
            unnamed: Default::default(),
        }
    }

    /// Forget cached schemas (one was stored or replaced).
    pub fn schemas_changed(&self) {
        self.schemas
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clear();
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

    fn heartbeat(
        &self,
        project: ProjectId,
        serial: &str,
        event: &StoredEvent,
        device: Option<&DeviceRecord>,
        duration_ms: u64,
        values: &[MetricValue],
    ) -> Result<(), FleetError> {
        let context = device.and_then(|d| {
            d.contexts
                .values()
                .find(|c| c.software_version == event.software_version && !c.build_id.is_empty())
        });
        let Some(schema) = context.and_then(|c| self.schema(project, &hex(&c.build_id))) else {
            self.unnamed
                .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            return Ok(());
        };
        let mut metrics: Vec<(&str, MetricKind, f64)> = Vec::new();
        for (index, value) in values.iter().enumerate() {
            let Some((Slot::Integer, def)) = schema.at(index) else {
                continue;
            };
            let v = match value {
                MetricValue::Int(i) => *i as f64,
                MetricValue::Float(f) => *f,
                MetricValue::Text(_) | MetricValue::Unset => continue,
            };
            // A DWARF-only schema knows no kinds: such values are read as gauges.
            let kind = match def.kind {
                Some(metrics_schema::MetricKind::Counter) => MetricKind::Counter,
                Some(metrics_schema::MetricKind::Timer) => MetricKind::Timer,
                _ => MetricKind::Gauge,
            };
            metrics.push((def.id.as_str(), kind, v));
        }
        let hb = Heartbeat {
            project: project.0,
            serial,
            at_ms: event.received_ms,
            duration_s: u32::try_from(duration_ms / 1000).unwrap_or(u32::MAX),
            attrs: Attributes {
                software_version: event.software_version.clone(),
                hardware_version: device
                    .map(|d| d.hardware_version.clone())
                    .unwrap_or_default(),
                cohort: None,
                custom: Default::default(),
            },
            metrics: &metrics,
        };
        self.fleet.record_heartbeat(&hb, faultline_model::now_ms())
    }
}

impl EventSink for FleetFeed {
    fn committed(&self, events: &[(ProjectId, String, StoredEvent)], devices: &[DeviceRecord]) {
        let by_device: HashMap<(ProjectId, &str), &DeviceRecord> = devices
            .iter()
            .map(|d| ((d.project, d.serial.as_str()), d))
            .collect();
        for (project, serial, event) in events {
            let device = by_device.get(&(*project, serial.as_str())).copied();
            let result = match &event.event.kind {
                EventKind::Heartbeat {
                    duration_ms,
                    values,
                } => self.heartbeat(*project, serial, event, device, *duration_ms, values),
                EventKind::Reboot { unexpected, .. } => self.fleet.record_reboot(
                    &Reboot {
                        project: project.0,
                        serial,
                        at_ms: event.received_ms,
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
    }
}
