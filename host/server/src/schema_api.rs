//! Heartbeat metric names: the schema of each build (names, kinds, units of its metrics, by
//! heartbeat position), stored per build id, and the naming of heartbeat events when they are
//! read.
//!
//! A schema comes from a symbol upload (the ELF's `.faultline.metrics` section, else its DWARF;
//! `symbols_api.rs` calls [`store_from_symbols`]) or from a user's JSON manifest
//! (`PUT …/metric-schemas/{build_id}`). Heartbeats are stored positional, as the device sent
//! them, and named here at read time from the schema of the build their device context names:
//! a schema that arrives after the heartbeats names them as well, and a wrong schema replaced
//! by a right one renames everything. Positions the schema cannot account for (beyond its
//! list, or an integer where it declares a string and the reverse) are listed as unnamed with
//! the reason and the event is marked `mismatch`, never given a wrong name.

use std::collections::HashMap;
use std::sync::Arc;

use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use faultline_model::{EventKind, MetricValue, ProjectId, StoredEvent};
use faultline_store::{DeviceRecord, Store, StoreError};
use faultline_symbols::metrics_schema::Slot;
use faultline_symbols::{MetricSchema, SchemaSource, SymbolFile};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value, json};

use crate::auth;
use crate::error::ApiError;
use crate::state::AppState;

/// Largest manifest a PUT may send.
pub const MAX_MANIFEST_BYTES: usize = 1 << 20;

