//! The Faultline plugin engine: the only crate that uses wasmtime.
//!
//! # The path of a plugin call
//! 1. [`Runtime::new`] reads each enabled plugin's component, checks its `sha256` when
//!    `plugins.toml` gives one, and compiles it, or loads the precompiled copy from the cache
//!    directory (keyed by the wasm hash and the engine). It links the component against the
//!    host imports (`log`, `config`, and `symbol-lookup` for symbolicators, whose
//!    `[plugin.files]` are read now) and an empty WASI context (no args, env,
//!    files, sockets; stdio discarded), giving an `InstancePre` per plugin. Any problem here
//!    is a [`RuntimeError`]: the server refuses to start with a broken `plugins.toml`.
//! 2. The pipeline asks [`Runtime::route_decoder`] for the first enabled decoder whose route
//!    matches the message, then calls [`Runtime::decode`]. (Symbolicators take the same path
//!    through [`Runtime::symbolicate`]; see [`symbolicator`].)
//! 3. `decode` passes the plugin's circuit breaker (an open breaker fails the call at once
//!    with [`PluginFailure::Disabled`]), takes the plugin's one reusable instance (creating it
//!    when there is none) and calls the guest under a CPU-time budget (`timeout_ms`, enforced through epoch deadlines) and a
//!    memory cap (`max_memory_bytes`, growth past it traps).
//! 4. The result becomes one of:
//!    - a trap, timeout or memory-limit trap: [`DecodeError::Failed`]; the instance is thrown
//!      away (a trapped instance cannot be entered again) and recreated by the next call;
//!    - the guest's `malformed` / `unsupported` errors: [`DecodeError::Rejected`], the
//!      device's fault, which does not count against the plugin;
//!    - the guest's `internal` error: `Failed` with [`PluginFailure::PluginError`];
//!    - events: measured against `max_output_bytes` ([`PluginFailure::OutputTooLarge`]),
//!      validated ([`PluginFailure::BadOutput`]), then converted to `faultline_model` types.
//!
//!    Output is lifted into host memory before it is measured, so what a plugin can make the
//!    host allocate is bounded by its own memory cap, not by `max_output_bytes`.
//! 5. Failures count towards the breaker; `breaker_failures` in a row open it for
//!    `breaker_cooldown_ms`, then one trial call decides whether it closes again.
//!
//! Bindgen types stay in the per-WIT-version bindings module (`v0_1_0` today); everything
//! public speaks `faultline_model`.

pub mod manifest;
pub mod symbolicator;

mod cache;
mod clock;
pub mod rules;
mod v0_1_0;

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use faultline_model::{DeviceContext, Event, Outcome, PluginFailure, RejectReason};
use faultline_telemetry::{Counter, Histogram, HistogramSnapshot};
use sha2::{Digest, Sha256};
use wasmtime::component::{Component, HasSelf, Linker, ResourceTable};
use wasmtime::{
    Config, Engine, ResourceLimiter, Store, StoreLimits, StoreLimitsBuilder, Trap, UpdateDeadline,
};
use wasmtime_wasi::{WasiCtx, WasiCtxView, WasiView};

pub use cache::CacheStats;
pub use manifest::{
    AddressRange, Limits, MANIFEST_VERSION, Manifest, ManifestError, PluginKind, PluginSpec, Route,
    Selector,
};
pub use rules::RuleError;
pub use symbolicator::{
    LookupSymbol, MAX_FRAME_STRING_BYTES, MAX_FRAMES_PER_INPUT, MAX_GRANTED_FILE_BYTES,
    MAX_LOOKUPS_PER_CALL, PluginFrame, PluginFrameIn, PluginFrameStatus, SymbolLookup,
    SymbolicateError,
};
pub use v0_1_0::limits as output_limits;

/// Latency buckets of plugin calls, in seconds.
pub const PLUGIN_LATENCY_BUCKETS: &[f64] = &[
    0.00001, 0.00005, 0.0001, 0.0005, 0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1.0,
];

/// Epoch ticker period: the resolution of call deadlines.
const EPOCH_TICK: Duration = Duration::from_millis(1);

/// Log lines a plugin may write per second; the rest are counted and dropped.
pub const LOG_LINES_PER_SECOND: u32 = 100;
/// Longest log line kept from a plugin.
const MAX_LOG_LINE_BYTES: usize = 1024;

/// Caps on what one plugin store may create, besides memory size. A Rust or C component has
/// one memory and a handful of core instances and tables (its own plus wit-component shims).
const MAX_INSTANCES: usize = 32;
const MAX_MEMORIES: usize = 4;
const MAX_TABLES: usize = 16;
const MAX_TABLE_ELEMENTS: usize = 100_000;

/// Identifies a plugin of a [`Runtime`]: its `id` from `plugins.toml`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PluginId(String);

