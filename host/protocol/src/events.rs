//! Protobuf payloads of the standard message types.
//!
//! Field numbers are part of the wire contract (see `sdk-guides/chunk-protocol.md`); every
//! event message reserves field 15 for the device capture time in milliseconds. Integers that
//! may be negative use zigzag (`sint*`); addresses use plain varints.

use prost::Message as _;

use crate::message_type;

/// Message type 0x01: what the device runs. Sent once per boot (and after an update), then
/// referred to by the context id in each message header.
#[derive(Clone, PartialEq, prost::Message)]
pub struct Context {
    #[prost(string, tag = "1")]
    pub software_type: String,
    #[prost(string, tag = "2")]
    pub software_version: String,
    #[prost(string, tag = "3")]
    pub hardware_version: String,
    #[prost(bytes = "vec", tag = "4")]
    pub build_id: Vec<u8>,
}

/// Message type 0x02: one heartbeat interval. Values are positional, in the firmware's
/// declaration order: integer metrics first, then string metrics.
#[derive(Clone, PartialEq, prost::Message)]
pub struct Heartbeat {
    #[prost(uint32, tag = "1")]
    pub duration_s: u32,
    #[prost(sint64, repeated, tag = "2")]
    pub values: Vec<i64>,
    #[prost(string, repeated, tag = "3")]
    pub texts: Vec<String>,
    /// Bit i (LSB first, byte by byte) set: integer metric i was not updated in this interval.
    #[prost(bytes = "vec", tag = "4")]
    pub unset: Vec<u8>,
    #[prost(uint64, optional, tag = "15")]
    pub at_ms: Option<u64>,
}

/// Message type 0x03: an error event recorded by firmware.
#[derive(Clone, PartialEq, prost::Message)]
pub struct Trace {
    #[prost(uint32, tag = "1")]
    pub reason: u32,
    #[prost(uint32, tag = "2")]
    pub pc: u32,
    #[prost(uint32, tag = "3")]
    pub lr: u32,
    #[prost(sint32, optional, tag = "4")]
    pub status: Option<i32>,
    #[prost(uint64, optional, tag = "15")]
    pub at_ms: Option<u64>,
}

/// Message type 0x04: the reason of the last reset, sent after boot.
#[derive(Clone, PartialEq, prost::Message)]
pub struct Reboot {
    #[prost(uint32, tag = "1")]
    pub reason: u32,
    #[prost(bool, tag = "2")]
    pub unexpected: bool,
    #[prost(uint32, optional, tag = "3")]
    pub pc: Option<u32>,
    #[prost(uint32, optional, tag = "4")]
    pub lr: Option<u32>,
    #[prost(uint32, tag = "5")]
    pub crash_count: u32,
    #[prost(uint64, optional, tag = "15")]
    pub at_ms: Option<u64>,
}

#[derive(Clone, PartialEq, prost::Message)]
pub struct LogRecord {
    #[prost(uint64, optional, tag = "1")]
    pub at_ms: Option<u64>,
    /// 0 debug, 1 info, 2 warn, 3 error.
    #[prost(uint32, tag = "2")]
    pub level: u32,
    #[prost(string, tag = "3")]
    pub message: String,
}

/// Message type 0x05: a batch of log records.
#[derive(Clone, PartialEq, prost::Message)]
pub struct Logs {
    #[prost(message, repeated, tag = "1")]
    pub records: Vec<LogRecord>,
}

#[derive(Clone, PartialEq, prost::Message)]
pub struct Region {
    #[prost(uint32, tag = "1")]
    pub start: u32,
    #[prost(bytes = "vec", tag = "2")]
    pub data: Vec<u8>,
    /// 0 = raw bytes. Other encodings are defined by later protocol revisions; a decoder
    /// rejects an encoding it does not know.
    #[prost(uint32, tag = "3")]
    pub encoding: u32,
}

/// Message type 0x06: a crash.
#[derive(Clone, PartialEq, prost::Message)]
pub struct Coredump {
    /// 0 = Arm Cortex-M, 1 = RISC-V 32, 2 = Xtensa.
    #[prost(uint32, tag = "1")]
    pub arch: u32,
    #[prost(uint32, tag = "2")]
    pub reason: u32,
    /// Register values indexed by register number (see the WIT `register` record).
    #[prost(uint32, repeated, tag = "3")]
    pub registers: Vec<u32>,
    #[prost(message, repeated, tag = "4")]
    pub regions: Vec<Region>,
    #[prost(uint64, optional, tag = "15")]
    pub at_ms: Option<u64>,
}

