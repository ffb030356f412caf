//! Domain types shared by the Faultline host crates.
//!
//! Each stage of the path of a chunk has its own type: a [`RawRecord`] is what ingest stored,
//! an [`Event`] is what a decoder produced from a reassembled message, and an [`Outcome`] is what
//! happened to each chunk. Types of dependencies (sled, wasmtime bindgen structs) never appear
//! here; the crates that own those dependencies convert at their boundary.

use serde::{Deserialize, Serialize};

pub mod rules;

pub use faultline_protocol::reassembly::Reason as FrameReason;

/// Identifies a project; small and sequential so that it sorts well in storage keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct ProjectId(pub u32);

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Project {
    pub id: ProjectId,
    pub name: String,
    /// Key devices present in the `Faultline-Project-Key` header.
    pub device_key: String,
    /// Keys replaced by a rotation: presenting one is refused with 403, not 401.
    #[serde(default)]
    pub revoked_keys: Vec<String>,
    pub created_ms: u64,
}

/// One HTTP upload as stored in the raw log: the source of truth for everything derived.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RawRecord {
    pub project: ProjectId,
    pub serial: String,
    pub received_ms: u64,
    /// The upload's chunks, each a header byte and data, as sent by the device.
    pub chunks: Vec<Vec<u8>>,
}

/// Position of a chunk in the raw log: the record's sequence number and the chunk's index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct ChunkRef {
    pub seq: u64,
    pub index: u16,
}

/// The software and hardware a device announced, referred to by its context id.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeviceContext {
    pub serial: String,
    pub hardware_version: String,
    pub software_type: String,
    pub software_version: String,
    #[serde(with = "hex_bytes")]
    pub build_id: Vec<u8>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", content = "value", rename_all = "snake_case")]
pub enum MetricValue {
    Int(i64),
    Float(f64),
    Text(String),
    Unset,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LogLevel {
    Debug,
    Info,
    Warn,
    Error,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LogRecord {
    pub timestamp_ms: Option<u64>,
    pub level: LogLevel,
    pub message: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Architecture {
    ArmCortexM,
    Riscv32,
    Xtensa,
    Other,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Register {
    pub number: u16,
    pub value: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemoryRegion {
    pub start: u64,
    #[serde(with = "hex_bytes")]
    pub data: Vec<u8>,
}

/// What a decoder produced from one message.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum EventKind {
    Context(DeviceContext),
    Heartbeat {
        duration_ms: u64,
        values: Vec<MetricValue>,
    },
    Trace {
        reason: u32,
        pc: u32,
        lr: u32,
        status_code: Option<i32>,
    },
    Reboot {
        reason: u32,
        unexpected: bool,
        pc: Option<u32>,
        lr: Option<u32>,
        crash_count: u32,
    },
    Logs {
        records: Vec<LogRecord>,
    },
    Coredump {
        arch: Architecture,
        reason: u32,
        registers: Vec<Register>,
        regions: Vec<MemoryRegion>,
        /// Not all the memory the device meant to capture is in `regions` (its coredump
        /// storage was too small, or the capture was interrupted). Absent in events stored
        /// before the field existed.
        #[serde(default)]
        truncated: bool,
    },
    Custom {
        type_name: String,
        #[serde(with = "hex_bytes")]
        data: Vec<u8>,
    },
}

impl EventKind {
    /// Stable name used for filtering and metrics.
    pub fn name(&self) -> &'static str {
        match self {
            EventKind::Context(_) => "context",
            EventKind::Heartbeat { .. } => "heartbeat",
            EventKind::Trace { .. } => "trace",
            EventKind::Reboot { .. } => "reboot",
            EventKind::Logs { .. } => "logs",
            EventKind::Coredump { .. } => "coredump",
            EventKind::Custom { .. } => "custom",
        }
    }

    pub const NAMES: [&'static str; 7] = [
        "context",
        "heartbeat",
        "trace",
        "reboot",
        "logs",
        "coredump",
        "custom",
    ];
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub captured_at_ms: Option<u64>,
    #[serde(flatten)]
    pub kind: EventKind,
}

/// An event as stored: with where it came from and which plugin made it, so that derived data
/// can be traced back and rebuilt.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoredEvent {
    /// Per-device event number, from 1, in arrival order.
    pub id: u64,
    pub received_ms: u64,
    pub software_version: String,
    /// Plugin id and version that decoded the message.
    pub decoder: String,
    /// The first chunk of the message the event came from.
    pub source: ChunkRef,
    pub event: Event,
}

/// Why a plugin call failed. Names are stable (API, metrics).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PluginFailure {
    /// The guest trapped (panic, unreachable, out-of-bounds access...).
    Trap,
    /// The call ran past its epoch deadline.
    Timeout,
    /// The guest tried to grow memory past its cap.
    MemoryLimit,
    /// The output was larger than the plugin's output cap.
    OutputTooLarge,
    /// The output failed validation (too many values, bad strings...).
    BadOutput,
    /// The plugin returned an `internal` error.
    PluginError,
    /// The circuit breaker disabled the plugin after repeated failures.
    Disabled,
}

impl PluginFailure {
    pub fn as_str(self) -> &'static str {
        match self {
            PluginFailure::Trap => "plugin_trap",
            PluginFailure::Timeout => "plugin_timeout",
            PluginFailure::MemoryLimit => "plugin_memory_limit",
            PluginFailure::OutputTooLarge => "plugin_output_too_large",
            PluginFailure::BadOutput => "plugin_bad_output",
            PluginFailure::PluginError => "plugin_error",
            PluginFailure::Disabled => "plugin_disabled",
        }
    }

