//! Per-device reassembly of chunks into messages.
//!
//! The state is small and serde-serialisable: the server persists it with the device so that a
//! restart resumes a half-received message. `R` is the caller's reference to a chunk (the
//! server uses its raw-log position) and comes back with every outcome, so that each chunk gets
//! exactly one recorded outcome.

use serde::{Deserialize, Serialize};

use crate::crc::crc16;
use crate::frame::{self, RESYNC, SEQ_MASK, START};
use crate::{MAX_MESSAGE_BYTES, frame::MAX_LENGTH_FIELD_BYTES};

/// Sequence distances `1..WINDOW` ahead of the expected number are gaps (lost chunks); the
/// `64 - WINDOW` numbers behind it are duplicates (retransmissions).
pub const WINDOW: u8 = 32;

/// Why chunks did not make it into a message. Names are stable: they appear in the API and in
/// metrics.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    /// The chunk's sequence number was already received.
    DuplicateChunk,
    /// A chunk of the message never arrived; the received part is discarded.
    MissingChunk,
    /// A continuation chunk arrived with no message in progress.
    OrphanChunk,
    /// The message started again before the previous one was complete.
    IncompleteMessage,
    /// The length field is missing, out of range, or disagrees with the data.
    BadLength,
    /// The message's CRC does not match its bytes.
    BadCrc,
    /// A chunk without even a header byte.
    EmptyChunk,
}

impl Reason {
    pub const ALL: [Reason; 7] = [
        Reason::DuplicateChunk,
        Reason::MissingChunk,
        Reason::OrphanChunk,
        Reason::IncompleteMessage,
        Reason::BadLength,
        Reason::BadCrc,
        Reason::EmptyChunk,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Reason::DuplicateChunk => "duplicate_chunk",
            Reason::MissingChunk => "missing_chunk",
            Reason::OrphanChunk => "orphan_chunk",
            Reason::IncompleteMessage => "incomplete_message",
            Reason::BadLength => "bad_length",
            Reason::BadCrc => "bad_crc",
            Reason::EmptyChunk => "empty_chunk",
        }
    }
}

