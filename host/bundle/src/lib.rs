//! Vendor plugin bundles: a component, its manifest and an ed25519 signature, in one file that
//! operators install without trusting the vendor's code (the sandbox does not need trust) or
//! its transport (the signature does not either).
//!
//! # Format
//!
//! A bundle (`.flb`) is a ustar archive — inspectable with `tar tvf` — holding, in order:
//! - `manifest.toml`: [`BundleManifest`] (id, vendor, version, kind, contract version,
//!   requested capabilities, routing hints, the component's SHA-256, the signing key's id);
//! - `plugin.wasm`: the component;
//! - `signature`: one line, `ed25519 <key id> <base64 signature>`.
//!
//! The signature covers [`signed_message`]: a domain tag, then the SHA-256 of `manifest.toml`
//! and of `plugin.wasm`. Any byte changed in either, or a signature made with another key, fails
//! [`verify`]; the manifest's own hash of the component is checked too. Keys are 32-byte ed25519
//! keys written as `ed25519:<base64>` (public) and `ed25519-secret:<base64>` (secret).
//!
//! # Verification and trust
//!
//! [`verify`] takes the operator's [`Trust`]: public keys by id, and whether unsigned bundles
//! are accepted (for local development only). It refuses, each with its own [`BundleError`]:
//! an unsigned bundle, a tampered one, one signed by a key the operator does not trust, or one
//! whose key id is trusted but whose signature does not match that key.

use std::collections::BTreeMap;
use std::io::Read;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use ed25519_dalek::{Signature, Signer, SigningKey, Verifier, VerifyingKey};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// The manifest's format version.
pub const FORMAT: u32 = 1;
const DOMAIN: &[u8] = b"faultline-bundle-v1\0";
/// Largest component a bundle may carry.
pub const MAX_COMPONENT_BYTES: u64 = 64 * 1024 * 1024;
const MAX_MANIFEST_BYTES: u64 = 64 * 1024;

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum BundleError {
    #[error("not a plugin bundle: {0}")]
    NotABundle(String),
    #[error("bad bundle manifest: {0}")]
    Manifest(String),
    #[error("the bundle is not signed (allowed only with allow_unsigned for local development)")]
    Unsigned,
    #[error("the bundle was modified after signing: {0}")]
    Tampered(String),
    #[error("the bundle is signed by key `{0}`, which is not in the trusted keys")]
    UntrustedKey(String),
    #[error("bad key: {0}")]
    Key(String),
}

/// What a bundle says about its plugin.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BundleManifest {
    pub format: u32,
    pub id: String,
    pub vendor: String,
    /// `MAJOR.MINOR.PATCH`.
    pub version: String,
    /// `decoder`, `symbolicator`, `alert-rule` or `anomaly-detector`.
    pub kind: String,
    /// The `faultline:plugin` contract version the component implements.
    pub contract: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Host capabilities beyond the default sandbox: `symbol-lookup`, `file:NAME`.
    #[serde(default)]
    pub capabilities: Vec<String>,
    /// Routing hints in `plugins.toml`'s `[plugin.route]` vocabulary.
    #[serde(default)]
    pub route: BTreeMap<String, Vec<String>>,
    /// SHA-256 of `plugin.wasm`, lowercase hex.
    pub component_sha256: String,
    /// Id of the key that signs the bundle (empty when unsigned).
    #[serde(default)]
    pub signed_by: String,
}

impl BundleManifest {
    pub fn check(&self) -> Result<(), BundleError> {
        let bad = |m: String| Err(BundleError::Manifest(m));
        if self.format != FORMAT {
            return bad(format!(
                "format {} (this server reads {FORMAT})",
                self.format
            ));
        }
        let plain = |s: &str| {
            (1..=64).contains(&s.len())
                && s.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b))
        };
        if !plain(&self.id) {
            return bad(format!(
                "id `{}`: use 1-64 letters, digits, `-`, `_`, `.`",
                self.id
            ));
        }
        if !plain(&self.vendor) {
            return bad(format!("vendor `{}`", self.vendor));
        }
        if version_key(&self.version).is_none() {
            return bad(format!(
                "version `{}` is not MAJOR.MINOR.PATCH",
                self.version
            ));
        }
        if !["decoder", "symbolicator", "alert-rule", "anomaly-detector"]
            .contains(&self.kind.as_str())
        {
            return bad(format!("kind `{}`", self.kind));
        }
        if self.component_sha256.len() != 64 || hex::decode(&self.component_sha256).is_err() {
            return bad("component_sha256 is not a SHA-256 in hex".into());
        }
        Ok(())
    }
}

