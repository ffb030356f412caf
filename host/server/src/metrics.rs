//! `GET /metrics`: the server's own health in Prometheus text format.

use axum::extract::State;
use axum::http::header;
use axum::response::IntoResponse;

use faultline_telemetry::Exposition;

use crate::state::AppState;

pub async fn render(State(state): State<AppState>) -> impl IntoResponse {
    let mut e = Exposition::new();
    state.ingest_metrics.render(&mut e);
    let m = &state.committer.metrics;
    e.family(
        "ingest_flush_seconds",
        "histogram",
        "Time of one group-commit write and flush of the raw log.",
    );
    e.histogram("ingest_flush_seconds", &[], &m.flush_seconds.snapshot());
    e.family(
        "ingest_uploads_per_flush",
        "histogram",
        "Uploads made durable by one flush.",
    );
    e.histogram(
        "ingest_uploads_per_flush",
        &[],
        &m.uploads_per_flush.snapshot(),
    );
    e.family(
        "ingest_flush_errors_total",
        "counter",
        "Failed raw log writes.",
    );
    e.sample(
        "ingest_flush_errors_total",
        &[],
        m.flush_errors.get() as f64,
    );
    e.family(
        "store_disk_bytes",
        "gauge",
        "Size of the data directory as last measured.",
    );
    e.sample(
        "store_disk_bytes",
        &[],
        state
            .committer
            .disk_bytes
            .load(std::sync::atomic::Ordering::Relaxed) as f64,
    );
    state.pipeline_metrics.render(&mut e);
    let fleet = &state.fleet;
    e.family(
        "fleet_rejected_total",
        "counter",
        "Heartbeats and reboots the fleet statistics refused since start, by reason.",
    );
    for (reason, n) in fleet.fleet.rejections() {
        e.sample("fleet_rejected_total", &[("reason", reason)], n as f64);
    }
    e.family(
        "fleet_unnamed_heartbeats_total",
        "counter",
        "Heartbeats not yet in the fleet statistics because no metric schema names them.",
    );
    e.sample(
        "fleet_unnamed_heartbeats_total",
        &[],
        fleet.unnamed.load(std::sync::atomic::Ordering::Relaxed) as f64,
    );
    e.family(
        "fleet_waiting_heartbeats",
        "gauge",
        "Heartbeats kept until their build's metric schema arrives.",
    );
    e.sample("fleet_waiting_heartbeats", &[], fleet.pending_len() as f64);
    state
        .crash_metrics
        .render(&mut e, state.store.crash_queue_len());
    state.plugins.render_metrics(&mut e);
    let search = state.search.index.stats();
    for (name, help, v) in [
        (
            "search_log_lines",
            "Log lines in the search index (committed).",
            search.log_docs as f64,
        ),
        (
            "search_issues",
            "Issues in the search index (committed).",
            search.issue_docs as f64,
        ),
        (
            "search_partitions",
            "Daily log partitions in the search index.",
            search.partitions as f64,
        ),
        (
            "search_index_bytes",
            "Size of the search index on disk.",
            search.disk_bytes as f64,
        ),
    ] {
        e.family(name, "gauge", help);
        e.sample(name, &[], v);
    }
    (
        [(header::CONTENT_TYPE, "text/plain; version=0.0.4")],
        e.finish(),
    )
}
