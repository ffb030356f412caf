//! Vendor plugin bundles installed at run time (`faultline plugin install`, `POST
//! /api/v1/plugins`), kept under `<data>/plugins`:
//!
//! - `<id>/<version>/bundle.flb`: the bundle as received, verified again at every start (a
//!   key the operator stops trusting stops its plugins), and `plugin.wasm`, what the runtime
//!   loads;
//! - `installed.json`: per plugin id, the active version and the versions in install order,
//!   written atomically (temporary file, then rename).
//!
//! An install is checked before anything changes: the signature against `[trust]` of
//! plugins.toml, the capabilities it asks for against `[trust.grants]`, the component against
//! its manifest (the kind's world, the contract version, no host import it did not declare), and
//! its routing hints against plugins.toml's rules; then the new set of plugins is compiled. Only
//! then is the new version recorded and swapped in (by `PluginHost`).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use faultline_bundle::{BundleError, BundleManifest, Trust};
use faultline_runtime::manifest::{Manifest, PluginSpec};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

const STATE_FILE: &str = "installed.json";

#[derive(Debug, thiserror::Error)]
pub enum InstallError {
    #[error(transparent)]
    Bundle(#[from] BundleError),
    #[error(
        "plugin `{id}` asks for capability `{capability}`, which plugins.toml does not grant it ([trust.grants.{id}])"
    )]
    NotGranted { id: String, capability: String },
    #[error(
        "the component of `{id}` imports {import} without asking for the capability in its manifest"
    )]
    Undeclared { id: String, import: String },
    #[error("{0}")]
    Conflict(String),
    #[error("{0}")]
    BadComponent(String),
    #[error("the plugins do not load with this bundle: {0}")]
    Load(String),
    #[error("no plugin `{0}` was installed from a bundle")]
    NotInstalled(String),
    #[error("{0}")]
    Io(String),
}

/// One installed plugin.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Entry {
    pub active: String,
    /// Versions in install order (a rollback goes to the one before the active one).
    pub versions: Vec<String>,
    pub vendor: String,
    pub signed_by: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct State {
    plugins: BTreeMap<String, Entry>,
}

/// A verified bundle written to its version directory, not yet active.
pub struct Staged {
    pub manifest: BundleManifest,
    dir: PathBuf,
}

pub struct RollbackPlan {
    pub id: String,
    pub from: String,
    pub to: String,
}

pub struct Installs {
    dir: PathBuf,
    state: Mutex<State>,
}

fn io(what: &str, path: &Path, e: std::io::Error) -> InstallError {
    InstallError::Io(format!("cannot {what} {}: {e}", path.display()))
}

impl Installs {
    pub fn open(dir: &Path) -> anyhow::Result<Installs> {
        std::fs::create_dir_all(dir)?;
        let path = dir.join(STATE_FILE);
        let state = match std::fs::read(&path) {
            Ok(bytes) => serde_json::from_slice(&bytes)
                .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => State::default(),
            Err(e) => return Err(anyhow::anyhow!("cannot read {}: {e}", path.display())),
        };
        Ok(Installs {
            dir: dir.to_path_buf(),
            state: Mutex::new(state),
        })
    }