/// `MAJOR.MINOR.PATCH` as numbers, for ordering versions.
pub fn version_key(v: &str) -> Option<(u32, u32, u32)> {
    let mut it = v.split('.').map(|p| p.parse::<u32>().ok());
    let key = (it.next()??, it.next()??, it.next()??);
    it.next().is_none().then_some(key)
}

fn sha256(bytes: &[u8]) -> [u8; 32] {
    Sha256::digest(bytes).into()
}

/// What the signature covers.
pub fn signed_message(manifest: &[u8], component: &[u8]) -> Vec<u8> {
    let mut m = DOMAIN.to_vec();
    m.extend_from_slice(&sha256(manifest));
    m.extend_from_slice(&sha256(component));
    m
}

/// A signing key and its id.
pub struct Key {
    pub id: String,
    signing: SigningKey,
}

impl Key {
    /// A new random key.
    pub fn generate(id: &str) -> Result<Key, BundleError> {
        let mut seed = [0u8; 32];
        getrandom::fill(&mut seed).map_err(|e| BundleError::Key(format!("no randomness: {e}")))?;
        Ok(Key {
            id: id.to_string(),
            signing: SigningKey::from_bytes(&seed),
        })
    }

    /// Reads `ed25519-secret:<base64 of the 32-byte seed>`.
    pub fn from_secret(id: &str, text: &str) -> Result<Key, BundleError> {
        let b64 = text
            .trim()
            .strip_prefix("ed25519-secret:")
            .ok_or_else(|| BundleError::Key("expected `ed25519-secret:<base64>`".into()))?;
        let bytes = B64
            .decode(b64)
            .map_err(|e| BundleError::Key(format!("secret key: {e}")))?;
        let seed: [u8; 32] = bytes
            .try_into()
            .map_err(|_| BundleError::Key("secret key is not 32 bytes".into()))?;
        Ok(Key {
            id: id.to_string(),
            signing: SigningKey::from_bytes(&seed),
        })
    }

    pub fn secret_text(&self) -> String {
        format!("ed25519-secret:{}", B64.encode(self.signing.to_bytes()))
    }

    /// `ed25519:<base64>`: what operators put in their trusted keys.
    pub fn public_text(&self) -> String {
        format!(
            "ed25519:{}",
            B64.encode(self.signing.verifying_key().to_bytes())
        )
    }
}

/// Reads `ed25519:<base64 of 32 bytes>`.
pub fn parse_public(text: &str) -> Result<VerifyingKey, BundleError> {
    let b64 = text
        .trim()
        .strip_prefix("ed25519:")
        .ok_or_else(|| BundleError::Key("expected `ed25519:<base64>`".into()))?;
    let bytes: [u8; 32] = B64
        .decode(b64)
        .map_err(|e| BundleError::Key(format!("public key: {e}")))?
        .try_into()
        .map_err(|_| BundleError::Key("public key is not 32 bytes".into()))?;
    VerifyingKey::from_bytes(&bytes).map_err(|e| BundleError::Key(e.to_string()))
}

/// The operator's trust: public keys by id, and whether unsigned bundles are accepted.
#[derive(Debug, Clone, Default)]
pub struct Trust {
    pub keys: BTreeMap<String, VerifyingKey>,
    pub allow_unsigned: bool,
}

/// A bundle read from its bytes (not yet verified).
#[derive(Debug, Clone)]
pub struct Bundle {
    pub manifest: BundleManifest,
    pub manifest_bytes: Vec<u8>,
    pub component: Vec<u8>,
    /// `(key id, signature)` when signed.
    pub signature: Option<(String, Vec<u8>)>,
}

/// Writes a bundle: the manifest gets the component's hash and the key id; signed with `key`
/// when given.
pub fn pack(
    mut manifest: BundleManifest,
    component: &[u8],
    key: Option<&Key>,
) -> Result<Vec<u8>, BundleError> {
    manifest.format = FORMAT;
    manifest.component_sha256 = hex::encode(sha256(component));
    manifest.signed_by = key.map(|k| k.id.clone()).unwrap_or_default();
    manifest.check()?;
    let manifest_bytes = toml::to_string(&manifest)
        .map_err(|e| BundleError::Manifest(e.to_string()))?
        .into_bytes();
    let mut out = tar::Builder::new(Vec::new());
    let mut add = |name: &str, bytes: &[u8]| {
        let mut h = tar::Header::new_ustar();
        h.set_size(bytes.len() as u64);
        h.set_mode(0o644);
        h.set_cksum();
        out.append_data(&mut h, name, bytes)
            .map_err(|e| BundleError::NotABundle(e.to_string()))
    };
    add("manifest.toml", &manifest_bytes)?;
    add("plugin.wasm", component)?;
    if let Some(k) = key {
        let sig = k.signing.sign(&signed_message(&manifest_bytes, component));
        let line = format!("ed25519 {} {}\n", k.id, B64.encode(sig.to_bytes()));
        add("signature", line.as_bytes())?;
    }
    out.into_inner()
        .map_err(|e| BundleError::NotABundle(e.to_string()))
}