/// A schema as stored (`metric_schemas` tree): when it was stored, and what.
#[derive(Serialize, Deserialize)]
struct Stored {
    updated_ms: u64,
    schema: MetricSchema,
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn is_build_id(id: &str) -> bool {
    (2..=128).contains(&id.len()) && id.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

fn put(
    store: &Store,
    project: ProjectId,
    build_id: &str,
    schema: MetricSchema,
) -> Result<Stored, StoreError> {
    let stored = Stored {
        updated_ms: faultline_model::now_ms(),
        schema,
    };
    let json = serde_json::to_vec(&stored).map_err(|e| StoreError::Corrupt(e.to_string()))?;
    store.put_metric_schema(project, build_id, &json)?;
    Ok(stored)
}

/// The schema stored for a build, if any (for the fleet feed).
pub fn schema_of(
    store: &Store,
    project: ProjectId,
    build_id: &str,
) -> Result<Option<MetricSchema>, StoreError> {
    Ok(load(store, project, build_id)?.map(|s| s.schema))
}

/// The stored schema of a build; one that no longer reads (a format change) counts as none,
/// with a warning, so that reading events never fails on it.
fn load(store: &Store, project: ProjectId, build_id: &str) -> Result<Option<Stored>, StoreError> {
    let Some(json) = store.metric_schema(project, build_id)? else {
        return Ok(None);
    };
    match serde_json::from_slice(&json) {
        Ok(stored) => Ok(Some(stored)),
        Err(e) => {
            tracing::warn!(build_id, error = %e, "stored metric schema is unreadable; ignored");
            Ok(None)
        }
    }
}

/// After a symbol upload: store the schema the ELF carries under its build id. The answer says
/// what happened, for the upload's response. A file without a schema stores nothing; a file
/// whose schema is damaged stores nothing either (the symbols are still good for crashes). A
/// schema from DWARF alone does not replace a user's manifest, which knows kinds and units.
pub fn store_from_symbols(
    store: &Store,
    project: ProjectId,
    build_id: &str,
    file: &SymbolFile,
) -> Result<Value, StoreError> {
    let schema = match MetricSchema::from_elf(file) {
        Ok(Some(schema)) => schema,
        Ok(None) => return Ok(json!({ "status": "none" })),
        Err(e) => {
            tracing::warn!(build_id, error = %e, "symbol file's metric schema refused");
            return Ok(json!({ "status": "invalid", "error": e.to_string() }));
        }
    };
    if schema.source == SchemaSource::Dwarf
        && let Some(old) = load(store, project, build_id)?
        && old.schema.source == SchemaSource::Manifest
    {
        return Ok(json!({ "status": "kept_manifest", "source": "manifest" }));
    }
    let source = schema.source.name();
    let metrics = schema.len();
    put(store, project, build_id, schema)?;
    tracing::info!(build_id, source, metrics, "metric schema stored");
    Ok(json!({ "status": "stored", "source": source, "metrics": metrics }))
}

fn view(build_id: &str, stored: &Stored) -> Value {
    json!({
        "build_id": build_id,
        "source": stored.schema.source.name(),
        "updated_ms": stored.updated_ms,
        "schema": stored.schema.to_manifest(),
    })
}

fn check_build_id(build_id: &str) -> Result<(), ApiError> {
    if is_build_id(build_id) {
        Ok(())
    } else {
        Err(ApiError::BadRequest(format!(
            "invalid build id `{build_id}`: expected 2-128 lowercase hex digits"
        )))
    }
}

/// `PUT /api/v1/projects/{project}/metric-schemas/{build_id}`: a JSON manifest.
pub async fn put_manifest(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path((name, build_id)): Path<(String, String)>,
    body: Bytes,
) -> Result<Json<Value>, ApiError> {
    let p = auth::write(&state, &headers, &name)?;
    check_build_id(&build_id)?;
    if body.len() > MAX_MANIFEST_BYTES {
        return Err(ApiError::TooLarge {
            limit: MAX_MANIFEST_BYTES,
        });
    }
    let schema = MetricSchema::from_json(&body).map_err(|e| ApiError::BadRequest(e.to_string()))?;
    let stored = put(&state.store, p.id, &build_id, schema)?;
    let (fleet, id) = (state.fleet.clone(), build_id.clone());
    tokio::task::spawn_blocking(move || fleet.schemas_changed(p.id, &id))
        .await
        .map_err(|e| ApiError::Internal(format!("fleet task failed: {e}")))?;
    tracing::info!(project = %p.name, build_id, metrics = stored.schema.len(), "metric manifest stored");
    Ok(Json(view(&build_id, &stored)))
}

/// `GET /api/v1/projects/{project}/metric-schemas/{build_id}`.
pub async fn get_schema(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path((name, build_id)): Path<(String, String)>,
) -> Result<Json<Value>, ApiError> {
    let p = auth::read(&state, &headers, &name)?;
    let stored = load(&state.store, p.id, &build_id)?
        .ok_or_else(|| ApiError::NotFound(format!("no metric schema for build `{build_id}`")))?;
    Ok(Json(view(&build_id, &stored)))
}

/// `DELETE /api/v1/projects/{project}/metric-schemas/{build_id}`.
pub async fn delete_schema(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path((name, build_id)): Path<(String, String)>,
) -> Result<StatusCode, ApiError> {
    let p = auth::write(&state, &headers, &name)?;
    if state.store.delete_metric_schema(p.id, &build_id)? {
        let (fleet, id) = (state.fleet.clone(), build_id.clone());
        tokio::task::spawn_blocking(move || fleet.schemas_changed(p.id, &id))
            .await
            .map_err(|e| ApiError::Internal(format!("fleet task failed: {e}")))?;
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(ApiError::NotFound(format!(
            "no metric schema for build `{build_id}`"
        )))
    }
}

/// `GET /api/v1/projects/{project}/metric-schemas`: every build's schema, in short.
pub async fn list(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(name): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let p = auth::read(&state, &headers, &name)?;
    let schemas: Vec<Value> = state
        .store
        .metric_schemas(p.id)?
        .into_iter()
        .filter_map(|(build_id, json)| {
            let stored: Stored = serde_json::from_slice(&json).ok()?;
            Some(json!({
                "build_id": build_id,
                "source": stored.schema.source.name(),
                "updated_ms": stored.updated_ms,
                "integers": stored.schema.integers.len(),
                "strings": stored.schema.strings.len(),
            }))
        })
        .collect();
    Ok(Json(json!({ "metric_schemas": schemas })))
}

/// The schema that names a device's heartbeats of one software version.
struct Lookup {
    /// The build id looked for (the first one the device's contexts name), if any.
    build_id: Option<String>,
    schema: Option<Arc<MetricSchema>>,
}

/// Where a device's builds are known from, by software version (build ids, most recent
/// first): the context events of the page being read, the device's current contexts, and —
/// read once per request, only for a version the device no longer runs and the page does not
/// show — the device's history of context events (a device that moved to another release
/// keeps only the new release's context in its record).
struct Builds<'a> {
    store: &'a Store,
    project: ProjectId,
    serial: &'a str,
    device: Option<DeviceRecord>,
    page: HashMap<String, Vec<String>>,
    history: Option<HashMap<String, Vec<String>>>,
}

/// Context events' build ids by software version, the most recent first.
fn builds_of(events: &[StoredEvent]) -> HashMap<String, Vec<String>> {
    let mut builds: HashMap<String, Vec<String>> = HashMap::new();
    for e in events.iter().rev() {
        if let EventKind::Context(c) = &e.event.kind
            && !c.build_id.is_empty()
        {
            let ids = builds.entry(c.software_version.clone()).or_default();
            let id = hex(&c.build_id);
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
    }
    builds
}

/// Most context events a request reads from a device's history.
const MAX_HISTORY_CONTEXTS: usize = 100_000;

impl Builds<'_> {
    /// The build ids that may have sent heartbeats of `version`, most likely first.
    fn candidates(&mut self, version: &str) -> Result<Vec<String>, StoreError> {
        let mut ids: Vec<String> = self.page.get(version).cloned().unwrap_or_default();
        let mut current = false;
        for c in self.device.iter().flat_map(|d| d.contexts.values()) {
            if c.software_version != version {
                continue;
            }
            current = true;
            if !c.build_id.is_empty() {
                let id = hex(&c.build_id);
                if !ids.contains(&id) {
                    ids.push(id);
                }
            }
        }
        // The history only helps with a release the device no longer runs: a current context
        // without a build id would not find one there.
        if ids.is_empty() && !current {
            if self.history.is_none() {
                let contexts = self.store.events(
                    self.project,
                    self.serial,
                    &faultline_store::EventQuery {
                        kind: Some("context".into()),
                        limit: MAX_HISTORY_CONTEXTS,
                        ..Default::default()
                    },
                )?;
                self.history = Some(builds_of(&contexts));
            }
            ids = self
                .history
                .as_ref()
                .and_then(|h| h.get(version).cloned())
                .unwrap_or_default();
        }
        Ok(ids)
    }

    /// The schema that names heartbeats of `version`, as the crash worker finds symbols: by
    /// the build ids the device announced for it, else by a symbol file uploaded for its
    /// software type and version (a build without a build id is stored under one made of
    /// those).
    fn find(&mut self, version: &str) -> Result<Lookup, StoreError> {
        let ids = self.candidates(version)?;
        for id in &ids {
            if let Some(stored) = load(self.store, self.project, id)? {
                return Ok(Lookup {
                    build_id: Some(id.clone()),
                    schema: Some(Arc::new(stored.schema)),
                });
            }
        }
        let mut types: Vec<String> = Vec::new();
        if let Some(d) = &self.device {
            types.extend(
                d.contexts
                    .values()
                    .filter(|c| c.software_version == version)
                    .map(|c| c.software_type.clone()),
            );
            types.push(d.software_type.clone());
        }
        for software_type in &types {
            if let Some(id) =
                self.store
                    .symbols_for_version(self.project, software_type, version)?
                && let Some(stored) = load(self.store, self.project, &id)?
            {
                return Ok(Lookup {
                    build_id: Some(id),
                    schema: Some(Arc::new(stored.schema)),
                });
            }
        }
        Ok(Lookup {
            build_id: ids.into_iter().next(),
            schema: None,
        })
    }
}

/// A device's events as the API shows them: heartbeats named (see [`name_heartbeat`]) with
/// the schema of the build that sent them, `"schema": "missing"` when none is known.
pub fn events_json(
    store: &Store,
    project: ProjectId,
    serial: &str,
    events: Vec<StoredEvent>,
) -> Result<Vec<Value>, StoreError> {
    let to_value =
        |e: &StoredEvent| serde_json::to_value(e).map_err(|e| StoreError::Corrupt(e.to_string()));
    if !events
        .iter()
        .any(|e| matches!(e.event.kind, EventKind::Heartbeat { .. }))
    {
        return events.iter().map(to_value).collect();
    }
    let mut builds = Builds {
        store,
        project,
        serial,
        device: store.device(project, serial)?,
        page: builds_of(&events),
        history: None,
    };
    let mut by_version: HashMap<String, Lookup> = HashMap::new();
    let mut out = Vec::with_capacity(events.len());
    for event in &events {
        let mut value = to_value(event)?;
        if let EventKind::Heartbeat { values, .. } = &event.event.kind {
            if !by_version.contains_key(&event.software_version) {
                let lookup = builds.find(&event.software_version)?;
                by_version.insert(event.software_version.clone(), lookup);
            }
            let lookup = &by_version[&event.software_version];
            let named = match &lookup.schema {
                Some(schema) => {
                    name_heartbeat(schema, lookup.build_id.as_deref().unwrap_or("?"), values)
                }
                None => json!({ "schema": "missing", "metrics": null }),
            };
            if let (Value::Object(event), Value::Object(named)) = (&mut value, named) {
                event.extend(named);
                event.insert("schema_build_id".into(), json!(lookup.build_id));
            }
        }
        out.push(value);
    }
    Ok(out)
}

fn raw_value(v: &MetricValue) -> Value {
    match v {
        MetricValue::Int(i) => json!(i),
        MetricValue::Float(f) => json!(f),
        MetricValue::Text(t) => json!(t),
        MetricValue::Unset => Value::Null,
    }
}

/// The names of one heartbeat's values: `metrics` (id → value, kind, unit; unset values
/// left out), `unnamed` (values no declared metric of the right type accounts for, with the
/// reason), `absent` (declared metrics the heartbeat has no value for) and `schema`: `ok`, or
/// `mismatch` when either list is not empty.
pub fn name_heartbeat(schema: &MetricSchema, build_id: &str, values: &[MetricValue]) -> Value {
    let mut metrics = Map::new();
    let mut unnamed = Vec::new();
    for (index, value) in values.iter().enumerate() {
        let problem = match (schema.at(index), value) {
            (None, _) => format!("no metric declared at index {index} in build {build_id}"),
            (Some((Slot::Integer, _)), MetricValue::Unset) => continue,
            (Some((Slot::Integer, m)), MetricValue::Int(_) | MetricValue::Float(_))
            | (Some((Slot::Text, m)), MetricValue::Text(_)) => {
                let kind = match slot_kind(schema, index) {
                    Some(k) => json!(k),
                    None => Value::Null,
                };
                metrics.insert(
                    m.id.clone(),
                    json!({ "value": raw_value(value), "kind": kind, "unit": m.unit }),
                );
                continue;
            }
            (Some((Slot::Integer, m)), MetricValue::Text(_)) => format!(
                "type mismatch: a text at index {index}, where build {build_id} declares {} metric `{}`",
                m.kind.map_or("integer", |k| k.name()),
                m.id
            ),
            (Some((Slot::Text, m)), other) => format!(
                "type mismatch: {} at index {index}, where build {build_id} declares string metric `{}`",
                if matches!(other, MetricValue::Unset) {
                    "an unset integer"
                } else {
                    "a number"
                },
                m.id
            ),
        };
        unnamed.push(json!({ "index": index, "value": raw_value(value), "reason": problem }));
    }
    let absent: Vec<&str> = schema
        .positions()
        .skip(values.len())
        .map(|(_, _, m)| m.id.as_str())
        .collect();
    let status = if unnamed.is_empty() && absent.is_empty() {
        "ok"
    } else {
        "mismatch"
    };
    json!({ "schema": status, "metrics": metrics, "unnamed": unnamed, "absent": absent })
}

/// The kind name at a position: strings are known to be strings whatever the source.
fn slot_kind(schema: &MetricSchema, index: usize) -> Option<&'static str> {
    match schema.at(index)? {
        (Slot::Text, _) => Some("string"),
        (Slot::Integer, m) => m.kind.map(|k| k.name()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use faultline_symbols::{MetricDef, MetricKind};

    fn schema() -> MetricSchema {
        let def = |id: &str, kind, unit: Option<&str>| MetricDef {
            id: id.into(),
            kind,
            unit: unit.map(Into::into),
        };
        MetricSchema {
            source: SchemaSource::ElfSection,
            integers: vec![
                def("battery_mv", Some(MetricKind::Gauge), Some("mV")),
                def("resets", Some(MetricKind::Counter), None),
            ],
            strings: vec![def("state", Some(MetricKind::String), None)],
        }
    }

    #[test]
    fn values_are_named_by_position_and_unset_ones_left_out() {
        let named = name_heartbeat(
            &schema(),
            "ab",
            &[
                MetricValue::Int(3700),
                MetricValue::Unset,
                MetricValue::Text("idle".into()),
            ],
        );
        assert_eq!(
            named,
            json!({
                "schema": "ok",
                "metrics": {
                    "battery_mv": {"value": 3700, "kind": "gauge", "unit": "mV"},
                    "state": {"value": "idle", "kind": "string", "unit": null},
                },
                "unnamed": [],
                "absent": [],
            })
        );
    }

    #[test]
    fn values_the_schema_cannot_account_for_are_flagged_not_named() {
        // One integer too many: it lands where the string is declared, and the text after it
        // is beyond the list.
        let named = name_heartbeat(
            &schema(),
            "ab",
            &[
                MetricValue::Int(1),
                MetricValue::Int(2),
                MetricValue::Int(3),
                MetricValue::Text("idle".into()),
            ],
        );
        assert_eq!(named["schema"], "mismatch");
        assert_eq!(
            named["metrics"],
            json!({
                "battery_mv": {"value": 1, "kind": "gauge", "unit": "mV"},
                "resets": {"value": 2, "kind": "counter", "unit": null},
            })
        );
        assert_eq!(
            named["unnamed"],
            json!([
                {"index": 2, "value": 3, "reason": "type mismatch: a number at index 2, where build ab declares string metric `state`"},
                {"index": 3, "value": "idle", "reason": "no metric declared at index 3 in build ab"},
            ])
        );
        // One integer too few: the text lands on an integer metric, the string is absent.
        let named = name_heartbeat(
            &schema(),
            "ab",
            &[MetricValue::Int(1), MetricValue::Text("idle".into())],
        );
        assert_eq!(named["schema"], "mismatch");
        assert_eq!(
            named["unnamed"][0]["reason"],
            "type mismatch: a text at index 1, where build ab declares counter metric `resets`"
        );
        assert_eq!(named["absent"], json!(["state"]));
        assert_eq!(named["metrics"].as_object().map(Map::len), Some(1));
    }
}
