//! `GET /`: a small server-rendered status page, so a browser pointed at the server shows what
//! it holds. The full web UI is a separate piece of work; this page only reads the same data as
//! the API.

use std::fmt::Write as _;

use axum::extract::State;
use axum::response::Html;

use crate::state::AppState;

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

pub async fn index(State(state): State<AppState>) -> Html<String> {
    let durable = state.committer.watermark.get();
    let cursor = state.store.cursor().unwrap_or(0);
    let mut out = String::from(
        "<!doctype html><html><head><meta charset=\"utf-8\"><title>Faultline</title>\
         <style>body{font:14px system-ui,sans-serif;margin:2em;color:#222}\
         table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border:1px solid #ccc;padding:.25em .6em;text-align:left}\
         th{background:#f3f3f3}code{background:#f3f3f3;padding:0 .3em}</style></head><body><h1>Faultline</h1>",
    );
    let _ = write!(
        out,
        "<p>Raw log: <b>{durable}</b> uploads stored, <b>{cursor}</b> processed, queue depth <b>{}</b>. \
         <a href=\"/metrics\">/metrics</a> · <a href=\"/api/v1/plugins\">plugins</a></p>",
        durable.saturating_sub(cursor)
    );
    out.push_str(
        "<h2>Plugins</h2><table><tr><th>id</th><th>kind</th><th>state</th><th>calls</th></tr>",
    );
    for p in state.plugins.status() {
        let _ = write!(
            out,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            esc(p["label"].as_str().unwrap_or_default()),
            esc(p["kind"].as_str().unwrap_or_default()),
            esc(p["state"].as_str().unwrap_or_default()),
            p["calls"]
        );
    }
    out.push_str("</table>");
    if state.config.api_token.is_some() {
        // With an API token configured, fleet data is only for token holders (the API).
        out.push_str(
            "<p>An API token is configured: projects and devices are in the API.</p></body></html>",
        );
        return Html(out);
    }
    for project in state.store.projects().unwrap_or_default() {
        let _ = write!(out, "<h2>Project <code>{}</code></h2>", esc(&project.name));
        let _ = write!(
            out,
            "<p>Device key: <code>{}</code></p>",
            esc(&project.device_key)
        );
        let mut devices = state.store.devices(project.id).unwrap_or_default();
        devices.sort_by_key(|d| std::cmp::Reverse(d.last_seen_ms));
        out.push_str(
            "<table><tr><th>device</th><th>software</th><th>hardware</th><th>last seen (ms)</th>\
             <th>events</th><th>chunk outcomes</th></tr>",
        );
        for d in devices.iter().take(200) {
            let outcomes: Vec<String> = d
                .outcome_counts
                .iter()
                .map(|(k, v)| format!("{}: {v}", esc(k)))
                .collect();
            let _ = write!(
                out,
                "<tr><td><a href=\"/api/v1/projects/{p}/devices/{s}/events\">{s}</a></td><td>{}</td><td>{}</td>\
                 <td>{}</td><td>{}</td><td>{}</td></tr>",
                esc(&format!("{} {}", d.software_type, d.software_version)),
                esc(&d.hardware_version),
                d.last_seen_ms,
                d.events_stored,
                outcomes.join(", "),
                p = esc(&project.name),
                s = esc(&d.serial),
            );
        }
        out.push_str("</table>");
        if devices.is_empty() {
            out.push_str("<p>No devices yet. Try <code>faultline simulate --server URL --key KEY</code>.</p>");
        }
    }
    out.push_str("</body></html>");
    Html(out)
}
