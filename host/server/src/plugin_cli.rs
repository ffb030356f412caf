//! `faultline plugin …`: authoring (new, build, test, inspect, toolchain), bundles (keygen,
//! pack) and installing them on a server (install, list, rollback).

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use anyhow::{Context, bail};
use faultline_model::rules::MetricWindow;
use faultline_model::{DeviceContext, Event};
use faultline_plugin_kit::{Kind, Language, ProjectManifest, Toolchains};
use faultline_runtime::manifest::Manifest;
use faultline_runtime::{LookupSymbol, PluginFrameIn, PluginId, Runtime, SymbolLookup};
use serde::Deserialize;
use serde_json::{Value, json};

#[derive(Debug, clap::Subcommand)]
pub enum PluginAction {
    /// Make a plugin project from a template: NAME/ with faultline-plugin.toml, the contract's
    /// WIT, sources and a sample input.
    New {
        /// decoder, symbolicator, alert-rule or anomaly-detector.
        #[arg(long)]
        kind: String,
        /// rust, c, python or js.
        #[arg(long)]
        lang: String,
        name: String,
        /// Where to create the project.
        #[arg(long, default_value = ".")]
        dir: PathBuf,
    },
    /// Build a project into PATH/dist/<id>.wasm, installing its toolchain on first use.
    Build {
        #[arg(default_value = ".")]
        path: PathBuf,
    },
    /// Run a plugin once on an input in the server's sandbox; print its output as JSON with the
    /// time and memory it used. PATH is a project (its dist/<id>.wasm) or a component file.
    Test {
        path: PathBuf,
        /// Decoders: the payload bytes. Others: JSON (see sdk-guides/plugins.md).
        #[arg(long)]
        input: PathBuf,
        /// For a bare component: its kind (default: what it exports).
        #[arg(long)]
        kind: Option<String>,
        /// Decoders: the message type (`0x40`, `64`; default from faultline-plugin.toml).
        #[arg(long)]
        message_type: Option<String>,
        /// `[plugin.config]` values, KEY=VALUE (repeatable).
        #[arg(long = "config", value_name = "KEY=VALUE")]
        config: Vec<String>,
        #[arg(long, default_value_t = 1000)]
        timeout_ms: u64,
        #[arg(long, default_value_t = 268_435_456)]
        max_memory_bytes: u64,
    },
    /// Show a component's world, contract version, imports and requested capabilities, and a
    /// bundle's manifest.
    Inspect { path: PathBuf },
    /// Install the toolchains of these languages now (all four when none is given).
    Toolchain { langs: Vec<String> },
    /// Make an ed25519 signing key: writes ID.key (secret) and prints the public key that
    /// operators trust.
    Keygen {
        #[arg(long)]
        id: String,
        #[arg(long, default_value = ".")]
        dir: PathBuf,
    },
    /// Pack a built project into a bundle, signed with a key made by `keygen`.
    Pack {
        #[arg(default_value = ".")]
        path: PathBuf,
        /// The secret key file (ID.key); the key id is the file's stem. Omitted: unsigned.
        #[arg(long)]
        key: Option<PathBuf>,
        /// Output file (default: PATH/dist/<id>-<version>.flb).
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
    /// Install (or upgrade to) a bundle on a running server; no restart.
    Install {
        bundle: PathBuf,
        #[command(flatten)]
        server: ServerArgs,
    },
    /// List the plugins of a running server with their versions and stats.
    List {
        #[command(flatten)]
        server: ServerArgs,
    },
    /// Switch an installed plugin back to its previous version; no restart.
    Rollback {
        id: String,
        #[command(flatten)]
        server: ServerArgs,
    },
}

#[derive(Debug, clap::Args)]
pub struct ServerArgs {
    /// Server base URL, e.g. http://127.0.0.1:8080.
    #[arg(long)]
    server: String,
    /// API token when the server has one (also FAULTLINE_API_TOKEN).
    #[arg(long, env = "FAULTLINE_API_TOKEN", hide_env_values = true)]
    token: Option<String>,
}

pub fn run(action: PluginAction) -> anyhow::Result<()> {
    match action {
        PluginAction::New {
            kind,
            lang,
            name,
            dir,
        } => {
            let kind = parse_kind(&kind)?;
            let language = parse_language(&lang)?;
            let made = faultline_plugin_kit::new_project(&dir, &name, kind, language)?;
            println!(
                "created {} ({kind} in {language}); next: faultline plugin build {0}",
                made.display()
            );
            Ok(())
        }
        PluginAction::Build { path } => {
            let started = Instant::now();
            let out = faultline_plugin_kit::build(&path, &Toolchains::from_env())?;
            let size = std::fs::metadata(&out).map(|m| m.len()).unwrap_or(0);
            println!(
                "built {} ({size} bytes) in {:.1} s",
                out.display(),
                started.elapsed().as_secs_f64()
            );
            Ok(())
        }
        PluginAction::Test {
            path,
            input,
            kind,
            message_type,
            config,
            timeout_ms,
            max_memory_bytes,
        } => {
            let report = test(&TestArgs {
                path,
                input,
                kind,
                message_type,
                config,
                timeout_ms,
                max_memory_bytes,
            })?;
            println!("{}", serde_json::to_string_pretty(&report)?);
            if report.get("error").is_some() {
                bail!("the plugin call failed");
            }
            Ok(())
        }
        PluginAction::Inspect { path } => {
            println!("{}", serde_json::to_string_pretty(&inspect(&path)?)?);
            Ok(())
        }
        PluginAction::Toolchain { langs } => {
            let toolchains = Toolchains::from_env();
            let langs: Vec<Language> = if langs.is_empty() {
                Language::ALL.to_vec()
            } else {
                langs
                    .iter()
                    .map(|l| parse_language(l))
                    .collect::<anyhow::Result<_>>()?
            };
            for l in langs {
                let started = Instant::now();
                faultline_plugin_kit::ensure_toolchain(l, &toolchains)?;
                println!(
                    "{l}: ready ({:.1} s) in {}",
                    started.elapsed().as_secs_f64(),
                    toolchains.dir.display()
                );
            }
            Ok(())
        }
        PluginAction::Keygen { id, dir } => {
            let key = faultline_bundle::Key::generate(&id)?;
            let path = dir.join(format!("{id}.key"));
            if path.exists() {
                bail!("{} exists: not overwriting a key", path.display());
            }
            write_secret(&path, &key.secret_text())?;
            println!("secret key: {} (keep it private)", path.display());
            println!("public key for operators' plugins.toml [trust.keys]:");
            println!("{id} = \"{}\"", key.public_text());
            Ok(())
        }
        PluginAction::Pack { path, key, output } => {
            let out = pack(&path, key.as_deref(), output)?;
            println!("packed {}", out.display());
            Ok(())
        }
        PluginAction::Install { bundle, server } => {
            let bytes = std::fs::read(&bundle)
                .with_context(|| format!("cannot read {}", bundle.display()))?;
            let v = request(
                &server,
                reqwest::Method::POST,
                "/api/v1/plugins",
                Some(bytes),
            )?;
            println!("{}", serde_json::to_string_pretty(&v)?);
            Ok(())
        }
        PluginAction::List { server } => {
            let v = request(&server, reqwest::Method::GET, "/api/v1/plugins", None)?;
            println!("{}", serde_json::to_string_pretty(&v)?);
            Ok(())
        }
        PluginAction::Rollback { id, server } => {
            let v = request(
                &server,
                reqwest::Method::POST,
                &format!("/api/v1/plugins/{id}/rollback"),
                None,
            )?;
            println!("{}", serde_json::to_string_pretty(&v)?);
            Ok(())
        }
    }
}

fn parse_kind(s: &str) -> anyhow::Result<Kind> {
    Kind::parse(s).with_context(|| {
        format!("unknown kind `{s}`: use decoder, symbolicator, alert-rule or anomaly-detector")
    })
}

fn parse_language(s: &str) -> anyhow::Result<Language> {
    Language::parse(s).with_context(|| format!("unknown language `{s}`: use rust, c, python or js"))
}

#[cfg(unix)]
fn write_secret(path: &Path, text: &str) -> anyhow::Result<()> {
    use std::io::Write as _;
    use std::os::unix::fs::OpenOptionsExt as _;
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
        .with_context(|| format!("cannot create {}", path.display()))?;
    writeln!(f, "{text}")?;
    Ok(())
}

#[cfg(not(unix))]
fn write_secret(path: &Path, text: &str) -> anyhow::Result<()> {
    std::fs::write(path, format!("{text}\n"))
        .with_context(|| format!("cannot create {}", path.display()))
}

fn request(
    server: &ServerArgs,
    method: reqwest::Method,
    path: &str,
    body: Option<Vec<u8>>,
) -> anyhow::Result<Value> {
    let rt = tokio::runtime::Runtime::new()?;
    rt.block_on(async {
        let client = reqwest::Client::new();
        let mut req = client.request(
            method,
            format!("{}{path}", server.server.trim_end_matches('/')),
        );
        if let Some(t) = &server.token {
            req = req.bearer_auth(t);
        }
        if let Some(b) = body {
            req = req
                .header("content-type", "application/octet-stream")
                .body(b);
        }
        let res = req.send().await.context("request failed")?;
        let status = res.status();
        let v: Value = res.json().await.unwrap_or(Value::Null);
        if !status.is_success() {
            let msg = v["message"]
                .as_str()
                .map(str::to_string)
                .unwrap_or_else(|| v.to_string());
            bail!("the server refused ({status}): {msg}");
        }
        Ok(v)
    })
}

/// A project's or a component file's component, kind, id and default message type.
fn resolve_component(
    path: &Path,
    kind: Option<&str>,
) -> anyhow::Result<(PathBuf, Kind, String, Option<String>)> {
    if path.is_dir() {
        let m = ProjectManifest::read(path)?;
        let component = path.join("dist").join(format!("{}.wasm", m.id));
        if !component.exists() {
            bail!(
                "{} is not built yet: run `faultline plugin build {}`",
                component.display(),
                path.display()
            );
        }
        return Ok((component, m.kind, m.id, m.test.message_type));
    }
    let info = faultline_plugin_kit::inspect(path)?;
    let kind = match kind {
        Some(k) => parse_kind(k)?,
        None => *info
            .kinds
            .first()
            .context("the component exports no faultline:plugin world: give --kind")?,
    };
    let id = path
        .file_stem()
        .map(|s| s.to_string_lossy().replace('_', "-"))
        .unwrap_or_else(|| "plugin".into());
    Ok((path.to_path_buf(), kind, id, None))
}

struct TestArgs {
    path: PathBuf,
    input: PathBuf,
    kind: Option<String>,
    message_type: Option<String>,
    config: Vec<String>,
    timeout_ms: u64,
    max_memory_bytes: u64,
}

fn parse_message_type(s: &str) -> anyhow::Result<u8> {
    let parsed = match s.strip_prefix("0x") {
        Some(hex) => u8::from_str_radix(hex, 16).ok(),
        None => s.parse().ok(),
    };
    parsed.with_context(|| format!("message type `{s}`: give 0x00-0xff or 0-255"))
}

fn test_context() -> DeviceContext {
    DeviceContext {
        serial: "test-device".into(),
        hardware_version: "evt-1".into(),
        software_type: "main".into(),
        software_version: "1.0.0".into(),
        build_id: Vec::new(),
    }
}

#[derive(Deserialize)]
struct SymbolicateInput {
    #[serde(default = "test_context")]
    context: DeviceContext,
    frames: Vec<FrameInput>,
}

#[derive(Deserialize)]
struct FrameInput {
    pc: u64,
    #[serde(default)]
    sp: Option<u64>,
}

#[derive(Deserialize)]
struct InspectInput {
    #[serde(default = "test_context")]
    context: DeviceContext,
    events: Vec<Event>,
}

/// A call's result as `plugin test` prints it.
fn reply<T: serde::Serialize, E: std::fmt::Display>(r: Result<T, E>) -> Result<Value, Value> {
    r.map(|v| json!(v))
        .map_err(|e| json!({ "error": e.to_string() }))
}

/// `plugin test` has no symbol files to look in.
struct NoSymbols;

impl SymbolLookup for NoSymbols {
    fn lookup(&self, _build_id: &[u8], _address: u64) -> Vec<LookupSymbol> {
        Vec::new()
    }
}

fn test(a: &TestArgs) -> anyhow::Result<Value> {
    let (component, kind, id, default_type) = resolve_component(&a.path, a.kind.as_deref())?;
    let component = std::fs::canonicalize(&component)
        .with_context(|| format!("cannot read {}", component.display()))?;
    let mut toml = format!(
        "version = 1\n[[plugin]]\nid = {id:?}\nkind = \"{kind}\"\npath = {:?}\n[plugin.limits]\ntimeout_ms = {}\nmax_memory_bytes = {}\n[plugin.config]\n",
        component.display().to_string(),
        a.timeout_ms,
        a.max_memory_bytes
    );
    for kv in &a.config {
        let (k, v) = kv
            .split_once('=')
            .with_context(|| format!("--config `{kv}`: give KEY=VALUE"))?;
        toml.push_str(&format!("{k:?} = {v:?}\n"));
    }
    let manifest = Manifest::from_toml_str(&toml, Path::new("/"))?;
    let cache = Toolchains::from_env().dir.join("plugin-cache");
    std::fs::create_dir_all(&cache)?;
    let runtime = Runtime::new(manifest, &cache)?;
    let plugin = PluginId::new(id.clone());
    let input =
        std::fs::read(&a.input).with_context(|| format!("cannot read {}", a.input.display()))?;
    let json_input = || -> anyhow::Result<&[u8]> { Ok(&input) };

    let call: Box<dyn Fn() -> Result<Value, Value>> = match kind {
        Kind::Decoder => {
            let t =
                a.message_type.clone().or(default_type).context(
                    "give --message-type (or [test] message_type in faultline-plugin.toml)",
                )?;
            let msg_type = parse_message_type(&t)?;
            let ctx = test_context();
            let (runtime, plugin, input) = (&runtime, &plugin, &input);
            Box::new(move || {
                runtime
                    .decode(plugin, &ctx, msg_type, input)
                    .map(|events| json!(events))
                    .map_err(|e| {
                        let o = e.outcome();
                        json!({"outcome": o.class(), "reason": o.reason(), "detail": e.detail()})
                    })
            })
        }
        Kind::Symbolicator => {
            let parsed: SymbolicateInput = serde_json::from_slice(json_input()?)
                .context("symbolicator input: {\"context\": {...}, \"frames\": [{\"pc\": N}]}")?;
            let frames: Vec<PluginFrameIn> = parsed
                .frames
                .iter()
                .map(|f| PluginFrameIn { pc: f.pc, sp: f.sp })
                .collect();
            let (runtime, plugin) = (&runtime, &plugin);
            Box::new(move || {
                runtime
                    .symbolicate(plugin, &parsed.context, &frames, Arc::new(NoSymbols))
                    .map(|frames| {
                        frames
                            .iter()
                            .map(|f| {
                                json!({
                                    "pc": f.pc,
                                    "status": f.status.as_str(),
                                    "function": f.function,
                                    "file": f.file,
                                    "line": f.line,
                                    "inlined": f.inlined,
                                })
                            })
                            .collect::<Value>()
                    })
                    .map_err(|e| json!({"error": e.to_string()}))
            })
        }
        Kind::AlertRule => {
            let window: MetricWindow = serde_json::from_slice(json_input()?)
                .context("alert rule input: a metric window (metric, device_count, start_ms, end_ms, points)")?;
            let (runtime, plugin) = (&runtime, &plugin);
            Box::new(move || reply(runtime.evaluate(plugin, &window)))
        }
        Kind::AnomalyDetector => {
            let parsed: InspectInput = serde_json::from_slice(json_input()?)
                .context("anomaly detector input: {\"context\": {...}, \"events\": [...]}")?;
            let (runtime, plugin) = (&runtime, &plugin);
            Box::new(move || reply(runtime.inspect(plugin, &parsed.context, &parsed.events)))
        }
    };
    // The first call includes creating the instance; the second is what steady state costs.
    let started = Instant::now();
    let first = call();
    let first_ms = started.elapsed().as_secs_f64() * 1000.0;
    let started = Instant::now();
    let _ = call();
    let warm_ms = started.elapsed().as_secs_f64() * 1000.0;
    let stats = runtime.stats();
    let memory = stats.first().map_or(0, |s| s.memory_bytes);
    let label = runtime.plugin_label(&plugin);
    let mut report = json!({
        "plugin": label,
        "kind": kind.as_str(),
        "input": a.input.file_name().map(|n| n.to_string_lossy().into_owned()),
        "first_call_ms": (first_ms * 1000.0).round() / 1000.0,
        "warm_call_ms": (warm_ms * 1000.0).round() / 1000.0,
        "memory_bytes": memory,
    });
    match first {
        Ok(output) => report["output"] = output,
        Err(error) => report["error"] = error,
    }
    Ok(report)
}

fn inspect(path: &Path) -> anyhow::Result<Value> {
    let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    if let Ok(bundle) = faultline_bundle::read(&bytes) {
        let info = faultline_plugin_kit::inspect::inspect_bytes(&bundle.component)
            .map_err(anyhow::Error::msg)?;
        return Ok(json!({
            "bundle": bundle.manifest,
            "signed": bundle.signature.is_some(),
            "component": info,
        }));
    }
    let info = faultline_plugin_kit::inspect::inspect_bytes(&bytes).map_err(anyhow::Error::msg)?;
    Ok(json!({ "component": info }))
}

/// Bundles a built project.
fn pack(dir: &Path, key: Option<&Path>, output: Option<PathBuf>) -> anyhow::Result<PathBuf> {
    let m = ProjectManifest::read(dir)?;
    let component_path = dir.join("dist").join(format!("{}.wasm", m.id));
    let component = std::fs::read(&component_path).with_context(|| {
        format!(
            "cannot read {}: run `faultline plugin build` first",
            component_path.display()
        )
    })?;
    let info =
        faultline_plugin_kit::inspect::inspect_bytes(&component).map_err(anyhow::Error::msg)?;
    if !info.kinds.contains(&m.kind) {
        bail!(
            "{} does not export the {} world",
            component_path.display(),
            m.kind
        );
    }
    let mut route = std::collections::BTreeMap::new();
    for (k, v) in [
        ("message_types", &m.route.message_types),
        ("software_types", &m.route.software_types),
        ("hardware_versions", &m.route.hardware_versions),
        ("address_ranges", &m.route.address_ranges),
    ] {
        if !v.is_empty() {
            route.insert(k.to_string(), v.clone());
        }
    }
    let manifest = faultline_bundle::BundleManifest {
        format: faultline_bundle::FORMAT,
        id: m.id.clone(),
        vendor: m.vendor.clone().unwrap_or_else(|| "local".into()),
        version: m.version.clone(),
        kind: m.kind.as_str().into(),
        contract: m.contract.clone(),
        description: m.description.clone(),
        capabilities: m.capabilities.clone(),
        route,
        component_sha256: String::new(),
        signed_by: String::new(),
    };
    let key = match key {
        None => None,
        Some(p) => {
            let id = p
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .context("key file name")?;
            let text = std::fs::read_to_string(p)
                .with_context(|| format!("cannot read {}", p.display()))?;
            Some(faultline_bundle::Key::from_secret(&id, &text)?)
        }
    };
    let bytes = faultline_bundle::pack(manifest, &component, key.as_ref())?;
    let out =
        output.unwrap_or_else(|| dir.join("dist").join(format!("{}-{}.flb", m.id, m.version)));
    std::fs::write(&out, bytes).with_context(|| format!("cannot write {}", out.display()))?;
    Ok(out)
}
