//! Message framing and chunking.
//!
//! Chunk: `header` then data. Header bits: 7 = START (a message begins at the first data byte),
//! 6 = RESYNC (a new sender session: the byte after the header is the session id, and the
//! receiver drops any partial message of an older session and takes this chunk's sequence number
//! as the next expected one), 5..0 = sequence number mod 64.
//!
//! Message on the chunk stream: `LEB128(body length)`, `body` = `type, context id, payload`,
//! then the CRC-16 of the body, big-endian. A message starts in a START chunk and ends exactly
//! at the end of a chunk.

use crate::crc::crc16;
use crate::{MAX_MESSAGE_BYTES, MIN_CHUNK_BYTES};

pub const START: u8 = 0x80;
pub const RESYNC: u8 = 0x40;
pub const SEQ_MASK: u8 = 0x3f;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FrameError {
    #[error("upload body is empty")]
    EmptyBody,
    #[error("chunk {index} length field is truncated")]
    TruncatedLength { index: usize },
    #[error("chunk {index} declares {declared} bytes but only {available} remain in the body")]
    TruncatedChunk {
        index: usize,
        declared: usize,
        available: usize,
    },
    #[error("chunk {index} is empty")]
    EmptyChunk { index: usize },
    #[error("chunk {index} is {len} bytes, over the limit of {max}")]
    ChunkTooLarge {
        index: usize,
        len: usize,
        max: usize,
    },
    #[error("body holds more than {max} chunks")]
    TooManyChunks { max: usize },
}

