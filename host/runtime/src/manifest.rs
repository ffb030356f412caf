//! `plugins.toml`: the operator-owned list of installed plugins.
//!
//! The file is strict and versioned: `version = 1` is required, unknown keys are errors that
//! name the key, and the raw TOML is validated into [`Manifest`], the type the runtime uses.
//! Validation is pure (no file is read besides `plugins.toml` itself): whether a component
//! exists, matches its `sha256` and fits its world is checked when the runtime loads it.
//!
//! ```toml
//! version = 1
//! [defaults]                 # optional; these values are used when omitted
//! timeout_ms = 50
//! max_memory_bytes = 33554432
//! max_output_bytes = 1048576
//! breaker_failures = 5
//! breaker_cooldown_ms = 60000
//!
//! [[plugin]]
//! id = "decoder-v1"
//! kind = "decoder"
//! path = "plugins/target/wasm32-wasip2/release/faultline_decoder_v1.wasm"
//! [plugin.route]
//! message_types = ["heartbeat", "0x41"]
//!
//! [[plugin]]
//! id = "rom-symbols"
//! kind = "symbolicator"
//! path = "plugins/target/wasm32-wasip2/release/faultline_rom_symbols.wasm"
//! vendor = "acme"            # optional, free text shown in the plugin status
//! [plugin.route]
//! hardware_versions = ["evt-2"]
//! address_ranges = ["0x00000000-0x0000ffff"]
//! [plugin.files]             # symbolicators only: name -> file, read with `granted-file`
//! map = "vendor/acme-rom.nm"
//! ```
//!
//! # Symbolicators
//! A symbolicator is routed per device, not per message: by `projects`, `hardware_versions`
//! and `software_types` (`message_types` is an error there), and per frame by
//! `address_ranges` (`"0xSTART-0xEND"`, hex, inclusive): the plugin gets only the frames whose
//! pc lies in one of them; omitted, it gets every frame the host passes it (the server passes
//! the frames its own symbol files could not name). `address_ranges` is an error on other
//! kinds. The vendor of a device is not on the wire, so `vendor` does not route: it only says
//! whose plugin it is.
//!
//! `[plugin.files]` grants files to a symbolicator: names (letters, digits, `.`, `_`, `-`)
//! map to paths, resolved like `path`. The runtime reads them when it loads the plugin (at
//! most 16 MiB each; a missing file stops the start-up), and they are the only files the
//! plugin can read.

use std::collections::{BTreeMap, HashSet};
use std::fmt;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::Deserialize;

/// The only `plugins.toml` format version this runtime reads.
pub const MANIFEST_VERSION: i64 = 1;

/// A validated `plugins.toml`.
#[derive(Debug, Clone, PartialEq)]
pub struct Manifest {
    /// Limits that apply to plugins without their own `[plugin.limits]`.
    pub defaults: Limits,
    /// Plugins in file order (routing picks the first match).
    pub plugins: Vec<PluginSpec>,
    /// `[trust]`: what vendor bundles installed at run time may be and get.
    pub trust: TrustConfig,
}

/// `[trust]` of `plugins.toml`: the operator's decisions about vendor bundles.
///
/// ```toml
/// [trust]
/// allow_unsigned = false      # true only for local development
/// [trust.keys]                # key id (as the bundle names it) -> public key
/// acme = "ed25519:6Jd3…"
/// [trust.grants.acme-rom]     # per plugin id: the capabilities it may use
/// capabilities = ["symbol-lookup", "file:map"]
/// files = { map = "vendor/acme-rom.nm" }   # what `file:NAME` reads
/// ```
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TrustConfig {
    pub allow_unsigned: bool,
    /// Key id → `ed25519:<base64>` (checked by the server when it reads them).
    pub keys: BTreeMap<String, String>,
    pub grants: BTreeMap<String, Grant>,
}

/// Capabilities granted to one bundle plugin id.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Grant {
    pub capabilities: Vec<String>,
    /// Name → file, resolved against the directory of `plugins.toml`.
    pub files: BTreeMap<String, PathBuf>,
}

/// One `[[plugin]]` entry.
#[derive(Debug, Clone, PartialEq)]
pub struct PluginSpec {
    pub id: String,
    pub kind: PluginKind,
    /// The component file, resolved against the directory of `plugins.toml`.
    pub path: PathBuf,
    /// Expected SHA-256 of the component file, lowercase hex.
    pub sha256: Option<String>,
    pub enabled: bool,
    /// Whose plugin this is (free text, shown in the status; not used for routing).
    pub vendor: Option<String>,
    /// The plugin's own version, for plugins installed from a bundle (plugins.toml entries
    /// have none: their component's hash identifies them).
    pub version: Option<String>,
    pub route: Route,
    /// `[defaults]` with this plugin's `[plugin.limits]` applied.
    pub limits: Limits,
    /// `[plugin.config]`, readable by the plugin through the host `config` import.
    pub config: BTreeMap<String, String>,
    /// `[plugin.files]` (symbolicators only): name → file, resolved against the directory of
    /// `plugins.toml`; what the plugin can read through the host `granted-file` import.
    pub files: BTreeMap<String, PathBuf>,
}

