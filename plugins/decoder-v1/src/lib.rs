//! Reference decoder for Faultline chunk protocol v1.
//!
//! Decodes the protobuf payloads of the standard message types with `faultline-protocol` (the
//! same code the device SDK's encoder is tested against) and maps them to WIT events. Vendor
//! message types `0x40..=0x7f` pass through as `custom` events named `vendor-0xNN`; reserved
//! types are `unsupported`; payloads that do not decode are `malformed` (the device's fault).

use faultline_protocol::events::{self, DecodeError, Payload};

use bindings::exports::faultline::plugin::decode::Guest;
use bindings::faultline::plugin::types::{
    Architecture, Coredump, CustomPayload, DeviceContext, Event, EventKind, Heartbeat, LogLevel,
    LogRecord, MemoryRegion, MetricValue, PluginError, Reboot, Register, TraceEvent,
};

#[allow(unsafe_code)] // the generated canonical-ABI glue
mod bindings {
    wit_bindgen::generate!({
        world: "decoder",
        path: "../../wit",
    });

    use super::Decoder;
    export!(Decoder);
}

struct Decoder;

impl Guest for Decoder {
    fn decode(
        ctx: DeviceContext,
        message_type: u8,
        payload: Vec<u8>,
    ) -> Result<Vec<Event>, PluginError> {
        let decoded = events::decode(message_type, &payload).map_err(|e| match e {
            DecodeError::Reserved(_) => PluginError::Unsupported(e.to_string()),
            other => PluginError::Malformed(other.to_string()),
        })?;
        Ok(vec![to_event(&ctx, decoded)?])
    }
}

fn to_event(ctx: &DeviceContext, payload: Payload) -> Result<Event, PluginError> {
    Ok(match payload {
        Payload::Context(c) => Event {
            captured_at_ms: None,
            kind: EventKind::Context(DeviceContext {
                serial: ctx.serial.clone(),
                hardware_version: c.hardware_version,
                software_type: c.software_type,
                software_version: c.software_version,
                build_id: c.build_id,
            }),
        },
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
            Event {
                captured_at_ms: hb.at_ms,
                kind: EventKind::Heartbeat(Heartbeat {
                    duration_ms: u64::from(hb.duration_s) * 1000,
                    values,
                }),
            }
        }
        Payload::Trace(t) => Event {
            captured_at_ms: t.at_ms,
            kind: EventKind::Trace(TraceEvent {
                reason: t.reason,
                pc: t.pc,
                lr: t.lr,
                status_code: t.status,
            }),
        },
        Payload::Reboot(r) => Event {
            captured_at_ms: r.at_ms,
            kind: EventKind::Reboot(Reboot {
                reason: r.reason,
                unexpected: r.unexpected,
                pc: r.pc,
                lr: r.lr,
                crash_count: r.crash_count,
            }),
        },
        Payload::Logs(logs) => Event {
            captured_at_ms: None,
            kind: EventKind::Logs(
                logs.records
                    .into_iter()
                    .map(|r| LogRecord {
                        timestamp_ms: r.at_ms,
                        level: match r.level {
                            0 => LogLevel::Debug,
                            1 => LogLevel::Info,
                            2 => LogLevel::Warn,
                            // `events::decode` rejects levels above 3.
                            _ => LogLevel::Error,
                        },
                        message: r.message,
                    })
                    .collect(),
            ),
        },
        Payload::Coredump(core) => {
            if core.registers.len() > usize::from(u16::MAX) + 1 {
                return Err(PluginError::Malformed(format!(
                    "coredump has {} registers",
                    core.registers.len()
                )));
            }
            Event {
                captured_at_ms: core.at_ms,
                kind: EventKind::Coredump(Coredump {
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
                    // `events::decode` has already turned every region into raw memory.
                    regions: core
                        .regions
                        .into_iter()
                        .map(|r| MemoryRegion {
                            start: u64::from(r.start),
                            data: r.data,
                        })
                        .collect(),
                    truncated: core.truncated,
                }),
            }
        }
        Payload::Vendor { msg_type, data } => Event {
            captured_at_ms: None,
            kind: EventKind::Custom(CustomPayload {
                type_name: format!("vendor-0x{msg_type:02x}"),
                data,
            }),
        },
    })
}
