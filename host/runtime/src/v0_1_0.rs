//! Host bindings for `faultline:plugin@0.1.0` (`wit/types.wit`), and the conversion of its
//! types to `faultline_model` types. Bindgen types never leave this module's crate.
//!
//! Decoder outputs are measured and validated here before conversion: [`output_size`] is what
//! counts against `max_output_bytes`, [`validate`] rejects events that are well-typed but
//! nonsensical. The `symbolicator` world's bindings are in [`symbolicator`], sharing the
//! `types` and `host` interfaces generated here; its output is checked after conversion
//! (`crate::symbolicator`).

use faultline_model as model;

wasmtime::component::bindgen!({
    world: "decoder",
    path: "../../wit",
});

/// The `symbolicator` world. `lookup` may trap (the host caps look-ups per call).
pub mod symbolicator {
    wasmtime::component::bindgen!({
        world: "symbolicator",
        path: "../../wit",
        imports: {
            "faultline:plugin/symbol-lookup.lookup": trappable,
        },
        with: {
            "faultline:plugin/types": crate::v0_1_0::faultline::plugin::types,
            "faultline:plugin/host": crate::v0_1_0::faultline::plugin::host,
        },
    });

    pub use faultline::plugin::symbol_lookup::{Host as SymbolLookupHost, Symbol};
}

/// The `alert-rule` world.
pub mod alert_rule {
    wasmtime::component::bindgen!({
        world: "alert-rule",
        path: "../../wit",
        with: {
            "faultline:plugin/types": crate::v0_1_0::faultline::plugin::types,
            "faultline:plugin/host": crate::v0_1_0::faultline::plugin::host,
        },
    });
}

/// The `anomaly-detector` world.
pub mod anomaly_detector {
    wasmtime::component::bindgen!({
        world: "anomaly-detector",
        path: "../../wit",
        with: {
            "faultline:plugin/types": crate::v0_1_0::faultline::plugin::types,
            "faultline:plugin/host": crate::v0_1_0::faultline::plugin::host,
        },
    });
}

pub use exports::faultline::plugin::decode::{Event, PluginError};
pub use faultline::plugin::host::Level;
use faultline::plugin::types::{self as wit, EventKind, MetricValue};

/// Bytes charged per list element or record on top of its string and byte contents, so that
/// a million empty values still count.
pub const ITEM_COST: usize = 16;

/// Validation limits of decoder output.
pub mod limits {
    pub const MAX_EVENTS: usize = 1024;
    pub const MAX_HEARTBEAT_VALUES: usize = 1024;
    pub const MAX_STRING_BYTES: usize = 64 * 1024;
    pub const MAX_LOG_RECORDS: usize = 10_000;
    pub const MAX_REGISTERS: usize = 1024;
    pub const MAX_COREDUMP_BYTES: usize = 1024 * 1024;
    pub const MAX_CONTEXT_STRING_BYTES: usize = 256;
    pub const MAX_BUILD_ID_BYTES: usize = 64;
    pub const MAX_TYPE_NAME_BYTES: usize = 128;
    /// Longest error text kept from a plugin.
    pub const MAX_ERROR_TEXT_BYTES: usize = 1024;
}

pub fn context_to_wit(c: &model::DeviceContext) -> wit::DeviceContext {
    wit::DeviceContext {
        serial: c.serial.clone(),
        hardware_version: c.hardware_version.clone(),
        software_type: c.software_type.clone(),
        software_version: c.software_version.clone(),
        build_id: c.build_id.clone(),
    }
}

pub fn frame_to_wit(f: &crate::PluginFrameIn) -> wit::Frame {
    wit::Frame { pc: f.pc, sp: f.sp }
}

pub fn frame_to_model(f: wit::SymbolicatedFrame) -> crate::PluginFrame {
    use crate::PluginFrameStatus as S;
    crate::PluginFrame {
        pc: f.pc,
        status: match f.status {
            wit::FrameStatus::Symbolicated => S::Symbolicated,
            wit::FrameStatus::MissingSymbols => S::MissingSymbols,
            wit::FrameStatus::UnknownAddress => S::UnknownAddress,
            wit::FrameStatus::Malformed => S::Malformed,
        },
        function: f.function,
        file: f.file,
        line: f.line,
        inlined: f.inlined,
    }
}