impl PluginId {
    pub fn new(id: impl Into<String>) -> PluginId {
        PluginId(id.into())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for PluginId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A decoder's verdict that the input is the device's fault.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Rejection {
    /// The payload is not what the decoder understands.
    Malformed,
    /// The decoder does not handle this message type.
    Unsupported,
}

impl Rejection {
    pub const ALL: [Rejection; 2] = [Rejection::Malformed, Rejection::Unsupported];

    pub fn as_str(self) -> &'static str {
        match self {
            Rejection::Malformed => "malformed",
            Rejection::Unsupported => "unsupported",
        }
    }
}

impl From<Rejection> for RejectReason {
    fn from(r: Rejection) -> RejectReason {
        match r {
            Rejection::Malformed => RejectReason::Malformed,
            Rejection::Unsupported => RejectReason::Unsupported,
        }
    }
}

/// Why [`Runtime::decode`] produced no events.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    /// The device sent something the decoder refuses; `detail` is the decoder's text.
    #[error("message rejected as {}: {detail}", reason.as_str())]
    Rejected { reason: Rejection, detail: String },
    /// The plugin failed; not the device's fault.
    #[error("{}: {detail}", failure.as_str())]
    Failed {
        failure: PluginFailure,
        detail: String,
    },
}

impl DecodeError {
    /// The chunk outcome this error records.
    pub fn outcome(&self) -> Outcome {
        match self {
            DecodeError::Rejected { reason, .. } => Outcome::Rejected((*reason).into()),
            DecodeError::Failed { failure, .. } => Outcome::Failed(*failure),
        }
    }

    /// Free text for the engineer (never a metric label).
    pub fn detail(&self) -> &str {
        match self {
            DecodeError::Rejected { detail, .. } | DecodeError::Failed { detail, .. } => detail,
        }
    }
}

impl From<CallError> for DecodeError {
    fn from(e: CallError) -> DecodeError {
        match e {
            CallError::Rejected { reason, detail } => DecodeError::Rejected { reason, detail },
            CallError::Failed { failure, detail } => DecodeError::Failed { failure, detail },
        }
    }
}

/// Why a plugin call of any kind produced nothing; each kind's API has its own public type.
#[derive(Debug)]
enum CallError {
    Rejected {
        reason: Rejection,
        detail: String,
    },
    Failed {
        failure: PluginFailure,
        detail: String,
    },
}

impl CallError {
    fn failed(failure: PluginFailure, detail: String) -> CallError {
        CallError::Failed { failure, detail }
    }
}

/// Why the runtime could not start.
#[derive(Debug, thiserror::Error)]
pub enum RuntimeError {
    #[error("cannot create the wasm engine: {0}")]
    Engine(String),
    #[error("plugin `{plugin}`: cannot read {}: {source}", path.display())]
    Read {
        plugin: String,
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("plugin `{plugin}`: sha256 mismatch: plugins.toml expects {expected}, {} is {actual}", path.display())]
    Sha256Mismatch {
        plugin: String,
        path: PathBuf,
        expected: String,
        actual: String,
    },
    #[error("plugin `{plugin}`: {} is not a valid component: {detail}", path.display())]
    Compile {
        plugin: String,
        path: PathBuf,
        detail: String,
    },
    #[error("plugin `{plugin}`: cannot read granted file `{name}` ({}): {detail}", path.display())]
    GrantedFile {
        plugin: String,
        name: String,
        path: PathBuf,
        detail: String,
    },
    #[error(
        "plugin `{plugin}` does not fit the `{kind}` world of faultline:plugin@0.1.0: {detail}"
    )]
    Link {
        plugin: String,
        kind: PluginKind,
        detail: String,
    },
}

/// Circuit-breaker state of a plugin, as reported by [`Runtime::stats`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PluginState {
    /// Calls go through.
    Enabled,
    /// Calls fail with `Disabled` until the cooldown ends.
    Open,
    /// The cooldown is over: the next call is a trial.
    HalfOpen,
    /// `enabled = false` in plugins.toml.
    DisabledByConfig,
}

impl PluginState {
    pub fn as_str(self) -> &'static str {
        match self {
            PluginState::Enabled => "enabled",
            PluginState::Open => "open",
            PluginState::HalfOpen => "half_open",
            PluginState::DisabledByConfig => "disabled_by_config",
        }
    }
}

/// Counters of one plugin since the runtime started.
#[derive(Debug, Clone, PartialEq)]
pub struct PluginStats {
    pub id: PluginId,
    pub kind: PluginKind,
    /// `vendor` from plugins.toml.
    pub vendor: Option<String>,
    /// `id@<first 12 hex digits of the component's sha256>`.
    pub label: String,
    pub state: PluginState,
    /// Calls that reached the guest (calls refused by an open breaker are not counted here
    /// but under `PluginFailure::Disabled`).
    pub calls: u64,
    /// Every [`PluginFailure`], in `PluginFailure::ALL` order, with its count.
    pub failures: Vec<(PluginFailure, u64)>,
    /// Every [`Rejection`], in `Rejection::ALL` order, with its count.
    pub rejections: Vec<(Rejection, u64)>,
    pub consecutive_failures: u32,
    /// Log lines dropped by the per-plugin rate limit.
    pub log_lines_dropped: u64,
    /// Linear memory of the plugin's live instance (0 when there is none, e.g. after a trap).
    pub memory_bytes: u64,
    /// Instances replaced after a call because they had grown past 3/4 of the memory cap.
    pub instances_recycled: u64,
    /// Latency of calls that reached the guest, buckets [`PLUGIN_LATENCY_BUCKETS`].
    pub latency: HistogramSnapshot,
}