    pub const ALL: [PluginFailure; 7] = [
        PluginFailure::Trap,
        PluginFailure::Timeout,
        PluginFailure::MemoryLimit,
        PluginFailure::OutputTooLarge,
        PluginFailure::BadOutput,
        PluginFailure::PluginError,
        PluginFailure::Disabled,
    ];
}

/// What happened to one chunk. Every chunk in the raw log gets exactly one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// Part of a message that decoded into events.
    Accepted,
    /// Dropped because of what the device sent.
    Rejected(RejectReason),
    /// Dropped because of a server-side failure (a plugin), not the device's fault.
    Failed(PluginFailure),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RejectReason {
    Frame(FrameReason),
    /// The decoder said the payload is malformed.
    Malformed,
    /// No plugin is routed for this message type.
    NoDecoder,
    /// The decoder does not handle this message type.
    Unsupported,
}

impl Outcome {
    /// `accepted`, or the stable reason name.
    pub fn reason(&self) -> &'static str {
        match self {
            Outcome::Accepted => "accepted",
            Outcome::Rejected(RejectReason::Frame(r)) => r.as_str(),
            Outcome::Rejected(RejectReason::Malformed) => "malformed_payload",
            Outcome::Rejected(RejectReason::NoDecoder) => "no_decoder",
            Outcome::Rejected(RejectReason::Unsupported) => "unsupported_message",
            Outcome::Failed(f) => f.as_str(),
        }
    }

    pub fn class(&self) -> &'static str {
        match self {
            Outcome::Accepted => "accepted",
            Outcome::Rejected(_) => "rejected",
            Outcome::Failed(_) => "failed",
        }
    }

    /// Every outcome, for pre-registering bounded metric labels.
    pub fn all() -> Vec<Outcome> {
        let mut v = vec![Outcome::Accepted];
        v.extend(
            FrameReason::ALL
                .iter()
                .map(|r| Outcome::Rejected(RejectReason::Frame(*r))),
        );
        v.extend([
            Outcome::Rejected(RejectReason::Malformed),
            Outcome::Rejected(RejectReason::NoDecoder),
            Outcome::Rejected(RejectReason::Unsupported),
        ]);
        v.extend(PluginFailure::ALL.iter().map(|f| Outcome::Failed(*f)));
        v
    }
}

/// A recorded outcome of one chunk, with a human-readable detail for the engineer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutcomeRecord {
    pub chunk: ChunkRef,
    pub outcome: Outcome,
    /// Free text (e.g. the decoder's message); never used as a metric label.
    pub detail: Option<String>,
}

/// Milliseconds since the Unix epoch.
/// The name of a reset reason code (protocol §10.4, also `Coredump.reason`); codes from 128
/// up are the firmware's own.
pub fn reset_reason_name(code: u32) -> String {
    const NAMES: [&str; 16] = [
        "unknown",
        "power_on",
        "pin_reset",
        "software_reset",
        "firmware_update",
        "low_power",
        "brown_out",
        "hardware_watchdog",
        "software_watchdog",
        "assert",
        "hard_fault",
        "bus_fault",
        "mem_fault",
        "usage_fault",
        "stack_overflow",
        "out_of_memory",
    ];
    match NAMES.get(code as usize) {
        Some(n) => (*n).to_string(),
        None if code >= 128 => format!("custom_{code}"),
        None => format!("reason_{code}"),
    }
}

pub fn now_ms() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as u64)
}

mod hex_bytes {
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(bytes: &[u8], s: S) -> Result<S::Ok, S::Error> {
        let mut out = String::with_capacity(bytes.len() * 2);
        for b in bytes {
            out.push_str(&format!("{b:02x}"));
        }
        s.serialize_str(&out)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<u8>, D::Error> {
        let s = String::deserialize(d)?;
        if s.len() % 2 != 0 {
            return Err(serde::de::Error::custom("odd number of hex digits"));
        }
        (0..s.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&s[i..i + 2], 16).map_err(serde::de::Error::custom))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outcome_reasons_are_unique_and_snake_case() {
        let all = Outcome::all();
        let mut names: Vec<_> = all.iter().map(|o| o.reason()).collect();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), all.len());
        assert!(
            names
                .iter()
                .all(|n| n.chars().all(|c| c.is_ascii_lowercase() || c == '_'))
        );
    }

    #[test]
    fn stored_event_json_round_trips() {
        let e = StoredEvent {
            id: 1,
            received_ms: 5,
            software_version: "1.0.0".into(),
            decoder: "decoder-v1@0.1.0".into(),
            source: ChunkRef { seq: 3, index: 0 },
            event: Event {
                captured_at_ms: Some(9),
                kind: EventKind::Custom {
                    type_name: "x".into(),
                    data: vec![0xab, 0x01],
                },
            },
        };
        let json = serde_json::to_value(&e).expect("serialise");
        assert_eq!(json["event"]["type"], "custom");
        assert_eq!(json["event"]["data"], "ab01");
        let back: StoredEvent = serde_json::from_value(json).expect("deserialise");
        assert_eq!(back, e);
    }

    #[test]
    fn coredumps_stored_before_the_truncated_flag_read_as_complete() {
        let old = serde_json::json!({
            "captured_at_ms": null,
            "type": "coredump",
            "arch": "arm_cortex_m",
            "reason": 10,
            "registers": [{"number": 15, "value": 134225710}],
            "regions": [{"start": 536903168, "data": "a5a5"}],
        });
        let e: Event = serde_json::from_value(old).expect("deserialise");
        let EventKind::Coredump {
            truncated, regions, ..
        } = &e.kind
        else {
            panic!("not a coredump: {e:?}");
        };
        assert!(!truncated);
        assert_eq!(regions[0].data, [0xa5, 0xa5]);
        let json = serde_json::to_value(&e).expect("serialise");
        assert_eq!(json["truncated"], false, "always written now");
    }
}
