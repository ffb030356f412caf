//! The work decoder-v1 does, compiled natively: a reference for tests and the baseline of the
//! decode benchmark. Kept in step with `plugins/decoder-v1/src/lib.rs` by the
//! `wasm_decoder_matches_native_reference` test.

use faultline_model::{
    Architecture, DeviceContext, Event, EventKind, LogLevel, LogRecord, MemoryRegion, MetricValue,
    Register,
};
use faultline_protocol::events::{self, Payload};

/// `Err` carries the rejection kind: `"malformed"` or `"unsupported"`.
pub fn decode(
    ctx: &DeviceContext,
    msg_type: u8,
    payload: &[u8],
) -> Result<Vec<Event>, &'static str> {
    let decoded = events::decode(msg_type, payload).map_err(|e| match e {
        events::DecodeError::Reserved(_) => "unsupported",
        _ => "malformed",
    })?;
    let (captured_at_ms, kind) = match decoded {
        Payload::Context(c) => (
            None,
            EventKind::Context(DeviceContext {
                serial: ctx.serial.clone(),
                hardware_version: c.hardware_version,
                software_type: c.software_type,
                software_version: c.software_version,
                build_id: c.build_id,
            }),
        ),
        Payload::Heartbeat(hb) => {
            let unset = |i: usize| hb.unset.get(i / 8).is_some_and(|b| b & (1 << (i % 8)) != 0);
            let mut values = Vec::with_capacity(hb.values.len() + hb.texts.len());
            values.extend(hb.values.iter().enumerate().map(|(i, v)| {
                if unset(i) {
                    MetricValue::Unset
                } else {
                    MetricValue::Int(*v)
                }
            }));
            values.extend(hb.texts.into_iter().map(MetricValue::Text));
            (
                hb.at_ms,
                EventKind::Heartbeat {
                    duration_ms: u64::from(hb.duration_s) * 1000,
                    values,
                },
            )
        }
        Payload::Trace(t) => (
            t.at_ms,
            EventKind::Trace {
                reason: t.reason,
                pc: t.pc,
                lr: t.lr,
                status_code: t.status,
            },
        ),
        Payload::Reboot(r) => (
            r.at_ms,
            EventKind::Reboot {
                reason: r.reason,
                unexpected: r.unexpected,
                pc: r.pc,
                lr: r.lr,
                crash_count: r.crash_count,
            },
        ),
        Payload::Logs(logs) => (
            None,
            EventKind::Logs {
                records: logs
                    .records
                    .into_iter()
                    .map(|r| LogRecord {
                        timestamp_ms: r.at_ms,
                        level: match r.level {
                            0 => LogLevel::Debug,
                            1 => LogLevel::Info,
                            2 => LogLevel::Warn,
                            _ => LogLevel::Error,
                        },
                        message: r.message,
                    })
                    .collect(),
            },
        ),
        Payload::Coredump(core) => (
            core.at_ms,
            EventKind::Coredump {
                arch: match core.arch {
                    0 => Architecture::ArmCortexM,
                    1 => Architecture::Riscv32,
                    2 => Architecture::Xtensa,
                    _ => Architecture::Other,
                },
                reason: core.reason,
                registers: core
                    .registers
                    .iter()
                    .zip(0u16..)
                    .map(|(v, number)| Register {
                        number,
                        value: u64::from(*v),
                    })
                    .collect(),
                regions: core
                    .regions
                    .into_iter()
                    .map(|r| MemoryRegion {
                        start: u64::from(r.start),
                        data: r.data,
                    })
                    .collect(),
                truncated: core.truncated,
            },
        ),
        Payload::Vendor { msg_type, data } => (
            None,
            EventKind::Custom {
                type_name: format!("vendor-0x{msg_type:02x}"),
                data,
            },
        ),
    };
    Ok(vec![Event {
        captured_at_ms,
        kind,
    }])
}