impl PluginStats {
    pub fn failures_of(&self, failure: PluginFailure) -> u64 {
        self.failures
            .iter()
            .find(|(f, _)| *f == failure)
            .map_or(0, |(_, n)| *n)
    }
}

// ---- host state of one plugin store ----

struct HostState {
    wasi: WasiCtx,
    table: ResourceTable,
    limiter: Limiter,
    plugin: Arc<str>,
    config: Arc<BTreeMap<String, String>>,
    logs: Arc<LogGate>,
    /// `[plugin.files]` (symbolicators).
    files: Arc<symbolicator::GrantedFiles>,
    /// The running symbolicate call's look-ups.
    symbols: symbolicator::SymbolCall,
    /// The running call's CPU-time budget.
    clock: clock::CallClock,
}

impl WasiView for HostState {
    fn ctx(&mut self) -> WasiCtxView<'_> {
        WasiCtxView {
            ctx: &mut self.wasi,
            table: &mut self.table,
        }
    }
}

impl v0_1_0::faultline::plugin::types::Host for HostState {}

impl v0_1_0::faultline::plugin::host::Host for HostState {
    fn log(&mut self, level: v0_1_0::Level, message: String) {
        use v0_1_0::Level;
        if !self.logs.admit(&self.plugin) {
            return;
        }
        let message = v0_1_0::truncate(message, MAX_LOG_LINE_BYTES);
        let plugin = &*self.plugin;
        match level {
            Level::Trace => tracing::trace!(plugin, line = %message, "plugin log"),
            Level::Debug => tracing::debug!(plugin, line = %message, "plugin log"),
            Level::Info => tracing::info!(plugin, line = %message, "plugin log"),
            Level::Warn => tracing::warn!(plugin, line = %message, "plugin log"),
            Level::Error => tracing::error!(plugin, line = %message, "plugin log"),
        }
    }

    fn config(&mut self, key: String) -> Option<String> {
        self.config.get(&key).cloned()
    }
}

/// `StoreLimits`, plus a note of whether a memory grew past its cap, so that the trap it
/// causes is reported as `MemoryLimit` rather than as a plain trap.
struct Limiter {
    inner: StoreLimits,
    max_memory_bytes: usize,
    memory_hit: bool,
    /// Linear memory of the instance, all memories together (they never shrink).
    memory_bytes: usize,
}

impl ResourceLimiter for Limiter {
    fn memory_growing(
        &mut self,
        current: usize,
        desired: usize,
        maximum: Option<usize>,
    ) -> wasmtime::Result<bool> {
        if desired > self.max_memory_bytes {
            self.memory_hit = true;
        }
        let allowed = self.inner.memory_growing(current, desired, maximum)?;
        if allowed {
            self.memory_bytes = self
                .memory_bytes
                .saturating_add(desired.saturating_sub(current));
        }
        Ok(allowed)
    }

    fn memory_grow_failed(&mut self, error: wasmtime::Error) -> wasmtime::Result<()> {
        self.memory_hit = true;
        self.inner.memory_grow_failed(error)
    }

    fn table_growing(
        &mut self,
        current: usize,
        desired: usize,
        maximum: Option<usize>,
    ) -> wasmtime::Result<bool> {
        self.inner.table_growing(current, desired, maximum)
    }

    fn table_grow_failed(&mut self, error: wasmtime::Error) -> wasmtime::Result<()> {
        self.inner.table_grow_failed(error)
    }

    fn instances(&self) -> usize {
        self.inner.instances()
    }

    fn tables(&self) -> usize {
        self.inner.tables()
    }

    fn memories(&self) -> usize {
        self.inner.memories()
    }
}

/// Per-plugin log rate limit: at most [`LOG_LINES_PER_SECOND`] lines per one-second window.
#[derive(Default)]
struct LogGate {
    window: Mutex<LogWindow>,
    dropped_total: AtomicU64,
}

#[derive(Default)]
struct LogWindow {
    start: Option<Instant>,
    lines: u32,
    dropped: u64,
}

impl LogGate {
    fn admit(&self, plugin: &str) -> bool {
        let now = Instant::now();
        let mut w = lock(&self.window);
        if w.start
            .is_none_or(|s| now.duration_since(s) >= Duration::from_secs(1))
        {
            if w.dropped > 0 {
                tracing::warn!(
                    plugin,
                    dropped = w.dropped,
                    "plugin log lines dropped by rate limit"
                );
            }
            *w = LogWindow {
                start: Some(now),
                lines: 0,
                dropped: 0,
            };
        }
        if w.lines < LOG_LINES_PER_SECOND {
            w.lines += 1;
            true
        } else {
            w.dropped += 1;
            self.dropped_total.fetch_add(1, Ordering::Relaxed);
            false
        }
    }
}

// ---- circuit breaker ----

#[derive(Debug, Default)]
struct Breaker {
    consecutive: u32,
    open_until: Option<Instant>,
    /// Set while the trial call after a cooldown runs.
    half_open: bool,
}

impl Breaker {
    /// Whether a call may go to the guest now.
    fn admit(&mut self, now: Instant) -> Result<(), String> {
        match self.open_until {
            Some(until) if now < until => Err(format!(
                "circuit breaker open after {} consecutive failures; retrying in {} ms",
                self.consecutive,
                until.duration_since(now).as_millis()
            )),
            Some(_) => {
                self.open_until = None;
                self.half_open = true;
                Ok(())
            }
            None => Ok(()),
        }
    }

