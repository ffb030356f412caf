//! A plugin that misbehaves on request, to test the host's sandbox. It exports the functions
//! of all four worlds, so it loads as any kind.
//!
//! The behaviour is chosen by the host-provided `config("mode")`. As a decoder:
//!
//! | mode | behaviour | host should record |
//! |---|---|---|
//! | `trap` | panics (`unreachable` under `panic = "abort"`) | trap |
//! | `loop` | spins forever | timeout |
//! | `memory-bomb` | allocates and touches 1 MiB blocks until growth fails | memory limit |
//! | `big-output` | returns ~6 MiB of log records, each individually valid | output too large |
//! | `garbage` | returns a heartbeat with 5000 values (the host allows 1024) | bad output |
//! | `error` | returns `plugin-error::internal` | plugin error |
//! | `log-flood` | calls the host `log` 1000 times, then behaves normally | (rate-limited logs) |
//! | `leak` | keeps 1 MiB more (touched) on every call, then behaves normally | (instance recycled) |
//! | `from-payload` | takes the mode from the payload (UTF-8), so one instance can fail and then succeed | |
//! | anything else | one `custom` event named `misbehave` carrying the payload | success |
//!
//!
//! As a symbolicator, `trap`, `loop`, `memory-bomb` and `error` do the same, and:
//!
//! | mode | behaviour | host should record |
//! |---|---|---|
//! | `garbage` | names a frame whose pc was not in the input | bad output |
//! | `too-many-frames` | returns 9 frames per input frame | bad output |
//! | `long-name` | a function name of 2000 bytes | bad output |
//! | `lookup` | names each frame with the host's `lookup(ctx.build-id, pc)` (inlined first); nothing found: `missing-symbols` | success |
//! | `lookup-flood` | calls `lookup` 5000 times | trap (the host's cap) |
//! | `from-context` | takes the mode from the context's software version | |
//! | anything else | every frame symbolicated as `misbehave_<pc in hex>` | success |
//!
//! As an alert rule or anomaly detector, `trap`, `loop`, `memory-bomb` and `error` do the same,
//! and `garbage` returns 2000 items (the host allows 1024), `from-metric` / `from-context` take
//! the mode from the window's metric name / the context's software version; anything else
//! returns one alert (`misbehave <metric>: <points> points`, fingerprint `misbehave-<metric>`)
//! or one finding per event (`rule` = the event's kind, `description` = its position).
//!
//! Every call logs its mode once through the host `log` import.

use bindings::exports::faultline::plugin::alert_evaluate::Guest as Evaluate;
use bindings::exports::faultline::plugin::anomaly_inspect::Guest as Inspect;
use bindings::exports::faultline::plugin::decode::Guest as Decode;
use bindings::exports::faultline::plugin::symbolicate::Guest as Symbolicate;
use bindings::faultline::plugin::host::{self, Level};
use bindings::faultline::plugin::symbol_lookup;
use bindings::faultline::plugin::types::{
    Alert, CustomPayload, DeviceContext, Event, EventKind, Finding, Frame, FrameStatus, Heartbeat,
    LogLevel, LogRecord, MetricValue, MetricWindow, PluginError, Severity, SymbolicatedFrame,
};

#[allow(unsafe_code)] // the generated canonical-ABI glue
mod bindings {
    wit_bindgen::generate!({
        inline: "
            package faultline:misbehave;
            world misbehave {
                include faultline:plugin/decoder@0.1.0;
                include faultline:plugin/symbolicator@0.1.0;
                include faultline:plugin/alert-rule@0.1.0;
                include faultline:plugin/anomaly-detector@0.1.0;
            }
        ",
        path: "../../wit",
        generate_all,
    });

    use super::Misbehave;
    export!(Misbehave);
}

struct Misbehave;

/// The misbehaviours both kinds share; `Ok` for the other modes.
fn misbehave(mode: &str) -> Result<(), PluginError> {
    host::log(Level::Info, &format!("misbehave called with mode {mode:?}"));
    match mode {
        "trap" => panic!("misbehave: trap requested"),
        "loop" => {
            let mut n: u64 = 0;
            loop {
                n = std::hint::black_box(n.wrapping_add(1));
            }
        }
        "memory-bomb" => {
            let mut blocks: Vec<Vec<u8>> = Vec::new();
            loop {
                let mut block = vec![0u8; 1 << 20];
                // Touch every page so the allocation is real, not just reserved.
                for i in (0..block.len()).step_by(4096) {
                    block[i] = 1;
                }
                blocks.push(std::hint::black_box(block));
            }
        }
        "error" => Err(PluginError::Internal("misbehave: error requested".into())),
        _ => Ok(()),
    }
}