/// Append an unsigned LEB128 value.
pub fn put_varint(out: &mut Vec<u8>, mut v: u64) {
    loop {
        let byte = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

/// Read an unsigned LEB128 value of at most `max_bytes` bytes (capped at the 10 a u64 needs);
/// returns the value and its length.
pub fn get_varint(data: &[u8], max_bytes: usize) -> Option<(u64, usize)> {
    let mut v: u64 = 0;
    for (i, &b) in data.iter().take(max_bytes.min(10)).enumerate() {
        v |= u64::from(b & 0x7f) << (7 * i);
        if b & 0x80 == 0 {
            return Some((v, i + 1));
        }
    }
    None
}

/// Frame a message: length, body (type, context id, payload), CRC.
pub fn encode_message(msg_type: u8, context_id: u8, payload: &[u8]) -> Vec<u8> {
    let body_len = payload.len() + 2;
    let mut out = Vec::with_capacity(body_len + 5);
    put_varint(&mut out, body_len as u64);
    let body_start = out.len();
    out.push(msg_type);
    out.push(context_id);
    out.extend_from_slice(payload);
    let crc = crc16(&out[body_start..]);
    out.extend_from_slice(&crc.to_be_bytes());
    out
}

/// Cuts framed messages into chunks of at most `mtu` bytes with consecutive sequence numbers.
#[derive(Debug, Clone)]
pub struct Chunker {
    mtu: usize,
    next_seq: u8,
    resync: bool,
    session: u8,
}

impl Chunker {
    /// A new sender session (e.g. one boot of the device): its first chunk carries RESYNC and
    /// `session`, which should differ from the previous session's (a boot counter works).
    pub fn new(mtu: usize, session: u8) -> Self {
        let mut c = Self::resume(mtu, 0, session);
        c.resync = true;
        c
    }

    /// Continue session `session` at `next_seq` without a RESYNC.
    pub fn resume(mtu: usize, next_seq: u8, session: u8) -> Self {
        assert!(mtu >= MIN_CHUNK_BYTES, "mtu below the protocol minimum");
        Self {
            mtu,
            next_seq: next_seq & SEQ_MASK,
            resync: false,
            session,
        }
    }

    pub fn next_seq(&self) -> u8 {
        self.next_seq
    }

    /// Start a new session, e.g. after the sender dropped data it could not deliver.
    pub fn new_session(&mut self, session: u8) {
        self.session = session;
        self.resync = true;
    }

    /// Chunks of one framed message (output of [`encode_message`]).
    pub fn chunk(&mut self, framed: &[u8]) -> Vec<Vec<u8>> {
        let mut chunks = Vec::with_capacity(framed.len().div_ceil(self.mtu - 1) + 1);
        let mut rest = framed;
        let mut first = true;
        while !rest.is_empty() {
            let mut c = Vec::with_capacity(self.mtu);
            let mut header = self.next_seq;
            if first {
                header |= START;
                first = false;
            }
            c.push(header);
            if self.resync {
                c[0] |= RESYNC;
                c.push(self.session);
                self.resync = false;
            }
            let take = rest.len().min(self.mtu - c.len());
            c.extend_from_slice(&rest[..take]);
            rest = &rest[take..];
            self.next_seq = (self.next_seq + 1) & SEQ_MASK;
            chunks.push(c);
        }
        chunks
    }
}

/// Encode chunks as an HTTP upload body: each chunk prefixed by its LEB128 length.
pub fn encode_upload<C: AsRef<[u8]>>(chunks: &[C]) -> Vec<u8> {
    let mut out = Vec::new();
    for c in chunks {
        put_varint(&mut out, c.as_ref().len() as u64);
        out.extend_from_slice(c.as_ref());
    }
    out
}

/// Split an HTTP upload body into chunks, validating only the outer structure.
pub fn decode_upload(
    body: &[u8],
    max_chunk_bytes: usize,
    max_chunks: usize,
) -> Result<Vec<&[u8]>, FrameError> {
    if body.is_empty() {
        return Err(FrameError::EmptyBody);
    }
    let mut chunks = Vec::new();
    let mut rest = body;
    while !rest.is_empty() {
        let index = chunks.len();
        if index == max_chunks {
            return Err(FrameError::TooManyChunks { max: max_chunks });
        }
        let (len, n) = get_varint(rest, 4).ok_or(FrameError::TruncatedLength { index })?;
        let len = usize::try_from(len).unwrap_or(usize::MAX);
        rest = &rest[n..];
        if len == 0 {
            return Err(FrameError::EmptyChunk { index });
        }
        if len > max_chunk_bytes {
            return Err(FrameError::ChunkTooLarge {
                index,
                len,
                max: max_chunk_bytes,
            });
        }
        if len > rest.len() {
            return Err(FrameError::TruncatedChunk {
                index,
                declared: len,
                available: rest.len(),
            });
        }
        let (chunk, tail) = rest.split_at(len);
        chunks.push(chunk);
        rest = tail;
    }
    Ok(chunks)
}

/// A reassembled message body, checked against its CRC.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message<'a> {
    pub msg_type: u8,
    pub context_id: u8,
    pub payload: &'a [u8],
}

impl<'a> Message<'a> {
    /// Split a body (as produced by reassembly) into its parts; `None` if shorter than 2 bytes.
    pub fn parse(body: &'a [u8]) -> Option<Self> {
        match body {
            [msg_type, context_id, payload @ ..] => Some(Self {
                msg_type: *msg_type,
                context_id: *context_id,
                payload,
            }),
            _ => None,
        }
    }
}

/// Upper bound of the length field, in bytes, for [`MAX_MESSAGE_BYTES`].
pub const MAX_LENGTH_FIELD_BYTES: usize = 3;
const _: () = assert!(MAX_MESSAGE_BYTES < 1 << (7 * MAX_LENGTH_FIELD_BYTES));

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn varint_round_trips() {
        for v in [
            0u64,
            1,
            127,
            128,
            300,
            16_383,
            16_384,
            262_144,
            u64::from(u32::MAX),
        ] {
            let mut b = Vec::new();
            put_varint(&mut b, v);
            assert_eq!(get_varint(&b, 10), Some((v, b.len())));
        }
        assert_eq!(get_varint(&[0x80, 0x80], 2), None);
        // A run of continuation bytes longer than a u64 is refused, not a shift overflow.
        assert_eq!(get_varint(&[0xff; 16], 16), None);
    }

    #[test]
    fn chunker_sets_start_resync_and_sequence() {
        let mut c = Chunker::new(20, 0xa5);
        let framed = encode_message(2, 1, &[7u8; 30]);
        let chunks = c.chunk(&framed);
        assert_eq!(chunks.len(), 2); // 1 + 32 + 2 = 35 bytes over 18 + 19 data bytes
        assert_eq!(chunks[0][0], START | RESYNC);
        assert_eq!(chunks[0][1], 0xa5);
        assert_eq!(chunks[0].len() + chunks[1].len(), 35 + 3);
        assert_eq!(chunks[1][0], 1);
        let chunks = c.chunk(&framed);
        assert_eq!(chunks[0][0], START | 2);
    }

    #[test]
    fn sequence_wraps_at_64() {
        let mut c = Chunker::resume(8, 63, 0);
        let chunks = c.chunk(&encode_message(2, 0, &[1, 2, 3, 4, 5, 6, 7, 8]));
        assert_eq!(chunks[0][0] & SEQ_MASK, 63);
        assert_eq!(chunks[1][0] & SEQ_MASK, 0);
    }

    #[test]
    fn upload_round_trips_and_rejects_bad_structure() {
        let body = encode_upload(&[vec![1u8, 2, 3], vec![4u8; 200]]);
        let chunks = decode_upload(&body, 4096, 16).expect("valid body");
        assert_eq!(chunks, vec![&[1u8, 2, 3][..], &[4u8; 200][..]]);
        assert_eq!(decode_upload(&[], 10, 10), Err(FrameError::EmptyBody));
        assert_eq!(
            decode_upload(&[5, 1, 2], 10, 10),
            Err(FrameError::TruncatedChunk {
                index: 0,
                declared: 5,
                available: 2
            })
        );
        assert_eq!(
            decode_upload(&[0], 10, 10),
            Err(FrameError::EmptyChunk { index: 0 })
        );
        assert_eq!(
            decode_upload(&body, 100, 16),
            Err(FrameError::ChunkTooLarge {
                index: 1,
                len: 200,
                max: 100
            })
        );
        assert_eq!(
            decode_upload(&body, 4096, 1),
            Err(FrameError::TooManyChunks { max: 1 })
        );
        assert_eq!(
            decode_upload(&[0x80], 10, 10),
            Err(FrameError::TruncatedLength { index: 0 })
        );
    }
}
