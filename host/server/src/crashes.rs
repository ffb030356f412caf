//! From a stored coredump event to an issue: find the symbol file, unwind, symbolicate,
//! fingerprint, record. Runs on its own thread (the crash worker) off the crash queue that the
//! pipeline fills; the backtrace API runs the same analysis on demand.
//!
//! A crash whose symbols are missing is still recorded, grouped by its raw crash address and
//! build, and marked as waiting for the symbol keys that would name it; uploading a matching
//! symbol file queues it again, and the new analysis moves it to its symbolicated issue.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::Duration;

use faultline_model::{
    DeviceContext, EventKind, ProjectId, StoredEvent, now_ms, reset_reason_name,
};
use faultline_runtime::{LookupSymbol, PluginFrameIn, PluginFrameStatus, SymbolLookup};
use faultline_store::{
    CrashAnalysis, CrashFrame, CrashRef, DeviceRecord, EventQuery, FrameSymbol, QueuedCrash, Store,
    StoreError,
};
use faultline_symbols::unwind::Unwinder;
use faultline_symbols::{SymbolCache, SymbolFile, SymbolFrame, fault, fingerprint};

use crate::plugins::PluginHost;

/// Register numbers as the device SDK sends them (DWARF numbering for r0–pc, then the
/// Cortex-M system and fault status registers).
pub const REGISTER_NAMES: [&str; 23] = [
    "r0", "r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8", "r9", "r10", "r11", "r12", "sp", "lr",
    "pc", "xpsr", "msp", "psp", "cfsr", "hfsr", "mmfar", "bfar",
];

const PC: usize = 15;

/// The symbol key of a build id (`b:<hex>`) and of a software type and version (`v:t:v`):
/// what a crash waits for, and what an upload announces.
pub fn build_key(build_id: &str) -> String {
    format!("b:{build_id}")
}