    fn success(&mut self, plugin: &str) {
        if self.half_open {
            tracing::info!(
                plugin,
                "plugin circuit breaker closed after a successful trial call"
            );
        }
        *self = Breaker::default();
    }

    fn failure(&mut self, plugin: &str, limits: &Limits, now: Instant, failure: PluginFailure) {
        self.consecutive = self.consecutive.saturating_add(1);
        if self.half_open || self.consecutive >= limits.breaker_failures {
            tracing::warn!(
                plugin,
                consecutive_failures = self.consecutive,
                last_failure = failure.as_str(),
                cooldown_ms = limits.breaker_cooldown.as_millis() as u64,
                "plugin circuit breaker opened"
            );
            self.open_until = Some(now + limits.breaker_cooldown);
            self.half_open = false;
        }
    }

    fn state(&self, now: Instant) -> PluginState {
        match self.open_until {
            Some(until) if now < until => PluginState::Open,
            Some(_) => PluginState::HalfOpen,
            None if self.half_open => PluginState::HalfOpen,
            None => PluginState::Enabled,
        }
    }
}

// ---- plugins ----

struct Metrics {
    calls: Counter,
    /// Instances replaced for nearing their memory cap.
    recycled: Counter,
    failures: [Counter; PluginFailure::ALL.len()],
    rejections: [Counter; Rejection::ALL.len()],
    latency: Histogram,
}

impl Metrics {
    fn new() -> Metrics {
        Metrics {
            calls: Counter::default(),
            recycled: Counter::default(),
            failures: Default::default(),
            rejections: Default::default(),
            latency: Histogram::new(PLUGIN_LATENCY_BUCKETS),
        }
    }

    fn failure(&self, f: PluginFailure) {
        if let Some(i) = PluginFailure::ALL.iter().position(|x| *x == f) {
            self.failures[i].inc();
        }
    }

    fn rejection(&self, r: Rejection) {
        if let Some(i) = Rejection::ALL.iter().position(|x| *x == r) {
            self.rejections[i].inc();
        }
    }
}

enum Loaded {
    Decoder(v0_1_0::DecoderPre<HostState>),
    Symbolicator(v0_1_0::symbolicator::SymbolicatorPre<HostState>),
    AlertRule(v0_1_0::alert_rule::AlertRulePre<HostState>),
    AnomalyDetector(v0_1_0::anomaly_detector::AnomalyDetectorPre<HostState>),
    DisabledByConfig,
}

enum Bindings {
    Decoder(v0_1_0::Decoder),
    Symbolicator(v0_1_0::symbolicator::Symbolicator),
    AlertRule(v0_1_0::alert_rule::AlertRule),
    AnomalyDetector(v0_1_0::anomaly_detector::AnomalyDetector),
}

/// A live instance, reused across calls until it traps.
struct Instance {
    store: Store<HostState>,
    bindings: Bindings,
}

struct Plugin {
    spec: PluginSpec,
    label: String,
    loaded: Loaded,
    config: Arc<BTreeMap<String, String>>,
    files: Arc<symbolicator::GrantedFiles>,
    id: Arc<str>,
    logs: Arc<LogGate>,
    /// Serialises calls to the plugin; `None` until first use and after a trap.
    slot: Mutex<Option<Instance>>,
    breaker: Mutex<Breaker>,
    metrics: Metrics,
}

