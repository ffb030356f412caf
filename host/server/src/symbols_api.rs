//! Symbol files over HTTP: upload (validated as an ELF before anything is stored), list,
//! delete. The symbolicator finds them by GNU build id, or by software type and version for an
//! image built without one.

use axum::Json;
use axum::body::Body;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use faultline_model::EventKind;
use faultline_store::{EventQuery, SymbolMeta};
use faultline_symbols::unwind::Unwinder;
use faultline_symbols::{SymbolFile, fault};
use http_body_util::BodyExt as _;
use serde::Deserialize;
use serde_json::{Value, json};

use crate::api::{authorize, project};
use crate::error::ApiError;
use crate::state::AppState;

/// Largest symbol file accepted. Firmware ELFs with full DWARF are a few MB; this leaves room
/// for large application processors without letting one request fill the disk.
pub const MAX_SYMBOL_FILE_BYTES: usize = 256 * 1024 * 1024;

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
) -> Result<(StatusCode, Json<SymbolMeta>), ApiError> {
    authorize(&state, &headers)?;
    let p = project(&state, &name)?;
    let version = match (q.software_type, q.software_version) {
        (Some(t), Some(v)) if !t.is_empty() && !v.is_empty() => Some((t, v)),
        (None, None) => None,
        _ => {
            return Err(ApiError::BadRequest(
                "give both software_type and software_version, or neither".into(),
            ));
        }
    };
    let limit = MAX_SYMBOL_FILE_BYTES;
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

    // Parsing walks the whole file: off the async threads.
    let store = state.store.clone();
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
        tracing::info!(
            project = %p.name,
            build_id = %meta.build_id,
            size = meta.size,
            debug_info = meta.debug_info,
            "symbol file stored"
        );
        Ok((StatusCode::CREATED, Json(meta)))
    })
    .await
    .map_err(|e| ApiError::Internal(format!("symbol upload task failed: {e}")))?
}

pub async fn list(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(name): Path<String>,
) -> Result<Json<Value>, ApiError> {
    authorize(&state, &headers)?;
    let p = project(&state, &name)?;
    Ok(Json(json!({ "symbols": state.store.symbols(p.id)? })))
}

pub async fn delete(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path((name, build_id)): Path<(String, String)>,
) -> Result<StatusCode, ApiError> {
    authorize(&state, &headers)?;
    let p = project(&state, &name)?;
    if state.store.delete_symbols(p.id, &build_id)? {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(ApiError::NotFound(format!(
            "no symbol file with build id `{build_id}`"
        )))
    }
}

/// Cortex-M register names by DWARF number, as the coredump carries them.
const REGISTER_NAMES: [&str; 23] = [
    "r0", "r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8", "r9", "r10", "r11", "r12", "sp", "lr",
    "pc", "xpsr", "msp", "psp", "cfsr", "hfsr", "mmfar", "bfar",
];

