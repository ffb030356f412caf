//! One table from errors to HTTP answers. Clients get a stable code and a message that says
//! what to fix; internal details are logged, not sent.

use axum::Json;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::json;

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("{0}")]
    BadRequest(String),
    #[error("missing `Faultline-Project-Key` header")]
    MissingKey,
    #[error("unknown project key")]
    UnknownKey,
    #[error("this project key was revoked; use the project's current key")]
    RevokedKey,
    #[error("missing or wrong API token")]
    Unauthorized,
    #[error("{0}")]
    Forbidden(String),
    #[error("{0}")]
    NotFound(String),
    #[error("{0}")]
    Conflict(String),
    #[error("request body is over the limit of {limit} bytes")]
    TooLarge { limit: usize },
    #[error("device is over its upload rate limit")]
    RateLimited { retry_after_s: u64 },
    #[error("{reason}")]
    Unavailable {
        reason: &'static str,
        retry_after_s: u64,
    },
    /// A search query that does not parse; `position` is the byte offset of the problem.
    #[error("{message} (at {position})")]
    BadQuery { message: String, position: usize },
    #[error("internal error")]
    Internal(String),
}

impl ApiError {
    fn parts(&self) -> (StatusCode, &'static str) {
        match self {
            ApiError::BadRequest(_) => (StatusCode::BAD_REQUEST, "malformed"),
            ApiError::MissingKey => (StatusCode::UNAUTHORIZED, "missing_key"),
            ApiError::UnknownKey => (StatusCode::UNAUTHORIZED, "unknown_key"),
            ApiError::RevokedKey => (StatusCode::FORBIDDEN, "revoked_key"),
            ApiError::Unauthorized => (StatusCode::UNAUTHORIZED, "unauthorized"),
            ApiError::Forbidden(_) => (StatusCode::FORBIDDEN, "forbidden"),
            ApiError::NotFound(_) => (StatusCode::NOT_FOUND, "not_found"),
            ApiError::Conflict(_) => (StatusCode::CONFLICT, "conflict"),
            ApiError::TooLarge { .. } => (StatusCode::PAYLOAD_TOO_LARGE, "too_large"),
            ApiError::RateLimited { .. } => (StatusCode::TOO_MANY_REQUESTS, "rate_limited"),
            ApiError::Unavailable { .. } => (StatusCode::SERVICE_UNAVAILABLE, "unavailable"),
            ApiError::BadQuery { .. } => (StatusCode::BAD_REQUEST, "bad_query"),
            ApiError::Internal(_) => (StatusCode::INTERNAL_SERVER_ERROR, "internal"),
        }
    }

    pub fn status(&self) -> StatusCode {
        self.parts().0
    }
}

impl From<faultline_store::StoreError> for ApiError {
    fn from(e: faultline_store::StoreError) -> Self {
        ApiError::Internal(e.to_string())
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (status, code) = self.parts();
        if status.is_server_error() {
            let detail = match &self {
                ApiError::Internal(d) => d.as_str(),
                _ => "",
            };
            tracing::error!(code, detail, "request failed");
        } else {
            tracing::debug!(code, error = %self, "request refused");
        }
        let retry_after = match &self {
            ApiError::RateLimited { retry_after_s } => Some(*retry_after_s),
            ApiError::Unavailable { retry_after_s, .. } => Some(*retry_after_s),
            _ => None,
        };
        let mut body = json!({ "error": code, "message": self.to_string() });
        if let Some(s) = retry_after {
            body["retry_after_s"] = json!(s);
        }
        if let ApiError::BadQuery { message, position } = &self {
            body["message"] = json!(message);
            body["position"] = json!(position);
        }
        let mut resp = (status, Json(body)).into_response();
        // These are answered before the request body is read. Closing the connection tells
        // a keep-alive client not to send its next request on a connection whose unread body
        // the server will not take (seen as `IncompleteMessage` on the next request).
        if matches!(
            self,
            ApiError::TooLarge { .. }
                | ApiError::MissingKey
                | ApiError::UnknownKey
                | ApiError::RevokedKey
                | ApiError::Unauthorized
        ) {
            resp.headers_mut()
                .insert(header::CONNECTION, HeaderValue::from_static("close"));
        }
        if let Some(s) = retry_after
            && let Ok(v) = HeaderValue::from_str(&s.to_string())
        {
            resp.headers_mut().insert(header::RETRY_AFTER, v);
        }
        resp
    }
}
