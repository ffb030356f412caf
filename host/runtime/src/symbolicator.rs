//! Symbolicator plugins (the `symbolicator` world): routing, the call, the host's
//! `symbol-lookup` imports, and the check of what the plugin returns.
//!
//! # The path of a symbolication call
//! 1. The server asks [`Runtime::route_symbolicators`] which enabled symbolicators apply to a
//!    device (project, hardware version, software type), in `plugins.toml` order, and
//!    [`Runtime::symbolicator_wants`] which frames fall in a plugin's `address_ranges`.
//! 2. [`Runtime::symbolicate`] drops the frames outside those ranges (so a plugin never sees
//!    them, whatever the caller passes) and, when any are left, calls the guest through the
//!    same sandbox as a decoder: circuit breaker, one reusable instance, epoch deadline, memory
//!    cap, output cap, stats.
//! 3. During the call the guest may use `lookup` (answered by the caller's [`SymbolLookup`],
//!    at most [`MAX_LOOKUPS_PER_CALL`] times; the time spent there does not count against
//!    `timeout_ms`, since a cold symbol file may take the host a while to parse) and
//!    `granted-file` (only the files of its `[plugin.files]`, read when the runtime started).
//! 4. The frames it returns are measured against `max_output_bytes`, then checked
//!    (`check_frames`): at most [`MAX_FRAMES_PER_INPUT`] per input frame, pcs among the input
//!    and in its order, strings of at most [`MAX_FRAME_STRING_BYTES`] without control
//!    characters, a function name on every symbolicated frame. Output that fails is a
//!    [`PluginFailure::BadOutput`] naming the first problem; nothing of it is kept.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use faultline_model::{DeviceContext, PluginFailure};

use crate::v0_1_0::symbolicator::{Symbol, SymbolLookupHost};
use crate::{
    Bindings, CallError, HostState, PluginId, PluginKind, Rejection, Runtime, classify, error_text,
    v0_1_0,
};

/// Most output frames per input frame (one per inlined function, plus the frame itself).
pub const MAX_FRAMES_PER_INPUT: usize = 8;
/// Longest function name or file name a symbolicator may return.
pub const MAX_FRAME_STRING_BYTES: usize = 1024;
/// Most `lookup` calls a symbolicator may make in one call; one more traps it.
pub const MAX_LOOKUPS_PER_CALL: u32 = 4096;
/// Largest file `[plugin.files]` may grant.
pub const MAX_GRANTED_FILE_BYTES: u64 = 16 * 1024 * 1024;
/// Longest build id passed on to [`SymbolLookup`]; a longer one finds nothing.
const MAX_BUILD_ID_BYTES: usize = 64;

/// Symbol look-ups offered to symbolicators (the WIT `symbol-lookup.lookup` import),
/// implemented by the caller of [`Runtime::symbolicate`], e.g. over the server's uploaded
/// symbol files.
pub trait SymbolLookup: Send + Sync {
    /// The functions at `address` in the symbol file with this GNU build id, innermost inlined
    /// function first; empty when there is no such file or nothing at that address.
    fn lookup(&self, build_id: &[u8], address: u64) -> Vec<LookupSymbol>;
}

/// One answer of [`SymbolLookup::lookup`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LookupSymbol {
    pub name: String,
    pub file: Option<String>,
    pub line: Option<u32>,
}

/// A frame handed to a symbolicator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PluginFrameIn {
    pub pc: u64,
    /// Stack pointer at the frame, when known.
    pub sp: Option<u64>,
}

/// What a symbolicator says about one frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PluginFrameStatus {
    Symbolicated,
    /// The plugin knows the address range but lacks the symbols for it.
    MissingSymbols,
    /// The address is in none of the plugin's symbols.
    UnknownAddress,
    /// The frame makes no sense to the plugin (e.g. a misaligned pc).
    Malformed,
}

impl PluginFrameStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            PluginFrameStatus::Symbolicated => "symbolicated",
            PluginFrameStatus::MissingSymbols => "missing_symbols",
            PluginFrameStatus::UnknownAddress => "unknown_address",
            PluginFrameStatus::Malformed => "malformed",
        }
    }
}

/// A frame as a symbolicator named it. Several frames with one pc are that frame's inlined
/// functions, innermost first (`inlined` on all but the last).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PluginFrame {
    pub pc: u64,
    pub status: PluginFrameStatus,
    pub function: Option<String>,
    pub file: Option<String>,
    pub line: Option<u32>,
    /// This function was inlined into the next frame.
    pub inlined: bool,
}

