//! The plugin runtime as the pipeline's decoding stage, plus its status and metrics.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, RwLock};

use faultline_model::{DeviceContext, Event};
use faultline_pipeline::{DecodeFailure, Decoders};
use faultline_runtime::manifest::Manifest;
use faultline_runtime::{PluginId, PluginState, Runtime};
use faultline_telemetry::Exposition;
use serde_json::{Value, json};

/// The default `plugins` setting, relative to the working directory.
pub const DEFAULT_PLUGINS_TOML: &str = "plugins.toml";

/// The repository's plugins.toml, as of the build.
pub fn bundled_plugins_toml() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../plugins.toml")
}

pub struct PluginHost {
    /// The plugins in use; swapped whole when a bundle is installed or rolled back. A call
    /// holds its own `Arc`, so work in flight finishes on the version it started with.
    current: RwLock<Arc<Runtime>>,
    /// `plugins.toml` as read at start: the operator's plugins, limits and `[trust]`.
    base: Manifest,
    trust: faultline_bundle::Trust,
    installs: crate::installs::Installs,
    cache_dir: PathBuf,
    /// Serialises installs and rollbacks.
    admin: Mutex<()>,
}

impl PluginHost {
    /// Load `plugins.toml` and the bundles installed under `<data>/plugins`, and compile (or
    /// load precompiled) every enabled plugin.
    pub fn load(plugins_toml: &Path, data_dir: &Path) -> anyhow::Result<Self> {
        let base = if plugins_toml == Path::new(DEFAULT_PLUGINS_TOML) && !plugins_toml.exists() {
            // Run from outside the repository with no plugins.toml of its own: use the one the
            // binary was built with, whose plugins the same build compiled.
            let bundled = bundled_plugins_toml();
            tracing::info!(path = %bundled.display(), "no ./plugins.toml; using the bundled one");
            Manifest::load(&bundled)?
        } else {
            Manifest::load(plugins_toml)?
        };
        let trust = trust_of(&base)?;
        let cache_dir = data_dir.join("plugin-cache");
        std::fs::create_dir_all(&cache_dir)?;
        let installs = crate::installs::Installs::open(&data_dir.join("plugins"))?;
        let manifest = installs.effective(&base, &trust)?;
        let runtime = Runtime::new(manifest, &cache_dir)?;
        Ok(Self {
            current: RwLock::new(Arc::new(runtime)),
            base,
            trust,
            installs,
            cache_dir,
            admin: Mutex::new(()),
        })
    }

