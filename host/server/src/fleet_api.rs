//! Fleet statistics over HTTP: a metric aggregated by release, hardware or cohort; release A
//! vs B; crash-free hours; adoption of releases; device search. Reads scan sled: off the
//! async threads.

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::HeaderMap;
use faultline_fleet::{Fleet, GroupBy, Page};
use faultline_store::AssignedAttributes;
use serde::Deserialize;
use serde_json::{Value, json};

use crate::auth;
use crate::error::ApiError;
use crate::state::AppState;

const DAY_MS: u64 = 86_400_000;

#[derive(Debug, Deserialize)]
pub struct RangeQuery {
    metric: Option<String>,
    /// Epoch ms; default: 7 days before `to`.
    from: Option<u64>,
    /// Epoch ms; default: now.
    to: Option<u64>,
    /// `software_version` (default), `hardware_version`, `cohort` or `none`.
    group_by: Option<String>,
    a: Option<String>,
    b: Option<String>,
    bucket_ms: Option<u64>,
}

impl RangeQuery {
    fn range(&self) -> Result<(u64, u64), ApiError> {
        let to = self.to.unwrap_or_else(|| faultline_model::now_ms() + 1);
        let from = self.from.unwrap_or(to.saturating_sub(7 * DAY_MS));
        if from >= to {
            return Err(ApiError::BadRequest("`from` must be before `to`".into()));
        }
        Ok((from, to))
    }

    fn group_by(&self) -> Result<GroupBy, ApiError> {
        match self.group_by.as_deref() {
            None | Some("software_version") => Ok(GroupBy::SoftwareVersion),
            Some("hardware_version") => Ok(GroupBy::HardwareVersion),
            Some("cohort") => Ok(GroupBy::Cohort),
            Some("none") => Ok(GroupBy::None),
            Some(o) => Err(ApiError::BadRequest(format!(
                "unknown group_by `{o}`: use software_version, hardware_version, cohort or none"
            ))),
        }
    }

    fn metric(&self) -> Result<String, ApiError> {
        self.metric
            .clone()
            .filter(|m| !m.is_empty())
            .ok_or_else(|| ApiError::BadRequest("give `metric`, a metric id".into()))
    }
}

/// Authorize, find the project, and run `f` on the fleet store off the async threads.
async fn read<T: Send + 'static>(
    state: &AppState,
    headers: &HeaderMap,
    name: &str,
    f: impl FnOnce(&Fleet, u32) -> Result<T, faultline_fleet::FleetError> + Send + 'static,
) -> Result<T, ApiError> {
    let p = auth::read(state, headers, name)?;
    let fleet = state.fleet.fleet.clone();
    tokio::task::spawn_blocking(move || f(&fleet, p.id.0))
        .await
        .map_err(|e| ApiError::Internal(format!("fleet task failed: {e}")))?
        .map_err(|e| match e {
            faultline_fleet::FleetError::BadArgument(_)
            | faultline_fleet::FleetError::Query(_)
            | faultline_fleet::FleetError::Rejected(_) => ApiError::BadRequest(e.to_string()),
            other => ApiError::Internal(other.to_string()),
        })
}

pub async fn aggregate(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(name): Path<String>,
    Query(q): Query<RangeQuery>,
) -> Result<Json<Value>, ApiError> {
    let (metric, (from, to), by) = (q.metric()?, q.range()?, q.group_by()?);
    let m = metric.clone();
    let groups = read(&state, &headers, &name, move |f, p| {
        f.aggregate(p, &m, from, to, by)
    })
    .await?;
    Ok(Json(
        json!({ "metric": metric, "from": from, "to": to, "groups": groups }),
    ))
}

pub async fn compare(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(name): Path<String>,
    Query(q): Query<RangeQuery>,
) -> Result<Json<Value>, ApiError> {
    let (metric, (from, to)) = (q.metric()?, q.range()?);
    let (Some(a), Some(b)) = (q.a.clone(), q.b.clone()) else {
        return Err(ApiError::BadRequest(
            "give the two software versions as `a` and `b`".into(),
        ));
    };
    let m = metric.clone();
    let c = read(&state, &headers, &name, move |f, p| {
        f.compare(p, &m, from, to, &a, &b)
    })
    .await?;
    Ok(Json(
        json!({ "metric": metric, "from": from, "to": to, "comparison": c }),
    ))
}