/// Size of a decoder's output as charged against `max_output_bytes`: string and byte lengths
/// plus [`ITEM_COST`] per event, value, record, register and region.
pub fn output_size(events: &[Event]) -> usize {
    events.iter().map(event_size).fold(0, usize::saturating_add)
}

fn event_size(e: &Event) -> usize {
    let inner = match &e.kind {
        EventKind::Context(c) => {
            c.serial.len()
                + c.hardware_version.len()
                + c.software_type.len()
                + c.software_version.len()
                + c.build_id.len()
        }
        EventKind::Heartbeat(hb) => hb
            .values
            .iter()
            .map(|v| {
                ITEM_COST
                    + match v {
                        MetricValue::Text(s) => s.len(),
                        _ => 0,
                    }
            })
            .fold(0, usize::saturating_add),
        EventKind::Trace(_) | EventKind::Reboot(_) => 0,
        EventKind::Logs(records) => records
            .iter()
            .map(|r| ITEM_COST + r.message.len())
            .fold(0, usize::saturating_add),
        EventKind::Coredump(c) => c.registers.len().saturating_mul(ITEM_COST).saturating_add(
            c.regions
                .iter()
                .map(|r| ITEM_COST + r.data.len())
                .fold(0, usize::saturating_add),
        ),
        EventKind::Custom(c) => c.type_name.len() + c.data.len(),
    };
    ITEM_COST.saturating_add(inner)
}

/// Check that the output makes sense for the device that sent the message. The error text
/// says what is wrong (it is shown to operators, not devices).
pub fn validate(ctx: &model::DeviceContext, events: &[Event]) -> Result<(), String> {
    use limits::*;
    if events.len() > MAX_EVENTS {
        return Err(format!("{} events (limit {MAX_EVENTS})", events.len()));
    }
    let text = |what: &str, s: &str, max: usize| {
        if s.len() > max {
            Err(format!("{what} is {} bytes (limit {max})", s.len()))
        } else {
            Ok(())
        }
    };
    for e in events {
        match &e.kind {
            EventKind::Context(c) => {
                if c.serial != ctx.serial {
                    return Err("context event names another device".into());
                }
                text(
                    "context hardware version",
                    &c.hardware_version,
                    MAX_CONTEXT_STRING_BYTES,
                )?;
                text(
                    "context software type",
                    &c.software_type,
                    MAX_CONTEXT_STRING_BYTES,
                )?;
                text(
                    "context software version",
                    &c.software_version,
                    MAX_CONTEXT_STRING_BYTES,
                )?;
                if c.build_id.len() > MAX_BUILD_ID_BYTES {
                    return Err(format!(
                        "build id is {} bytes (limit {MAX_BUILD_ID_BYTES})",
                        c.build_id.len()
                    ));
                }
            }
            EventKind::Heartbeat(hb) => {
                if hb.values.len() > MAX_HEARTBEAT_VALUES {
                    return Err(format!(
                        "heartbeat has {} values (limit {MAX_HEARTBEAT_VALUES})",
                        hb.values.len()
                    ));
                }
                for v in &hb.values {
                    match v {
                        MetricValue::Text(s) => text("heartbeat text value", s, MAX_STRING_BYTES)?,
                        MetricValue::Float(f) if !f.is_finite() => {
                            return Err(format!("heartbeat value {f} is not a finite number"));
                        }
                        _ => {}
                    }
                }
            }
            EventKind::Trace(_) | EventKind::Reboot(_) => {}
            EventKind::Logs(records) => {
                if records.len() > MAX_LOG_RECORDS {
                    return Err(format!(
                        "{} log records (limit {MAX_LOG_RECORDS})",
                        records.len()
                    ));
                }
                for r in records {
                    text("log message", &r.message, MAX_STRING_BYTES)?;
                }
            }
            EventKind::Coredump(c) => {
                if c.registers.len() > MAX_REGISTERS {
                    return Err(format!(
                        "coredump has {} registers (limit {MAX_REGISTERS})",
                        c.registers.len()
                    ));
                }
                let total = c
                    .regions
                    .iter()
                    .map(|r| r.data.len())
                    .fold(0, usize::saturating_add);
                if total > MAX_COREDUMP_BYTES {
                    return Err(format!(
                        "coredump regions hold {total} bytes (limit {MAX_COREDUMP_BYTES})"
                    ));
                }
            }
            EventKind::Custom(c) => {
                if c.type_name.is_empty() || c.type_name.chars().any(char::is_control) {
                    return Err("custom event type name is empty or has control characters".into());
                }
                text("custom event type name", &c.type_name, MAX_TYPE_NAME_BYTES)?;
            }
        }
    }
    Ok(())
}

