//! Protobuf payloads of the standard message types.
//!
//! Field numbers are part of the wire contract (see `sdk-guides/chunk-protocol.md`); every
//! event message reserves field 15 for the device capture time in milliseconds. Integers that
//! may be negative use zigzag (`sint*`); addresses use plain varints.

use prost::Message as _;

use crate::{MAX_MESSAGE_BYTES, message_type, region};

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
    /// How `data` holds the memory: 0 = raw bytes, 1 = words (see [`crate::region`]). A
    /// decoder rejects an encoding it does not know. [`decode`] returns every region raw
    /// (encoding 0), whatever it travelled as.
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
    /// Set by the device when not all the memory it meant to capture is in `regions`: its
    /// coredump storage was too small, or the capture was interrupted (a fault inside the
    /// fault handler).
    #[prost(bool, tag = "5")]
    pub truncated: bool,
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
    #[error("memory region {index}: {error}")]
    BadRegion {
        index: usize,
        error: crate::region::RegionError,
    },
    #[error("memory regions decode to more than {MAX_MESSAGE_BYTES} bytes")]
    CoredumpTooLarge,
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
            let mut core = Coredump::decode(payload).map_err(invalid("coredump"))?;
            decode_regions(&mut core.regions)?;
            Payload::Coredump(core)
        }
        VENDOR_FIRST..=VENDOR_LAST => Payload::Vendor {
            msg_type,
            data: payload.to_vec(),
        },
        other => return Err(DecodeError::Reserved(other)),
    })
}

/// Replace every region's data by the raw memory it encodes. The memory of all regions
/// together is capped at [`MAX_MESSAGE_BYTES`], what raw regions could carry at most, so that
/// an encoded region cannot make a message expand without bound; the cap is checked from the
/// declared lengths before anything is decoded.
fn decode_regions(regions: &mut [Region]) -> Result<(), DecodeError> {
    let bad = |index| move |error| DecodeError::BadRegion { index, error };
    let mut total = 0usize;
    for (index, r) in regions.iter().enumerate() {
        total += match r.encoding {
            region::RAW => r.data.len(),
            region::WORDS => region::decoded_len(&r.data).map_err(bad(index))?.0,
            other => return Err(DecodeError::UnknownEncoding(other)),
        };
        if total > MAX_MESSAGE_BYTES {
            return Err(DecodeError::CoredumpTooLarge);
        }
    }
    for (index, r) in regions.iter_mut().enumerate() {
        if r.encoding != region::RAW {
            r.data = region::decode(r.encoding, r.start, &r.data).map_err(bad(index))?;
            r.encoding = region::RAW;
        }
    }
    Ok(())
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

    fn coredump_with(regions: Vec<Region>) -> Vec<u8> {
        Payload::Coredump(Coredump {
            arch: 0,
            reason: 10,
            registers: vec![1, 2, 3],
            regions,
            truncated: true,
            at_ms: Some(7),
        })
        .encode()
    }

    #[test]
    fn words_regions_decode_to_raw_memory_next_to_raw_ones() {
        let stack: Vec<u8> = [0u32, 5, 0x2000_7e10, 0x0800_1f2f, 0xa5a5_a5a5]
            .iter()
            .flat_map(|w| w.to_le_bytes())
            .chain([0xee, 0xff])
            .collect();
        let payload = coredump_with(vec![
            Region {
                start: 0x2000_7e00,
                data: region::encode_words(0x2000_7e00, &stack),
                encoding: region::WORDS,
            },
            Region {
                start: 0x4000_0000,
                data: vec![9, 8, 7],
                encoding: region::RAW,
            },
        ]);
        let Ok(Payload::Coredump(core)) = decode(0x06, &payload) else {
            panic!("does not decode");
        };
        assert_eq!(
            core.regions,
            [
                Region {
                    start: 0x2000_7e00,
                    data: stack,
                    encoding: region::RAW,
                },
                Region {
                    start: 0x4000_0000,
                    data: vec![9, 8, 7],
                    encoding: region::RAW,
                },
            ]
        );
        assert!(core.truncated);
        assert_eq!(core.registers, [1, 2, 3]);
        assert_eq!(core.at_ms, Some(7));
    }

    #[test]
    fn truncated_is_field_5_and_absent_when_false() {
        let with = coredump_with(Vec::new());
        assert!(with.windows(2).any(|w| w == [0x28, 0x01]), "{with:02x?}");
        let without = Payload::Coredump(Coredump::default()).encode();
        assert!(without.is_empty(), "proto3 omits defaults: {without:02x?}");
        let Ok(Payload::Coredump(core)) = decode(0x06, &[0x28, 0x01]) else {
            panic!("does not decode");
        };
        assert!(core.truncated);
    }

    #[test]
    fn a_bad_words_region_rejects_the_message_and_names_the_region() {
        let payload = coredump_with(vec![
            Region {
                start: 0,
                data: vec![1],
                encoding: region::RAW,
            },
            Region {
                start: 0x2000_0000,
                // 4 bytes declared, one word of tag 3 but only 2 of its bytes.
                data: vec![0x04, 0x03, 0xaa, 0xbb],
                encoding: region::WORDS,
            },
        ]);
        let err = decode(0x06, &payload).expect_err("malformed");
        assert_eq!(
            err,
            DecodeError::BadRegion {
                index: 1,
                error: region::RegionError::Truncated(4)
            }
        );
        assert_eq!(
            err.to_string(),
            "memory region 1: data ends before 4 decoded bytes"
        );
    }

    #[test]
    fn encoded_regions_cannot_expand_a_message_past_the_message_limit() {
        // Each region is 8 KiB of tag bytes on the wire but 128 KiB of memory: 2 fit, 3 do not.
        let zeros = region::encode_words(0, &vec![0; 128 * 1024]);
        let region = Region {
            start: 0,
            data: zeros,
            encoding: region::WORDS,
        };
        let two = coredump_with(vec![region.clone(), region.clone()]);
        assert!(matches!(decode(0x06, &two), Ok(Payload::Coredump(_))));
        let three = coredump_with(vec![region.clone(), region.clone(), region]);
        assert_eq!(decode(0x06, &three), Err(DecodeError::CoredumpTooLarge));
    }
}