    /// The plugins in use now, for the crash worker's symbolicator calls.
    pub fn runtime(&self) -> Arc<Runtime> {
        self.current
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    /// Verify and install a bundle (or upgrade to it), then switch to it without a restart.
    pub fn install(&self, bundle: &[u8]) -> Result<Value, crate::installs::InstallError> {
        let _admin = self.admin.lock().unwrap_or_else(|e| e.into_inner());
        let staged = self.installs.stage(bundle, &self.base, &self.trust)?;
        let manifest = self
            .installs
            .effective_with(&self.base, &self.trust, Some(&staged))?;
        // Compile before anything changes: a component that does not load changes nothing.
        let runtime = Runtime::new(manifest, &self.cache_dir)
            .map_err(|e| crate::installs::InstallError::Load(e.to_string()))?;
        let result = self.installs.commit(&staged)?;
        *self.current.write().unwrap_or_else(|e| e.into_inner()) = Arc::new(runtime);
        tracing::info!(plugin = %staged.manifest.id, version = %staged.manifest.version, "plugin bundle installed");
        Ok(result)
    }

    /// Switch an installed bundle plugin back to its previous version.
    pub fn rollback(&self, id: &str) -> Result<Value, crate::installs::InstallError> {
        let _admin = self.admin.lock().unwrap_or_else(|e| e.into_inner());
        let plan = self.installs.plan_rollback(id)?;
        let manifest = self
            .installs
            .effective_rolled_back(&self.base, &self.trust, &plan)?;
        let runtime = Runtime::new(manifest, &self.cache_dir)
            .map_err(|e| crate::installs::InstallError::Load(e.to_string()))?;
        let result = self.installs.commit_rollback(&plan)?;
        *self.current.write().unwrap_or_else(|e| e.into_inner()) = Arc::new(runtime);
        tracing::info!(plugin = id, version = %plan.to, "plugin rolled back");
        Ok(result)
    }

    pub fn status(&self) -> Vec<Value> {
        let runtime = self.runtime();
        let installed = self.installs.summary();
        runtime
            .stats()
            .into_iter()
            .map(|s| {
                let failures: serde_json::Map<String, Value> = s
                    .failures
                    .iter()
                    .map(|(f, n)| (f.as_str().to_string(), json!(n)))
                    .collect();
                let rejections: serde_json::Map<String, Value> = s
                    .rejections
                    .iter()
                    .map(|(r, n)| (r.as_str().to_string(), json!(n)))
                    .collect();
                let bundle = installed.get(s.id.as_str());
                json!({
                    "id": s.id.as_str(),
                    "label": s.label,
                    "kind": s.kind.as_str(),
                    "vendor": s.vendor,
                    "source": if bundle.is_some() { "bundle" } else { "plugins.toml" },
                    "version": bundle.map(|b| b.active.clone()),
                    "versions": bundle.map(|b| b.versions.clone()),
                    "signed_by": bundle.map(|b| b.signed_by.clone()),
                    "route": runtime.route_summary(&s.id),
                    "state": s.state.as_str(),
                    "calls": s.calls,
                    "call_ms_p50": s.latency.quantile(0.5).map(|v| v * 1000.0),
                    "call_ms_p99": s.latency.quantile(0.99).map(|v| v * 1000.0),
                    "failures": failures,
                    "rejections": rejections,
                    "consecutive_failures": s.consecutive_failures,
                    "memory_bytes": s.memory_bytes,
                    "instances_recycled": s.instances_recycled,
                })
            })
            .collect()
    }

    pub fn render_metrics(&self, e: &mut Exposition) {
        let stats = self.runtime().stats();
        e.family("plugin_calls_total", "counter", "Plugin calls by plugin.");
        for s in &stats {
            e.sample(
                "plugin_calls_total",
                &[("plugin", s.id.as_str())],
                s.calls as f64,
            );
        }
        e.family(
            "plugin_failures_total",
            "counter",
            "Failed plugin calls by plugin and reason.",
        );
        for s in &stats {
            for (f, n) in &s.failures {
                e.sample(
                    "plugin_failures_total",
                    &[("plugin", s.id.as_str()), ("reason", f.as_str())],
                    *n as f64,
                );
            }
        }
        e.family(
            "plugin_enabled",
            "gauge",
            "1 while a plugin takes calls, 0 while its circuit breaker is open or it is disabled.",
        );
        for s in &stats {
            let up = match s.state {
                PluginState::Enabled | PluginState::HalfOpen => 1.0,
                PluginState::Open | PluginState::DisabledByConfig => 0.0,
            };
            e.sample("plugin_enabled", &[("plugin", s.id.as_str())], up);
        }
        e.family("plugin_call_seconds", "histogram", "Plugin call latency.");
        for s in &stats {
            e.histogram(
                "plugin_call_seconds",
                &[("plugin", s.id.as_str())],
                &s.latency,
            );
        }
    }
}

impl Decoders for PluginHost {
    fn route(&self, project: &str, msg_type: u8, ctx: &DeviceContext) -> Option<String> {
        self.runtime()
            .route_decoder(project, msg_type, ctx)
            .map(|id| id.to_string())
    }

    fn decode(
        &self,
        plugin: &str,
        ctx: &DeviceContext,
        msg_type: u8,
        payload: &[u8],
    ) -> Result<(Vec<Event>, String), DecodeFailure> {
        let id = PluginId::new(plugin);
        // One runtime for the call and its label: a swap in between must not mislabel.
        let runtime = self.runtime();
        let events = runtime
            .decode(&id, ctx, msg_type, payload)
            .map_err(|e| DecodeFailure {
                outcome: e.outcome(),
                detail: e.detail().to_string(),
            })?;
        Ok((events, runtime.plugin_label(&id)))
    }
}

/// The operator's `[trust]` as the bundle crate reads it; a bad key stops the start-up.
fn trust_of(m: &Manifest) -> anyhow::Result<faultline_bundle::Trust> {
    let mut keys = std::collections::BTreeMap::new();
    for (id, text) in &m.trust.keys {
        let key = faultline_bundle::parse_public(text)
            .map_err(|e| anyhow::anyhow!("plugins.toml [trust.keys] {id}: {e}"))?;
        keys.insert(id.clone(), key);
    }
    Ok(faultline_bundle::Trust {
        keys,
        allow_unsigned: m.trust.allow_unsigned,
    })
}