/// Why [`Runtime::symbolicate`] named no frames.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SymbolicateError {
    /// The plugin declined (its `malformed` / `unsupported` errors): these frames or this
    /// device are not its business. Does not count against the plugin.
    #[error("frames declined as {}: {detail}", reason.as_str())]
    Rejected { reason: Rejection, detail: String },
    /// The plugin failed.
    #[error("{}: {detail}", failure.as_str())]
    Failed {
        failure: PluginFailure,
        detail: String,
    },
}

impl SymbolicateError {
    /// Free text for the engineer (never a metric label).
    pub fn detail(&self) -> &str {
        match self {
            SymbolicateError::Rejected { detail, .. } | SymbolicateError::Failed { detail, .. } => {
                detail
            }
        }
    }
}

impl From<CallError> for SymbolicateError {
    fn from(e: CallError) -> SymbolicateError {
        match e {
            CallError::Rejected { reason, detail } => SymbolicateError::Rejected { reason, detail },
            CallError::Failed { failure, detail } => SymbolicateError::Failed { failure, detail },
        }
    }
}

// ---- host side of `symbol-lookup` ----

/// Per-call state of a symbolicator's store.
#[derive(Default)]
pub(crate) struct SymbolCall {
    /// Set only while `symbolicate` runs.
    lookup: Option<Arc<dyn SymbolLookup>>,
    lookups: u32,
    /// Time spent in `lookup` not yet added to the epoch deadline.
    pub(crate) host_time: Duration,
}

/// Files of `[plugin.files]`, read when the runtime loads the plugin.
pub(crate) type GrantedFiles = BTreeMap<String, Arc<[u8]>>;

impl SymbolLookupHost for HostState {
    fn lookup(&mut self, build_id: Vec<u8>, address: u64) -> wasmtime::Result<Vec<Symbol>> {
        let call = &mut self.symbols;
        let Some(lookup) = call.lookup.clone() else {
            return Ok(Vec::new());
        };
        call.lookups += 1;
        if call.lookups > MAX_LOOKUPS_PER_CALL {
            return Err(wasmtime::Error::msg(format!(
                "more than {MAX_LOOKUPS_PER_CALL} symbol lookups in one call"
            )));
        }
        if build_id.len() > MAX_BUILD_ID_BYTES {
            return Ok(Vec::new());
        }
        let started = Instant::now();
        let found = lookup.lookup(&build_id, address);
        call.host_time += started.elapsed();
        Ok(found
            .into_iter()
            .map(|s| Symbol {
                name: s.name,
                file: s.file,
                line: s.line,
            })
            .collect())
    }

    fn granted_file(&mut self, name: String) -> Result<Vec<u8>, String> {
        match self.files.get(&name) {
            Some(bytes) => Ok(bytes.to_vec()),
            None => Err(format!(
                "file `{}` is not granted to this plugin",
                v0_1_0::truncate(name, 128)
            )),
        }
    }
}

/// Read the files of `[plugin.files]` for the runtime's start-up.
pub(crate) fn read_granted_files(
    plugin: &str,
    files: &BTreeMap<String, std::path::PathBuf>,
) -> Result<GrantedFiles, crate::RuntimeError> {
    use std::io::Read as _;
    let mut granted = GrantedFiles::new();
    for (name, path) in files {
        let error = |detail: String| crate::RuntimeError::GrantedFile {
            plugin: plugin.to_owned(),
            name: name.clone(),
            path: path.clone(),
            detail,
        };
        let file = std::fs::File::open(path).map_err(|e| error(e.to_string()))?;
        let mut bytes = Vec::new();
        file.take(MAX_GRANTED_FILE_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| error(e.to_string()))?;
        if bytes.len() as u64 > MAX_GRANTED_FILE_BYTES {
            return Err(error(format!("larger than {MAX_GRANTED_FILE_BYTES} bytes")));
        }
        granted.insert(name.clone(), Arc::from(bytes));
    }
    Ok(granted)
}

// ---- the call ----

impl Runtime {
    /// The enabled symbolicators, in `plugins.toml` order, whose route matches this device.
    pub fn route_symbolicators(&self, project: &str, ctx: &DeviceContext) -> Vec<PluginId> {
        self.plugins
            .iter()
            .filter(|p| {
                matches!(p.loaded, crate::Loaded::Symbolicator(_))
                    && p.spec.route.matches_device(
                        project,
                        &ctx.hardware_version,
                        &ctx.software_type,
                    )
            })
            .map(|p| PluginId::new(p.spec.id.clone()))
            .collect()
    }

    /// Whether a frame at `pc` is in the `address_ranges` of this enabled symbolicator.
    pub fn symbolicator_wants(&self, plugin: &PluginId, pc: u64) -> bool {
        self.get(plugin).is_some_and(|p| {
            matches!(p.loaded, crate::Loaded::Symbolicator(_)) && p.spec.route.matches_address(pc)
        })
    }

