//! Long operations (reindex, reprocess) as jobs whose progress the API and the web UI show:
//! `GET /api/v1/jobs`, `GET /api/v1/jobs/{id}`.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use axum::Json;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use serde_json::{Value, json};

use crate::auth;
use crate::error::ApiError;
use crate::state::AppState;

/// Finished jobs kept for the list.
const KEEP_FINISHED: usize = 20;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JobState {
    Running,
    Done,
    Failed,
}

pub struct Job {
    pub id: u64,
    pub kind: &'static str,
    pub started_ms: u64,
    done: AtomicU64,
    total: AtomicU64,
    status: Mutex<(JobState, String, u64)>,
}

impl Job {
    pub fn set_total(&self, n: u64) {
        self.total.store(n, Ordering::Relaxed);
    }

    pub fn add_total(&self, n: u64) {
        self.total.fetch_add(n, Ordering::Relaxed);
    }

    pub fn set_done(&self, n: u64) {
        self.done.store(n, Ordering::Relaxed);
    }

    pub fn advance(&self, n: u64) {
        self.done.fetch_add(n, Ordering::Relaxed);
    }

    pub fn finish(&self, result: Result<String, String>) {
        let mut s = self.status.lock().unwrap_or_else(|e| e.into_inner());
        *s = match result {
            Ok(m) => (JobState::Done, m, faultline_model::now_ms()),
            Err(m) => (JobState::Failed, m, faultline_model::now_ms()),
        };
    }

    pub fn state(&self) -> JobState {
        self.status.lock().unwrap_or_else(|e| e.into_inner()).0
    }

    pub fn json(&self) -> Value {
        let (state, message, finished) = self
            .status
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone();
        json!({
            "id": self.id,
            "kind": self.kind,
            "state": match state { JobState::Running => "running", JobState::Done => "done", JobState::Failed => "failed" },
            "done": self.done.load(Ordering::Relaxed),
            "total": self.total.load(Ordering::Relaxed),
            "message": message,
            "started_ms": self.started_ms,
            "finished_ms": (finished > 0).then_some(finished),
        })
    }
}

#[derive(Default)]
pub struct Jobs {
    list: Mutex<(u64, Vec<Arc<Job>>)>,
}

impl Jobs {
    /// A new running job, or the running one of the same kind (a second reindex while one runs
    /// would only redo its work).
    pub fn start(&self, kind: &'static str) -> (Arc<Job>, bool) {
        let mut l = self.list.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(j) =
            l.1.iter()
                .find(|j| j.kind == kind && j.state() == JobState::Running)
        {
            return (j.clone(), false);
        }
        l.0 += 1;
        let job = Arc::new(Job {
            id: l.0,
            kind,
            started_ms: faultline_model::now_ms(),
            done: AtomicU64::new(0),
            total: AtomicU64::new(0),
            status: Mutex::new((JobState::Running, String::new(), 0)),
        });
        l.1.push(job.clone());
        let finished =
            l.1.iter()
                .filter(|j| j.state() != JobState::Running)
                .count();
        if finished > KEEP_FINISHED {
            let mut drop = finished - KEEP_FINISHED;
            l.1.retain(|j| {
                let old = drop > 0 && j.state() != JobState::Running;
                if old {
                    drop -= 1;
                }
                !old
            });
        }
        (job, true)
    }

    pub fn get(&self, id: u64) -> Option<Arc<Job>> {
        let l = self.list.lock().unwrap_or_else(|e| e.into_inner());
        l.1.iter().find(|j| j.id == id).cloned()
    }

    pub fn all(&self) -> Vec<Arc<Job>> {
        self.list
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .1
            .clone()
    }
}

pub async fn list(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Json<Value>, ApiError> {
    auth::any(&state, &headers)?;
    let jobs: Vec<Value> = state.jobs.all().iter().rev().map(|j| j.json()).collect();
    Ok(Json(json!({ "jobs": jobs })))
}

pub async fn get(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(id): Path<u64>,
) -> Result<Json<Value>, ApiError> {
    auth::any(&state, &headers)?;
    let job = state
        .jobs
        .get(id)
        .ok_or_else(|| ApiError::NotFound(format!("no job {id}")))?;
    Ok(Json(job.json()))
}
