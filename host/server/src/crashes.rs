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

use faultline_model::{EventKind, ProjectId, StoredEvent, now_ms, reset_reason_name};
use faultline_store::{
    CrashAnalysis, CrashFrame, CrashRef, DeviceRecord, EventQuery, FrameSymbol, QueuedCrash, Store,
    StoreError,
};
use faultline_symbols::unwind::Unwinder;
use faultline_symbols::{SymbolCache, SymbolFile, fault, fingerprint};

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
    store: &Store,
    cache: &SymbolCache,
    project: ProjectId,
    device: &DeviceRecord,
    event: &StoredEvent,
) -> Result<Option<CrashAnalysis>, StoreError> {
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

    let Some(id) = build_id.clone() else {
        return Ok(Some(raw("missing".into(), keys)));
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
    let (bt, names) = match unwound {
        Ok(Ok(x)) => x,
        Ok(Err(e)) => return Ok(Some(raw(format!("unusable: {e}"), Vec::new()))),
        Err(_) => {
            tracing::error!(build_id = %id, "unwinder panicked on a coredump");
            return Ok(Some(raw("unusable: unwinder failed".into(), Vec::new())));
        }
    };
    let fp = fingerprint::fingerprint(*reason, &names);
    let culprit = fp.as_ref().and_then(|f| f.signature.get(1).cloned());
    let frames = bt
        .frames
        .iter()
        .zip(&names)
        .map(|(f, names)| CrashFrame {
            pc: f.pc,
            sp: Some(f.sp),
            status: f.status.as_str().to_string(),
            symbols: names
                .iter()
                .map(|n| FrameSymbol {
                    function: n.function.clone(),
                    file: n.file.clone(),
                    line: n.line,
                    inlined: n.inlined,
                    source: if n.file.is_some() { "dwarf" } else { "symtab" }.into(),
                })
                .collect(),
        })
        .collect();
    let Some(fp) = fp else {
        // Symbols, but no frame has a name (e.g. the pc is outside the image).
        let mut a = raw("found".into(), Vec::new());
        a.frames = frames;
        a.end = bt.end.as_str().to_string();
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
        end: bt.end.as_str().to_string(),
        registers: named,
        fault,
        truncated: *truncated,
        waiting_for: Vec::new(),
    }))
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

/// The crash worker's thread.
pub struct CrashWorker {
    stop: Arc<AtomicBool>,
    handle: Option<std::thread::JoinHandle<()>>,
}

/// How long an idle worker sleeps before looking at the queue again.
const IDLE_POLL: Duration = Duration::from_millis(25);

impl CrashWorker {
    pub fn start(
        store: Store,
        cache: Arc<SymbolCache>,
        metrics: Arc<CrashMetrics>,
    ) -> std::io::Result<Self> {
        let stop = Arc::new(AtomicBool::new(false));
        let handle = {
            let stop = stop.clone();
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
                            std::thread::sleep(IDLE_POLL);
                            continue;
                        }
                        for q in queued {
                            if stop.load(Ordering::Relaxed) {
                                break;
                            }
                            match process(&store, &cache, &metrics, &q) {
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
            handle: Some(handle),
        })
    }

    pub fn stop(mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(h) = self.handle.take() {
            let _ = h.join();
        }
    }
}

fn process(
    store: &Store,
    cache: &SymbolCache,
    metrics: &CrashMetrics,
    q: &QueuedCrash,
) -> Result<(), StoreError> {
    let Some(event) = crash_event(store, q.project, &q.serial, q.event_id)? else {
        tracing::warn!(serial = %q.serial, event = q.event_id, "queued crash has no event; dropped");
        return Ok(());
    };
    let Some(device) = store.device(q.project, &q.serial)? else {
        tracing::warn!(serial = %q.serial, "queued crash has no device; dropped");
        return Ok(());
    };
    let Some(analysis) = analyze(store, cache, q.project, &device, &event)? else {
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