impl Decode for Misbehave {
    fn decode(
        _ctx: DeviceContext,
        message_type: u8,
        payload: Vec<u8>,
    ) -> Result<Vec<Event>, PluginError> {
        let mut mode = host::config("mode").unwrap_or_default();
        if mode == "from-payload" {
            mode = String::from_utf8_lossy(&payload).into_owned();
        }
        misbehave(&mode)?;
        match mode.as_str() {
            "big-output" => {
                let records = (0..100)
                    .map(|i| LogRecord {
                        timestamp_ms: Some(i),
                        level: LogLevel::Info,
                        message: "x".repeat(60 * 1024),
                    })
                    .collect();
                Ok(vec![Event {
                    captured_at_ms: None,
                    kind: EventKind::Logs(records),
                }])
            }
            "garbage" => Ok(vec![Event {
                captured_at_ms: None,
                kind: EventKind::Heartbeat(Heartbeat {
                    duration_ms: 1000,
                    values: (0..5000).map(MetricValue::Int).collect(),
                }),
            }]),
            other => {
                if other == "leak" {
                    let mut block = vec![0u8; 1 << 20];
                    for i in (0..block.len()).step_by(4096) {
                        block[i] = 1;
                    }
                    std::mem::forget(block);
                }
                if other == "log-flood" {
                    for i in 0..1000 {
                        host::log(Level::Debug, &format!("flood line {i}"));
                    }
                }
                Ok(vec![Event {
                    captured_at_ms: None,
                    kind: EventKind::Custom(CustomPayload {
                        type_name: "misbehave".into(),
                        data: [&[message_type][..], &payload].concat(),
                    }),
                }])
            }
        }
    }
}

impl Symbolicate for Misbehave {
    fn symbolicate(
        ctx: DeviceContext,
        frames: Vec<Frame>,
    ) -> Result<Vec<SymbolicatedFrame>, PluginError> {
        let mut mode = host::config("mode").unwrap_or_default();
        if mode == "from-context" {
            mode = ctx.software_version.clone();
        }
        misbehave(&mode)?;
        let named = |pc: u64, name: String| SymbolicatedFrame {
            pc,
            status: FrameStatus::Symbolicated,
            function: Some(name),
            file: None,
            line: None,
            inlined: false,
        };
        Ok(match mode.as_str() {
            "garbage" => frames
                .iter()
                .map(|f| named(f.pc.wrapping_add(1), "misplaced".into()))
                .collect(),
            "too-many-frames" => frames
                .iter()
                .flat_map(|f| (0..9).map(|i| named(f.pc, format!("f{i}"))))
                .collect(),
            "long-name" => frames
                .iter()
                .map(|f| named(f.pc, "x".repeat(2000)))
                .collect(),
            "lookup" => frames
                .iter()
                .flat_map(|f| {
                    let symbols = symbol_lookup::lookup(&ctx.build_id, f.pc);
                    if symbols.is_empty() {
                        return vec![SymbolicatedFrame {
                            pc: f.pc,
                            status: FrameStatus::MissingSymbols,
                            function: None,
                            file: None,
                            line: None,
                            inlined: false,
                        }];
                    }
                    let last = symbols.len() - 1;
                    symbols
                        .into_iter()
                        .enumerate()
                        .map(|(i, s)| SymbolicatedFrame {
                            pc: f.pc,
                            status: FrameStatus::Symbolicated,
                            function: Some(s.name),
                            file: s.file,
                            line: s.line,
                            inlined: i < last,
                        })
                        .collect()
                })
                .collect(),
            "lookup-flood" => {
                for i in 0..5000 {
                    symbol_lookup::lookup(&ctx.build_id, i);
                }
                Vec::new()
            }
            _ => frames
                .iter()
                .map(|f| named(f.pc, format!("misbehave_{:x}", f.pc)))
                .collect(),
        })
    }
}

impl Evaluate for Misbehave {
    fn evaluate(window: MetricWindow) -> Result<Vec<Alert>, PluginError> {
        let mut mode = host::config("mode").unwrap_or_default();
        if mode == "from-metric" {
            mode = window.metric.clone();
        }
        misbehave(&mode)?;
        let alert = |i: usize| Alert {
            severity: Severity::Warning,
            title: format!(
                "misbehave {}: {} points",
                window.metric,
                window.points.len()
            ),
            fingerprint: format!("misbehave-{}-{i}", window.metric),
        };
        Ok(match mode.as_str() {
            "garbage" => (0..2000).map(alert).collect(),
            _ => vec![Alert {
                fingerprint: format!("misbehave-{}", window.metric),
                ..alert(0)
            }],
        })
    }
}

impl Inspect for Misbehave {
    fn inspect(ctx: DeviceContext, events: Vec<Event>) -> Result<Vec<Finding>, PluginError> {
        let mut mode = host::config("mode").unwrap_or_default();
        if mode == "from-context" {
            mode = ctx.software_version.clone();
        }
        misbehave(&mode)?;
        let finding = |rule: &str, i: usize| Finding {
            severity: Severity::Info,
            rule: rule.to_string(),
            description: format!("event {i} of {}", ctx.serial),
        };
        Ok(match mode.as_str() {
            "garbage" => (0..2000).map(|i| finding("flood", i)).collect(),
            _ => events
                .iter()
                .enumerate()
                .map(|(i, e)| {
                    let kind = match &e.kind {
                        EventKind::Context(_) => "context",
                        EventKind::Heartbeat(_) => "heartbeat",
                        EventKind::Trace(_) => "trace",
                        EventKind::Reboot(_) => "reboot",
                        EventKind::Logs(_) => "logs",
                        EventKind::Coredump(_) => "coredump",
                        EventKind::Custom(_) => "custom",
                    };
                    finding(kind, i)
                })
                .collect(),
        })
    }
}
