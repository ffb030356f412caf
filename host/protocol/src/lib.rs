//! Faultline chunk protocol v1, as specified in `sdk-guides/chunk-protocol.md`.
//!
//! Three layers, each usable on its own:
//! - [`frame`]: a message (`type`, `context id`, payload) is wrapped with a length and a CRC-16
//!   and cut into chunks of at most N bytes, each with a one-byte header that carries a 6-bit
//!   per-device sequence number; an HTTP upload is a list of length-prefixed chunks.
//! - [`reassembly`] (feature `host`): the server's per-device state machine that turns chunks
//!   back into messages, detecting duplicates, gaps and corruption.
//! - [`events`]: the protobuf payloads of the standard message types (prost, hand-written
//!   descriptors so no `protoc` is needed; the device SDK hand-encodes the same bytes), and
//!   [`region`], the encodings of coredump memory regions.

pub mod crc;
pub mod events;
pub mod frame;
#[cfg(feature = "host")]
pub mod reassembly;
pub mod region;

/// Message types of protocol v1 (the first byte of a message body).
pub mod message_type {
    /// Announces the software/hardware context that later messages refer to by id.
    pub const CONTEXT: u8 = 0x01;
    pub const HEARTBEAT: u8 = 0x02;
    pub const TRACE: u8 = 0x03;
    pub const REBOOT: u8 = 0x04;
    pub const LOGS: u8 = 0x05;
    pub const COREDUMP: u8 = 0x06;
    /// First of the vendor range, `0x40..=0x7f`, routed to vendor decoder plugins.
    pub const VENDOR_FIRST: u8 = 0x40;
    pub const VENDOR_LAST: u8 = 0x7f;

    /// A stable name for a message type, used in routing, metrics and the API.
    pub fn name(t: u8) -> &'static str {
        match t {
            CONTEXT => "context",
            HEARTBEAT => "heartbeat",
            TRACE => "trace",
            REBOOT => "reboot",
            LOGS => "logs",
            COREDUMP => "coredump",
            VENDOR_FIRST..=VENDOR_LAST => "vendor",
            _ => "reserved",
        }
    }
}

/// Largest message body (type + context id + payload) a receiver accepts.
pub const MAX_MESSAGE_BYTES: usize = 256 * 1024;
/// Smallest chunk size (header included) a sender may use.
pub const MIN_CHUNK_BYTES: usize = 8;
