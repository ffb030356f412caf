//! Precompiled component cache: `<cache_dir>/<wasm sha256>-<engine hash>.cwasm`.
//!
//! Compiling a component takes milliseconds (Rust) to seconds (Python); loading a precompiled
//! one is a `mmap`. The key covers the component bytes and everything about the engine that
//! affects compiled code (wasmtime version, target, settings), so a new wasmtime or config
//! never loads stale code; old files are simply left unused.

use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use sha2::{Digest, Sha256};
use wasmtime::Engine;
use wasmtime::component::Component;

/// How components were obtained; lets tests and operators see whether the cache works.
#[derive(Debug, Default)]
pub(crate) struct CacheCounters {
    pub compiled: AtomicU64,
    pub loaded: AtomicU64,
}

/// A snapshot of [`CacheCounters`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CacheStats {
    /// Components compiled from `.wasm` by this runtime.
    pub compiled: u64,
    /// Components loaded from a precompiled `.cwasm` file.
    pub loaded_from_cache: u64,
}

impl CacheCounters {
    pub fn snapshot(&self) -> CacheStats {
        CacheStats {
            compiled: self.compiled.load(Ordering::Relaxed),
            loaded_from_cache: self.loaded.load(Ordering::Relaxed),
        }
    }
}

/// Feeds `Hash` output into SHA-256, so the engine key is stable across processes and Rust
/// versions (unlike `DefaultHasher`).
struct ShaHasher(Sha256);

impl Hasher for ShaHasher {
    fn write(&mut self, bytes: &[u8]) {
        self.0.update(bytes);
    }
    fn finish(&self) -> u64 {
        0
    }
}

/// First 16 hex digits of a hash of the engine's precompile compatibility key.
pub(crate) fn engine_key(engine: &Engine) -> String {
    let mut h = ShaHasher(Sha256::new());
    engine.precompile_compatibility_hash().hash(&mut h);
    hex::encode(&h.0.finalize()[..8])
}

pub(crate) fn cache_path(cache_dir: &Path, wasm_sha256: &str, engine_key: &str) -> PathBuf {
    cache_dir.join(format!("{wasm_sha256}-{engine_key}.cwasm"))
}

/// Load a precompiled component written by [`store`].
#[allow(unsafe_code)]
pub(crate) fn load(engine: &Engine, path: &Path) -> wasmtime::Result<Component> {
    // SAFETY: `deserialize_file` trusts the file to hold code compiled by a compatible
    // wasmtime. The file lives in our own data directory, is written only by `store` below
    // (from `Component::serialize`, via a temporary file and an atomic rename, so it is never
    // seen half-written), and its name includes the engine's compatibility hash; wasmtime also
    // checks the header and refuses files from another version or configuration.
    unsafe { Component::deserialize_file(engine, path) }
}

/// Write a compiled component to the cache; a failure only costs a recompilation next time.
pub(crate) fn store(component: &Component, path: &Path) -> Result<(), String> {
    let bytes = component.serialize().map_err(|e| e.to_string())?;
    let dir = path.parent().ok_or("cache path has no directory")?;
    std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
    let tmp = path.with_extension(format!("cwasm.tmp{}", std::process::id()));
    std::fs::write(&tmp, bytes).map_err(|e| e.to_string())?;
    std::fs::rename(&tmp, path).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        e.to_string()
    })
}