pub fn version_key(software_type: &str, version: &str) -> String {
    format!("v:{software_type}:{version}")
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Which symbol file a device's crash on `software_version` needs: the uploaded build id if
/// any, and every key that would match it.
fn find_symbols(
    store: &Store,
    project: ProjectId,
    device: &DeviceRecord,
    software_version: &str,
) -> Result<(Option<String>, Vec<String>), StoreError> {
    let contexts: Vec<_> = device
        .contexts
        .values()
        .filter(|c| c.software_version == software_version)
        .collect();
    let mut keys = Vec::new();
    let mut found = None;
    for c in &contexts {
        if !c.build_id.is_empty() {
            let id = hex(&c.build_id);
            if found.is_none() && store.symbol_meta(project, &id)?.is_some() {
                found = Some(id.clone());
            }
            keys.push(build_key(&id));
        }
    }
    for c in &contexts {
        if found.is_none()
            && let Some(id) =
                store.symbols_for_version(project, &c.software_type, software_version)?
        {
            found = Some(id);
        }
        keys.push(version_key(&c.software_type, software_version));
    }
    keys.sort();
    keys.dedup();
    Ok((found, keys))
}

/// FNV-1a over the parts, for fingerprints of crashes that cannot be named yet.
fn fnv(parts: &[&str]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for b in part.bytes().chain([0u8]) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    h
}

/// Analyse one coredump event. Never fails on bad data: a corrupt dump or symbol file gives an
/// analysis that says so (per frame and in `symbols`); only storage errors are errors.
pub fn analyze(
    env: &CrashEnv,
    project: ProjectId,
    device: &DeviceRecord,
    event: &StoredEvent,
) -> Result<Option<CrashAnalysis>, StoreError> {
    let (store, cache) = (&env.store, &env.cache);
    let EventKind::Coredump {
        reason,
        registers,
        regions,
        truncated,
        ..
    } = &event.event.kind
    else {
        return Ok(None);
    };
    let reason_name = reset_reason_name(*reason);
    // Positional by register number; a register the device did not send reads as 0.
    let mut regs = vec![0u32; REGISTER_NAMES.len()];
    let mut named = BTreeMap::new();
    for r in registers {
        if let Some(slot) = regs.get_mut(usize::from(r.number)) {
            *slot = r.value as u32;
        }
        let name = REGISTER_NAMES
            .get(usize::from(r.number))
            .map_or_else(|| format!("r{}", r.number), |n| (*n).to_string());
        named.insert(name, format!("{:#010x}", r.value));
    }
    let fault = fault::describe_cortex_m(regs[19], regs[20], regs[21], regs[22]);
    let (build_id, keys) = find_symbols(store, project, device, &event.software_version)?;
    let build_label = build_id
        .clone()
        .or_else(|| keys.first().cloned())
        .unwrap_or_else(|| format!("version {}", event.software_version));
    let pc = u64::from(regs[PC]);

    // The build a missing symbol file would have, to tell the user what to upload.
    let wanted = build_id.clone().or_else(|| {
        keys.iter()
            .find_map(|k| k.strip_prefix("b:").map(str::to_string))
    });
    let raw = |symbols: String, waiting_for: Vec<String>| CrashAnalysis {
        reason: reason_name.clone(),
        symbols,
        build_id: wanted.clone(),
        fingerprint: format!(
            "raw:{:016x}",
            fnv(&[&reason_name, &build_label, &format!("{pc:x}")])
        ),
        signature: vec![reason_name.clone(), format!("{pc:#010x}")],
        title: format!("{reason_name} at {pc:#010x} (not symbolicated)"),
        culprit: None,
        frames: vec![CrashFrame {
            pc,
            sp: Some(u64::from(regs[13])),
            status: "missing_symbols".into(),
            symbols: Vec::new(),
        }],
        end: "no_symbols".into(),
        registers: named.clone(),
        fault: fault.clone(),
        truncated: *truncated,
        waiting_for,
    };

    let ctx = device
        .contexts
        .values()
        .find(|c| c.software_version == event.software_version)
        .cloned()
        .unwrap_or_else(|| DeviceContext {
            serial: device.serial.clone(),
            software_version: event.software_version.clone(),
            ..Default::default()
        });
    let project_name = store
        .project(project)?
        .map_or_else(|| format!("#{}", project.0), |p| p.name);
    let Some(id) = build_id.clone() else {
        let mut a = raw("missing".into(), keys);
        let mut names = vec![Vec::new()];
        plugin_names(env, project, &project_name, &ctx, &mut a.frames, &mut names);
        return Ok(Some(a));
    };
    let loaded = cache.get_or_load(id.as_bytes(), || {
        let bytes = store
            .symbol_file(project, &id)
            .ok()
            .flatten()
            .unwrap_or_default();
        SymbolFile::parse(bytes)
    });
    let sym = match loaded {
        Ok(s) => s,
        Err(e) => return Ok(Some(raw(format!("unusable: {e}"), Vec::new()))),
    };
    let memory: Vec<(u64, &[u8])> = regions.iter().map(|r| (r.start, &r.data[..])).collect();
    // The unwinder reads attacker-shaped memory; a bug there must cost one analysis, not the
    // worker thread.
    let unwound = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let unwinder = Unwinder::new(sym.file())?;
        let bt = unwinder.unwind(&regs, &memory);
        let names = bt.symbolicate(&sym);
        Ok::<_, faultline_symbols::SymbolError>((bt, names))
    }));
    let (bt, mut names) = match unwound {
        Ok(Ok(x)) => x,
        Ok(Err(e)) => return Ok(Some(raw(format!("unusable: {e}"), Vec::new()))),
        Err(_) => {
            tracing::error!(build_id = %id, "unwinder panicked on a coredump");
            return Ok(Some(raw("unusable: unwinder failed".into(), Vec::new())));
        }
    };
    let mut frames: Vec<CrashFrame> = bt
        .frames
        .iter()
        .zip(&names)
        .map(|(f, names)| CrashFrame {
            pc: f.pc,
            sp: Some(f.sp),
            status: f.status.as_str().to_string(),
            symbols: names.iter().map(frame_symbol).collect(),
        })
        .collect();
    // Frames the firmware's symbols cannot name (a vendor ROM, say) go to symbolicator
    // plugins; what they name counts for grouping like any other name.
    plugin_names(env, project, &project_name, &ctx, &mut frames, &mut names);
    let mut end = bt.end.as_str().to_string();
    if names.iter().all(|n| n.iter().all(|s| s.function.is_none())) {
        // No pc to start from (a stack overflow caught while stacking the exception frame
        // leaves none): the captured stack still holds the callers' return addresses.
        let scanned = scan_stack(&sym, u64::from(regs[13]), &memory);
        if !scanned.is_empty() {
            for (pc, sp, n) in scanned {
                frames.push(CrashFrame {
                    pc,
                    sp: Some(sp),
                    status: "stack_scan".into(),
                    symbols: n.iter().map(frame_symbol).collect(),
                });
                names.push(n);
            }
            end = "stack_scan".into();
        }
    }
    let fp = fingerprint::fingerprint(*reason, &names);
    let culprit = fp.as_ref().and_then(|f| f.signature.get(1).cloned());
    let Some(fp) = fp else {
        // Symbols, but no frame has a name (e.g. the pc is outside the image).
        let mut a = raw("found".into(), Vec::new());
        a.frames = frames;
        a.end = end;
        return Ok(Some(a));
    };
    Ok(Some(CrashAnalysis {
        reason: reason_name.clone(),
        symbols: "found".into(),
        build_id: Some(id),
        fingerprint: fp.id,
        signature: fp.signature,
        title: match &culprit {
            Some(c) => format!("{reason_name} in {c}"),
            None => reason_name.clone(),
        },
        culprit,
        frames,
        end,
        registers: named,
        fault,
        truncated: *truncated,
        waiting_for: Vec::new(),
    }))
}

