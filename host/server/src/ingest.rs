//! `POST /api/v1/chunks/{device_serial}`: check, then store durably, then answer.
//!
//! Order of checks, cheapest first: serial, key, size, rate limit, disk cap, body structure.
//! Anything refused is not stored. Chunk contents are not interpreted here: reassembly and
//! decoding happen in the pipeline, which records an outcome for every chunk.

use std::collections::HashMap;
use std::sync::Mutex;
use std::sync::atomic::Ordering;
use std::time::Instant;

use axum::Json;
use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use http_body_util::BodyExt;
use serde_json::json;

use faultline_model::{Project, ProjectId, RawRecord};
use faultline_store::KeyLookup;
use faultline_telemetry::{Counter, Exposition, Histogram};

use crate::commit::CommitError;
use crate::error::ApiError;
use crate::state::AppState;

pub const KEY_HEADER: &str = "faultline-project-key";

/// Ingest answers by class, for `/metrics` (bounded label set).
#[derive(Default)]
pub struct IngestMetrics {
    pub accepted_uploads: Counter,
    pub accepted_chunks: Counter,
    pub refused: HashMap<&'static str, Counter>,
    pub ack_seconds: Option<Histogram>,
}

pub const REFUSAL_CODES: [&str; 8] = [
    "malformed",
    "missing_key",
    "unknown_key",
    "revoked_key",
    "too_large",
    "rate_limited",
    "unavailable",
    "internal",
];

impl IngestMetrics {
    pub fn new() -> Self {
        Self {
            refused: REFUSAL_CODES
                .iter()
                .map(|c| (*c, Counter::default()))
                .collect(),
            ack_seconds: Some(Histogram::latency()),
            ..Default::default()
        }
    }

    fn refuse(&self, e: &ApiError) {
        let code = match e {
            ApiError::BadRequest(_) => "malformed",
            ApiError::MissingKey => "missing_key",
            ApiError::UnknownKey => "unknown_key",
            ApiError::RevokedKey => "revoked_key",
            ApiError::TooLarge { .. } => "too_large",
            ApiError::RateLimited { .. } => "rate_limited",
            ApiError::Unavailable { .. } => "unavailable",
            _ => "internal",
        };
        if let Some(c) = self.refused.get(code) {
            c.inc();
        }
    }

    pub fn render(&self, e: &mut Exposition) {
        e.family(
            "ingest_uploads_total",
            "counter",
            "Uploads answered by ingest, by result (accepted or the refusal code).",
        );
        e.sample(
            "ingest_uploads_total",
            &[("result", "accepted")],
            self.accepted_uploads.get() as f64,
        );
        let mut refused: Vec<_> = self.refused.iter().collect();
        refused.sort_by_key(|(k, _)| **k);
        for (code, c) in refused {
            e.sample("ingest_uploads_total", &[("result", code)], c.get() as f64);
        }
        e.family(
            "ingest_chunks_received_total",
            "counter",
            "Chunks stored durably in the raw log.",
        );
        e.sample(
            "ingest_chunks_received_total",
            &[],
            self.accepted_chunks.get() as f64,
        );
        if let Some(h) = &self.ack_seconds {
            e.family(
                "ingest_ack_seconds",
                "histogram",
                "Time from request to durable acknowledgement.",
            );
            e.histogram("ingest_ack_seconds", &[], &h.snapshot());
        }
    }
}

/// Token bucket per device.
pub struct RateLimiter {
    per_s: f64,
    burst: f64,
    buckets: Mutex<HashMap<(ProjectId, String), (f64, Instant)>>,
}

/// Devices tracked before idle buckets are forgotten (a full bucket is the default anyway).
const MAX_BUCKETS: usize = 200_000;

impl RateLimiter {
    pub fn new(per_s: f64, burst: u32) -> Self {
        Self {
            per_s,
            burst: f64::from(burst),
            buckets: Mutex::new(HashMap::new()),
        }
    }

    /// Take a token, or say in how many seconds one will be there.
    pub fn check(&self, project: ProjectId, serial: &str) -> Result<(), u64> {
        let now = Instant::now();
        let mut buckets = self.buckets.lock().unwrap_or_else(|e| e.into_inner());
        if buckets.len() >= MAX_BUCKETS {
            let (per_s, burst) = (self.per_s, self.burst);
            buckets.retain(|_, (tokens, at)| {
                *tokens + now.duration_since(*at).as_secs_f64() * per_s < burst
            });
        }
        let entry = buckets
            .entry((project, serial.to_string()))
            .or_insert((self.burst, now));
        let refill = now.duration_since(entry.1).as_secs_f64() * self.per_s;
        entry.0 = (entry.0 + refill).min(self.burst);
        entry.1 = now;
        if entry.0 >= 1.0 {
            entry.0 -= 1.0;
            Ok(())
        } else {
            Err(((1.0 - entry.0) / self.per_s).ceil().max(1.0) as u64)
        }
    }
}

/// Serials become storage keys: a closed alphabet keeps them unambiguous.
pub fn valid_serial(s: &str) -> bool {
    (1..=64).contains(&s.len())
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b':'))
}

