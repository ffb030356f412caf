//! Searching logs and issues, and the long operations that rebuild what search reads:
//! `GET /api/v1/projects/{p}/logs`, `POST /api/v1/reindex`, `POST /api/v1/reprocess`.

use std::time::Instant;

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use faultline_model::{ProjectId, now_ms};
use faultline_query::{Expr, Schema};
use faultline_search::{IssueSchema, LogSchema};
use serde::Deserialize;
use serde_json::{Value, json};

use crate::auth;
use crate::error::ApiError;
use crate::state::AppState;

/// Most log lines one answer holds.
const MAX_LINES: usize = 1000;

/// Parse a user's query, its errors pointing at the byte they are about.
pub fn parse(text: &str, schema: &dyn Schema) -> Result<Expr, ApiError> {
    faultline_query::parse(text, schema).map_err(|e| ApiError::BadQuery {
        message: e.message,
        position: e.pos,
    })
}

fn search_error(e: faultline_search::SearchError) -> ApiError {
    ApiError::Internal(format!("search failed: {e}"))
}

/// Ids of the project's issues that match `q` (off the async threads).
pub async fn issue_ids(
    state: &AppState,
    project: ProjectId,
    q: &str,
) -> Result<std::collections::HashSet<u64>, ApiError> {
    let expr = parse(q, &IssueSchema)?;
    let index = state.search.index.clone();
    let ids = tokio::task::spawn_blocking(move || {
        index.search_issues(u64::from(project.0), &expr, now_ms() as i64)
    })
    .await
    .map_err(|e| ApiError::Internal(format!("search task failed: {e}")))?
    .map_err(search_error)?;
    Ok(ids.into_iter().collect())
}

/// Log lines of the project matching `expr`, newest first, as JSON.
pub async fn log_lines(
    state: &AppState,
    project: ProjectId,
    expr: Expr,
    limit: usize,
) -> Result<(usize, Vec<Value>), ApiError> {
    let index = state.search.index.clone();
    let hits = tokio::task::spawn_blocking(move || {
        index.search_logs(u64::from(project.0), &expr, now_ms() as i64, limit)
    })
    .await
    .map_err(|e| ApiError::Internal(format!("search task failed: {e}")))?
    .map_err(search_error)?;
    let lines = hits
        .lines
        .iter()
        .map(|l| {
            json!({
                "serial": l.serial,
                "time_ms": l.time_ms,
                "level": l.level,
                "message": l.message,
                "version": l.version,
                "event_id": l.event_id,
                "line": l.line,
                "source": l.source,
            })
        })
        .collect();
    Ok((hits.total, lines))
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LogParams {
    q: Option<String>,
    limit: Option<usize>,
}

pub async fn logs(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(name): Path<String>,
    Query(q): Query<LogParams>,
) -> Result<Json<Value>, ApiError> {
    let p = auth::read(&state, &headers, &name)?;
    let started = Instant::now();
    let expr = parse(q.q.as_deref().unwrap_or(""), &LogSchema)?;
    let limit = q.limit.unwrap_or(100).clamp(1, MAX_LINES);
    let (total, lines) = log_lines(&state, p.id, expr, limit).await?;
    Ok(Json(json!({
        "total": total,
        "took_ms": started.elapsed().as_secs_f64() * 1000.0,
        "lines": lines,
    })))
}

/// `POST /api/v1/reindex`: rebuild the search index from the stored events and issues.
pub async fn reindex(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let by = auth::admin(&state, &headers)?;
    let (job, new) = state.jobs.start("reindex");
    if new {
        tracing::info!(by = %by.name, job = job.id, "reindex asked for");
        state.search.reindex(job.clone());
    }
    Ok((StatusCode::ACCEPTED, Json(json!({ "job": job.id }))))
}

/// `POST /api/v1/reprocess`: run the whole raw log through the current plugins again, while the
/// server keeps taking chunks.
pub async fn reprocess(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let by = auth::admin(&state, &headers)?;
    let Some(requests) = state.reprocess.clone() else {
        return Err(ApiError::Unavailable {
            reason: "this server runs without a pipeline",
            retry_after_s: 60,
        });
    };
    let (job, new) = state.jobs.start("reprocess");
    if new {
        tracing::info!(by = %by.name, job = job.id, "reprocess asked for");
        let (fleet, search) = (state.fleet.clone(), state.search.clone());
        requests.reprocess(
            job.clone(),
            Box::new(move || {
                fleet.clear().map_err(|e| e.to_string())?;
                search.clear();
                Ok(())
            }),
        );
    }
    Ok((StatusCode::ACCEPTED, Json(json!({ "job": job.id }))))
}
