//! Issues over HTTP: list with filters and sorting, detail with the latest and sample crashes,
//! state changes (resolve, resolve in a version, ignore, reopen) and merges.

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::HeaderMap;
use faultline_model::now_ms;
use faultline_store::{CrashRecord, Issue, IssueQuery, IssueSort, IssueState};
use serde::Deserialize;
use serde_json::{Value, json};

use crate::auth;
use crate::error::ApiError;
use crate::state::AppState;
use crate::symbols_api::backtrace_json;

const MAX_LIMIT: usize = 1000;
/// Crashes shown with an issue besides the latest.
const SAMPLE_CRASHES: usize = 10;

#[derive(Debug, Deserialize)]
pub struct ListQuery {
    /// `unresolved`, `resolved` or `ignored`.
    state: Option<String>,
    /// Only issues seen in this software version.
    version: Option<String>,
    /// A search in the query language (docs/search.md), e.g. `function:crash_* release:>=1.2`.
    q: Option<String>,
    /// `last_seen` (default), `first_seen`, `occurrences` or `devices`.
    sort: Option<String>,
    /// `desc` (default) or `asc`.
    order: Option<String>,
    limit: Option<usize>,
    offset: Option<usize>,
}

fn issue_json(i: &Issue) -> Value {
    json!({
        "id": i.id,
        "title": i.title,
        "reason": i.reason,
        "culprit": i.culprit,
        "fingerprint": i.fingerprint,
        "symbolicated": i.symbolicated,
        "state": i.state.as_str(),
        "resolved_in": i.resolved_in,
        "occurrences": i.occurrences,
        "devices": i.devices,
        "first_seen_ms": i.first_seen_ms,
        "last_seen_ms": i.last_seen_ms,
        "versions": i.versions,
    })
}

fn crash_json(c: &CrashRecord) -> Value {
    json!({
        "serial": c.serial,
        "event_id": c.event_id,
        "received_ms": c.received_ms,
        "analysed_ms": c.analysed_ms,
        "software_version": c.software_version,
        "title": c.analysis.title,
        "symbols": c.analysis.symbols,
    })
}

pub async fn list(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(name): Path<String>,
    Query(q): Query<ListQuery>,
) -> Result<Json<Value>, ApiError> {
    let p = auth::read(&state, &headers, &name)?;
    let issue_state = match q.state.as_deref() {
        None | Some("") | Some("all") => None,
        Some(s) => Some(IssueState::parse(s).ok_or_else(|| {
            ApiError::BadRequest(format!(
                "unknown state `{s}`: use unresolved, resolved, ignored or all"
            ))
        })?),
    };
    let sort = match q.sort.as_deref() {
        None | Some("last_seen") => IssueSort::LastSeen,
        Some("first_seen") => IssueSort::FirstSeen,
        Some("occurrences") => IssueSort::Occurrences,
        Some("devices") => IssueSort::Devices,
        Some(s) => {
            return Err(ApiError::BadRequest(format!(
                "unknown sort `{s}`: use last_seen, first_seen, occurrences or devices"
            )));
        }
    };
    let ascending = match q.order.as_deref() {
        None | Some("desc") => false,
        Some("asc") => true,
        Some(o) => {
            return Err(ApiError::BadRequest(format!(
                "unknown order `{o}`: use asc or desc"
            )));
        }
    };
    let (limit, offset) = (q.limit.unwrap_or(100).min(MAX_LIMIT), q.offset.unwrap_or(0));
    let text = q.q.filter(|t| !t.trim().is_empty());
    // A query goes to the search index for the matching ids; the store sorts and pages.
    let matching = match &text {
        Some(t) => Some(crate::search_api::issue_ids(&state, p.id, t).await?),
        None => None,
    };
    let mut query = IssueQuery {
        state: issue_state,
        version: q.version,
        text: None,
        sort,
        ascending,
        limit,
        offset,
    };
    let (total, issues) = match matching {
        None => state.store.issues(p.id, &query)?,
        Some(ids) => {
            (query.limit, query.offset) = (usize::MAX, 0);
            let (_, all) = state.store.issues(p.id, &query)?;
            let hits: Vec<Issue> = all.into_iter().filter(|i| ids.contains(&i.id)).collect();
            let total = hits.len();
            (total, hits.into_iter().skip(offset).take(limit).collect())
        }
    };
    Ok(Json(json!({
        "total": total,
        "issues": issues.iter().map(issue_json).collect::<Vec<_>>(),
    })))
}

pub async fn detail(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path((name, id)): Path<(String, u64)>,
) -> Result<Json<Value>, ApiError> {
    let p = auth::read(&state, &headers, &name)?;
    let issue = state
        .store
        .issue(p.id, id)?
        .ok_or_else(|| ApiError::NotFound(format!("no issue {id}")))?;
    let crashes = state
        .store
        .issue_crashes(p.id, issue.id, SAMPLE_CRASHES + 1)?;
    let devices = state.store.issue_devices(p.id, issue.id)?;
    let mut v = issue_json(&issue);
    v["alias_of"] = json!((issue.id != id).then_some(issue.id));
    v["history"] = json!(issue.history);
    v["latest"] = crashes.first().map_or(Value::Null, |c| {
        let mut l = crash_json(c);
        l["backtrace"] = backtrace_json(&c.analysis, Some(c.issue));
        l
    });
    v["samples"] = json!(crashes.iter().map(crash_json).collect::<Vec<_>>());
    v["occurrences_by_day"] = json!(by_day(&state.store.issue_crash_times(p.id, issue.id)?));
    v["logs"] = match crashes.first() {
        Some(c) => crash_logs(&state, p.id, &c.serial, c.received_ms).await?,
        None => json!([]),
    };
    v["device_list"] = json!(
        devices
            .iter()
            .map(|(serial, n)| json!({ "serial": serial, "occurrences": n }))
            .collect::<Vec<_>>()
    );
    Ok(Json(v))
}