pub fn authenticate(state: &AppState, headers: &HeaderMap) -> Result<Project, ApiError> {
    let key = headers
        .get(KEY_HEADER)
        .ok_or(ApiError::MissingKey)?
        .to_str()
        .map_err(|_| ApiError::UnknownKey)?;
    if let Some(hit) = state
        .key_cache
        .read()
        .unwrap_or_else(|e| e.into_inner())
        .get(key)
    {
        return hit.clone().ok_or(ApiError::RevokedKey);
    }
    let (entry, result) = match state.store.lookup_key(key)? {
        KeyLookup::Valid(p) => (Some(Some(p.clone())), Ok(p)),
        KeyLookup::Revoked(_) => (Some(None), Err(ApiError::RevokedKey)),
        // Unknown keys are not cached, so that guessing cannot grow the map.
        KeyLookup::Unknown => (None, Err(ApiError::UnknownKey)),
    };
    if let Some(entry) = entry {
        state
            .key_cache
            .write()
            .unwrap_or_else(|e| e.into_inner())
            .insert(key.to_string(), entry);
    }
    result
}

pub async fn post_chunks(
    State(state): State<AppState>,
    Path(serial): Path<String>,
    headers: HeaderMap,
    body: Body,
) -> Result<(StatusCode, Json<serde_json::Value>), ApiError> {
    let started = Instant::now();
    let result = ingest(&state, serial, &headers, body).await;
    match &result {
        Ok((_, chunks)) => {
            state.ingest_metrics.accepted_uploads.inc();
            state.ingest_metrics.accepted_chunks.add(*chunks as u64);
            if let Some(h) = &state.ingest_metrics.ack_seconds {
                h.observe_duration(started.elapsed());
            }
        }
        Err(e) => state.ingest_metrics.refuse(e),
    }
    let (seq, chunks) = result?;
    Ok((
        StatusCode::ACCEPTED,
        Json(json!({ "accepted_chunks": chunks, "seq": seq })),
    ))
}

async fn ingest(
    state: &AppState,
    serial: String,
    headers: &HeaderMap,
    body: Body,
) -> Result<(u64, usize), ApiError> {
    let cfg = &state.config.ingest;
    if !valid_serial(&serial) {
        return Err(ApiError::BadRequest(
            "device serial must be 1-64 characters of A-Z, a-z, 0-9, '-', '_', '.', ':'".into(),
        ));
    }
    let project = authenticate(state, headers)?;
    let declared = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    if declared.is_some_and(|n| n > cfg.max_body_bytes) {
        return Err(ApiError::TooLarge {
            limit: cfg.max_body_bytes,
        });
    }
    state
        .rate_limiter
        .check(project.id, &serial)
        .map_err(|retry_after_s| ApiError::RateLimited { retry_after_s })?;
    if state.committer.disk_bytes.load(Ordering::Relaxed) >= cfg.max_disk_bytes {
        return Err(ApiError::Unavailable {
            reason: "storage is at its configured disk cap",
            retry_after_s: 60,
        });
    }
    let body = http_body_util::Limited::new(body, cfg.max_body_bytes)
        .collect()
        .await
        .map_err(|e| {
            if e.is::<http_body_util::LengthLimitError>() {
                ApiError::TooLarge {
                    limit: cfg.max_body_bytes,
                }
            } else {
                ApiError::BadRequest(format!("could not read the request body: {e}"))
            }
        })?
        .to_bytes();
    let chunks = faultline_protocol::frame::decode_upload(
        &body,
        cfg.max_chunk_bytes,
        cfg.max_chunks_per_upload,
    )
    .map_err(|e| ApiError::BadRequest(format!("malformed upload body: {e}")))?;
    let count = chunks.len();
    let record = RawRecord {
        project: project.id,
        serial,
        received_ms: faultline_model::now_ms(),
        chunks: chunks.into_iter().map(<[u8]>::to_vec).collect(),
    };
    let seq = state.committer.commit(record).await.map_err(|e| match e {
        CommitError::QueueFull => ApiError::Unavailable {
            reason: "ingest queue is full",
            retry_after_s: 1,
        },
        CommitError::Closed => ApiError::Unavailable {
            reason: "server is shutting down",
            retry_after_s: 5,
        },
        CommitError::Storage(e) => ApiError::Internal(e),
    })?;
    Ok((seq, count))
}

/// The benchmark's baseline: same router, same body read, nothing stored.
pub async fn post_noop(Path(_serial): Path<String>, body: Body) -> StatusCode {
    let _ = body.collect().await;
    StatusCode::ACCEPTED
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serials_are_a_closed_alphabet() {
        assert!(valid_serial("dev-001_a.b:c"));
        assert!(!valid_serial(""));
        assert!(!valid_serial("has space"));
        assert!(!valid_serial("nul\0"));
        assert!(!valid_serial(&"x".repeat(65)));
    }

    #[test]
    fn rate_limiter_allows_the_burst_then_says_when() {
        let r = RateLimiter::new(1.0, 3);
        for _ in 0..3 {
            assert_eq!(r.check(ProjectId(1), "a"), Ok(()));
        }
        assert_eq!(r.check(ProjectId(1), "a"), Err(1));
        // Another device has its own bucket.
        assert_eq!(r.check(ProjectId(1), "b"), Ok(()));
    }
}