/// Most frames a stack scan reports.
const SCAN_FRAMES: usize = 16;

/// Return addresses found by reading the stack from `sp` up: words with the Thumb bit set
/// that point just past a call instruction (`bl`, `blx`) in a named function. A guess,
/// marked as such (`stack_scan`); used only when unwinding named nothing.
fn scan_stack(
    sym: &faultline_symbols::Symbolicator,
    sp: u64,
    memory: &[(u64, &[u8])],
) -> Vec<(u64, u64, Vec<SymbolFrame>)> {
    let mut out = Vec::new();
    for &(start, bytes) in memory {
        let end = start + bytes.len() as u64;
        if !(start..end).contains(&sp) {
            continue;
        }
        let mut at = (sp - start) as usize & !3;
        while at + 4 <= bytes.len() && out.len() < SCAN_FRAMES {
            let word = u64::from(u32::from_le_bytes([
                bytes[at],
                bytes[at + 1],
                bytes[at + 2],
                bytes[at + 3],
            ]));
            if word & 1 == 1 && word > 1 {
                let frames = sym.symbolicate(word - 1);
                if frames.iter().any(|f| f.function.is_some()) && follows_call(sym, word & !1) {
                    out.push((word & !1, start + at as u64, frames));
                }
            }
            at += 4;
        }
    }
    out
}

/// Whether the Thumb instruction before `ret` is a call: `bl` (32-bit, `11110…` then
/// `11x1…`) or `blx rm` (16-bit `010001111…`).
fn follows_call(sym: &faultline_symbols::Symbolicator, ret: u64) -> bool {
    let Some(code) = ret.checked_sub(4).and_then(|at| sym.file().read(at, 4)) else {
        return false;
    };
    let hw = |i: usize| u16::from_le_bytes([code[i], code[i + 1]]);
    let bl = hw(0) & 0xf800 == 0xf000 && hw(2) & 0xd000 == 0xd000;
    let blx = hw(2) & 0xff87 == 0x4780;
    bl || blx
}

fn frame_symbol(n: &SymbolFrame) -> FrameSymbol {
    FrameSymbol {
        function: n.function.clone(),
        file: n.file.clone(),
        line: n.line,
        inlined: n.inlined,
        source: if n.file.is_some() { "dwarf" } else { "symtab" }.into(),
    }
}

/// What an analysis needs besides the crash: the store, the warm symbol files and the
/// symbolicator plugins.
#[derive(Clone)]
pub struct CrashEnv {
    pub store: Store,
    pub cache: Arc<SymbolCache>,
    pub plugins: Option<Arc<PluginHost>>,
}

/// The host side of a symbolicator's `lookup` import: a project's uploaded symbol files.
struct StoreLookup {
    store: Store,
    cache: Arc<SymbolCache>,
    project: ProjectId,
}

impl SymbolLookup for StoreLookup {
    fn lookup(&self, build_id: &[u8], address: u64) -> Vec<LookupSymbol> {
        let id = hex(build_id);
        if !matches!(self.store.symbol_meta(self.project, &id), Ok(Some(_))) {
            return Vec::new();
        }
        let loaded = self.cache.get_or_load(id.as_bytes(), || {
            let bytes = self
                .store
                .symbol_file(self.project, &id)
                .ok()
                .flatten()
                .unwrap_or_default();
            SymbolFile::parse(bytes)
        });
        let Ok(sym) = loaded else {
            return Vec::new();
        };
        sym.symbolicate(address)
            .into_iter()
            .filter_map(|f| {
                Some(LookupSymbol {
                    name: f.function?,
                    file: f.file,
                    line: f.line,
                })
            })
            .collect()
    }
}