/// Increments the engine epoch every [`EPOCH_TICK`] until dropped.
struct EpochTicker {
    stop: Option<mpsc::Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

impl EpochTicker {
    fn start(engine: Engine) -> EpochTicker {
        let (stop, rx) = mpsc::channel::<()>();
        let thread = std::thread::Builder::new()
            .name("faultline-epoch".into())
            .spawn(move || {
                while let Err(mpsc::RecvTimeoutError::Timeout) = rx.recv_timeout(EPOCH_TICK) {
                    engine.increment_epoch();
                }
            });
        match thread {
            Ok(t) => EpochTicker {
                stop: Some(stop),
                thread: Some(t),
            },
            Err(e) => {
                // Without a ticker deadlines never fire; refuse to run plugins rather than
                // run them without a time limit.
                tracing::error!(error = %e, "cannot start the epoch ticker thread");
                EpochTicker {
                    stop: None,
                    thread: None,
                }
            }
        }
    }
}

impl Drop for EpochTicker {
    fn drop(&mut self) {
        self.stop.take();
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// The plugin engine. `Send + Sync`: calls to one plugin are serialised, calls to different
/// plugins may run in parallel.
pub struct Runtime {
    engine: Engine,
    plugins: Vec<Plugin>,
    index: HashMap<String, usize>,
    cache: cache::CacheCounters,
    ticker: EpochTicker,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

/// The whole error chain on one line.
fn error_text(e: &wasmtime::Error) -> String {
    let mut out = String::new();
    for (i, cause) in e.chain().enumerate() {
        if i > 0 {
            out.push_str(": ");
        }
        out.push_str(&cause.to_string());
    }
    out
}

fn deadline_ticks(timeout: Duration) -> u64 {
    let tick = EPOCH_TICK.as_micros().max(1);
    // +1: the first tick may come at any moment after the deadline is set.
    u64::try_from(timeout.as_micros().div_ceil(tick)).unwrap_or(u64::MAX / 2) + 1
}

fn world_export(kind: PluginKind) -> &'static str {
    match kind {
        PluginKind::Decoder => "faultline:plugin/decode@0.1.0",
        PluginKind::Symbolicator => "faultline:plugin/symbolicate@0.1.0",
        PluginKind::AlertRule => "faultline:plugin/alert-evaluate@0.1.0",
        PluginKind::AnomalyDetector => "faultline:plugin/anomaly-inspect@0.1.0",
    }
}

impl Runtime {
    /// Compile (or load from `cache_dir`) and link every enabled plugin of `manifest`.
    pub fn new(manifest: Manifest, cache_dir: &Path) -> Result<Runtime, RuntimeError> {
        let mut config = Config::new();
        config.wasm_component_model(true);
        config.epoch_interruption(true);
        let engine = Engine::new(&config).map_err(|e| RuntimeError::Engine(error_text(&e)))?;

        let mut linker = Linker::<HostState>::new(&engine);
        wasmtime_wasi::p2::add_to_linker_sync(&mut linker)
            .map_err(|e| RuntimeError::Engine(error_text(&e)))?;
        v0_1_0::Decoder::add_to_linker::<HostState, HasSelf<HostState>>(&mut linker, |s| s)
            .map_err(|e| RuntimeError::Engine(error_text(&e)))?;
        // One linker for every kind: `symbol-lookup` answers nothing outside a symbolicate
        // call, and only symbolicators are granted files.
        v0_1_0::symbolicator::faultline::plugin::symbol_lookup::add_to_linker::<
            HostState,
            HasSelf<HostState>,
        >(&mut linker, |s| s)
        .map_err(|e| RuntimeError::Engine(error_text(&e)))?;

        let counters = cache::CacheCounters::default();
        let engine_key = cache::engine_key(&engine);
        let mut plugins = Vec::with_capacity(manifest.plugins.len());
        let mut index = HashMap::new();
        for spec in manifest.plugins {
            let (loaded, label, files) = if spec.enabled {
                let (component, sha) =
                    load_component(&engine, &spec, cache_dir, &engine_key, &counters)?;
                // A bundle's version names it; a plugins.toml component is named by its hash.
                let label = match &spec.version {
                    Some(v) => format!("{}@{v}", spec.id),
                    None => format!("{}@{}", spec.id, &sha[..12]),
                };
                let files = symbolicator::read_granted_files(&spec.id, &spec.files)?;
                (link(&engine, &linker, &spec, &component)?, label, files)
            } else {
                (Loaded::DisabledByConfig, spec.id.clone(), BTreeMap::new())
            };
            tracing::info!(plugin = %spec.id, kind = %spec.kind, %label, "plugin loaded");
            index.insert(spec.id.clone(), plugins.len());
            plugins.push(Plugin {
                id: Arc::from(spec.id.as_str()),
                config: Arc::new(spec.config.clone()),
                files: Arc::new(files),
                spec,
                label,
                loaded,
                logs: Arc::default(),
                slot: Mutex::new(None),
                breaker: Mutex::new(Breaker::default()),
                metrics: Metrics::new(),
            });
        }
        Ok(Runtime {
            ticker: EpochTicker::start(engine.clone()),
            engine,
            plugins,
            index,
            cache: counters,
        })
    }

    /// The first enabled decoder, in `plugins.toml` order, whose route matches.
    pub fn route_decoder(
        &self,
        project: &str,
        msg_type: u8,
        ctx: &DeviceContext,
    ) -> Option<PluginId> {
        self.plugins
            .iter()
            .find(|p| {
                matches!(p.loaded, Loaded::Decoder(_))
                    && p.spec.route.matches(
                        project,
                        msg_type,
                        &ctx.hardware_version,
                        &ctx.software_type,
                    )
            })
            .map(|p| PluginId::new(p.spec.id.clone()))
    }

    /// Look a plugin up by its `plugins.toml` id.
    pub fn plugin(&self, id: &str) -> Option<PluginId> {
        self.index.contains_key(id).then(|| PluginId::new(id))
    }

    /// `id@<first 12 hex digits of sha256>`, recorded with stored events as their provenance.
    pub fn plugin_label(&self, plugin: &PluginId) -> String {
        self.get(plugin)
            .map_or_else(|| plugin.0.clone(), |p| p.label.clone())
    }

    /// A plugin's route, as [`Route::describe`] puts it.
    pub fn route_summary(&self, plugin: &PluginId) -> BTreeMap<&'static str, Vec<String>> {
        self.get(plugin)
            .map(|p| p.spec.route.describe())
            .unwrap_or_default()
    }

    /// How components were obtained (compiled vs. loaded from the precompiled cache).
    pub fn cache_stats(&self) -> CacheStats {
        self.cache.snapshot()
    }

    fn get(&self, plugin: &PluginId) -> Option<&Plugin> {
        self.index.get(&plugin.0).map(|i| &self.plugins[*i])
    }

    /// Decode one reassembled message with a decoder plugin.
    pub fn decode(
        &self,
        plugin: &PluginId,
        ctx: &DeviceContext,
        msg_type: u8,
        payload: &[u8],
    ) -> Result<Vec<Event>, DecodeError> {
        let result = self.call(plugin, PluginKind::Decoder, |p, slot| {
            let inst = self.instance(p, slot)?;
            let Bindings::Decoder(bindings) = &inst.bindings else {
                return Err(CallError::failed(
                    PluginFailure::PluginError,
                    "instance is not a decoder".into(),
                ));
            };
            let wit_ctx = v0_1_0::context_to_wit(ctx);
            let returned = bindings.faultline_plugin_decode().call_decode(
                &mut inst.store,
                &wit_ctx,
                msg_type,
                payload,
            );
            let events = match returned {
                Err(e) => {
                    let failure = classify(&e, inst.store.data().limiter.memory_hit);
                    // A trapped instance cannot be entered again: start afresh next call.
                    *slot = None;
                    return Err(CallError::failed(failure, error_text(&e)));
                }
                Ok(Err(e)) => return Err(plugin_error(e)),
                Ok(Ok(events)) => events,
            };
            let size = v0_1_0::output_size(&events);
            if size > p.spec.limits.max_output_bytes {
                return Err(CallError::failed(
                    PluginFailure::OutputTooLarge,
                    format!(
                        "output is {size} bytes (limit {})",
                        p.spec.limits.max_output_bytes
                    ),
                ));
            }
            v0_1_0::validate(ctx, &events)
                .map_err(|detail| CallError::failed(PluginFailure::BadOutput, detail))?;
            Ok(v0_1_0::events_to_model(events))
        });
        result.map_err(DecodeError::from)
    }

    /// One call to a plugin of `kind`: the checks that it can run, the circuit breaker, the
    /// instance slot, stats. `run` calls the guest on the instance in the slot (creating it
    /// through [`Runtime::instance`]) and empties the slot after a trap.
    fn call<T>(
        &self,
        plugin: &PluginId,
        kind: PluginKind,
        run: impl FnOnce(&Plugin, &mut Option<Instance>) -> Result<T, CallError>,
    ) -> Result<T, CallError> {
        let Some(p) = self.get(plugin) else {
            return Err(CallError::failed(
                PluginFailure::Disabled,
                format!("no plugin `{plugin}` is installed"),
            ));
        };
        if let Loaded::DisabledByConfig = p.loaded {
            p.metrics.failure(PluginFailure::Disabled);
            return Err(CallError::failed(
                PluginFailure::Disabled,
                "plugin is disabled in plugins.toml".into(),
            ));
        }
        if p.spec.kind != kind {
            p.metrics.failure(PluginFailure::PluginError);
            return Err(CallError::failed(
                PluginFailure::PluginError,
                format!("plugin is a {} plugin, not a {kind}", p.spec.kind),
            ));
        }
        if self.ticker.thread.is_none() {
            return Err(CallError::failed(
                PluginFailure::Disabled,
                "no epoch ticker: plugins cannot run without a deadline".into(),
            ));
        }

        let mut slot = lock(&p.slot);
        let start = Instant::now();
        if let Err(detail) = lock(&p.breaker).admit(start) {
            p.metrics.failure(PluginFailure::Disabled);
            return Err(CallError::failed(PluginFailure::Disabled, detail));
        }
        let result = run(p, &mut slot);
        // Linear memory never shrinks, and some guests (JavaScript engines) grow it a little on
        // every call: an instance past three quarters of its cap is replaced now, before growth
        // fails a call with `plugin_memory_limit`.
        if slot.as_ref().is_some_and(|i| {
            i.store.data().limiter.memory_bytes > p.spec.limits.max_memory_bytes / 4 * 3
        }) {
            *slot = None;
            p.metrics.recycled.inc();
        }
        let end = Instant::now();
        p.metrics
            .latency
            .observe_duration(end.duration_since(start));
        p.metrics.calls.inc();

        let mut breaker = lock(&p.breaker);
        match &result {
            Ok(_) => breaker.success(&p.id),
            Err(CallError::Rejected { reason, .. }) => {
                p.metrics.rejection(*reason);
                breaker.success(&p.id);
            }
            Err(CallError::Failed { failure, detail }) => {
                tracing::debug!(plugin = %p.id, failure = failure.as_str(), detail, "plugin call failed");
                p.metrics.failure(*failure);
                breaker.failure(&p.id, &p.spec.limits, end, *failure);
            }
        }
        result
    }

    /// The plugin's live instance, created when there is none, armed for one call (a fresh
    /// epoch deadline, the memory-limit note cleared).
    fn instance<'s>(
        &self,
        p: &Plugin,
        slot: &'s mut Option<Instance>,
    ) -> Result<&'s mut Instance, CallError> {
        let ticks = deadline_ticks(p.spec.limits.timeout);
        let inst = match slot {
            Some(inst) => inst,
            None => slot.insert(self.instantiate(p, ticks)?),
        };
        inst.store.data_mut().limiter.memory_hit = false;
        inst.store.data_mut().clock = clock::CallClock::start(p.spec.limits.timeout);
        inst.store.set_epoch_deadline(ticks);
        Ok(inst)
    }