/// What a plugin does; one WIT world each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PluginKind {
    Decoder,
    Symbolicator,
    AlertRule,
    AnomalyDetector,
}

impl PluginKind {
    pub const ALL: [PluginKind; 4] = [
        PluginKind::Decoder,
        PluginKind::Symbolicator,
        PluginKind::AlertRule,
        PluginKind::AnomalyDetector,
    ];

    /// The name used in `plugins.toml` (and the WIT world name).
    pub fn as_str(self) -> &'static str {
        match self {
            PluginKind::Decoder => "decoder",
            PluginKind::Symbolicator => "symbolicator",
            PluginKind::AlertRule => "alert-rule",
            PluginKind::AnomalyDetector => "anomaly-detector",
        }
    }

    fn parse(s: &str) -> Option<PluginKind> {
        PluginKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

impl fmt::Display for PluginKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Sandbox limits and circuit-breaker settings of one plugin.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// CPU-time budget of one call on the calling thread (1 ms resolution; a call that waits
    /// without running also ends after 20 budgets of wall time, at least 1 s).
    pub timeout: Duration,
    /// Cap on each linear memory of the plugin.
    pub max_memory_bytes: usize,
    /// Cap on the size of one call's output (see the runtime's output accounting).
    pub max_output_bytes: usize,
    /// Consecutive failures that open the circuit breaker.
    pub breaker_failures: u32,
    /// How long an open breaker refuses calls before one trial call.
    pub breaker_cooldown: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            timeout: Duration::from_millis(50),
            max_memory_bytes: 32 * 1024 * 1024,
            max_output_bytes: 1024 * 1024,
            breaker_failures: 5,
            breaker_cooldown: Duration::from_secs(60),
        }
    }
}

/// Which messages (decoders) or frames (symbolicators) a plugin is chosen for. Every selector
/// must match.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Route {
    pub projects: Selector<String>,
    /// Decoders only (`Any` for the other kinds).
    pub message_types: Selector<u8>,
    pub hardware_versions: Selector<String>,
    pub software_types: Selector<String>,
    /// Symbolicators only (`Any` for the other kinds): the frames whose pc is in a range.
    pub address_ranges: Selector<AddressRange>,
}

impl Route {
    /// The route in `plugins.toml`'s words: each restricted field with its values (fields
    /// that match anything are left out).
    pub fn describe(&self) -> BTreeMap<&'static str, Vec<String>> {
        let mut out = BTreeMap::new();
        let mut put = |name, values: Option<Vec<String>>| {
            if let Some(v) = values {
                out.insert(name, v);
            }
        };
        let only = |s: &Selector<String>| match s {
            Selector::Any => None,
            Selector::Only(v) => Some(v.clone()),
        };
        put("projects", only(&self.projects));
        put("hardware_versions", only(&self.hardware_versions));
        put("software_types", only(&self.software_types));
        put(
            "message_types",
            match &self.message_types {
                Selector::Any => None,
                Selector::Only(v) => Some(v.iter().map(|t| format!("0x{t:02x}")).collect()),
            },
        );
        put(
            "address_ranges",
            match &self.address_ranges {
                Selector::Any => None,
                Selector::Only(v) => Some(
                    v.iter()
                        .map(|r| format!("0x{:08x}-0x{:08x}", r.start, r.end))
                        .collect(),
                ),
            },
        );
        out
    }
}

/// An inclusive range of addresses, `0xSTART-0xEND` in `plugins.toml`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AddressRange {
    pub start: u64,
    pub end: u64,
}

impl AddressRange {
    pub fn contains(&self, address: u64) -> bool {
        (self.start..=self.end).contains(&address)
    }
}

impl fmt::Display for AddressRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "0x{:08x}-0x{:08x}", self.start, self.end)
    }
}

/// `Any` when the list is omitted or contains `"*"`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Selector<T> {
    #[default]
    Any,
    Only(Vec<T>),
}