/// Ask the routed symbolicator plugins to name the frames that have no name yet, in
/// `plugins.toml` order; the first plugin to name a frame wins. A failing plugin costs its
/// names, never the analysis (the runtime records why).
fn plugin_names(
    env: &CrashEnv,
    project: ProjectId,
    project_name: &str,
    ctx: &DeviceContext,
    frames: &mut [CrashFrame],
    names: &mut [Vec<SymbolFrame>],
) {
    let Some(plugins) = &env.plugins else {
        return;
    };
    let runtime = plugins.runtime();
    let lookup: Arc<dyn SymbolLookup> = Arc::new(StoreLookup {
        store: env.store.clone(),
        cache: env.cache.clone(),
        project,
    });
    for plugin in runtime.route_symbolicators(project_name, ctx) {
        let unnamed: Vec<PluginFrameIn> = frames
            .iter()
            .filter(|f| f.symbols.iter().all(|s| s.function.is_none()))
            .filter(|f| runtime.symbolicator_wants(&plugin, f.pc))
            .map(|f| PluginFrameIn { pc: f.pc, sp: f.sp })
            .collect();
        if unnamed.is_empty() {
            continue;
        }
        let out = match runtime.symbolicate(&plugin, ctx, &unnamed, lookup.clone()) {
            Ok(out) => out,
            Err(e) => {
                tracing::warn!(plugin = %plugin, error = %e.detail(), "symbolicator failed");
                continue;
            }
        };
        let source = format!("plugin:{plugin}");
        for (i, frame) in frames.iter_mut().enumerate() {
            if frame.symbols.iter().any(|s| s.function.is_some()) {
                continue;
            }
            let named: Vec<_> = out
                .iter()
                .filter(|o| o.pc == frame.pc && o.status == PluginFrameStatus::Symbolicated)
                .collect();
            if named.is_empty() {
                continue;
            }
            frame.symbols = named
                .iter()
                .map(|o| FrameSymbol {
                    function: o.function.clone(),
                    file: o.file.clone(),
                    line: o.line,
                    inlined: o.inlined,
                    source: source.clone(),
                })
                .collect();
            if let Some(n) = names.get_mut(i) {
                *n = named
                    .iter()
                    .map(|o| SymbolFrame {
                        function: o.function.clone(),
                        file: o.file.clone(),
                        line: o.line,
                        inlined: o.inlined,
                    })
                    .collect();
            }
        }
    }
}

/// The stored event a crash key names.
pub fn crash_event(
    store: &Store,
    project: ProjectId,
    serial: &str,
    id: u64,
) -> Result<Option<StoredEvent>, StoreError> {
    let Some(after) = id.checked_sub(1) else {
        return Ok(None);
    };
    let q = EventQuery {
        after_id: Some(after),
        limit: 1,
        ..Default::default()
    };
    Ok(store
        .events(project, serial, &q)?
        .into_iter()
        .find(|e| e.id == id))
}

/// Queue every crash waiting for a symbol file that was just uploaded.
pub fn requeue_for_symbols(
    store: &Store,
    project: ProjectId,
    keys: &[String],
) -> Result<usize, StoreError> {
    let mut n = 0;
    for key in keys {
        for (serial, id) in store.crashes_waiting_for(project, key)? {
            store.requeue_crash(project, &serial, id)?;
            n += 1;
        }
    }
    Ok(n)
}

/// Counters for `/metrics`.
#[derive(Debug, Default)]
pub struct CrashMetrics {
    pub analysed: AtomicU64,
    pub new_issues: AtomicU64,
    pub regressions: AtomicU64,
    pub missing_symbols: AtomicU64,
}

impl CrashMetrics {
    pub fn render(&self, e: &mut faultline_telemetry::Exposition, queued: usize) {
        let get = |c: &AtomicU64| c.load(Ordering::Relaxed) as f64;
        for (name, help, value) in [
            (
                "crashes_analysed_total",
                "Coredumps analysed and recorded (again after symbols arrive).",
                get(&self.analysed),
            ),
            (
                "crash_issues_created_total",
                "Issues created by new crash sites.",
                get(&self.new_issues),
            ),
            (
                "crash_regressions_total",
                "Resolved issues reopened by a crash.",
                get(&self.regressions),
            ),
            (
                "crashes_symbols_missing_total",
                "Analyses that found no usable symbol file.",
                get(&self.missing_symbols),
            ),
        ] {
            e.family(name, "counter", help);
            e.sample(name, &[], value);
        }
        e.family(
            "crash_queue_length",
            "gauge",
            "Coredumps waiting for the crash worker.",
        );
        e.sample("crash_queue_length", &[], queued as f64);
    }
}