/// Convert validated output to domain events.
pub fn events_to_model(events: Vec<Event>) -> Vec<model::Event> {
    events.into_iter().map(event_to_model).collect()
}

fn event_to_model(e: Event) -> model::Event {
    use model::EventKind as K;
    let kind = match e.kind {
        EventKind::Context(c) => K::Context(model::DeviceContext {
            serial: c.serial,
            hardware_version: c.hardware_version,
            software_type: c.software_type,
            software_version: c.software_version,
            build_id: c.build_id,
        }),
        EventKind::Heartbeat(hb) => K::Heartbeat {
            duration_ms: hb.duration_ms,
            values: hb
                .values
                .into_iter()
                .map(|v| match v {
                    MetricValue::Int(i) => model::MetricValue::Int(i),
                    MetricValue::Float(f) => model::MetricValue::Float(f),
                    MetricValue::Text(s) => model::MetricValue::Text(s),
                    MetricValue::Unset => model::MetricValue::Unset,
                })
                .collect(),
        },
        EventKind::Trace(t) => K::Trace {
            reason: t.reason,
            pc: t.pc,
            lr: t.lr,
            status_code: t.status_code,
        },
        EventKind::Reboot(r) => K::Reboot {
            reason: r.reason,
            unexpected: r.unexpected,
            pc: r.pc,
            lr: r.lr,
            crash_count: r.crash_count,
        },
        EventKind::Logs(records) => K::Logs {
            records: records
                .into_iter()
                .map(|r| model::LogRecord {
                    timestamp_ms: r.timestamp_ms,
                    level: match r.level {
                        wit::LogLevel::Debug => model::LogLevel::Debug,
                        wit::LogLevel::Info => model::LogLevel::Info,
                        wit::LogLevel::Warn => model::LogLevel::Warn,
                        wit::LogLevel::Error => model::LogLevel::Error,
                    },
                    message: r.message,
                })
                .collect(),
        },
        EventKind::Coredump(c) => K::Coredump {
            arch: match c.arch {
                wit::Architecture::ArmCortexM => model::Architecture::ArmCortexM,
                wit::Architecture::Riscv32 => model::Architecture::Riscv32,
                wit::Architecture::Xtensa => model::Architecture::Xtensa,
                wit::Architecture::Other => model::Architecture::Other,
            },
            reason: c.reason,
            registers: c
                .registers
                .into_iter()
                .map(|r| model::Register {
                    number: r.number,
                    value: r.value,
                })
                .collect(),
            regions: c
                .regions
                .into_iter()
                .map(|r| model::MemoryRegion {
                    start: r.start,
                    data: r.data,
                })
                .collect(),
            truncated: c.truncated,
        },
        EventKind::Custom(c) => K::Custom {
            type_name: c.type_name,
            data: c.data,
        },
    };
    model::Event {
        captured_at_ms: e.captured_at_ms,
        kind,
    }
}

pub fn window_to_wit(w: &model::rules::MetricWindow) -> wit::MetricWindow {
    wit::MetricWindow {
        metric: w.metric.clone(),
        device_count: w.device_count,
        start_ms: w.start_ms,
        end_ms: w.end_ms,
        points: w
            .points
            .iter()
            .map(|p| wit::MetricPoint {
                at_ms: p.at_ms,
                value: p.value,
            })
            .collect(),
    }
}

pub fn severity_to_model(s: wit::Severity) -> model::rules::Severity {
    match s {
        wit::Severity::Info => model::rules::Severity::Info,
        wit::Severity::Warning => model::rules::Severity::Warning,
        wit::Severity::Critical => model::rules::Severity::Critical,
    }
}