/// What one pushed chunk produced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Output<R> {
    /// A complete message with a valid CRC: its body (type, context id, payload) and the chunks
    /// it was made of.
    Message { body: Vec<u8>, chunks: Vec<R> },
    /// These chunks are dropped, for this reason.
    Rejected { chunks: Vec<R>, reason: Reason },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct Partial<R> {
    body_len: usize,
    /// Body bytes received so far, followed by the CRC once complete.
    buf: Vec<u8>,
    chunks: Vec<R>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reassembler<R> {
    expected: Option<u8>,
    /// Session id of the sender's current session (from its last RESYNC chunk).
    session: Option<u8>,
    partial: Option<Partial<R>>,
}

impl<R> Default for Reassembler<R> {
    fn default() -> Self {
        Self {
            expected: None,
            session: None,
            partial: None,
        }
    }
}

impl<R> Reassembler<R> {
    /// Sequence number expected next, if any chunk was seen.
    pub fn expected(&self) -> Option<u8> {
        self.expected
    }

    /// Chunks held in an incomplete message.
    pub fn pending_chunks(&self) -> usize {
        self.partial.as_ref().map_or(0, |p| p.chunks.len())
    }

    /// Push the chunks of one upload. Chunks of an upload of at most [`WINDOW`] chunks that
    /// arrive out of order are put back in sequence order first (unless one carries RESYNC).
    pub fn push_upload(&mut self, chunks: Vec<(R, &[u8])>) -> Vec<Output<R>> {
        let mut chunks = chunks;
        if let Some(e) = self.expected {
            let reorderable = chunks.len() <= usize::from(WINDOW)
                && chunks
                    .iter()
                    .all(|(_, c)| c.first().is_some_and(|h| h & RESYNC == 0));
            if reorderable {
                // Behind-the-window (duplicate) chunks sort first; they are rejected anyway.
                chunks.sort_by_key(|(_, c)| {
                    let d = c[0].wrapping_sub(e) & SEQ_MASK;
                    if d >= WINDOW { 0 } else { u16::from(d) + 1 }
                });
            }
        }
        let mut out = Vec::new();
        for (r, c) in chunks {
            self.push(r, c, &mut out);
        }
        out
    }

    /// Push one chunk (header byte + data); outputs are appended to `out`.
    pub fn push(&mut self, r: R, chunk: &[u8], out: &mut Vec<Output<R>>) {
        let Some((&header, data)) = chunk.split_first() else {
            out.push(Output::Rejected {
                chunks: vec![r],
                reason: Reason::EmptyChunk,
            });
            return;
        };
        let seq = header & SEQ_MASK;
        let mut data = data;
        // A RESYNC chunk of the current session is a retransmission, and follows the ordinary
        // sequence rules; one of another session starts afresh.
        let mut new_session = false;
        if header & RESYNC != 0 {
            let Some((&session, rest)) = data.split_first() else {
                out.push(Output::Rejected {
                    chunks: vec![r],
                    reason: Reason::BadLength,
                });
                return;
            };
            data = rest;
            if self.session != Some(session) || self.expected.is_none() {
                new_session = true;
                self.session = Some(session);
            }
        }
        if new_session {
            self.drop_partial(Reason::MissingChunk, out);
        } else if let Some(e) = self.expected {
            let d = seq.wrapping_sub(e) & SEQ_MASK;
            if d >= WINDOW {
                out.push(Output::Rejected {
                    chunks: vec![r],
                    reason: Reason::DuplicateChunk,
                });
                return;
            }
            if d > 0 {
                self.drop_partial(Reason::MissingChunk, out);
            }
        }
        self.expected = Some((seq + 1) & SEQ_MASK);

        if header & START != 0 {
            self.drop_partial(Reason::IncompleteMessage, out);
            let Some((len, n)) = frame::get_varint(data, MAX_LENGTH_FIELD_BYTES) else {
                out.push(Output::Rejected {
                    chunks: vec![r],
                    reason: Reason::BadLength,
                });
                return;
            };
            let body_len = usize::try_from(len).unwrap_or(usize::MAX);
            if !(2..=MAX_MESSAGE_BYTES).contains(&body_len) {
                out.push(Output::Rejected {
                    chunks: vec![r],
                    reason: Reason::BadLength,
                });
                return;
            }
            self.partial = Some(Partial {
                body_len,
                buf: data[n..].to_vec(),
                chunks: vec![r],
            });
        } else {
            match self.partial.as_mut() {
                Some(p) => {
                    p.buf.extend_from_slice(data);
                    p.chunks.push(r);
                }
                None => {
                    out.push(Output::Rejected {
                        chunks: vec![r],
                        reason: Reason::OrphanChunk,
                    });
                    return;
                }
            }
        }
        self.complete_if_done(out);
    }

    fn complete_if_done(&mut self, out: &mut Vec<Output<R>>) {
        let Some(p) = self.partial.as_ref() else {
            return;
        };
        let total = p.body_len + 2;
        if p.buf.len() < total {
            return;
        }
        let Some(p) = self.partial.take() else {
            return;
        };
        if p.buf.len() > total {
            out.push(Output::Rejected {
                chunks: p.chunks,
                reason: Reason::BadLength,
            });
            return;
        }
        let (body, crc) = p.buf.split_at(p.body_len);
        if crc16(body).to_be_bytes() != crc {
            out.push(Output::Rejected {
                chunks: p.chunks,
                reason: Reason::BadCrc,
            });
            return;
        }
        let mut body = p.buf;
        body.truncate(p.body_len);
        out.push(Output::Message {
            body,
            chunks: p.chunks,
        });
    }

    fn drop_partial(&mut self, reason: Reason, out: &mut Vec<Output<R>>) {
        if let Some(p) = self.partial.take() {
            out.push(Output::Rejected {
                chunks: p.chunks,
                reason,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::frame::{Chunker, encode_message};

    fn msg(payload_len: usize, fill: u8) -> Vec<u8> {
        encode_message(0x05, 1, &vec![fill; payload_len])
    }

    fn push_all(r: &mut Reassembler<u32>, chunks: &[(u32, Vec<u8>)]) -> Vec<Output<u32>> {
        r.push_upload(chunks.iter().map(|(i, c)| (*i, c.as_slice())).collect())
    }

    fn numbered(chunks: Vec<Vec<u8>>, from: u32) -> Vec<(u32, Vec<u8>)> {
        chunks
            .into_iter()
            .enumerate()
            .map(|(i, c)| (from + i as u32, c))
            .collect()
    }

    fn body(payload_len: usize, fill: u8) -> Vec<u8> {
        let mut b = vec![0x05, 1];
        b.extend(vec![fill; payload_len]);
        b
    }

    #[test]
    fn in_order_chunks_make_messages() {
        let mut tx = Chunker::new(20, 1);
        let mut chunks = tx.chunk(&msg(40, 7));
        chunks.extend(tx.chunk(&msg(3, 8)));
        let chunks = numbered(chunks, 0);
        let mut rx = Reassembler::default();
        let out = push_all(&mut rx, &chunks);
        assert_eq!(
            out,
            vec![
                Output::Message {
                    body: body(40, 7),
                    chunks: vec![0, 1, 2]
                },
                Output::Message {
                    body: body(3, 8),
                    chunks: vec![3]
                },
            ]
        );
        assert_eq!(rx.pending_chunks(), 0);
    }

    #[test]
    fn duplicate_chunks_are_rejected_once_each() {
        let mut tx = Chunker::new(20, 1);
        let chunks = numbered(tx.chunk(&msg(40, 7)), 0);
        let mut rx = Reassembler::default();
        assert_eq!(push_all(&mut rx, &chunks).len(), 1);
        // The whole upload again, as after a retried HTTP request.
        let again = numbered(chunks.into_iter().map(|(_, c)| c).collect(), 10);
        let out = push_all(&mut rx, &again);
        assert_eq!(
            out,
            (10..13)
                .map(|i| Output::Rejected {
                    chunks: vec![i],
                    reason: Reason::DuplicateChunk
                })
                .collect::<Vec<_>>()
        );
    }

    #[test]
    fn out_of_order_chunks_within_an_upload_are_reordered() {
        let mut tx = Chunker::new(20, 1);
        let first = numbered(tx.chunk(&msg(3, 1)), 0);
        let mut rx = Reassembler::default();
        assert_eq!(push_all(&mut rx, &first).len(), 1);
        let mut chunks = numbered(tx.chunk(&msg(40, 7)), 1);
        chunks.swap(0, 2);
        let out = push_all(&mut rx, &chunks);
        assert_eq!(
            out,
            vec![Output::Message {
                body: body(40, 7),
                chunks: vec![1, 2, 3]
            }]
        );
    }

    #[test]
    fn a_missing_chunk_drops_the_partial_message_and_orphans_its_tail() {
        let mut tx = Chunker::new(20, 1);
        let mut chunks = numbered(tx.chunk(&msg(60, 7)), 0); // 4 chunks
        chunks.extend(numbered(tx.chunk(&msg(3, 8)), 4));
        chunks.remove(1);
        let mut rx = Reassembler::default();
        let out = push_all(&mut rx, &chunks);
        assert_eq!(
            out,
            vec![
                Output::Rejected {
                    chunks: vec![0],
                    reason: Reason::MissingChunk
                },
                Output::Rejected {
                    chunks: vec![2],
                    reason: Reason::OrphanChunk
                },
                Output::Rejected {
                    chunks: vec![3],
                    reason: Reason::OrphanChunk
                },
                Output::Message {
                    body: body(3, 8),
                    chunks: vec![4]
                },
            ]
        );
    }

    #[test]
    fn a_gap_across_uploads_is_a_loss() {
        let mut tx = Chunker::new(20, 1);
        let a = numbered(tx.chunk(&msg(30, 1)), 0); // 2 chunks
        let mut rx = Reassembler::default();
        // Only the first chunk arrives, then the next message.
        push_all(&mut rx, &a[..1]);
        let b = numbered(tx.chunk(&msg(3, 2)), 5);
        let out = push_all(&mut rx, &b);
        assert_eq!(
            out,
            vec![
                Output::Rejected {
                    chunks: vec![0],
                    reason: Reason::MissingChunk
                },
                Output::Message {
                    body: body(3, 2),
                    chunks: vec![5]
                },
            ]
        );
    }

    #[test]
    fn corrupted_bytes_fail_the_crc() {
        let mut tx = Chunker::new(20, 1);
        let mut chunks = numbered(tx.chunk(&msg(30, 1)), 0);
        chunks[1].1[3] ^= 0x10;
        let mut rx = Reassembler::default();
        assert_eq!(
            push_all(&mut rx, &chunks),
            vec![Output::Rejected {
                chunks: vec![0, 1],
                reason: Reason::BadCrc
            }]
        );
    }

    #[test]
    fn resync_after_reboot_discards_partial_state() {
        let mut tx = Chunker::new(20, 1);
        let a = numbered(tx.chunk(&msg(30, 1)), 0);
        let mut rx = Reassembler::default();
        push_all(&mut rx, &a[..1]);
        // The device rebooted: new session, sequence restarts at 0 with RESYNC.
        let mut tx2 = Chunker::new(20, 2);
        let b = numbered(tx2.chunk(&msg(3, 9)), 7);
        assert_eq!(
            push_all(&mut rx, &b),
            vec![
                Output::Rejected {
                    chunks: vec![0],
                    reason: Reason::MissingChunk
                },
                Output::Message {
                    body: body(3, 9),
                    chunks: vec![7]
                },
            ]
        );
    }

    #[test]
    fn bad_lengths_are_rejected() {
        let mut rx = Reassembler::default();
        let mut out = Vec::new();
        rx.push(0u32, &[START, 0x80, 0x80, 0x80, 0x01], &mut out); // varint too long
        rx.push(1, &[START | 1, 0x01, 0x00], &mut out); // body shorter than 2
        rx.push(2, &[START | 2, 0x02, 5, 1, 0, 0, 0xaa], &mut out); // data past the CRC
        rx.push(3, &[], &mut out);
        let reasons: Vec<_> = out
            .iter()
            .map(|o| match o {
                Output::Rejected { reason, .. } => *reason,
                Output::Message { .. } => panic!("no message expected"),
            })
            .collect();
        assert_eq!(
            reasons,
            vec![
                Reason::BadLength,
                Reason::BadLength,
                Reason::BadLength,
                Reason::EmptyChunk
            ]
        );
    }

    #[test]
    fn state_survives_serialisation_mid_message() {
        let mut tx = Chunker::new(20, 1);
        let chunks = numbered(tx.chunk(&msg(40, 7)), 0);
        let mut rx = Reassembler::default();
        push_all(&mut rx, &chunks[..2]);
        let saved = serde_json::to_vec(&rx).expect("serialise");
        let mut rx: Reassembler<u32> = serde_json::from_slice(&saved).expect("deserialise");
        assert_eq!(
            push_all(&mut rx, &chunks[2..]),
            vec![Output::Message {
                body: body(40, 7),
                chunks: vec![0, 1, 2]
            }]
        );
    }
}