/// Reads a bundle's parts, bounded in size; does not verify anything but the layout.
pub fn read(bytes: &[u8]) -> Result<Bundle, BundleError> {
    let not = |m: &str| BundleError::NotABundle(m.to_string());
    let mut archive = tar::Archive::new(bytes);
    let mut manifest_bytes = None;
    let mut component = None;
    let mut signature = None;
    for entry in archive.entries().map_err(|e| not(&e.to_string()))? {
        let entry = entry.map_err(|e| not(&e.to_string()))?;
        let name = entry
            .path()
            .map_err(|e| not(&e.to_string()))?
            .to_string_lossy()
            .into_owned();
        let limit = match name.as_str() {
            "manifest.toml" | "signature" => MAX_MANIFEST_BYTES,
            "plugin.wasm" => MAX_COMPONENT_BYTES,
            other => return Err(not(&format!("unexpected entry `{other}`"))),
        };
        if entry.size() > limit {
            return Err(not(&format!("`{name}` is larger than {limit} bytes")));
        }
        let mut buf = Vec::with_capacity(entry.size() as usize);
        entry
            .take(limit)
            .read_to_end(&mut buf)
            .map_err(|e| not(&e.to_string()))?;
        let slot = match name.as_str() {
            "manifest.toml" => &mut manifest_bytes,
            "plugin.wasm" => &mut component,
            _ => &mut signature,
        };
        if slot.replace(buf).is_some() {
            return Err(not(&format!("`{name}` appears twice")));
        }
    }
    let manifest_bytes = manifest_bytes.ok_or_else(|| not("no manifest.toml"))?;
    let component = component.ok_or_else(|| not("no plugin.wasm"))?;
    let text = std::str::from_utf8(&manifest_bytes)
        .map_err(|_| BundleError::Manifest("manifest.toml is not UTF-8".into()))?;
    let manifest: BundleManifest =
        toml::from_str(text).map_err(|e| BundleError::Manifest(e.message().to_string()))?;
    manifest.check()?;
    let signature = match signature {
        None => None,
        Some(line) => {
            let line = String::from_utf8(line)
                .map_err(|_| BundleError::Tampered("the signature is not text".into()))?;
            let mut parts = line.split_whitespace();
            match (parts.next(), parts.next(), parts.next(), parts.next()) {
                (Some("ed25519"), Some(id), Some(sig), None) => Some((
                    id.to_string(),
                    B64.decode(sig)
                        .map_err(|_| BundleError::Tampered("the signature is not base64".into()))?,
                )),
                _ => {
                    return Err(BundleError::Tampered(
                        "the signature line is not `ed25519 <key id> <base64>`".into(),
                    ));
                }
            }
        }
    };
    Ok(Bundle {
        manifest,
        manifest_bytes,
        component,
        signature,
    })
}

/// Reads and verifies a bundle against the operator's trust. Returns the bundle and whether it
/// was signed by a trusted key (`false` only when unsigned bundles are allowed).
pub fn verify(bytes: &[u8], trust: &Trust) -> Result<(Bundle, bool), BundleError> {
    let b = read(bytes)?;
    if hex::encode(sha256(&b.component)) != b.manifest.component_sha256 {
        return Err(BundleError::Tampered(
            "plugin.wasm does not match the manifest's component_sha256".into(),
        ));
    }
    let Some((id, sig)) = &b.signature else {
        return if trust.allow_unsigned {
            Ok((b, false))
        } else {
            Err(BundleError::Unsigned)
        };
    };
    if id != &b.manifest.signed_by {
        return Err(BundleError::Tampered(format!(
            "signed by `{id}` but the manifest names `{}`",
            b.manifest.signed_by
        )));
    }
    let key = trust
        .keys
        .get(id)
        .ok_or_else(|| BundleError::UntrustedKey(id.clone()))?;
    let sig: [u8; 64] = sig
        .as_slice()
        .try_into()
        .map_err(|_| BundleError::Tampered("the signature is not 64 bytes".into()))?;
    key.verify(
        &signed_message(&b.manifest_bytes, &b.component),
        &Signature::from_bytes(&sig),
    )
    .map_err(|_| {
        BundleError::Tampered(format!(
            "the signature does not match key `{id}` over these contents"
        ))
    })?;
    Ok((b, true))
}

#[cfg(test)]
mod tests;