    /// Name frames with a symbolicator plugin. Only the frames inside its `address_ranges`
    /// reach it (none: `Ok` with no frames, without a call); the returned frames are checked
    /// against them (see [the module doc](crate::symbolicator)). `lookup` answers the guest's
    /// `lookup` calls during this call only; it is an `Arc` because wasmtime's store data must
    /// be `'static`, and the runtime drops its clone when the call returns.
    pub fn symbolicate(
        &self,
        plugin: &PluginId,
        ctx: &DeviceContext,
        frames: &[PluginFrameIn],
        lookup: Arc<dyn SymbolLookup>,
    ) -> Result<Vec<PluginFrame>, SymbolicateError> {
        let wanted: Vec<PluginFrameIn> = match self.get(plugin) {
            Some(p) if p.spec.kind == PluginKind::Symbolicator => {
                let wanted: Vec<_> = frames
                    .iter()
                    .filter(|f| p.spec.route.matches_address(f.pc))
                    .copied()
                    .collect();
                if wanted.is_empty() {
                    return Ok(Vec::new());
                }
                wanted
            }
            // `call` reports a missing plugin or one of another kind.
            _ => Vec::new(),
        };
        let result = self.call(plugin, PluginKind::Symbolicator, |p, slot| {
            let inst = self.instance(p, slot)?;
            let Bindings::Symbolicator(bindings) = &inst.bindings else {
                return Err(CallError::failed(
                    PluginFailure::PluginError,
                    "instance is not a symbolicator".into(),
                ));
            };
            let call = &mut inst.store.data_mut().symbols;
            *call = SymbolCall {
                lookup: Some(lookup),
                ..SymbolCall::default()
            };
            let wit_ctx = v0_1_0::context_to_wit(ctx);
            let wit_frames: Vec<_> = wanted.iter().map(v0_1_0::frame_to_wit).collect();
            let returned = bindings.faultline_plugin_symbolicate().call_symbolicate(
                &mut inst.store,
                &wit_ctx,
                &wit_frames,
            );
            // The caller's lookup is not kept past the call.
            inst.store.data_mut().symbols = SymbolCall::default();
            let frames = match returned {
                Err(e) => {
                    let failure = classify(&e, inst.store.data().limiter.memory_hit);
                    // A trapped instance cannot be entered again: start afresh next call.
                    *slot = None;
                    return Err(CallError::failed(failure, error_text(&e)));
                }
                Ok(Err(e)) => return Err(crate::plugin_error(e)),
                Ok(Ok(frames)) => frames,
            };
            let frames: Vec<PluginFrame> = frames.into_iter().map(v0_1_0::frame_to_model).collect();
            let size = output_size(&frames);
            if size > p.spec.limits.max_output_bytes {
                return Err(CallError::failed(
                    PluginFailure::OutputTooLarge,
                    format!(
                        "output is {size} bytes (limit {})",
                        p.spec.limits.max_output_bytes
                    ),
                ));
            }
            check_frames(&wanted, &frames)
                .map_err(|detail| CallError::failed(PluginFailure::BadOutput, detail))?;
            Ok(frames)
        });
        result.map_err(SymbolicateError::from)
    }
}

/// Output size as charged against `max_output_bytes`: string lengths plus
/// [`v0_1_0::ITEM_COST`] per frame.
fn output_size(frames: &[PluginFrame]) -> usize {
    frames
        .iter()
        .map(|f| {
            v0_1_0::ITEM_COST
                + f.function.as_ref().map_or(0, String::len)
                + f.file.as_ref().map_or(0, String::len)
        })
        .fold(0, usize::saturating_add)
}