    fn instantiate(&self, p: &Plugin, ticks: u64) -> Result<Instance, CallError> {
        let limits = StoreLimitsBuilder::new()
            .memory_size(p.spec.limits.max_memory_bytes)
            .instances(MAX_INSTANCES)
            .memories(MAX_MEMORIES)
            .tables(MAX_TABLES)
            .table_elements(MAX_TABLE_ELEMENTS)
            .trap_on_grow_failure(true)
            .build();
        let state = HostState {
            wasi: WasiCtx::builder().build(),
            table: ResourceTable::new(),
            limiter: Limiter {
                inner: limits,
                max_memory_bytes: p.spec.limits.max_memory_bytes,
                memory_hit: false,
                memory_bytes: 0,
            },
            plugin: p.id.clone(),
            config: p.config.clone(),
            logs: p.logs.clone(),
            files: p.files.clone(),
            symbols: symbolicator::SymbolCall::default(),
            clock: clock::CallClock::start(p.spec.limits.timeout),
        };
        let mut store = Store::new(&self.engine, state);
        store.limiter(|s| &mut s.limiter);
        store.set_epoch_deadline(ticks);
        // The epoch deadline is a wall-clock alarm; the budget itself is CPU time (see
        // `clock`), so when the alarm rings with budget left, it is set again for the rest.
        // Time the host spent answering `lookup` is not the guest's.
        store.epoch_deadline_callback(|mut cx| {
            let data = cx.data_mut();
            let host_time = std::mem::take(&mut data.symbols.host_time);
            data.clock.exclude(host_time);
            Ok(match data.clock.remaining() {
                Some(left) => UpdateDeadline::Continue(deadline_ticks(left)),
                None => UpdateDeadline::Interrupt,
            })
        });
        let bindings = match &p.loaded {
            Loaded::Decoder(pre) => pre.instantiate(&mut store).map(Bindings::Decoder),
            Loaded::Symbolicator(pre) => pre.instantiate(&mut store).map(Bindings::Symbolicator),
            Loaded::AlertRule(pre) => pre.instantiate(&mut store).map(Bindings::AlertRule),
            Loaded::AnomalyDetector(pre) => {
                pre.instantiate(&mut store).map(Bindings::AnomalyDetector)
            }
            Loaded::DisabledByConfig => {
                return Err(CallError::failed(
                    PluginFailure::Disabled,
                    "plugin is disabled in plugins.toml".into(),
                ));
            }
        };
        match bindings {
            Ok(bindings) => Ok(Instance { store, bindings }),
            Err(e) => Err(CallError::failed(
                classify(&e, store.data().limiter.memory_hit),
                format!("instantiation failed: {}", error_text(&e)),
            )),
        }
    }

