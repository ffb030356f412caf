//! The read API (and project management), under `/api/v1`. Reference: `docs/api.md`.

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use faultline_model::{EventKind, Project};
use faultline_store::{DeviceRecord, EventQuery};

use crate::auth;
use crate::error::ApiError;
use crate::state::AppState;

const MAX_PAGE: usize = 1000;

#[derive(Serialize)]
pub struct ProjectView {
    name: String,
    device_key: String,
    created_ms: u64,
    devices: usize,
}

fn project_view(state: &AppState, p: Project) -> Result<ProjectView, ApiError> {
    Ok(ProjectView {
        devices: state.store.devices(p.id)?.len(),
        name: p.name,
        device_key: p.device_key,
        created_ms: p.created_ms,
    })
}

pub(crate) fn project(state: &AppState, name: &str) -> Result<Project, ApiError> {
    state
        .store
        .project_by_name(name)?
        .ok_or_else(|| ApiError::NotFound(format!("no project named `{name}`")))
}

pub async fn list_projects(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Json<Value>, ApiError> {
    let who = auth::principal(&state, &headers)?;
    let mut projects = Vec::new();
    for p in state.store.projects()? {
        if !who.may_read(&p.name) {
            continue;
        }
        let writer = who.may_write(&p.name);
        let mut v = serde_json::to_value(project_view(&state, p)?)
            .map_err(|e| ApiError::Internal(e.to_string()))?;
        // Only those who may change a project see the key its devices send with.
        if !writer {
            v.as_object_mut().map(|o| o.remove("device_key"));
        }
        projects.push(v);
    }
    Ok(Json(json!({ "projects": projects })))
}

#[derive(Deserialize)]
pub struct NewProject {
    name: String,
}

pub async fn create_project(
    State(state): State<AppState>,
    headers: HeaderMap,
    Json(req): Json<NewProject>,
) -> Result<(StatusCode, Json<ProjectView>), ApiError> {
    auth::admin(&state, &headers)?;
    let p = state.store.create_project(&req.name).map_err(|e| match e {
        faultline_store::StoreError::ProjectExists(_) => ApiError::Conflict(e.to_string()),
        faultline_store::StoreError::BadProjectName(_) => ApiError::BadRequest(e.to_string()),
        other => other.into(),
    })?;
    state.store.flush()?;
    Ok((StatusCode::CREATED, Json(project_view(&state, p)?)))
}

pub async fn rotate_key(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(name): Path<String>,
) -> Result<Json<ProjectView>, ApiError> {
    auth::admin(&state, &headers)?;
    project(&state, &name)?;
    let p = state.store.rotate_key(&name)?;
    state.store.flush()?;
    state
        .key_cache
        .write()
        .unwrap_or_else(|e| e.into_inner())
        .clear();
    Ok(Json(project_view(&state, p)?))
}

#[derive(Serialize)]
pub struct DeviceView {
    serial: String,
    first_seen_ms: u64,
    last_seen_ms: u64,
    software_type: String,
    software_version: String,
    hardware_version: String,
    chunks_received: u64,
    events_stored: u64,
    outcomes: std::collections::BTreeMap<String, u64>,
    /// Chunks held in a message that is not complete yet.
    pending_chunks: usize,
}

impl From<DeviceRecord> for DeviceView {
    fn from(d: DeviceRecord) -> Self {
        Self {
            pending_chunks: d.reassembly.pending_chunks(),
            serial: d.serial,
            first_seen_ms: d.first_seen_ms,
            last_seen_ms: d.last_seen_ms,
            software_type: d.software_type,
            software_version: d.software_version,
            hardware_version: d.hardware_version,
            chunks_received: d.chunks_received,
            events_stored: d.events_stored,
            outcomes: d.outcome_counts,
        }
    }
}

pub async fn list_devices(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(name): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let p = auth::read(&state, &headers, &name)?;
    let mut devices: Vec<DeviceView> = state
        .store
        .devices(p.id)?
        .into_iter()
        .map(DeviceView::from)
        .collect();
    devices.sort_by_key(|d| std::cmp::Reverse(d.last_seen_ms));
    Ok(Json(json!({ "devices": devices })))
}

pub async fn get_device(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path((name, serial)): Path<(String, String)>,
) -> Result<Json<DeviceView>, ApiError> {
    let p = auth::read(&state, &headers, &name)?;
    let d = state
        .store
        .device(p.id, &serial)?
        .ok_or_else(|| ApiError::NotFound(format!("no device `{serial}` in `{name}`")))?;
    Ok(Json(d.into()))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventParams {
    kind: Option<String>,
    since_ms: Option<u64>,
    until_ms: Option<u64>,
    after_id: Option<u64>,
    limit: Option<usize>,
}

pub async fn list_events(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path((name, serial)): Path<(String, String)>,
    Query(q): Query<EventParams>,
) -> Result<Json<Value>, ApiError> {
    let p = auth::read(&state, &headers, &name)?;
    if let Some(k) = &q.kind
        && !EventKind::NAMES.contains(&k.as_str())
    {
        return Err(ApiError::BadRequest(format!(
            "unknown event kind `{k}`; one of {}",
            EventKind::NAMES.join(", ")
        )));
    }
    let limit = q.limit.unwrap_or(100).clamp(1, MAX_PAGE);
    let events = state.store.events(
        p.id,
        &serial,
        &EventQuery {
            after_id: q.after_id,
            kind: q.kind,
            since_ms: q.since_ms,
            until_ms: q.until_ms,
            limit,
        },
    )?;
    let next = (events.len() == limit)
        .then(|| events.last().map(|e| e.id))
        .flatten();
    // Heartbeats are named now, from the schema their build has by now.
    let mut events = crate::schema_api::events_json(&state.store, p.id, &serial, events)?;
    // A crash names the issue it was counted in (null until the crash worker has it).
    for e in &mut events {
        if e["event"]["type"] == "coredump"
            && let Some(id) = e["id"].as_u64()
        {
            e["issue"] = json!(state.store.crash(p.id, &serial, id)?.map(|c| c.issue));
        }
    }
    Ok(Json(json!({ "events": events, "next_after_id": next })))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OutcomeParams {
    limit: Option<usize>,
}

pub async fn list_outcomes(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path((name, serial)): Path<(String, String)>,
    Query(q): Query<OutcomeParams>,
) -> Result<Json<Value>, ApiError> {
    let p = auth::read(&state, &headers, &name)?;
    let limit = q.limit.unwrap_or(100).clamp(1, MAX_PAGE);
    let outcomes: Vec<Value> = state
        .store
        .outcomes(p.id, &serial, limit)?
        .into_iter()
        .map(|o| {
            json!({
                "seq": o.chunk.seq,
                "chunk": o.chunk.index,
                "outcome": o.outcome.class(),
                "reason": o.outcome.reason(),
                "detail": o.detail,
            })
        })
        .collect();
    Ok(Json(json!({ "outcomes": outcomes })))
}

pub async fn list_plugins(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Json<Value>, ApiError> {
    auth::any(&state, &headers)?;
    Ok(Json(json!({ "plugins": state.plugins.status() })))
}

/// Largest bundle `POST /api/v1/plugins` reads.
const MAX_BUNDLE_BYTES: usize = 80 * 1024 * 1024;

/// `POST /api/v1/plugins`: install or upgrade to a signed bundle, without a restart.
pub async fn install_plugin(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: axum::body::Body,
) -> Result<Json<Value>, ApiError> {
    use http_body_util::BodyExt as _;
    auth::admin(&state, &headers)?;
    let bytes = http_body_util::Limited::new(body, MAX_BUNDLE_BYTES)
        .collect()
        .await
        .map_err(|e| {
            if e.is::<http_body_util::LengthLimitError>() {
                ApiError::TooLarge {
                    limit: MAX_BUNDLE_BYTES,
                }
            } else {
                ApiError::BadRequest(format!("could not read the request body: {e}"))
            }
        })?
        .to_bytes();
    let plugins = state.plugins.clone();
    let installed = tokio::task::spawn_blocking(move || plugins.install(&bytes))
        .await
        .map_err(|e| ApiError::Internal(format!("install task failed: {e}")))?
        .map_err(install_error)?;
    Ok(Json(
        json!({ "installed": installed, "plugins": state.plugins.status() }),
    ))
}

/// `POST /api/v1/plugins/{id}/rollback`: back to the version installed before.
pub async fn rollback_plugin(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    auth::admin(&state, &headers)?;
    let plugins = state.plugins.clone();
    let done = tokio::task::spawn_blocking(move || plugins.rollback(&id))
        .await
        .map_err(|e| ApiError::Internal(format!("rollback task failed: {e}")))?
        .map_err(install_error)?;
    Ok(Json(
        json!({ "rolled_back": done, "plugins": state.plugins.status() }),
    ))
}

fn install_error(e: crate::installs::InstallError) -> ApiError {
    use crate::installs::InstallError as E;
    use faultline_bundle::BundleError as B;
    let text = e.to_string();
    match e {
        E::Bundle(B::Unsigned | B::Tampered(_) | B::UntrustedKey(_)) | E::NotGranted { .. } => {
            ApiError::Forbidden(text)
        }
        E::Bundle(_) | E::Undeclared { .. } | E::BadComponent(_) | E::Load(_) => {
            ApiError::BadRequest(text)
        }
        E::Conflict(_) => ApiError::Conflict(text),
        E::NotInstalled(_) => ApiError::NotFound(text),
        E::Io(_) => ApiError::Internal(text),
    }
}

pub async fn health(State(state): State<AppState>) -> Json<Value> {
    let durable = state.committer.watermark.get();
    let cursor = state.store.cursor().unwrap_or(0);
    Json(json!({
        "status": "ok",
        "raw_records": durable,
        "processed_records": cursor,
        "queue_depth_records": durable.saturating_sub(cursor),
    }))
}
