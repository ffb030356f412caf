//! The web UI: static files compiled into the binary (`host/server/ui/`), served at `/` and
//! `/ui/<file>`. No front-end build step: plain HTML, CSS and JavaScript that call the API with
//! the session token. With `FAULTLINE_UI_DIR` set, the files are read from that directory at
//! each request instead, for working on the UI without rebuilding.

use axum::extract::Path;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};

const FILES: &[(&str, &str, &str)] = &[
    (
        "index.html",
        "text/html; charset=utf-8",
        include_str!("../ui/index.html"),
    ),
    (
        "app.js",
        "text/javascript; charset=utf-8",
        include_str!("../ui/app.js"),
    ),
    (
        "app.css",
        "text/css; charset=utf-8",
        include_str!("../ui/app.css"),
    ),
];

fn serve(name: &str) -> Response {
    let Some((_, mime, embedded)) = FILES.iter().find(|(n, _, _)| *n == name) else {
        return (StatusCode::NOT_FOUND, "no such file").into_response();
    };
    let body = match std::env::var_os("FAULTLINE_UI_DIR") {
        Some(dir) => match std::fs::read_to_string(std::path::Path::new(&dir).join(name)) {
            Ok(s) => s,
            Err(e) => return (StatusCode::NOT_FOUND, e.to_string()).into_response(),
        },
        None => (*embedded).to_string(),
    };
    (
        [
            (header::CONTENT_TYPE, *mime),
            // The API carries the data; the shell may be cached only briefly so an upgrade shows.
            (header::CACHE_CONTROL, "no-cache"),
            (
                header::CONTENT_SECURITY_POLICY,
                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'",
            ),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        ],
        body,
    )
        .into_response()
}

pub async fn index() -> Response {
    serve("index.html")
}

pub async fn file(Path(name): Path<String>) -> Response {
    serve(&name)
}