/// A decoded standard message.
#[derive(Clone, PartialEq, Debug)]
pub enum Payload {
    Context(Context),
    Heartbeat(Heartbeat),
    Trace(Trace),
    Reboot(Reboot),
    Logs(Logs),
    Coredump(Coredump),
    /// A vendor message type, passed through.
    Vendor {
        msg_type: u8,
        data: Vec<u8>,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    #[error("invalid {what} payload: {detail}")]
    Invalid { what: &'static str, detail: String },
    #[error("message type 0x{0:02x} is reserved")]
    Reserved(u8),
    #[error("memory region encoding {0} is not supported")]
    UnknownEncoding(u32),
    #[error("log level {0} is not defined")]
    UnknownLogLevel(u32),
}

fn invalid(what: &'static str) -> impl FnOnce(prost::DecodeError) -> DecodeError {
    move |e| DecodeError::Invalid {
        what,
        detail: e.to_string(),
    }
}

/// Decode the payload of a message of type `msg_type`.
pub fn decode(msg_type: u8, payload: &[u8]) -> Result<Payload, DecodeError> {
    use message_type::*;
    Ok(match msg_type {
        CONTEXT => Payload::Context(Context::decode(payload).map_err(invalid("context"))?),
        HEARTBEAT => Payload::Heartbeat(Heartbeat::decode(payload).map_err(invalid("heartbeat"))?),
        TRACE => Payload::Trace(Trace::decode(payload).map_err(invalid("trace"))?),
        REBOOT => Payload::Reboot(Reboot::decode(payload).map_err(invalid("reboot"))?),
        LOGS => {
            let logs = Logs::decode(payload).map_err(invalid("logs"))?;
            if let Some(r) = logs.records.iter().find(|r| r.level > 3) {
                return Err(DecodeError::UnknownLogLevel(r.level));
            }
            Payload::Logs(logs)
        }
        COREDUMP => {
            let core = Coredump::decode(payload).map_err(invalid("coredump"))?;
            if let Some(r) = core.regions.iter().find(|r| r.encoding != 0) {
                return Err(DecodeError::UnknownEncoding(r.encoding));
            }
            Payload::Coredump(core)
        }
        VENDOR_FIRST..=VENDOR_LAST => Payload::Vendor {
            msg_type,
            data: payload.to_vec(),
        },
        other => return Err(DecodeError::Reserved(other)),
    })
}

impl Payload {
    /// The message type this payload travels as.
    pub fn msg_type(&self) -> u8 {
        use message_type::*;
        match self {
            Payload::Context(_) => CONTEXT,
            Payload::Heartbeat(_) => HEARTBEAT,
            Payload::Trace(_) => TRACE,
            Payload::Reboot(_) => REBOOT,
            Payload::Logs(_) => LOGS,
            Payload::Coredump(_) => COREDUMP,
            Payload::Vendor { msg_type, .. } => *msg_type,
        }
    }

    /// Protobuf bytes of this payload.
    pub fn encode(&self) -> Vec<u8> {
        match self {
            Payload::Context(m) => m.encode_to_vec(),
            Payload::Heartbeat(m) => m.encode_to_vec(),
            Payload::Trace(m) => m.encode_to_vec(),
            Payload::Reboot(m) => m.encode_to_vec(),
            Payload::Logs(m) => m.encode_to_vec(),
            Payload::Coredump(m) => m.encode_to_vec(),
            Payload::Vendor { data, .. } => data.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heartbeat_round_trips_with_negative_values() {
        let hb = Payload::Heartbeat(Heartbeat {
            duration_s: 3600,
            values: vec![-5, 0, 1 << 40],
            texts: vec!["ok".into()],
            unset: vec![0b10],
            at_ms: Some(99),
        });
        assert_eq!(decode(0x02, &hb.encode()), Ok(hb));
    }

    #[test]
    fn garbage_is_an_error_not_a_panic() {
        assert!(matches!(
            decode(0x02, &[0xff, 0xff, 0xff]),
            Err(DecodeError::Invalid {
                what: "heartbeat",
                ..
            })
        ));
        assert_eq!(decode(0x20, &[]), Err(DecodeError::Reserved(0x20)));
        let core = Payload::Coredump(Coredump {
            regions: vec![Region {
                start: 0,
                data: vec![1],
                encoding: 9,
            }],
            ..Default::default()
        });
        assert_eq!(
            decode(0x06, &core.encode()),
            Err(DecodeError::UnknownEncoding(9))
        );
    }
}