const DAY_MS: u64 = 86_400_000;
/// Days the occurrence chart covers at most.
const CHART_DAYS: u64 = 90;
/// Logs shown around a crash: this long before it (and a little after, for what the device
/// logged while rebooting).
const LOGS_BEFORE_MS: u64 = 15 * 60_000;
const LOGS_AFTER_MS: u64 = 2 * 60_000;
const CRASH_LOGS: usize = 200;

/// Crashes per UTC day, from the first day with one (at most [`CHART_DAYS`] back from the last)
/// to the last, empty days included.
fn by_day(times: &[u64]) -> Vec<Value> {
    let (Some(first), Some(last)) = (times.iter().min(), times.iter().max()) else {
        return Vec::new();
    };
    let last_day = last / DAY_MS;
    let first_day = (first / DAY_MS).max(last_day.saturating_sub(CHART_DAYS - 1));
    let mut counts = vec![0u64; (last_day - first_day + 1) as usize];
    for t in times {
        if let Some(c) = (t / DAY_MS)
            .checked_sub(first_day)
            .and_then(|d| counts.get_mut(d as usize))
        {
            *c += 1;
        }
    }
    counts
        .iter()
        .enumerate()
        .map(|(i, n)| json!({ "day_ms": (first_day + i as u64) * DAY_MS, "count": n }))
        .collect()
}

/// The device's log lines around a crash, oldest first.
async fn crash_logs(
    state: &AppState,
    project: faultline_model::ProjectId,
    serial: &str,
    at_ms: u64,
) -> Result<Value, ApiError> {
    let q = format!(
        "device:\"{serial}\" time:>={} time:<={}",
        at_ms.saturating_sub(LOGS_BEFORE_MS),
        at_ms + LOGS_AFTER_MS
    );
    let expr = crate::search_api::parse(&q, &faultline_search::LogSchema)?;
    let (_, mut lines) = crate::search_api::log_lines(state, project, expr, CRASH_LOGS).await?;
    lines.reverse();
    Ok(json!(lines))
}

#[derive(Debug, Deserialize)]
pub struct StateBody {
    state: String,
    /// With `resolved`: the first version with the fix. Crashes from older versions do not
    /// reopen the issue; crashes from this version or newer do.
    in_version: Option<String>,
}

pub async fn set_state(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path((name, id)): Path<(String, u64)>,
    Json(body): Json<StateBody>,
) -> Result<Json<Value>, ApiError> {
    let (who, p) = auth::write_as(&state, &headers, &name)?;
    let new = IssueState::parse(&body.state).ok_or_else(|| {
        ApiError::BadRequest(format!(
            "unknown state `{}`: use unresolved, resolved or ignored",
            body.state
        ))
    })?;
    if body.in_version.is_some() && new != IssueState::Resolved {
        return Err(ApiError::BadRequest(
            "in_version applies only to state `resolved`".into(),
        ));
    }
    if body
        .in_version
        .as_deref()
        .is_some_and(|v| v.trim().is_empty())
    {
        return Err(ApiError::BadRequest("in_version is empty".into()));
    }
    let store = state.store.clone();
    let issue = tokio::task::spawn_blocking(move || {
        store.set_issue_state(p.id, id, new, body.in_version, Some(&who.name), now_ms())
    })
    .await
    .map_err(|e| ApiError::Internal(format!("state task failed: {e}")))??
    .ok_or_else(|| ApiError::NotFound(format!("no issue {id}")))?;
    tracing::info!(issue = issue.id, state = issue.state.as_str(), resolved_in = ?issue.resolved_in, "issue state changed");
    Ok(Json(issue_json(&issue)))
}

#[derive(Debug, Deserialize)]
pub struct MergeBody {
    /// The issue that stays; the one in the path becomes its alias.
    into: u64,
}

pub async fn merge(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path((name, id)): Path<(String, u64)>,
    Json(body): Json<MergeBody>,
) -> Result<Json<Value>, ApiError> {
    let (who, p) = auth::write_as(&state, &headers, &name)?;
    let store = state.store.clone();
    let into = body.into;
    let merged = tokio::task::spawn_blocking(move || {
        store.merge_issues(p.id, id, into, Some(&who.name), now_ms())
    })
    .await
    .map_err(|e| ApiError::Internal(format!("merge task failed: {e}")))??
    .ok_or_else(|| ApiError::NotFound(format!("no issue {id} or {into}")))?;
    tracing::info!(from = id, into = merged.id, "issues merged");
    Ok(Json(issue_json(&merged)))
}