    /// Counters and breaker state of every plugin, in `plugins.toml` order.
    pub fn stats(&self) -> Vec<PluginStats> {
        let now = Instant::now();
        self.plugins
            .iter()
            .map(|p| {
                let (state, consecutive) = match p.loaded {
                    Loaded::DisabledByConfig => (PluginState::DisabledByConfig, 0),
                    _ => {
                        let b = lock(&p.breaker);
                        (b.state(now), b.consecutive)
                    }
                };
                PluginStats {
                    id: PluginId::new(p.spec.id.clone()),
                    kind: p.spec.kind,
                    vendor: p.spec.vendor.clone(),
                    label: p.label.clone(),
                    state,
                    calls: p.metrics.calls.get(),
                    failures: PluginFailure::ALL
                        .iter()
                        .zip(&p.metrics.failures)
                        .map(|(f, c)| (*f, c.get()))
                        .collect(),
                    rejections: Rejection::ALL
                        .iter()
                        .zip(&p.metrics.rejections)
                        .map(|(r, c)| (*r, c.get()))
                        .collect(),
                    consecutive_failures: consecutive,
                    log_lines_dropped: p.logs.dropped_total.load(Ordering::Relaxed),
                    instances_recycled: p.metrics.recycled.get(),
                    // A call in progress holds the slot: report 0 rather than wait for it.
                    memory_bytes: p
                        .slot
                        .try_lock()
                        .ok()
                        .and_then(|slot| {
                            slot.as_ref()
                                .map(|i| i.store.data().limiter.memory_bytes as u64)
                        })
                        .unwrap_or(0),
                    latency: p.metrics.latency.snapshot(),
                }
            })
            .collect()
    }
}

fn classify(e: &wasmtime::Error, memory_hit: bool) -> PluginFailure {
    if memory_hit {
        PluginFailure::MemoryLimit
    } else if e.downcast_ref::<Trap>() == Some(&Trap::Interrupt) {
        PluginFailure::Timeout
    } else {
        PluginFailure::Trap
    }
}

fn plugin_error(e: v0_1_0::PluginError) -> CallError {
    use v0_1_0::PluginError as E;
    let text = |s| v0_1_0::truncate(s, v0_1_0::limits::MAX_ERROR_TEXT_BYTES);
    match e {
        E::Malformed(s) => CallError::Rejected {
            reason: Rejection::Malformed,
            detail: text(s),
        },
        E::Unsupported(s) => CallError::Rejected {
            reason: Rejection::Unsupported,
            detail: text(s),
        },
        E::Internal(s) => CallError::failed(PluginFailure::PluginError, text(s)),
    }
}