impl<T: PartialEq> Selector<T> {
    pub fn matches<Q>(&self, value: &Q) -> bool
    where
        T: PartialEq<Q>,
        Q: ?Sized,
    {
        match self {
            Selector::Any => true,
            Selector::Only(items) => items.iter().any(|i| i == value),
        }
    }
}

impl Route {
    pub fn matches(
        &self,
        project: &str,
        msg_type: u8,
        hardware_version: &str,
        software_type: &str,
    ) -> bool {
        self.message_types.matches(&msg_type)
            && self.matches_device(project, hardware_version, software_type)
    }

    /// The selectors that do not depend on the message: project, hardware version, software
    /// type.
    pub fn matches_device(
        &self,
        project: &str,
        hardware_version: &str,
        software_type: &str,
    ) -> bool {
        self.projects.matches(project)
            && self.hardware_versions.matches(hardware_version)
            && self.software_types.matches(software_type)
    }

    /// Whether a frame at `pc` goes to this (symbolicator) plugin.
    pub fn matches_address(&self, pc: u64) -> bool {
        match &self.address_ranges {
            Selector::Any => true,
            Selector::Only(ranges) => ranges.iter().any(|r| r.contains(pc)),
        }
    }
}

/// Why `plugins.toml` was refused. The text is stable (golden tests compare it).
#[derive(Debug, thiserror::Error)]
pub enum ManifestError {
    #[error("cannot read {}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("invalid plugins.toml: {0}")]
    Parse(String),
    #[error("plugins.toml has no `version` key: add `version = {MANIFEST_VERSION}`")]
    MissingVersion,
    #[error(
        "plugins.toml version {0} is not supported: this server reads version {MANIFEST_VERSION}"
    )]
    UnsupportedVersion(String),
    #[error("{scope}: `{field}` must be greater than 0")]
    ZeroLimit { scope: String, field: &'static str },
    #[error("plugin id `{0}` is invalid: use lowercase letters, digits and `-`")]
    InvalidId(String),
    #[error("plugin id `{0}` is used more than once")]
    DuplicateId(String),
    #[error(
        "plugin `{plugin}`: unknown kind `{kind}` (expected decoder, symbolicator, alert-rule or anomaly-detector)"
    )]
    UnknownKind { plugin: String, kind: String },
    #[error("plugin `{plugin}`: `path` is empty")]
    EmptyPath { plugin: String },
    #[error("plugin `{plugin}`: `sha256` must be 64 hex digits, got `{value}`")]
    BadSha256 { plugin: String, value: String },
    #[error(
        "plugin `{plugin}`: capability `{capability}` cannot be granted (this version grants no capabilities)"
    )]
    Capability { plugin: String, capability: String },
    #[error(
        "plugin `{plugin}`: `route.message_types` entry `{value}` is not a message type (context, heartbeat, trace, reboot, logs, coredump, vendor, `*` or a hex number such as `0x41`)"
    )]
    BadMessageType { plugin: String, value: String },
    #[error("plugin `{plugin}`: `route.{field}` is empty (omit it to match anything)")]
    EmptyRoute { plugin: String, field: &'static str },
    #[error("plugin `{plugin}`: `route.{field}` has an empty entry")]
    EmptyRouteEntry { plugin: String, field: &'static str },
    #[error(
        "plugin `{plugin}`: `route.message_types` does not apply to symbolicators (they get frames, not messages: use `route.address_ranges`)"
    )]
    MessageTypesOnSymbolicator { plugin: String },
    #[error("plugin `{plugin}`: `{field}` applies only to symbolicators, not to {kind} plugins")]
    SymbolicatorOnly {
        plugin: String,
        field: &'static str,
        kind: PluginKind,
    },
    #[error(
        "plugin `{plugin}`: `route.address_ranges` entry `{value}` is not an address range (`0xSTART-0xEND`: hex, inclusive, start <= end)"
    )]
    BadAddressRange { plugin: String, value: String },
    #[error(
        "plugin `{plugin}`: file name `{name}` in `[plugin.files]` is invalid: use letters, digits, `.`, `_` and `-`"
    )]
    BadFileName { plugin: String, name: String },
    #[error("plugin `{plugin}`: the path of file `{name}` in `[plugin.files]` is empty")]
    EmptyFilePath { plugin: String, name: String },
    #[error("plugin `{plugin}`: `vendor` must be 1 to 64 characters, without control characters")]
    BadVendor { plugin: String },
}

// ---- raw form, exactly as written ----