pub async fn health(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(name): Path<String>,
    Query(q): Query<RangeQuery>,
) -> Result<Json<Value>, ApiError> {
    let ((from, to), by) = (q.range()?, q.group_by()?);
    let groups = read(&state, &headers, &name, move |f, p| {
        f.crash_free_hours(p, from, to, by)
    })
    .await?;
    Ok(Json(json!({ "from": from, "to": to, "groups": groups })))
}

pub async fn adoption(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(name): Path<String>,
    Query(q): Query<RangeQuery>,
) -> Result<Json<Value>, ApiError> {
    let (from, to) = q.range()?;
    let bucket = q.bucket_ms.unwrap_or(DAY_MS);
    let buckets = read(&state, &headers, &name, move |f, p| {
        f.adoption(p, from, to, bucket)
    })
    .await?;
    Ok(Json(
        json!({ "from": from, "to": to, "bucket_ms": bucket, "buckets": buckets }),
    ))
}

#[derive(Debug, Deserialize)]
pub struct SearchQuery {
    #[serde(default)]
    q: String,
    limit: Option<usize>,
    after: Option<String>,
}

pub async fn search(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(name): Path<String>,
    Query(q): Query<SearchQuery>,
) -> Result<Json<Value>, ApiError> {
    let page = Page {
        limit: q.limit.unwrap_or(100).min(1000),
        after: q.after,
    };
    let (total, devices) = read(&state, &headers, &name, move |f, p| {
        f.search(p, &q.q, faultline_model::now_ms(), &page)
    })
    .await?;
    Ok(Json(json!({ "total": total, "devices": devices })))
}

/// `PUT …/devices/{serial}/attributes`: an operator assigns a cohort and custom attributes.
/// `cohort: null` removes it; custom keys replace the assigned set. Stored in the primary
/// database (kept by `reprocess`), carried by the device's heartbeats from now on, and applied
/// to its search record at once.
pub async fn put_attributes(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path((name, serial)): Path<(String, String)>,
    Json(body): Json<AssignedAttributes>,
) -> Result<Json<Value>, ApiError> {
    let p = auth::write(&state, &headers, &name)?;
    let too_long = |s: &str| s.is_empty() || s.len() > 255;
    if body.cohort.as_deref().is_some_and(too_long)
        || body.custom.iter().any(|(k, v)| too_long(k) || too_long(v))
    {
        return Err(ApiError::BadRequest(
            "cohort, custom keys and values must be 1 to 255 bytes".into(),
        ));
    }
    let store = state.store.clone();
    let fleet = state.fleet.fleet.clone();
    let (device, assigned) = tokio::task::spawn_blocking(move || {
        let previous = store.device_attributes(p.id, &serial)?;
        store.set_device_attributes(p.id, &serial, &body)?;
        // Keys assigned before and not now are removed from the search record.
        let mut custom = body.custom.clone();
        for k in previous.custom.keys() {
            custom.entry(k.clone()).or_default();
        }
        let device = fleet
            .assign_attributes(p.id.0, &serial, body.cohort.as_deref(), &custom)
            .map_err(|e| ApiError::BadRequest(e.to_string()))?;
        Ok::<_, ApiError>((device, body))
    })
    .await
    .map_err(|e| ApiError::Internal(format!("attribute task failed: {e}")))??;
    Ok(Json(json!({ "assigned": assigned, "device": device })))
}

/// `GET …/devices/{serial}/attributes`: what was assigned, and the device's search record.
pub async fn get_attributes(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path((name, serial)): Path<(String, String)>,
) -> Result<Json<Value>, ApiError> {
    let p = auth::read(&state, &headers, &name)?;
    let assigned = state.store.device_attributes(p.id, &serial)?;
    let device = state.fleet.fleet.device(p.id.0, &serial);
    Ok(Json(json!({ "assigned": assigned, "device": device })))
}
