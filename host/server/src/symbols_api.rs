//! Symbol files over HTTP: upload (validated as an ELF before anything is stored), list,
//! delete. The symbolicator finds them by GNU build id, or by software type and version for an
//! image built without one.

use axum::Json;
use axum::body::Body;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use faultline_store::{CrashAnalysis, SymbolMeta};
use faultline_symbols::SymbolFile;
use http_body_util::BodyExt as _;
use serde::Deserialize;
use serde_json::{Value, json};

use crate::auth;
use crate::crashes::{self, hex};
use crate::error::ApiError;
use crate::state::AppState;

#[derive(Debug, Deserialize)]
pub struct UploadQuery {
    /// File name to show in listings.
    name: Option<String>,
    software_type: Option<String>,
    software_version: Option<String>,
}

pub async fn upload(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(name): Path<String>,
    Query(q): Query<UploadQuery>,
    body: Body,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let p = auth::write(&state, &headers, &name)?;
    let limit = state.config.max_symbol_file_bytes;
    let declared = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    if declared.is_some_and(|n| n > limit) {
        return Err(ApiError::TooLarge { limit });
    }
    let bytes = http_body_util::Limited::new(body, limit)
        .collect()
        .await
        .map_err(|e| {
            if e.is::<http_body_util::LengthLimitError>() {
                ApiError::TooLarge { limit }
            } else {
                ApiError::BadRequest(format!("could not read the request body: {e}"))
            }
        })?
        .to_bytes();
    if bytes.is_empty() {
        return Err(ApiError::BadRequest("empty body: send the ELF file".into()));
    }
    // Checked after the body is read: answering before it would leave the body unread, and
    // the connection would close under a client that reuses it.
    let version = match (q.software_type, q.software_version) {
        (Some(t), Some(v)) if !t.is_empty() && !v.is_empty() => Some((t, v)),
        (None, None) => None,
        _ => {
            return Err(ApiError::BadRequest(
                "give both software_type and software_version, or neither".into(),
            ));
        }
    };

    // Parsing walks the whole file: off the async threads.
    let store = state.store.clone();
    let cache = state.symbol_cache.clone();
    let signal = state.crash_signal.clone();
    let fleet = state.fleet.clone();
    let file_name = q.name.unwrap_or_else(|| "symbols.elf".into());
    tokio::task::spawn_blocking(move || {
        let file = SymbolFile::parse(bytes.to_vec())
            .map_err(|e| ApiError::BadRequest(format!("not a usable symbol file: {e}")))?;
        let build_id = match (file.build_id_hex(), &version) {
            (Some(id), _) => id,
            // No build id: the version is the identity (an upload for the same version
            // replaces it), kept hex like a build id.
            (None, Some((t, v))) => hex(format!("{t}\0{v}").as_bytes()),
            (None, None) => {
                return Err(ApiError::BadRequest(
                    "the ELF has no GNU build id (link with -Wl,--build-id): give \
                     software_type and software_version to match it by version instead"
                        .into(),
                ));
            }
        };
        let meta = SymbolMeta {
            build_id,
            software_type: version.as_ref().map(|(t, _)| t.clone()),
            software_version: version.as_ref().map(|(_, v)| v.clone()),
            name: file_name,
            size: file.bytes().len() as u64,
            uploaded_ms: faultline_model::now_ms(),
            arch: format!("{:?}", file.arch()).to_lowercase(),
            debug_info: file.has_debug_info(),
        };
        store.put_symbols(p.id, &meta, file.bytes())?;
        // A replaced file must not be served from the warm cache.
        cache.remove(meta.build_id.as_bytes());
        let metric_schema =
            crate::schema_api::store_from_symbols(&store, p.id, &meta.build_id, &file)?;
        fleet.schemas_changed(p.id, &meta.build_id);
        tracing::info!(
            project = %p.name,
            build_id = %meta.build_id,
            size = meta.size,
            debug_info = meta.debug_info,
            "symbol file stored"
        );
        // Crashes that waited for these symbols are analysed again.
        let mut keys = vec![crashes::build_key(&meta.build_id)];
        if let (Some(t), Some(v)) = (&meta.software_type, &meta.software_version) {
            keys.push(crashes::version_key(t, v));
        }
        let requeued = crashes::requeue_for_symbols(&store, p.id, &keys)?;
        if requeued > 0 {
            signal.notify();
            tracing::info!(build_id = %meta.build_id, crashes = requeued, "crashes queued for symbolication");
        }
        let mut body = json!(meta);
        body["metric_schema"] = metric_schema;
        Ok((StatusCode::CREATED, Json(body)))
    })
    .await
    .map_err(|e| ApiError::Internal(format!("symbol upload task failed: {e}")))?
}

pub async fn list(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(name): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let p = auth::read(&state, &headers, &name)?;
    Ok(Json(json!({ "symbols": state.store.symbols(p.id)? })))
}

pub async fn delete(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path((name, build_id)): Path<(String, String)>,
) -> Result<StatusCode, ApiError> {
    let p = auth::write(&state, &headers, &name)?;
    if state.store.delete_symbols(p.id, &build_id)? {
        state.symbol_cache.remove(build_id.as_bytes());
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(ApiError::NotFound(format!(
            "no symbol file with build id `{build_id}`"
        )))
    }
}

/// The backtrace of a stored coredump, analysed now with whatever symbol file is uploaded by
/// now (the crash worker's stored analysis may predate an upload).
pub async fn backtrace(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path((name, serial, id)): Path<(String, String, u64)>,
) -> Result<Json<Value>, ApiError> {
    let p = auth::read(&state, &headers, &name)?;
    let env = crashes::CrashEnv {
        store: state.store.clone(),
        cache: state.symbol_cache.clone(),
        plugins: Some(state.plugins.clone()),
    };
    tokio::task::spawn_blocking(move || {
        let store = &env.store;
        let not_found = || ApiError::NotFound(format!("no event {id} for device `{serial}`"));
        let event = crashes::crash_event(store, p.id, &serial, id)?.ok_or_else(not_found)?;
        let device = store.device(p.id, &serial)?.ok_or_else(not_found)?;
        let analysis = crashes::analyze(&env, p.id, &device, &event)?
            .ok_or_else(|| ApiError::BadRequest(format!("event {id} is not a coredump")))?;
        let issue = store.crash(p.id, &serial, id)?.map(|c| c.issue);
        Ok(Json(backtrace_json(&analysis, issue)))
    })
    .await
    .map_err(|e| ApiError::Internal(format!("backtrace task failed: {e}")))?
}

/// The API's view of an analysis.
pub fn backtrace_json(a: &CrashAnalysis, issue: Option<u64>) -> Value {
    let symbols = match a.symbols.as_str() {
        "found" | "missing" => json!({ "status": a.symbols, "build_id": a.build_id }),
        other => {
            json!({ "status": "unusable", "error": other.trim_start_matches("unusable: "), "build_id": a.build_id })
        }
    };
    json!({
        "reason": a.reason,
        "title": a.title,
        "culprit": a.culprit,
        "symbols": symbols,
        "waiting_for": a.waiting_for,
        "registers": a.registers,
        "fault": a.fault,
        "truncated": a.truncated,
        "frames": a.frames,
        "end": a.end,
        "fingerprint": { "id": a.fingerprint, "signature": a.signature },
        "issue": issue,
    })
}