#[derive(Deserialize)]
struct VersionProbe {
    version: Option<toml::Value>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawManifest {
    #[allow(dead_code)] // checked by `VersionProbe` first
    version: toml::Value,
    #[serde(default)]
    defaults: RawLimits,
    #[serde(default)]
    plugin: Vec<RawPlugin>,
    #[serde(default)]
    trust: RawTrust,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawTrust {
    #[serde(default)]
    allow_unsigned: bool,
    #[serde(default)]
    keys: BTreeMap<String, String>,
    #[serde(default)]
    grants: BTreeMap<String, RawGrant>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawGrant {
    #[serde(default)]
    capabilities: Vec<String>,
    #[serde(default)]
    files: BTreeMap<String, PathBuf>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawLimits {
    timeout_ms: Option<u64>,
    max_memory_bytes: Option<u64>,
    max_output_bytes: Option<u64>,
    breaker_failures: Option<u32>,
    breaker_cooldown_ms: Option<u64>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPlugin {
    id: String,
    kind: String,
    path: String,
    sha256: Option<String>,
    #[serde(default)]
    capabilities: Vec<String>,
    #[serde(default = "yes")]
    enabled: bool,
    vendor: Option<String>,
    #[serde(default)]
    route: RawRoute,
    #[serde(default)]
    limits: RawLimits,
    #[serde(default)]
    config: BTreeMap<String, String>,
    #[serde(default)]
    files: BTreeMap<String, String>,
}

fn yes() -> bool {
    true
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawRoute {
    projects: Option<Vec<String>>,
    message_types: Option<Vec<String>>,
    hardware_versions: Option<Vec<String>>,
    software_types: Option<Vec<String>>,
    address_ranges: Option<Vec<String>>,
}

// ---- validation ----

impl Manifest {
    /// Read and validate a `plugins.toml`; relative plugin paths resolve against its directory.
    pub fn load(path: &Path) -> Result<Manifest, ManifestError> {
        let text = std::fs::read_to_string(path).map_err(|source| ManifestError::Io {
            path: path.to_path_buf(),
            source,
        })?;
        let base = path.parent().unwrap_or(Path::new("."));
        Manifest::from_toml_str(&text, base)
    }

    /// Validate `plugins.toml` text; relative plugin paths resolve against `base_dir`.
    pub fn from_toml_str(text: &str, base_dir: &Path) -> Result<Manifest, ManifestError> {
        // The version decides how to read the rest, so look at it before the strict parse.
        let probe: VersionProbe = toml::from_str(text).map_err(parse_error)?;
        match probe.version {
            None => return Err(ManifestError::MissingVersion),
            Some(toml::Value::Integer(MANIFEST_VERSION)) => {}
            Some(other) => return Err(ManifestError::UnsupportedVersion(other.to_string())),
        }
        let raw: RawManifest = toml::from_str(text).map_err(parse_error)?;

        let defaults = apply_limits(Limits::default(), &raw.defaults, "defaults")?;
        let mut seen = HashSet::new();
        let mut plugins = Vec::with_capacity(raw.plugin.len());
        for p in raw.plugin {
            let spec = validate_plugin(p, &defaults, base_dir)?;
            if !seen.insert(spec.id.clone()) {
                return Err(ManifestError::DuplicateId(spec.id));
            }
            plugins.push(spec);
        }
        let trust = TrustConfig {
            allow_unsigned: raw.trust.allow_unsigned,
            keys: raw.trust.keys,
            grants: raw
                .trust
                .grants
                .into_iter()
                .map(|(id, g)| {
                    let files = g
                        .files
                        .into_iter()
                        .map(|(name, path)| (name, base_dir.join(path)))
                        .collect();
                    (
                        id,
                        Grant {
                            capabilities: g.capabilities,
                            files,
                        },
                    )
                })
                .collect(),
        };
        Ok(Manifest {
            defaults,
            plugins,
            trust,
        })
    }

    /// A manifest with no plugins and default limits.
    pub fn empty() -> Manifest {
        Manifest {
            defaults: Limits::default(),
            plugins: Vec::new(),
            trust: TrustConfig::default(),
        }
    }
}

fn parse_error(e: toml::de::Error) -> ManifestError {
    ManifestError::Parse(e.to_string().trim_end().to_owned())
}

fn apply_limits(base: Limits, raw: &RawLimits, scope: &str) -> Result<Limits, ManifestError> {
    let nonzero = |v: u64, field: &'static str| {
        if v == 0 {
            Err(ManifestError::ZeroLimit {
                scope: scope.to_owned(),
                field,
            })
        } else {
            Ok(v)
        }
    };
    let bytes = |v: u64, field| nonzero(v, field).map(|v| usize::try_from(v).unwrap_or(usize::MAX));
    let mut l = base;
    if let Some(v) = raw.timeout_ms {
        l.timeout = Duration::from_millis(nonzero(v, "timeout_ms")?);
    }
    if let Some(v) = raw.max_memory_bytes {
        l.max_memory_bytes = bytes(v, "max_memory_bytes")?;
    }
    if let Some(v) = raw.max_output_bytes {
        l.max_output_bytes = bytes(v, "max_output_bytes")?;
    }
    if let Some(v) = raw.breaker_failures {
        l.breaker_failures =
            u32::try_from(nonzero(u64::from(v), "breaker_failures")?).unwrap_or(u32::MAX);
    }
    if let Some(v) = raw.breaker_cooldown_ms {
        l.breaker_cooldown = Duration::from_millis(nonzero(v, "breaker_cooldown_ms")?);
    }
    Ok(l)
}

fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn validate_plugin(
    p: RawPlugin,
    defaults: &Limits,
    base_dir: &Path,
) -> Result<PluginSpec, ManifestError> {
    if !valid_id(&p.id) {
        return Err(ManifestError::InvalidId(p.id));
    }
    let id = p.id;
    let kind = PluginKind::parse(&p.kind).ok_or_else(|| ManifestError::UnknownKind {
        plugin: id.clone(),
        kind: p.kind.clone(),
    })?;
    if p.path.is_empty() {
        return Err(ManifestError::EmptyPath { plugin: id });
    }
    let sha256 = match p.sha256 {
        Some(s) if s.len() == 64 && s.bytes().all(|b| b.is_ascii_hexdigit()) => {
            Some(s.to_ascii_lowercase())
        }
        Some(value) => return Err(ManifestError::BadSha256 { plugin: id, value }),
        None => None,
    };
    if let Some(capability) = p.capabilities.into_iter().next() {
        return Err(ManifestError::Capability {
            plugin: id,
            capability,
        });
    }
    let limits = apply_limits(*defaults, &p.limits, &format!("plugin `{id}` limits"))?;
    let symbolicator = kind == PluginKind::Symbolicator;
    if symbolicator && p.route.message_types.is_some() {
        return Err(ManifestError::MessageTypesOnSymbolicator { plugin: id });
    }
    let symbolicator_only = |field| ManifestError::SymbolicatorOnly {
        plugin: id.clone(),
        field,
        kind,
    };
    if !symbolicator && p.route.address_ranges.is_some() {
        return Err(symbolicator_only("route.address_ranges"));
    }
    if !symbolicator && !p.files.is_empty() {
        return Err(symbolicator_only("[plugin.files]"));
    }
    let vendor = match p.vendor {
        Some(v) if v.is_empty() || v.chars().count() > 64 || v.chars().any(char::is_control) => {
            return Err(ManifestError::BadVendor { plugin: id });
        }
        v => v,
    };
    let mut files = BTreeMap::new();
    for (name, path) in p.files {
        if !valid_file_name(&name) {
            return Err(ManifestError::BadFileName { plugin: id, name });
        }
        if path.is_empty() {
            return Err(ManifestError::EmptyFilePath { plugin: id, name });
        }
        files.insert(name, base_dir.join(path));
    }
    let route = Route {
        projects: strings(&id, "projects", p.route.projects)?,
        message_types: message_types(&id, p.route.message_types)?,
        hardware_versions: strings(&id, "hardware_versions", p.route.hardware_versions)?,
        software_types: strings(&id, "software_types", p.route.software_types)?,
        address_ranges: address_ranges(&id, p.route.address_ranges)?,
    };
    Ok(PluginSpec {
        path: base_dir.join(&p.path),
        id,
        kind,
        sha256,
        enabled: p.enabled,
        vendor,
        version: None,
        route,
        limits,
        config: p.config,
        files,
    })
}

fn valid_file_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 64
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'))
}

fn strings(
    plugin: &str,
    field: &'static str,
    list: Option<Vec<String>>,
) -> Result<Selector<String>, ManifestError> {
    let Some(list) = list else {
        return Ok(Selector::Any);
    };
    if list.is_empty() {
        return Err(ManifestError::EmptyRoute {
            plugin: plugin.to_owned(),
            field,
        });
    }
    if list.iter().any(String::is_empty) {
        return Err(ManifestError::EmptyRouteEntry {
            plugin: plugin.to_owned(),
            field,
        });
    }
    if list.iter().any(|s| s == "*") {
        return Ok(Selector::Any);
    }
    Ok(Selector::Only(list))
}

fn message_types(plugin: &str, list: Option<Vec<String>>) -> Result<Selector<u8>, ManifestError> {
    use faultline_protocol::message_type as mt;
    let Some(list) = list else {
        return Ok(Selector::Any);
    };
    if list.is_empty() {
        return Err(ManifestError::EmptyRoute {
            plugin: plugin.to_owned(),
            field: "message_types",
        });
    }
    let mut types = Vec::new();
    for entry in list {
        let named = match entry.as_str() {
            "*" => return Ok(Selector::Any),
            "context" => Some(mt::CONTEXT),
            "heartbeat" => Some(mt::HEARTBEAT),
            "trace" => Some(mt::TRACE),
            "reboot" => Some(mt::REBOOT),
            "logs" => Some(mt::LOGS),
            "coredump" => Some(mt::COREDUMP),
            "vendor" => {
                types.extend(mt::VENDOR_FIRST..=mt::VENDOR_LAST);
                continue;
            }
            _ => None,
        };
        let t = named.or_else(|| parse_hex_u8(&entry)).ok_or_else(|| {
            ManifestError::BadMessageType {
                plugin: plugin.to_owned(),
                value: entry.clone(),
            }
        })?;
        types.push(t);
    }
    types.sort_unstable();
    types.dedup();
    Ok(Selector::Only(types))
}

fn address_ranges(
    plugin: &str,
    list: Option<Vec<String>>,
) -> Result<Selector<AddressRange>, ManifestError> {
    let list = match strings(plugin, "address_ranges", list)? {
        Selector::Any => return Ok(Selector::Any),
        Selector::Only(list) => list,
    };
    let mut ranges = Vec::with_capacity(list.len());
    for entry in list {
        let range = parse_address_range(&entry).ok_or_else(|| ManifestError::BadAddressRange {
            plugin: plugin.to_owned(),
            value: entry.clone(),
        })?;
        ranges.push(range);
    }
    Ok(Selector::Only(ranges))
}

/// `0xSTART-0xEND`, both ends hex with the `0x` prefix, spaces around `-` allowed.
fn parse_address_range(s: &str) -> Option<AddressRange> {
    let (start, end) = s.split_once('-')?;
    let hex = |s: &str| {
        let digits = s
            .trim()
            .strip_prefix("0x")
            .or_else(|| s.trim().strip_prefix("0X"))?;
        if digits.is_empty() || digits.len() > 16 || !digits.bytes().all(|b| b.is_ascii_hexdigit())
        {
            return None;
        }
        u64::from_str_radix(digits, 16).ok()
    };
    let range = AddressRange {
        start: hex(start)?,
        end: hex(end)?,
    };
    (range.start <= range.end).then_some(range)
}

fn parse_hex_u8(s: &str) -> Option<u8> {
    let digits = s.strip_prefix("0x").or_else(|| s.strip_prefix("0X"))?;
    if digits.is_empty() || digits.len() > 2 {
        return None;
    }
    u8::from_str_radix(digits, 16).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Manifest, ManifestError> {
        Manifest::from_toml_str(text, Path::new("/etc/faultline"))
    }

    fn err(text: &str) -> String {
        match parse(text) {
            Ok(m) => panic!("expected an error, got {m:?}"),
            Err(e) => e.to_string(),
        }
    }

    const MINIMAL: &str = r#"
version = 1
[[plugin]]
id = "dec"
kind = "decoder"
path = "dec.wasm"
"#;

    #[test]
    fn minimal_manifest_gets_defaults_and_any_route() {
        let m = parse(MINIMAL).expect("valid");
        assert_eq!(m.defaults, Limits::default());
        let p = &m.plugins[0];
        assert_eq!(p.id, "dec");
        assert_eq!(p.kind, PluginKind::Decoder);
        assert_eq!(p.path, Path::new("/etc/faultline/dec.wasm"));
        assert!(p.enabled);
        assert_eq!(p.route, Route::default());
        assert!(p.route.matches("any", 0x33, "hw", "sw"));
        assert_eq!(p.limits.timeout, Duration::from_millis(50));
        assert_eq!(p.limits.max_memory_bytes, 33_554_432);
    }

    #[test]
    fn limits_cascade_and_routes_parse() {
        let m = parse(
            r#"
version = 1
[defaults]
timeout_ms = 20
breaker_failures = 3
[[plugin]]
id = "a-1"
kind = "decoder"
path = "/abs/a.wasm"
sha256 = "ABCDEF0000000000000000000000000000000000000000000000000000000000"
enabled = false
[plugin.route]
projects = ["p1", "p2"]
message_types = ["heartbeat", "0x41", "vendor"]
hardware_versions = ["*"]
[plugin.limits]
timeout_ms = 7
[plugin.config]
mode = "x"
"#,
        )
        .expect("valid");
        assert_eq!(m.defaults.timeout, Duration::from_millis(20));
        assert_eq!(m.defaults.breaker_failures, 3);
        let p = &m.plugins[0];
        assert_eq!(p.limits.timeout, Duration::from_millis(7));
        assert_eq!(p.limits.breaker_failures, 3);
        assert_eq!(p.path, Path::new("/abs/a.wasm"));
        assert!(!p.enabled);
        assert_eq!(
            p.sha256.as_deref(),
            Some("abcdef0000000000000000000000000000000000000000000000000000000000")
        );
        assert_eq!(p.config.get("mode").map(String::as_str), Some("x"));
        let Selector::Only(types) = &p.route.message_types else {
            panic!("expected a list");
        };
        assert_eq!(types.len(), 1 + 64);
        assert!(p.route.matches("p2", 0x02, "any-hw", "any-sw"));
        assert!(p.route.matches("p1", 0x7f, "x", "y"));
        assert!(!p.route.matches("p3", 0x02, "x", "y"));
        assert!(!p.route.matches("p1", 0x03, "x", "y"));
    }

    #[test]
    fn errors_name_the_key_plugin_and_field() {
        let e = err("version = 1\nbogus = 2\n");
        assert!(e.contains("unknown field `bogus`"), "{e}");
        let e = err(&format!("{MINIMAL}colour = \"red\"\n"));
        assert!(e.contains("unknown field `colour`"), "{e}");
        assert_eq!(
            err("[[plugin]]\n"),
            "plugins.toml has no `version` key: add `version = 1`"
        );
        assert_eq!(
            err("version = 2\n"),
            "plugins.toml version 2 is not supported: this server reads version 1"
        );
        assert_eq!(
            err(&format!("{MINIMAL}{}", &MINIMAL[12..])),
            "plugin id `dec` is used more than once"
        );
        assert_eq!(
            err(&MINIMAL.replace("\"dec\"", "\"Dec_1\"")),
            "plugin id `Dec_1` is invalid: use lowercase letters, digits and `-`"
        );
        assert_eq!(
            err(&MINIMAL.replace("\"decoder\"", "\"encoder\"")),
            "plugin `dec`: unknown kind `encoder` (expected decoder, symbolicator, alert-rule or anomaly-detector)"
        );
        assert_eq!(
            err(&format!("{MINIMAL}capabilities = [\"network\"]\n")),
            "plugin `dec`: capability `network` cannot be granted (this version grants no capabilities)"
        );
        assert_eq!(
            err(&format!("{MINIMAL}[plugin.limits]\ntimeout_ms = 0\n")),
            "plugin `dec` limits: `timeout_ms` must be greater than 0"
        );
        assert_eq!(
            err("version = 1\n[defaults]\nmax_output_bytes = 0\n"),
            "defaults: `max_output_bytes` must be greater than 0"
        );
        assert!(
            err(&format!(
                "{MINIMAL}[plugin.route]\nmessage_types = [\"0x1ff\"]\n"
            ))
            .starts_with("plugin `dec`: `route.message_types` entry `0x1ff` is not")
        );
        assert_eq!(
            err(&format!("{MINIMAL}[plugin.route]\nprojects = []\n")),
            "plugin `dec`: `route.projects` is empty (omit it to match anything)"
        );
        assert_eq!(
            err(&format!("{MINIMAL}sha256 = \"abc\"\n")),
            "plugin `dec`: `sha256` must be 64 hex digits, got `abc`"
        );
    }

    const SYMBOLICATOR: &str = r#"
version = 1
[[plugin]]
id = "rom"
kind = "symbolicator"
path = "rom.wasm"
"#;

    #[test]
    fn symbolicator_routes_files_and_vendor_parse() {
        let m = parse(&format!(
            r#"{SYMBOLICATOR}vendor = "Acme Semiconductor"
[plugin.route]
projects = ["fleet"]
hardware_versions = ["evt-2"]
address_ranges = ["0x00000000-0x0000ffff", "0x1FFF0000 - 0x1fff7fff"]
[plugin.files]
map = "vendor/rom.nm"
"rom-v2.map" = "/abs/rom-v2.map"
"#
        ))
        .expect("valid");
        let p = &m.plugins[0];
        assert_eq!(p.kind, PluginKind::Symbolicator);
        assert_eq!(p.vendor.as_deref(), Some("Acme Semiconductor"));
        assert_eq!(
            p.route.address_ranges,
            Selector::Only(vec![
                AddressRange {
                    start: 0,
                    end: 0xffff
                },
                AddressRange {
                    start: 0x1fff_0000,
                    end: 0x1fff_7fff
                },
            ])
        );
        assert_eq!(p.route.message_types, Selector::Any);
        assert!(p.route.matches_device("fleet", "evt-2", "any"));
        assert!(!p.route.matches_device("fleet", "dvt-1", "any"));
        assert!(!p.route.matches_device("other", "evt-2", "any"));
        for (pc, inside) in [
            (0, true),
            (0xffff, true),
            (0x1_0000, false),
            (0x1fff_0000, true),
            (0x1fff_8000, false),
        ] {
            assert_eq!(p.route.matches_address(pc), inside, "{pc:#x}");
        }
        assert_eq!(
            p.files,
            BTreeMap::from([
                (
                    "map".to_owned(),
                    PathBuf::from("/etc/faultline/vendor/rom.nm")
                ),
                ("rom-v2.map".to_owned(), PathBuf::from("/abs/rom-v2.map")),
            ])
        );
        assert_eq!(
            AddressRange {
                start: 0x100,
                end: 0x1ff
            }
            .to_string(),
            "0x00000100-0x000001ff"
        );

        // Omitted or "*": every frame; no files, no vendor.
        let m = parse(&format!(
            "{SYMBOLICATOR}[plugin.route]\naddress_ranges = [\"*\"]\n"
        ))
        .expect("valid");
        let p = &m.plugins[0];
        assert_eq!(p.route.address_ranges, Selector::Any);
        assert!(p.route.matches_address(u64::MAX));
        assert_eq!((p.vendor.as_ref(), p.files.len()), (None, 0));
        // A vendor on another kind is fine: it only labels the plugin.
        let m = parse(&format!("{MINIMAL}vendor = \"acme\"\n")).expect("valid");
        assert_eq!(m.plugins[0].vendor.as_deref(), Some("acme"));
    }

    #[test]
    fn symbolicator_keys_are_checked() {
        assert_eq!(
            err(&format!(
                "{SYMBOLICATOR}[plugin.route]\nmessage_types = [\"coredump\"]\n"
            )),
            "plugin `rom`: `route.message_types` does not apply to symbolicators (they get frames, not messages: use `route.address_ranges`)"
        );
        assert_eq!(
            err(&format!(
                "{MINIMAL}[plugin.route]\naddress_ranges = [\"0x0-0xff\"]\n"
            )),
            "plugin `dec`: `route.address_ranges` applies only to symbolicators, not to decoder plugins"
        );
        assert_eq!(
            err(&format!("{MINIMAL}[plugin.files]\nmap = \"rom.nm\"\n")),
            "plugin `dec`: `[plugin.files]` applies only to symbolicators, not to decoder plugins"
        );
        for bad in [
            "0x100",
            "0x200-0x100",
            "100-200",
            "0x-0x10",
            "0x10-0x",
            "0x0-0x10000000000000000",
            "0x+1-0x2",
            "0x1-0x2-0x3",
        ] {
            assert_eq!(
                err(&format!(
                    "{SYMBOLICATOR}[plugin.route]\naddress_ranges = [\"{bad}\"]\n"
                )),
                format!(
                    "plugin `rom`: `route.address_ranges` entry `{bad}` is not an address range (`0xSTART-0xEND`: hex, inclusive, start <= end)"
                )
            );
        }
        assert_eq!(
            err(&format!(
                "{SYMBOLICATOR}[plugin.route]\naddress_ranges = []\n"
            )),
            "plugin `rom`: `route.address_ranges` is empty (omit it to match anything)"
        );
        assert_eq!(
            err(&format!(
                "{SYMBOLICATOR}[plugin.files]\n\"../map\" = \"rom.nm\"\n"
            )),
            "plugin `rom`: file name `../map` in `[plugin.files]` is invalid: use letters, digits, `.`, `_` and `-`"
        );
        assert_eq!(
            err(&format!("{SYMBOLICATOR}[plugin.files]\nmap = \"\"\n")),
            "plugin `rom`: the path of file `map` in `[plugin.files]` is empty"
        );
        for vendor in ["", "a\\nb", &"v".repeat(65)] {
            assert_eq!(
                err(&format!("{SYMBOLICATOR}vendor = \"{vendor}\"\n")),
                "plugin `rom`: `vendor` must be 1 to 64 characters, without control characters"
            );
        }
        // Selectors that do not exist stay errors.
        let e = err(&format!(
            "{SYMBOLICATOR}[plugin.route]\nvendors = [\"acme\"]\n"
        ));
        assert!(e.contains("unknown field `vendors`"), "{e}");
        let e = err(&format!("{SYMBOLICATOR}[plugin.files]\nmap = 3\n"));
        assert!(e.starts_with("invalid plugins.toml: "), "{e}");
    }
}