    fn state(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Installed plugins by id.
    pub fn summary(&self) -> BTreeMap<String, Entry> {
        self.state().plugins.clone()
    }

    fn version_dir(&self, id: &str, version: &str) -> PathBuf {
        self.dir.join(id).join(version)
    }

    /// Verifies a bundle and writes it to its version directory.
    pub fn stage(
        &self,
        bytes: &[u8],
        base: &Manifest,
        trust: &Trust,
    ) -> Result<Staged, InstallError> {
        let (bundle, _signed) = faultline_bundle::verify(bytes, trust)?;
        let m = &bundle.manifest;
        if base.plugins.iter().any(|p| p.id == m.id) {
            return Err(InstallError::Conflict(format!(
                "plugin id `{}` is configured in plugins.toml; a bundle cannot replace it",
                m.id
            )));
        }
        if m.contract != "0.1.0" {
            return Err(InstallError::BadComponent(format!(
                "contract {} is not one this server carries (0.1.0)",
                m.contract
            )));
        }
        let grant = base.trust.grants.get(&m.id);
        for c in &m.capabilities {
            let granted = grant.is_some_and(|g| {
                g.capabilities.contains(c)
                    && c.strip_prefix("file:")
                        .is_none_or(|name| g.files.contains_key(name))
            });
            if !granted {
                return Err(InstallError::NotGranted {
                    id: m.id.clone(),
                    capability: c.clone(),
                });
            }
        }
        let info = faultline_plugin_kit::inspect::inspect_bytes(&bundle.component)
            .map_err(InstallError::BadComponent)?;
        if !info.kinds.iter().any(|k| k.as_str() == m.kind) {
            return Err(InstallError::BadComponent(format!(
                "the component does not export the {} world",
                m.kind
            )));
        }
        let asks_lookup = m
            .capabilities
            .iter()
            .any(|c| c == "symbol-lookup" || c.starts_with("file:"));
        if let Some(import) = info
            .imports
            .iter()
            .find(|i| i.starts_with("faultline:plugin/symbol-lookup"))
            && !asks_lookup
        {
            return Err(InstallError::Undeclared {
                id: m.id.clone(),
                import: import.clone(),
            });
        }
        let dir = self.version_dir(&m.id, &m.version);
        let bundle_path = dir.join("bundle.flb");
        if let Ok(existing) = std::fs::read(&bundle_path) {
            if existing != bytes {
                return Err(InstallError::Conflict(format!(
                    "{} {} is already installed with other contents: give the new build a new version",
                    m.id, m.version
                )));
            }
        } else {
            std::fs::create_dir_all(&dir).map_err(|e| io("create", &dir, e))?;
            let wasm = dir.join("plugin.wasm");
            write_atomic(&wasm, &bundle.component)?;
            write_atomic(&bundle_path, bytes)?;
        }
        Ok(Staged {
            manifest: bundle.manifest,
            dir,
        })
    }

    /// The active version of every installed bundle, then plugins.toml's plugins.
    pub fn effective(&self, base: &Manifest, trust: &Trust) -> anyhow::Result<Manifest> {
        Ok(self.build(base, trust, None, None, true)?)
    }

    /// [`Installs::effective`] with a staged bundle in place of its id's active version.
    pub fn effective_with(
        &self,
        base: &Manifest,
        trust: &Trust,
        staged: Option<&Staged>,
    ) -> Result<Manifest, InstallError> {
        self.build(base, trust, staged, None, false)
    }

    /// [`Installs::effective`] with a plugin rolled back.
    pub fn effective_rolled_back(
        &self,
        base: &Manifest,
        trust: &Trust,
        plan: &RollbackPlan,
    ) -> Result<Manifest, InstallError> {
        self.build(base, trust, None, Some(plan), false)
    }

    fn build(
        &self,
        base: &Manifest,
        trust: &Trust,
        staged: Option<&Staged>,
        rollback: Option<&RollbackPlan>,
        at_start: bool,
    ) -> Result<Manifest, InstallError> {
        let mut out = base.clone();
        // Installed bundles route before plugins.toml's entries: installing one is the
        // operator's latest decision, and its routing hints are specific where plugins.toml's
        // reference decoder takes every message type.
        out.plugins.clear();
        let state = self.state().clone();
        for (id, entry) in &state.plugins {
            if staged.is_some_and(|s| &s.manifest.id == id) {
                continue;
            }
            let version = match rollback {
                Some(p) if &p.id == id => p.to.as_str(),
                _ => entry.active.as_str(),
            };
            let dir = self.version_dir(id, version);
            let verified = std::fs::read(dir.join("bundle.flb"))
                .map_err(|e| io("read", &dir, e))
                .and_then(|b| faultline_bundle::verify(&b, trust).map_err(InstallError::from));
            match verified {
                Ok((bundle, _)) => out.plugins.push(spec_for(base, &bundle.manifest, &dir)?),
                // At start-up a bundle that no longer verifies (its key is no longer trusted)
                // is left out, loudly; the others still load.
                Err(e) if at_start => {
                    tracing::error!(plugin = %id, version, error = %e, "installed plugin bundle not loaded");
                }
                Err(e) => return Err(e),
            }
        }
        if let Some(s) = staged {
            out.plugins.push(spec_for(base, &s.manifest, &s.dir)?);
        }
        out.plugins.extend(base.plugins.iter().cloned());
        Ok(out)
    }

    /// Records a staged bundle as its id's active version.
    pub fn commit(&self, staged: &Staged) -> Result<Value, InstallError> {
        let m = &staged.manifest;
        let mut state = self.state();
        let mut next = state.clone();
        let entry = next.plugins.entry(m.id.clone()).or_insert_with(|| Entry {
            active: String::new(),
            versions: Vec::new(),
            vendor: m.vendor.clone(),
            signed_by: String::new(),
        });
        let previous = std::mem::replace(&mut entry.active, m.version.clone());
        entry.versions.retain(|v| v != &m.version);
        entry.versions.push(m.version.clone());
        entry.vendor.clone_from(&m.vendor);
        entry.signed_by.clone_from(&m.signed_by);
        self.persist(&next)?;
        *state = next;
        Ok(json!({
            "id": m.id,
            "version": m.version,
            "previous": (!previous.is_empty()).then_some(previous),
            "vendor": m.vendor,
            "signed_by": m.signed_by,
        }))
    }

    pub fn plan_rollback(&self, id: &str) -> Result<RollbackPlan, InstallError> {
        let state = self.state();
        let entry = state
            .plugins
            .get(id)
            .ok_or_else(|| InstallError::NotInstalled(id.to_string()))?;
        let at = entry
            .versions
            .iter()
            .position(|v| v == &entry.active)
            .unwrap_or(0);
        if at == 0 {
            return Err(InstallError::Conflict(format!(
                "`{id}` has no version installed before {}",
                entry.active
            )));
        }
        Ok(RollbackPlan {
            id: id.to_string(),
            from: entry.active.clone(),
            to: entry.versions[at - 1].clone(),
        })
    }

    pub fn commit_rollback(&self, plan: &RollbackPlan) -> Result<Value, InstallError> {
        let mut state = self.state();
        let mut next = state.clone();
        if let Some(e) = next.plugins.get_mut(&plan.id) {
            e.active.clone_from(&plan.to);
            // The version rolled away from goes to the end: rolling back again goes further
            // back, installing it again brings it forward.
            e.versions.retain(|v| v != &plan.from);
            e.versions.push(plan.from.clone());
            if let Some(i) = e.versions.iter().position(|v| v == &plan.to) {
                let to = e.versions.remove(i);
                let from_at = e.versions.len() - 1;
                e.versions.insert(from_at, to);
            }
        }
        self.persist(&next)?;
        *state = next;
        Ok(json!({ "id": plan.id, "version": plan.to, "previous": plan.from }))
    }

    fn persist(&self, state: &State) -> Result<(), InstallError> {
        let bytes = serde_json::to_vec_pretty(state)
            .map_err(|e| InstallError::Io(format!("cannot encode the install state: {e}")))?;
        write_atomic(&self.dir.join(STATE_FILE), &bytes)
    }
}

fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), InstallError> {
    let tmp = path.with_extension("tmp");
    let write = || -> std::io::Result<()> {
        use std::io::Write as _;
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    };
    write().map_err(|e| io("write", path, e))
}

