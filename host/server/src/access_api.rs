//! Sessions, API tokens and users over HTTP. Reference: `docs/api.md` (Access).

use axum::Json;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use faultline_store::{Role, TokenRecord, UserRecord};
use serde::Deserialize;
use serde_json::{Value, json};

use crate::auth::{self, Principal};
use crate::error::ApiError;
use crate::state::AppState;

fn principal_json(p: &Principal, state: &AppState) -> Result<Value, ApiError> {
    let projects: Vec<String> = if p.admin {
        state
            .store
            .projects()?
            .into_iter()
            .map(|p| p.name)
            .collect()
    } else {
        p.projects.clone()
    };
    Ok(json!({
        "user": p.name,
        "admin": p.admin,
        "role": p.role,
        "projects": projects,
    }))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignIn {
    token: Option<String>,
    user: Option<String>,
    password: Option<String>,
}

/// `POST /api/v1/session`: a user's name and password, or an API token, for a session token.
pub async fn sign_in(
    State(state): State<AppState>,
    Json(req): Json<SignIn>,
) -> Result<Json<Value>, ApiError> {
    let principal = match (req.token, req.user, req.password) {
        (Some(token), None, None) => auth::token_principal(&state, token.trim())?,
        (None, Some(user), Some(password)) => {
            let store = state.store.clone();
            // Hash checks take tens of milliseconds on purpose: off the async threads.
            tokio::task::spawn_blocking(move || -> Result<Option<Principal>, ApiError> {
                let Some(u) = store.user(&user)? else {
                    return Ok(None);
                };
                Ok(
                    auth::verify_password(&password, &u.password_hash).then_some(Principal {
                        name: u.name,
                        admin: u.admin,
                        projects: u.projects,
                        role: u.role,
                    }),
                )
            })
            .await
            .map_err(|e| ApiError::Internal(format!("sign-in task failed: {e}")))??
        }
        _ => {
            return Err(ApiError::BadRequest(
                "give `token`, or `user` and `password`".into(),
            ));
        }
    };
    let Some(p) = principal else {
        tracing::info!("sign-in refused");
        return Err(ApiError::Unauthorized);
    };
    let mut v = principal_json(&p, &state)?;
    tracing::info!(user = %p.name, admin = p.admin, "signed in");
    v["token"] = json!(state.sessions.open(p));
    Ok(Json(v))
}

pub async fn whoami(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Json<Value>, ApiError> {
    let p = auth::principal(&state, &headers)?;
    Ok(Json(principal_json(&p, &state)?))
}

pub async fn sign_out(State(state): State<AppState>, headers: HeaderMap) -> StatusCode {
    let closed = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .is_some_and(|t| state.sessions.close(t.trim()));
    if closed {
        StatusCode::NO_CONTENT
    } else {
        StatusCode::NOT_FOUND
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewToken {
    name: String,
    /// Absent: an administrator token.
    project: Option<String>,
    #[serde(default = "read_role")]
    role: Role,
}

fn read_role() -> Role {
    Role::Read
}

/// Tokens are named in the API by the start of their digest, never by the secret.
fn token_id(digest: &str) -> &str {
    &digest[..16]
}

fn token_json(digest: &str, t: &TokenRecord) -> Value {
    json!({
        "id": token_id(digest),
        "name": t.name,
        "project": t.project,
        "role": t.role,
        "prefix": t.prefix,
        "created_ms": t.created_ms,
    })
}

pub async fn list_tokens(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Json<Value>, ApiError> {
    auth::admin(&state, &headers)?;
    let tokens: Vec<Value> = state
        .store
        .tokens()?
        .iter()
        .map(|(d, t)| token_json(d, t))
        .collect();
    Ok(Json(json!({ "tokens": tokens })))
}

pub async fn create_token(
    State(state): State<AppState>,
    headers: HeaderMap,
    Json(req): Json<NewToken>,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let by = auth::admin(&state, &headers)?;
    if req.name.trim().is_empty() || req.name.len() > 64 {
        return Err(ApiError::BadRequest(
            "a token needs a `name` of 1 to 64 characters".into(),
        ));
    }
    if let Some(p) = &req.project
        && state.store.project_by_name(p)?.is_none()
    {
        return Err(ApiError::NotFound(format!("no project named `{p}`")));
    }
    let secret = faultline_store::new_token();
    let digest = auth::digest(&secret);
    let record = state.store.put_token(
        &digest,
        TokenRecord {
            name: req.name,
            project: req.project,
            role: req.role,
            created_ms: 0,
            prefix: secret[..8].to_string(),
        },
    )?;
    tracing::info!(by = %by.name, name = %record.name, project = ?record.project, role = ?record.role, "api token made");
    let mut v = token_json(&digest, &record);
    v["token"] = json!(secret);
    Ok((StatusCode::CREATED, Json(v)))
}

pub async fn delete_token(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Result<StatusCode, ApiError> {
    auth::admin(&state, &headers)?;
    let found = state
        .store
        .tokens()?
        .into_iter()
        .find(|(d, _)| token_id(d) == id);
    match found {
        Some((d, _)) => {
            state.store.delete_token(&d)?;
            tracing::info!(id = %id, "api token revoked");
            Ok(StatusCode::NO_CONTENT)
        }
        None => Err(ApiError::NotFound(format!("no token `{id}`"))),
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewUser {
    name: String,
    password: String,
    #[serde(default)]
    admin: bool,
    #[serde(default)]
    projects: Vec<String>,
    #[serde(default = "read_role")]
    role: Role,
}

fn user_json(u: &UserRecord) -> Value {
    json!({ "name": u.name, "admin": u.admin, "projects": u.projects, "role": u.role, "created_ms": u.created_ms })
}

pub async fn list_users(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Json<Value>, ApiError> {
    auth::admin(&state, &headers)?;
    let users: Vec<Value> = state.store.users()?.iter().map(user_json).collect();
    Ok(Json(json!({ "users": users })))
}

/// Create or replace a user (a new password replaces the old one).
pub async fn put_user(
    State(state): State<AppState>,
    headers: HeaderMap,
    Json(req): Json<NewUser>,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    auth::admin(&state, &headers)?;
    if req.name.is_empty()
        || req.name.len() > 64
        || !req
            .name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_.@".contains(c))
    {
        return Err(ApiError::BadRequest(
            "a user name is 1 to 64 of a-z, 0-9, `-`, `_`, `.`, `@`".into(),
        ));
    }
    if req.password.chars().count() < 8 {
        return Err(ApiError::BadRequest(
            "a password has at least 8 characters".into(),
        ));
    }
    for p in &req.projects {
        if state.store.project_by_name(p)?.is_none() {
            return Err(ApiError::NotFound(format!("no project named `{p}`")));
        }
    }
    let password = req.password;
    let hash = tokio::task::spawn_blocking(move || auth::hash_password(&password))
        .await
        .map_err(|e| ApiError::Internal(format!("hash task failed: {e}")))??;
    let user = UserRecord {
        name: req.name,
        password_hash: hash,
        admin: req.admin,
        projects: req.projects,
        role: req.role,
        created_ms: faultline_model::now_ms(),
    };
    state.store.put_user(&user)?;
    tracing::info!(user = %user.name, admin = user.admin, "user saved");
    Ok((StatusCode::CREATED, Json(user_json(&user))))
}

pub async fn delete_user(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(name): Path<String>,
) -> Result<StatusCode, ApiError> {
    auth::admin(&state, &headers)?;
    if state.store.delete_user(&name)? {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(ApiError::NotFound(format!("no user `{name}`")))
    }
}