/// Check a symbolicator's output against the frames it was given. The error names the first
/// problem (shown to operators).
pub(crate) fn check_frames(input: &[PluginFrameIn], output: &[PluginFrame]) -> Result<(), String> {
    let limit = input.len().saturating_mul(MAX_FRAMES_PER_INPUT);
    if output.len() > limit {
        return Err(format!(
            "{} frames for {} input frames (limit {MAX_FRAMES_PER_INPUT} per input frame)",
            output.len(),
            input.len()
        ));
    }
    let text = |i: usize, what: &str, s: &Option<String>| match s {
        None => Ok(()),
        Some(s) if s.is_empty() => Err(format!("frame {i}: {what} is empty")),
        Some(s) if s.len() > MAX_FRAME_STRING_BYTES => Err(format!(
            "frame {i}: {what} is {} bytes (limit {MAX_FRAME_STRING_BYTES})",
            s.len()
        )),
        Some(s) if s.chars().any(char::is_control) => {
            Err(format!("frame {i}: {what} has control characters"))
        }
        Some(_) => Ok(()),
    };
    // Index of the input frame the output has reached: output pcs follow the input order.
    let mut at = 0;
    for (i, f) in output.iter().enumerate() {
        text(i, "function name", &f.function)?;
        text(i, "file name", &f.file)?;
        if f.status == PluginFrameStatus::Symbolicated && f.function.is_none() {
            return Err(format!(
                "frame {i} is symbolicated but has no function name"
            ));
        }
        match input[at..].iter().position(|x| x.pc == f.pc) {
            Some(offset) => at += offset,
            None if input.iter().any(|x| x.pc == f.pc) => {
                return Err(format!(
                    "frame {i}: pc {:#x} is out of the input frames' order",
                    f.pc
                ));
            }
            None => {
                return Err(format!(
                    "frame {i}: pc {:#x} is not among the input frames",
                    f.pc
                ));
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(pcs: &[u64]) -> Vec<PluginFrameIn> {
        pcs.iter()
            .map(|&pc| PluginFrameIn { pc, sp: None })
            .collect()
    }

    fn named(pc: u64, name: &str) -> PluginFrame {
        PluginFrame {
            pc,
            status: PluginFrameStatus::Symbolicated,
            function: Some(name.into()),
            file: None,
            line: None,
            inlined: false,
        }
    }

    fn unknown(pc: u64) -> PluginFrame {
        PluginFrame {
            pc,
            status: PluginFrameStatus::UnknownAddress,
            function: None,
            file: None,
            line: None,
            inlined: false,
        }
    }

    #[test]
    fn good_output_passes() {
        let inlined = PluginFrame {
            inlined: true,
            file: Some("rom/uart.c".into()),
            line: Some(12),
            ..named(0x10, "uart_putc")
        };
        // Inlined frames, a recursion (same pc twice), a frame left out, an unknown one.
        let out = [
            inlined,
            named(0x10, "uart_write"),
            named(0x20, "f"),
            named(0x20, "f"),
            unknown(0x40),
        ];
        assert_eq!(
            check_frames(&input(&[0x10, 0x20, 0x30, 0x20, 0x40]), &out),
            Ok(())
        );
        assert_eq!(check_frames(&input(&[0x10]), &[]), Ok(()));
        assert_eq!(check_frames(&[], &[]), Ok(()));
    }

    #[test]
    fn garbage_is_refused_with_a_reason() {
        let one = input(&[0x10]);
        let many: Vec<_> = (0..9).map(|_| named(0x10, "f")).collect();
        assert_eq!(
            check_frames(&one, &many),
            Err("9 frames for 1 input frames (limit 8 per input frame)".into())
        );
        assert_eq!(
            check_frames(&[], &[named(0x10, "f")]),
            Err("1 frames for 0 input frames (limit 8 per input frame)".into())
        );
        assert_eq!(
            check_frames(&one, &[named(0x10, &"x".repeat(1025))]),
            Err("frame 0: function name is 1025 bytes (limit 1024)".into())
        );
        assert_eq!(
            check_frames(&one, &[named(0x10, &"x".repeat(1024))]),
            Ok(())
        );
        let long_file = PluginFrame {
            file: Some("y".repeat(5000)),
            ..named(0x10, "f")
        };
        assert_eq!(
            check_frames(&one, &[long_file]),
            Err("frame 0: file name is 5000 bytes (limit 1024)".into())
        );
        assert_eq!(
            check_frames(&one, &[named(0x10, "a\nb")]),
            Err("frame 0: function name has control characters".into())
        );
        assert_eq!(
            check_frames(&one, &[named(0x10, "")]),
            Err("frame 0: function name is empty".into())
        );
        assert_eq!(
            check_frames(&one, &[named(0x14, "f")]),
            Err("frame 0: pc 0x14 is not among the input frames".into())
        );
        assert_eq!(
            check_frames(&input(&[0x10, 0x20]), &[named(0x20, "g"), named(0x10, "f")]),
            Err("frame 1: pc 0x10 is out of the input frames' order".into())
        );
        let nameless = PluginFrame {
            function: None,
            ..named(0x10, "f")
        };
        assert_eq!(
            check_frames(&one, &[nameless]),
            Err("frame 0 is symbolicated but has no function name".into())
        );
    }

    #[test]
    fn output_size_counts_frames_and_strings() {
        let f = PluginFrame {
            file: Some("ab".into()),
            ..named(1, "xyz")
        };
        assert_eq!(output_size(&[f, unknown(2)]), 2 * v0_1_0::ITEM_COST + 5);
    }
}