/// A stored event as a plugin sees it (anomaly detectors read events).
pub fn event_to_wit(e: &model::Event) -> Event {
    use model::EventKind as K;
    let kind = match &e.kind {
        K::Context(c) => EventKind::Context(context_to_wit(c)),
        K::Heartbeat {
            duration_ms,
            values,
        } => EventKind::Heartbeat(wit::Heartbeat {
            duration_ms: *duration_ms,
            values: values
                .iter()
                .map(|v| match v {
                    model::MetricValue::Int(i) => MetricValue::Int(*i),
                    model::MetricValue::Float(f) => MetricValue::Float(*f),
                    model::MetricValue::Text(s) => MetricValue::Text(s.clone()),
                    model::MetricValue::Unset => MetricValue::Unset,
                })
                .collect(),
        }),
        K::Trace {
            reason,
            pc,
            lr,
            status_code,
        } => EventKind::Trace(wit::TraceEvent {
            reason: *reason,
            pc: *pc,
            lr: *lr,
            status_code: *status_code,
        }),
        K::Reboot {
            reason,
            unexpected,
            pc,
            lr,
            crash_count,
        } => EventKind::Reboot(wit::Reboot {
            reason: *reason,
            unexpected: *unexpected,
            pc: *pc,
            lr: *lr,
            crash_count: *crash_count,
        }),
        K::Logs { records } => EventKind::Logs(
            records
                .iter()
                .map(|r| wit::LogRecord {
                    timestamp_ms: r.timestamp_ms,
                    level: match r.level {
                        model::LogLevel::Debug => wit::LogLevel::Debug,
                        model::LogLevel::Info => wit::LogLevel::Info,
                        model::LogLevel::Warn => wit::LogLevel::Warn,
                        model::LogLevel::Error => wit::LogLevel::Error,
                    },
                    message: r.message.clone(),
                })
                .collect(),
        ),
        K::Coredump {
            arch,
            reason,
            registers,
            regions,
            truncated,
        } => EventKind::Coredump(wit::Coredump {
            arch: match arch {
                model::Architecture::ArmCortexM => wit::Architecture::ArmCortexM,
                model::Architecture::Riscv32 => wit::Architecture::Riscv32,
                model::Architecture::Xtensa => wit::Architecture::Xtensa,
                model::Architecture::Other => wit::Architecture::Other,
            },
            reason: *reason,
            registers: registers
                .iter()
                .map(|r| wit::Register {
                    number: r.number,
                    value: r.value,
                })
                .collect(),
            regions: regions
                .iter()
                .map(|r| wit::MemoryRegion {
                    start: r.start,
                    data: r.data.clone(),
                })
                .collect(),
            truncated: *truncated,
        }),
        K::Custom { type_name, data } => EventKind::Custom(wit::CustomPayload {
            type_name: type_name.clone(),
            data: data.clone(),
        }),
    };
    Event {
        captured_at_ms: e.captured_at_ms,
        kind,
    }
}

/// Cut a plugin's text to `max` bytes on a character boundary.
pub fn truncate(mut s: String, max: usize) -> String {
    if s.len() > max {
        let mut cut = max;
        while !s.is_char_boundary(cut) {
            cut -= 1;
        }
        s.truncate(cut);
        s.push('…');
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ctx() -> model::DeviceContext {
        model::DeviceContext {
            serial: "dev-1".into(),
            ..Default::default()
        }
    }

    fn hb(values: Vec<MetricValue>) -> Event {
        Event {
            captured_at_ms: None,
            kind: EventKind::Heartbeat(wit::Heartbeat {
                duration_ms: 1,
                values,
            }),
        }
    }

    #[test]
    fn output_size_counts_items_and_bytes() {
        let e = hb(vec![MetricValue::Int(1), MetricValue::Text("abcd".into())]);
        assert_eq!(output_size(&[e]), ITEM_COST + 2 * ITEM_COST + 4);
    }

    #[test]
    fn validation_rejects_nonsense() {
        let too_many = hb((0..1025).map(MetricValue::Int).collect());
        assert_eq!(
            validate(&ctx(), &[too_many]),
            Err("heartbeat has 1025 values (limit 1024)".into())
        );
        assert!(validate(&ctx(), &[hb(vec![MetricValue::Float(f64::NAN)])]).is_err());
        let spoof = Event {
            captured_at_ms: None,
            kind: EventKind::Context(wit::DeviceContext {
                serial: "dev-2".into(),
                hardware_version: String::new(),
                software_type: String::new(),
                software_version: String::new(),
                build_id: vec![],
            }),
        };
        assert_eq!(
            validate(&ctx(), &[spoof]),
            Err("context event names another device".into())
        );
        assert_eq!(
            validate(&ctx(), &[hb((0..1024).map(MetricValue::Int).collect())]),
            Ok(())
        );
    }

    #[test]
    fn truncate_respects_char_boundaries() {
        assert_eq!(truncate("héllo".into(), 2), "h…");
        assert_eq!(truncate("abc".into(), 5), "abc");
    }
}
