//! Who is asking, and what they may see.
//!
//! Every read and every change under `/api/v1` except chunk ingest names a principal with
//! `Authorization: Bearer <token>`, where the token is one of:
//! - the administrator token of the config (`api_token`), or the one made on first start and
//!   written to `<data>/admin-token`;
//! - an API token made through `POST /api/v1/tokens` (per project, `read` or `write`, or an
//!   administrator token);
//! - a session from `POST /api/v1/session` (a user's name and password, or an API token), which
//!   is how the web UI signs in.
//!
//! A device key opens nothing here (403: devices only send chunks). A principal asking for a
//! project it does not belong to gets 403 whether or not the project exists, so one project's
//! tokens learn nothing about another's.

use std::collections::HashMap;
use std::path::Path;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use axum::http::{HeaderMap, header};
use faultline_model::Project;
use faultline_store::{KeyLookup, Role, Store, TokenRecord};
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::error::ApiError;
use crate::state::AppState;

/// How long a UI session lasts without use.
const SESSION_IDLE: Duration = Duration::from_secs(12 * 3600);

/// The one that asks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Principal {
    /// A user's name or a token's label.
    pub name: String,
    pub admin: bool,
    /// Projects a non-administrator may open (empty for an administrator: all).
    pub projects: Vec<String>,
    pub role: Role,
}

impl Principal {
    pub fn admin(name: &str) -> Principal {
        Principal {
            name: name.to_string(),
            admin: true,
            projects: Vec::new(),
            role: Role::Write,
        }
    }

    pub fn may_read(&self, project: &str) -> bool {
        self.admin || self.projects.iter().any(|p| p == project)
    }

    pub fn may_write(&self, project: &str) -> bool {
        self.may_read(project) && self.role == Role::Write
    }

    fn from_token(t: &TokenRecord) -> Principal {
        match &t.project {
            None => Principal::admin(&t.name),
            Some(p) => Principal {
                name: t.name.clone(),
                admin: false,
                projects: vec![p.clone()],
                role: t.role,
            },
        }
    }
}

/// Hex SHA-256: how tokens and sessions are kept (never the secret itself).
pub fn digest(secret: &str) -> String {
    let d = Sha256::digest(secret.as_bytes());
    d.iter().map(|b| format!("{b:02x}")).collect()
}

/// Signed-in UI sessions, in memory: a restart signs everyone out.
#[derive(Default)]
pub struct Sessions {
    map: Mutex<HashMap<String, (Principal, Instant)>>,
}

impl Sessions {
    /// A new session for `p`; returns its secret.
    pub fn open(&self, p: Principal) -> String {
        let secret = faultline_store::new_token().replacen("flt_", "fls_", 1);
        let mut map = self.map.lock().unwrap_or_else(|e| e.into_inner());
        let now = Instant::now();
        map.retain(|_, (_, used)| now.duration_since(*used) < SESSION_IDLE);
        map.insert(digest(&secret), (p, now));
        secret
    }

    fn get(&self, secret: &str) -> Option<Principal> {
        let mut map = self.map.lock().unwrap_or_else(|e| e.into_inner());
        let entry = map.get_mut(&digest(secret))?;
        let now = Instant::now();
        if now.duration_since(entry.1) >= SESSION_IDLE {
            return None;
        }
        entry.1 = now;
        Some(entry.0.clone())
    }

    pub fn close(&self, secret: &str) -> bool {
        let mut map = self.map.lock().unwrap_or_else(|e| e.into_inner());
        map.remove(&digest(secret)).is_some()
    }
}

fn bearer(headers: &HeaderMap) -> Option<&str> {
    headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim)
        .filter(|t| !t.is_empty())
}

/// The principal an API token (not a session) names, if any.
pub fn token_principal(state: &AppState, token: &str) -> Result<Option<Principal>, ApiError> {
    if state.config.api_token.as_deref() == Some(token) {
        return Ok(Some(Principal::admin("admin (config token)")));
    }
    Ok(state
        .store
        .token(&digest(token))?
        .map(|t| Principal::from_token(&t)))
}

/// Who sent the request: 401 without a known token, 403 for a device key.
pub fn principal(state: &AppState, headers: &HeaderMap) -> Result<Principal, ApiError> {
    let Some(token) = bearer(headers) else {
        return Err(ApiError::Unauthorized);
    };
    if let Some(p) = state.sessions.get(token) {
        return Ok(p);
    }
    if let Some(p) = token_principal(state, token)? {
        return Ok(p);
    }
    if !matches!(state.store.lookup_key(token)?, KeyLookup::Unknown) {
        return Err(ApiError::Forbidden(
            "a device key can only send chunks; read with an API token".into(),
        ));
    }
    Err(ApiError::Unauthorized)
}

fn member(p: &Principal, project: &str, write: bool) -> Result<(), ApiError> {
    let ok = if write {
        p.may_write(project)
    } else {
        p.may_read(project)
    };
    if ok {
        Ok(())
    } else if !write || !p.may_read(project) {
        Err(ApiError::Forbidden(format!(
            "`{}` has no access to project `{project}`",
            p.name
        )))
    } else {
        Err(ApiError::Forbidden(format!(
            "`{}` may only read project `{project}`",
            p.name
        )))
    }
}

