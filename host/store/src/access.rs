//! Who may read and act: API tokens and users, in the primary database.
//!
//! - `api_tokens`: SHA-256 of the token (hex) → JSON [`TokenRecord`]. Only the digest is kept, so
//!   a copy of the data directory does not hand out working tokens.
//! - `users`: name → JSON [`UserRecord`] (the password as a PHC hash string; the server hashes).
//!
//! The store only keeps records; the server decides what they allow.

use faultline_model::now_ms;
use serde::{Deserialize, Serialize};

use crate::{Result, Store};

/// What a token or a user may do in its projects.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Read the project's data.
    Read,
    /// Also change it: issue states and merges, device attributes, symbol files.
    Write,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TokenRecord {
    /// A label chosen by whoever made it (`ci`, `grafana`).
    pub name: String,
    /// The project it opens; `None` is an administrator token (every project, management).
    pub project: Option<String>,
    pub role: Role,
    pub created_ms: u64,
    /// The first characters of the token, to tell tokens apart in lists.
    pub prefix: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserRecord {
    pub name: String,
    pub password_hash: String,
    /// Every project and management.
    pub admin: bool,
    /// Projects a non-administrator may open.
    #[serde(default)]
    pub projects: Vec<String>,
    pub role: Role,
    pub created_ms: u64,
}

/// Random secret for an API token.
pub fn new_token() -> String {
    use rand::Rng;
    let bytes: [u8; 24] = rand::rng().random();
    let mut s = String::from("flt_");
    for b in bytes {
        s.push_str(&format!("{b:02x}"));
    }
    s
}

impl Store {
    /// Keep a token by its digest. Durable on return.
    pub fn put_token(&self, digest: &str, mut record: TokenRecord) -> Result<TokenRecord> {
        if record.created_ms == 0 {
            record.created_ms = now_ms();
        }
        self.api_tokens
            .insert(digest.as_bytes(), serde_json::to_vec(&record)?)?;
        self.db.flush()?;
        Ok(record)
    }

    pub fn token(&self, digest: &str) -> Result<Option<TokenRecord>> {
        match self.api_tokens.get(digest.as_bytes())? {
            Some(v) => Ok(Some(serde_json::from_slice(&v)?)),
            None => Ok(None),
        }
    }

    /// Every token with its digest.
    pub fn tokens(&self) -> Result<Vec<(String, TokenRecord)>> {
        self.api_tokens
            .iter()
            .map(|kv| {
                let (k, v) = kv?;
                Ok((
                    String::from_utf8_lossy(&k).into_owned(),
                    serde_json::from_slice(&v)?,
                ))
            })
            .collect()
    }

    /// Whether it existed. Durable on return.
    pub fn delete_token(&self, digest: &str) -> Result<bool> {
        let existed = self.api_tokens.remove(digest.as_bytes())?.is_some();
        self.db.flush()?;
        Ok(existed)
    }

    /// Create or replace a user. Durable on return.
    pub fn put_user(&self, user: &UserRecord) -> Result<()> {
        self.users
            .insert(user.name.as_bytes(), serde_json::to_vec(user)?)?;
        self.db.flush()?;
        Ok(())
    }

    pub fn user(&self, name: &str) -> Result<Option<UserRecord>> {
        match self.users.get(name.as_bytes())? {
            Some(v) => Ok(Some(serde_json::from_slice(&v)?)),
            None => Ok(None),
        }
    }

    pub fn users(&self) -> Result<Vec<UserRecord>> {
        self.users
            .iter()
            .values()
            .map(|v| Ok(serde_json::from_slice(&v?)?))
            .collect()
    }

    pub fn delete_user(&self, name: &str) -> Result<bool> {
        let existed = self.users.remove(name.as_bytes())?.is_some();
        self.db.flush()?;
        Ok(existed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_and_users_round_trip_and_survive_reopen() {
        let dir = tempfile::tempdir().expect("tempdir");
        {
            let s = Store::open(dir.path()).expect("open");
            let rec = TokenRecord {
                name: "ci".into(),
                project: Some("default".into()),
                role: Role::Read,
                created_ms: 0,
                prefix: "flt_ab".into(),
            };
            let kept = s.put_token("d1", rec).expect("put");
            assert!(kept.created_ms > 0);
            s.put_user(&UserRecord {
                name: "ana".into(),
                password_hash: "$argon2id$x".into(),
                admin: false,
                projects: vec!["default".into()],
                role: Role::Write,
                created_ms: 1,
            })
            .expect("user");
        }
        let s = Store::open(dir.path()).expect("reopen");
        assert_eq!(s.token("d1").expect("get").expect("kept").name, "ci");
        assert_eq!(s.token("d2").expect("get"), None);
        assert_eq!(s.tokens().expect("list").len(), 1);
        assert_eq!(s.user("ana").expect("get").expect("kept").role, Role::Write);
        assert!(s.delete_token("d1").expect("delete"));
        assert!(!s.delete_token("d1").expect("delete again"));
        assert!(s.tokens().expect("list").is_empty());
        assert!(new_token().starts_with("flt_") && new_token() != new_token());
    }
}