/// Read the component, check its hash, and compile it or load it precompiled.
fn load_component(
    engine: &Engine,
    spec: &PluginSpec,
    cache_dir: &Path,
    engine_key: &str,
    counters: &cache::CacheCounters,
) -> Result<(Component, String), RuntimeError> {
    let bytes = std::fs::read(&spec.path).map_err(|source| RuntimeError::Read {
        plugin: spec.id.clone(),
        path: spec.path.clone(),
        source,
    })?;
    let sha = hex::encode(Sha256::digest(&bytes));
    if let Some(expected) = &spec.sha256
        && *expected != sha
    {
        return Err(RuntimeError::Sha256Mismatch {
            plugin: spec.id.clone(),
            path: spec.path.clone(),
            expected: expected.clone(),
            actual: sha,
        });
    }
    let cached = cache::cache_path(cache_dir, &sha, engine_key);
    if cached.is_file() {
        match cache::load(engine, &cached) {
            Ok(c) => {
                counters.loaded.fetch_add(1, Ordering::Relaxed);
                tracing::debug!(plugin = %spec.id, path = %cached.display(), "precompiled component loaded");
                return Ok((c, sha));
            }
            Err(e) => {
                tracing::warn!(plugin = %spec.id, path = %cached.display(), error = %error_text(&e), "precompiled component unusable, recompiling");
            }
        }
    }
    let started = Instant::now();
    let component = Component::new(engine, &bytes).map_err(|e| RuntimeError::Compile {
        plugin: spec.id.clone(),
        path: spec.path.clone(),
        detail: error_text(&e),
    })?;
    counters.compiled.fetch_add(1, Ordering::Relaxed);
    tracing::info!(plugin = %spec.id, elapsed_ms = started.elapsed().as_millis() as u64, "component compiled");
    if let Err(error) = cache::store(&component, &cached) {
        tracing::warn!(plugin = %spec.id, path = %cached.display(), error, "cannot write precompiled component");
    }
    Ok((component, sha))
}

/// Check the component against its world and prepare instantiation.
fn link(
    engine: &Engine,
    linker: &Linker<HostState>,
    spec: &PluginSpec,
    component: &Component,
) -> Result<Loaded, RuntimeError> {
    let link_error = |detail: String| RuntimeError::Link {
        plugin: spec.id.clone(),
        kind: spec.kind,
        detail,
    };
    if spec.kind != PluginKind::Decoder {
        let export = world_export(spec.kind);
        let exported = component
            .component_type()
            .exports(engine)
            .any(|(name, _)| name == export);
        if !exported {
            return Err(link_error(format!(
                "the component does not export `{export}`"
            )));
        }
    }
    let instantiate_pre = || {
        linker
            .instantiate_pre(component)
            .map_err(|e| link_error(error_text(&e)))
    };
    match spec.kind {
        PluginKind::Decoder => {
            let pre = v0_1_0::DecoderPre::new(instantiate_pre()?)
                .map_err(|e| link_error(error_text(&e)))?;
            Ok(Loaded::Decoder(pre))
        }
        PluginKind::Symbolicator => {
            let pre = v0_1_0::symbolicator::SymbolicatorPre::new(instantiate_pre()?)
                .map_err(|e| link_error(error_text(&e)))?;
            Ok(Loaded::Symbolicator(pre))
        }
        PluginKind::AlertRule => {
            let pre = v0_1_0::alert_rule::AlertRulePre::new(instantiate_pre()?)
                .map_err(|e| link_error(error_text(&e)))?;
            Ok(Loaded::AlertRule(pre))
        }
        PluginKind::AnomalyDetector => {
            let pre = v0_1_0::anomaly_detector::AnomalyDetectorPre::new(instantiate_pre()?)
                .map_err(|e| link_error(error_text(&e)))?;
            Ok(Loaded::AnomalyDetector(pre))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn breaker_opens_after_n_failures_then_allows_one_trial() {
        let limits = Limits {
            breaker_failures: 2,
            breaker_cooldown: Duration::from_millis(100),
            ..Limits::default()
        };
        let t0 = Instant::now();
        let mut b = Breaker::default();
        assert!(b.admit(t0).is_ok());
        b.failure("p", &limits, t0, PluginFailure::Trap);
        assert_eq!(b.state(t0), PluginState::Enabled);
        b.failure("p", &limits, t0, PluginFailure::Trap);
        assert_eq!(b.state(t0), PluginState::Open);
        assert!(b.admit(t0 + Duration::from_millis(50)).is_err());
        let later = t0 + Duration::from_millis(150);
        assert_eq!(b.state(later), PluginState::HalfOpen);
        assert!(b.admit(later).is_ok());
        // A failed trial opens it again at once.
        b.failure("p", &limits, later, PluginFailure::Trap);
        assert_eq!(b.state(later), PluginState::Open);
        let much_later = later + Duration::from_millis(150);
        assert!(b.admit(much_later).is_ok());
        b.success("p");
        assert_eq!(b.state(much_later), PluginState::Enabled);
        assert_eq!(b.consecutive, 0);
    }

    #[test]
    fn deadline_covers_the_timeout() {
        assert_eq!(deadline_ticks(Duration::from_millis(50)), 51);
        assert_eq!(deadline_ticks(Duration::from_micros(1500)), 3);
    }

    #[test]
    fn runtime_is_send_and_sync() {
        fn check<T: Send + Sync>() {}
        check::<Runtime>();
    }
}