fn project(state: &AppState, name: &str) -> Result<Project, ApiError> {
    state
        .store
        .project_by_name(name)?
        .ok_or_else(|| ApiError::NotFound(format!("no project named `{name}`")))
}

/// The project, for a principal that may read it.
pub fn read(state: &AppState, headers: &HeaderMap, name: &str) -> Result<Project, ApiError> {
    let p = principal(state, headers)?;
    member(&p, name, false)?;
    project(state, name)
}

/// The project, for a principal that may change it.
pub fn write(state: &AppState, headers: &HeaderMap, name: &str) -> Result<Project, ApiError> {
    let p = principal(state, headers)?;
    member(&p, name, true)?;
    project(state, name)
}

/// The project and who asks, for a principal that may change it (to record who did what).
pub fn write_as(
    state: &AppState,
    headers: &HeaderMap,
    name: &str,
) -> Result<(Principal, Project), ApiError> {
    let p = principal(state, headers)?;
    member(&p, name, true)?;
    Ok((p, project(state, name)?))
}

/// Any signed-in principal (server-wide reads such as plugin status).
pub fn any(state: &AppState, headers: &HeaderMap) -> Result<Principal, ApiError> {
    principal(state, headers)
}

/// An administrator (projects, tokens, users, plugins, reindex).
pub fn admin(state: &AppState, headers: &HeaderMap) -> Result<Principal, ApiError> {
    let p = principal(state, headers)?;
    if p.admin {
        Ok(p)
    } else {
        Err(ApiError::Forbidden(format!(
            "`{}` is not an administrator",
            p.name
        )))
    }
}

/// On first start of a data directory without any administrator credential, make an
/// administrator token and leave it in `<data>/admin-token` (mode 0600) for the operator.
pub fn ensure_admin_token(store: &Store, data_dir: &Path, configured: bool) -> anyhow::Result<()> {
    if configured
        || store.tokens()?.iter().any(|(_, t)| t.project.is_none())
        || store.users()?.iter().any(|u| u.admin)
    {
        return Ok(());
    }
    let token = faultline_store::new_token();
    store.put_token(
        &digest(&token),
        TokenRecord {
            name: "admin".into(),
            project: None,
            role: Role::Write,
            created_ms: 0,
            prefix: token[..8].to_string(),
        },
    )?;
    let path = data_dir.join("admin-token");
    write_private(&path, &format!("{token}\n"))?;
    println!(
        "made an administrator token, kept in {} — sign in to the web UI with it, or send \
         `Authorization: Bearer <token>`",
        path.display()
    );
    Ok(())
}

fn write_private(path: &Path, text: &str) -> std::io::Result<()> {
    use std::io::Write as _;
    use std::os::unix::fs::OpenOptionsExt as _;
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(path)?;
    f.write_all(text.as_bytes())?;
    f.sync_all()
}

/// Password hashing for users (argon2id, a random salt per user).
pub fn hash_password(password: &str) -> Result<String, ApiError> {
    use argon2::password_hash::{PasswordHasher as _, SaltString};
    use rand::Rng as _;
    let bytes: [u8; 16] = rand::rng().random();
    let salt = SaltString::encode_b64(&bytes)
        .map_err(|e| ApiError::Internal(format!("cannot make a salt: {e}")))?;
    argon2::Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| ApiError::Internal(format!("cannot hash a password: {e}")))
}

pub fn verify_password(password: &str, hash: &str) -> bool {
    use argon2::password_hash::{PasswordHash, PasswordVerifier as _};
    PasswordHash::new(hash).is_ok_and(|h| {
        argon2::Argon2::default()
            .verify_password(password.as_bytes(), &h)
            .is_ok()
    })
}

/// Routes that answer without a principal.
fn public(method: &axum::http::Method, path: &str) -> bool {
    !path.starts_with("/api/")
        || path.starts_with("/api/v1/chunks/")
        || (path == "/api/v1/session" && method == axum::http::Method::POST)
}

/// Server-wide management, for administrators only.
fn admin_only(method: &axum::http::Method, path: &str) -> bool {
    use axum::http::Method;
    path.starts_with("/api/v1/tokens")
        || path.starts_with("/api/v1/users")
        || path == "/api/v1/reindex"
        || path == "/api/v1/reprocess"
        || (path == "/api/v1/projects" && method == Method::POST)
        || (path.starts_with("/api/v1/projects/") && path.ends_with("/rotate-key"))
        || (path.starts_with("/api/v1/plugins") && method != Method::GET)
}

/// Runs before any extractor: who asks is settled before a body is read or validated, so an
/// unauthenticated request learns nothing from the shape of its body. Handlers still check
/// project membership and roles themselves.
pub async fn gate(
    axum::extract::State(state): axum::extract::State<AppState>,
    req: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    use axum::response::IntoResponse as _;
    let (method, path) = (req.method().clone(), req.uri().path().to_string());
    if public(&method, &path) {
        return next.run(req).await;
    }
    let checked = principal(&state, req.headers()).and_then(|p| {
        if admin_only(&method, &path) && !p.admin {
            Err(ApiError::Forbidden(format!(
                "`{}` is not an administrator",
                p.name
            )))
        } else {
            Ok(())
        }
    });
    match checked {
        Ok(()) => next.run(req).await,
        Err(e) => e.into_response(),
    }
}