/// The backtrace of a stored coredump, unwound and symbolicated now, with whatever symbol file
/// is uploaded by now (so symbols uploaded after a crash apply to it at once).
pub async fn backtrace(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path((name, serial, id)): Path<(String, String, u64)>,
) -> Result<Json<Value>, ApiError> {
    authorize(&state, &headers)?;
    let p = project(&state, &name)?;
    let not_found = || ApiError::NotFound(format!("no event {id} for device `{serial}`"));
    let q = EventQuery {
        after_id: Some(id.checked_sub(1).ok_or_else(not_found)?),
        limit: 1,
        ..Default::default()
    };
    let event = state
        .store
        .events(p.id, &serial, &q)?
        .into_iter()
        .find(|e| e.id == id)
        .ok_or_else(not_found)?;
    let EventKind::Coredump {
        reason,
        registers,
        regions,
        truncated,
        ..
    } = event.event.kind
    else {
        return Err(ApiError::BadRequest(format!(
            "event {id} is not a coredump"
        )));
    };
    let device = state.store.device(p.id, &serial)?.ok_or_else(not_found)?;

    // The symbol file: by the build id of a context announcing the crash's software version,
    // else by that version.
    let contexts: Vec<_> = device
        .contexts
        .values()
        .filter(|c| c.software_version == event.software_version)
        .collect();
    let mut build_id = None;
    for c in &contexts {
        let id = hex(&c.build_id);
        if !c.build_id.is_empty() && state.store.symbol_meta(p.id, &id)?.is_some() {
            build_id = Some(id);
            break;
        }
    }
    if build_id.is_none() {
        for c in &contexts {
            if let Some(id) =
                state
                    .store
                    .symbols_for_version(p.id, &c.software_type, &c.software_version)?
            {
                build_id = Some(id);
                break;
            }
        }
    }
    let wanted = contexts
        .iter()
        .find(|c| !c.build_id.is_empty())
        .map(|c| hex(&c.build_id));

    // Positional by register number; a register the device did not send reads as 0.
    let mut regs = vec![0u32; REGISTER_NAMES.len()];
    for r in &registers {
        if let Some(slot) = regs.get_mut(usize::from(r.number)) {
            *slot = r.value as u32;
        }
    }
    let named: serde_json::Map<String, Value> = registers
        .iter()
        .map(|r| {
            let name = REGISTER_NAMES
                .get(usize::from(r.number))
                .map_or_else(|| format!("r{}", r.number), |n| (*n).to_string());
            (name, json!(format!("{:#010x}", r.value)))
        })
        .collect();
    let fault = fault::describe_cortex_m(regs[19], regs[20], regs[21], regs[22]);

    let Some(build_id) = build_id else {
        return Ok(Json(json!({
            "symbols": { "status": "missing", "build_id": wanted },
            "registers": named,
            "fault": fault,
            "truncated": truncated,
            "frames": [{ "pc": regs[15], "status": "missing_symbols" }],
        })));
    };

    let store = state.store.clone();
    let cache = state.symbol_cache.clone();
    let project_id = p.id;
    let frames = tokio::task::spawn_blocking(move || -> Result<Value, ApiError> {
        let key = build_id.clone().into_bytes();
        let sym = cache
            .get_or_load(&key, || {
                let bytes = store
                    .symbol_file(project_id, &build_id)
                    .ok()
                    .flatten()
                    .unwrap_or_default();
                SymbolFile::parse(bytes)
            })
            .map_err(|e| ApiError::Internal(format!("symbol file {build_id}: {e}")))?;
        let memory: Vec<(u64, &[u8])> = regions.iter().map(|r| (r.start, &r.data[..])).collect();
        let unwinder = Unwinder::new(sym.file())
            .map_err(|e| ApiError::Internal(format!("symbol file {build_id}: {e}")))?;
        let bt = unwinder.unwind(&regs, &memory);
        let symbols = bt.symbolicate(&sym);
        let fp = faultline_symbols::fingerprint::fingerprint(reason, &symbols)
            .map(|f| json!({ "id": f.id, "signature": f.signature }));
        let frames: Vec<Value> = bt
            .frames
            .iter()
            .zip(symbols)
            .map(|(f, names)| {
                json!({
                    "pc": f.pc,
                    "sp": f.sp,
                    "status": f.status.as_str(),
                    "symbols": names.iter().map(|n| json!({
                        "function": n.function,
                        "file": n.file,
                        "line": n.line,
                        "inlined": n.inlined,
                    })).collect::<Vec<_>>(),
                })
            })
            .collect();
        Ok(json!({
            "frames": frames,
            "end": bt.end.as_str(),
            "build_id": build_id,
            "fingerprint": fp,
        }))
    })
    .await
    .map_err(|e| ApiError::Internal(format!("backtrace task failed: {e}")))??;
    Ok(Json(json!({
        "symbols": { "status": "found", "build_id": frames["build_id"] },
        "registers": named,
        "fault": fault,
        "truncated": truncated,
        "frames": frames["frames"],
        "end": frames["end"],
        "fingerprint": frames["fingerprint"],
    })))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