/// The crash worker's thread.
pub struct CrashWorker {
    stop: Arc<AtomicBool>,
    signal: Arc<CrashSignal>,
    handle: Option<std::thread::JoinHandle<()>>,
}

/// How long an idle worker waits for a wake-up before looking at the queue anyway.
const IDLE_POLL: Duration = Duration::from_millis(250);

/// Wakes the crash worker when the queue may have grown (a pipeline commit, a symbol upload).
#[derive(Debug, Default)]
pub struct CrashSignal {
    pending: std::sync::Mutex<bool>,
    cond: std::sync::Condvar,
}

impl CrashSignal {
    pub fn notify(&self) {
        *self.pending.lock().unwrap_or_else(|p| p.into_inner()) = true;
        self.cond.notify_one();
    }

    fn wait(&self, timeout: Duration) {
        let guard = self.pending.lock().unwrap_or_else(|p| p.into_inner());
        let (mut pending, _) = self
            .cond
            .wait_timeout_while(guard, timeout, |p| !*p)
            .unwrap_or_else(|p| p.into_inner());
        *pending = false;
    }
}

impl CrashWorker {
    pub fn start(
        env: CrashEnv,
        metrics: Arc<CrashMetrics>,
        signal: Arc<CrashSignal>,
    ) -> std::io::Result<Self> {
        let store = env.store.clone();
        let stop = Arc::new(AtomicBool::new(false));
        let handle = {
            let (stop, signal) = (stop.clone(), signal.clone());
            std::thread::Builder::new()
                .name("faultline-crashes".into())
                .spawn(move || {
                    while !stop.load(Ordering::Relaxed) {
                        let queued = match store.queued_crashes(32) {
                            Ok(q) => q,
                            Err(e) => {
                                tracing::error!(error = %e, "cannot read the crash queue");
                                std::thread::sleep(Duration::from_millis(500));
                                continue;
                            }
                        };
                        if queued.is_empty() {
                            signal.wait(IDLE_POLL);
                            continue;
                        }
                        for q in queued {
                            if stop.load(Ordering::Relaxed) {
                                break;
                            }
                            match process(&env, &metrics, &q) {
                                Ok(()) => {
                                    if let Err(e) = store.dequeue_crash(&q) {
                                        tracing::error!(error = %e, "cannot dequeue a crash");
                                    }
                                }
                                Err(e) => {
                                    tracing::error!(
                                        serial = %q.serial, event = q.event_id, error = %e,
                                        "crash analysis failed; will retry"
                                    );
                                    std::thread::sleep(Duration::from_millis(500));
                                }
                            }
                        }
                    }
                })?
        };
        Ok(Self {
            stop,
            signal,
            handle: Some(handle),
        })
    }

    pub fn stop(mut self) {
        self.stop.store(true, Ordering::Relaxed);
        self.signal.notify();
        if let Some(h) = self.handle.take() {
            let _ = h.join();
        }
    }
}

fn process(env: &CrashEnv, metrics: &CrashMetrics, q: &QueuedCrash) -> Result<(), StoreError> {
    let store = &env.store;
    let Some(event) = crash_event(store, q.project, &q.serial, q.event_id)? else {
        tracing::warn!(serial = %q.serial, event = q.event_id, "queued crash has no event; dropped");
        return Ok(());
    };
    let Some(device) = store.device(q.project, &q.serial)? else {
        tracing::warn!(serial = %q.serial, "queued crash has no device; dropped");
        return Ok(());
    };
    let Some(analysis) = analyze(env, q.project, &device, &event)? else {
        return Ok(());
    };
    let missing = analysis.symbols != "found";
    let crash = CrashRef {
        project: q.project,
        serial: &q.serial,
        event_id: q.event_id,
        received_ms: event.received_ms,
        software_version: &event.software_version,
    };
    let r = store.record_crash(&crash, analysis, now_ms())?;
    metrics.analysed.fetch_add(1, Ordering::Relaxed);
    if r.new_issue {
        metrics.new_issues.fetch_add(1, Ordering::Relaxed);
    }
    if r.regression {
        metrics.regressions.fetch_add(1, Ordering::Relaxed);
    }
    if missing {
        metrics.missing_symbols.fetch_add(1, Ordering::Relaxed);
    }
    tracing::info!(
        serial = %q.serial, event = q.event_id, issue = r.issue, new_issue = r.new_issue,
        regression = r.regression, symbols_missing = missing, "crash recorded"
    );
    Ok(())
}
