//! The plugin runtime as the pipeline's decoding stage, plus its status and metrics.

use std::path::Path;

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
    runtime: Runtime,
}

impl PluginHost {
    /// Load `plugins.toml` and compile (or load precompiled) every enabled plugin.
    pub fn load(plugins_toml: &Path, cache_dir: &Path) -> anyhow::Result<Self> {
        let manifest = if plugins_toml == Path::new(DEFAULT_PLUGINS_TOML) && !plugins_toml.exists()
        {
            // Run from outside the repository with no plugins.toml of its own: use the one the
            // binary was built with, whose plugins the same build compiled.
            let bundled = bundled_plugins_toml();
            tracing::info!(path = %bundled.display(), "no ./plugins.toml; using the bundled one");
            Manifest::load(&bundled)?
        } else {
            Manifest::load(plugins_toml)?
        };
        std::fs::create_dir_all(cache_dir)?;
        let runtime = Runtime::new(manifest, cache_dir)?;
        Ok(Self { runtime })
    }

    /// The runtime, for the crash worker's symbolicator calls.
    pub fn runtime(&self) -> &Runtime {
        &self.runtime
    }

    pub fn status(&self) -> Vec<Value> {
        self.runtime
            .stats()
            .into_iter()
            .map(|s| {
                let failures: serde_json::Map<String, Value> = s
                    .failures
                    .iter()
                    .map(|(f, n)| (f.as_str().to_string(), json!(n)))
                    .collect();
                json!({
                    "id": s.id.as_str(),
                    "label": s.label,
                    "kind": s.kind.as_str(),
                    "vendor": s.vendor,
                    "state": s.state.as_str(),
                    "calls": s.calls,
                    "failures": failures,
                    "consecutive_failures": s.consecutive_failures,
                })
            })
            .collect()
    }

    pub fn render_metrics(&self, e: &mut Exposition) {
        let stats = self.runtime.stats();
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
        self.runtime
            .route_decoder(project, msg_type, ctx)
            .map(|id| id.to_string())
    }

    fn decode(
        &self,
        plugin: &str,
        ctx: &DeviceContext,
        msg_type: u8,
        payload: &[u8],
    ) -> Result<Vec<Event>, DecodeFailure> {
        let id = PluginId::new(plugin);
        self.runtime
            .decode(&id, ctx, msg_type, payload)
            .map_err(|e| DecodeFailure {
                outcome: e.outcome(),
                detail: e.detail().to_string(),
            })
    }

    fn label(&self, plugin: &str) -> String {
        self.runtime.plugin_label(&PluginId::new(plugin))
    }
}