/// The `[[plugin]]` entry of an installed bundle, written in plugins.toml's own words so that
/// its routing hints pass the same checks; limits are plugins.toml's defaults.
fn spec_for(base: &Manifest, m: &BundleManifest, dir: &Path) -> Result<PluginSpec, InstallError> {
    let list = |v: &[String]| {
        let items: Vec<String> = v.iter().map(|s| format!("{s:?}")).collect();
        format!("[{}]", items.join(", "))
    };
    let mut t = format!(
        "version = 1\n[[plugin]]\nid = {:?}\nkind = {:?}\npath = {:?}\nsha256 = {:?}\nvendor = {:?}\n",
        m.id,
        m.kind,
        dir.join("plugin.wasm").display().to_string(),
        m.component_sha256,
        m.vendor
    );
    if !m.route.is_empty() {
        t.push_str("[plugin.route]\n");
        for (k, v) in &m.route {
            t.push_str(&format!("{k} = {}\n", list(v)));
        }
    }
    let files: Vec<(&str, &PathBuf)> = m
        .capabilities
        .iter()
        .filter_map(|c| c.strip_prefix("file:"))
        .filter_map(|name| {
            base.trust
                .grants
                .get(&m.id)
                .and_then(|g| g.files.get(name))
                .map(|p| (name, p))
        })
        .collect();
    if !files.is_empty() {
        t.push_str("[plugin.files]\n");
        for (name, path) in files {
            t.push_str(&format!("{name:?} = {:?}\n", path.display().to_string()));
        }
    }
    let parsed = Manifest::from_toml_str(&t, Path::new("/"))
        .map_err(|e| InstallError::BadComponent(format!("the bundle's routing hints: {e}")))?;
    let mut spec = parsed
        .plugins
        .into_iter()
        .next()
        .ok_or_else(|| InstallError::BadComponent("no plugin entry".into()))?;
    spec.limits = base.defaults;
    spec.version = Some(m.version.clone());
    Ok(spec)
}
