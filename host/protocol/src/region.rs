//! Encodings of coredump memory regions (`Coredump.Region.encoding`, spec §10.6).
//!
//! - 0, raw: `data` is the memory as is.
//! - 1, words: `data` = `LEB128(n)` · groups · tail. The `n` decoded bytes are `n / 4`
//!   little-endian 32-bit words and `n % 4` tail bytes. Words go in groups of four (the last
//!   may hold 1–3), each group a tag byte with two bits per word (word `k` in bits `2k..2k+1`)
//!   followed by each word's bytes: tag 0 = the word is 0, no bytes; tag 1 = one byte, the
//!   word's value; tag 2 = two bytes little-endian, the low half of a word whose high half is
//!   that of the region's start address; tag 3 = the four bytes of the word. The tail bytes
//!   follow the groups raw.
//!
//! A stack is mostly zeros, small integers and pointers into the same 64 KiB of RAM as the
//! stack itself, which tags 0–2 shrink to 0–2 bytes. The device SDK (C) implements the same
//! encoder; `tests/fixtures/protocol/coredump_words.bin` pins the bytes.

use crate::MAX_MESSAGE_BYTES;
use crate::frame::{get_varint, put_varint};

/// `encoding` value of a raw region.
pub const RAW: u32 = 0;
/// `encoding` value of a words-encoded region.
pub const WORDS: u32 = 1;
/// Largest decoded size of one words-encoded region, in bytes.
pub const MAX_REGION_BYTES: usize = MAX_MESSAGE_BYTES;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RegionError {
    #[error("region encoding {0} is not defined")]
    UnknownEncoding(u32),
    #[error("decoded length is missing or not a valid LEB128")]
    BadLength,
    #[error("decoded length {0} is over the limit of {MAX_REGION_BYTES} bytes")]
    TooLarge(u64),
    #[error("data ends before {0} decoded bytes")]
    Truncated(usize),
    #[error("{0} bytes left over after the encoded data")]
    TrailingBytes(usize),
    #[error("unused bits of the last tag byte are not 0")]
    UnusedTagBits,
}

/// The high 16 bits that tag 2 takes from the region's start address.
fn high_half(start: u32) -> u32 {
    start & 0xffff_0000
}

/// Encode `raw`, the memory at address `start`, with encoding 1 (words), choosing for each
/// word the first tag that applies in the order 0, 1, 2, 3 (the canonical encoding).
///
/// # Panics
///
/// When `raw` is longer than [`MAX_REGION_BYTES`]: a receiver would reject the result.
pub fn encode_words(start: u32, raw: &[u8]) -> Vec<u8> {
    assert!(
        raw.len() <= MAX_REGION_BYTES,
        "region of {} bytes is over the limit of {MAX_REGION_BYTES}",
        raw.len()
    );
    let words = raw.chunks_exact(4);
    let tail = words.remainder();
    let mut out = Vec::with_capacity(raw.len() + raw.len() / 16 + 4);
    put_varint(&mut out, raw.len() as u64);
    let high = high_half(start);
    let mut group: Vec<u32> = Vec::with_capacity(4);
    let mut words = words.map(|w| u32::from_le_bytes([w[0], w[1], w[2], w[3]]));
    loop {
        group.clear();
        group.extend(words.by_ref().take(4));
        if group.is_empty() {
            break;
        }
        let tag_at = out.len();
        out.push(0);
        let mut tag = 0u8;
        for (k, &w) in group.iter().enumerate() {
            let t = if w == 0 {
                0
            } else if w < 0x100 {
                out.push(w as u8);
                1
            } else if high_half(w) == high {
                out.extend_from_slice(&(w as u16).to_le_bytes());
                2
            } else {
                out.extend_from_slice(&w.to_le_bytes());
                3
            };
            tag |= t << (2 * k);
        }
        out[tag_at] = tag;
    }
    out.extend_from_slice(tail);
    out
}

/// Decode `data` of a region at address `start` encoded with encoding 1 (words). Accepts any
/// valid encoding, not only the canonical one.
pub fn decode_words(start: u32, data: &[u8]) -> Result<Vec<u8>, RegionError> {
    let (n, mut pos) = decoded_len(data)?;
    let mut out = Vec::with_capacity(n);
    let read = |pos: &mut usize, len: usize| take(data, pos, len).ok_or(RegionError::Truncated(n));
    let high = high_half(start);
    let mut words_left = n / 4;
    while words_left > 0 {
        let in_group = words_left.min(4);
        let tag = read(&mut pos, 1)?[0];
        // A short last group leaves the upper bit pairs unused; they must be 0 so that every
        // region has exactly one set of tag bytes per word list.
        if in_group < 4 && tag >> (2 * in_group) != 0 {
            return Err(RegionError::UnusedTagBits);
        }
        for k in 0..in_group {
            let word = match (tag >> (2 * k)) & 0b11 {
                0 => 0,
                1 => u32::from(read(&mut pos, 1)?[0]),
                2 => {
                    let b = read(&mut pos, 2)?;
                    high | u32::from(u16::from_le_bytes([b[0], b[1]]))
                }
                _ => {
                    let b = read(&mut pos, 4)?;
                    u32::from_le_bytes([b[0], b[1], b[2], b[3]])
                }
            };
            out.extend_from_slice(&word.to_le_bytes());
        }
        words_left -= in_group;
    }
    out.extend_from_slice(read(&mut pos, n % 4)?);
    match data.len() - pos {
        0 => Ok(out),
        left => Err(RegionError::TrailingBytes(left)),
    }
}

/// The next `len` bytes of `data` at `*pos`, advancing it.
fn take<'a>(data: &'a [u8], pos: &mut usize, len: usize) -> Option<&'a [u8]> {
    let bytes = data.get(*pos..*pos + len)?;
    *pos += len;
    Some(bytes)
}

/// The decoded length `n` declared at the start of words-encoded `data`, checked against the
/// limit, and the size of its LEB128. Lets a receiver bound the memory of all regions of a
/// message before decoding any.
pub fn decoded_len(data: &[u8]) -> Result<(usize, usize), RegionError> {
    // The limit needs 3 LEB128 bytes; padded encodings are accepted up to u64's 10.
    let (n, len) = get_varint(data, 10).ok_or(RegionError::BadLength)?;
    match usize::try_from(n) {
        Ok(n) if n <= MAX_REGION_BYTES => Ok((n, len)),
        _ => Err(RegionError::TooLarge(n)),
    }
}

/// The raw memory of a region: `data` as is for encoding 0, decoded for encoding 1.
pub fn decode(encoding: u32, start: u32, data: &[u8]) -> Result<Vec<u8>, RegionError> {
    match encoding {
        RAW => Ok(data.to_vec()),
        WORDS => decode_words(start, data),
        other => Err(RegionError::UnknownEncoding(other)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const START: u32 = 0x2000_7e00;

    fn bytes(words: &[u32]) -> Vec<u8> {
        words.iter().flat_map(|w| w.to_le_bytes()).collect()
    }

    /// xorshift32, for deterministic pseudo-random inputs without a dependency.
    fn rng(mut x: u32) -> impl FnMut() -> u32 {
        move || {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            x
        }
    }

    #[test]
    fn every_tag_has_the_specified_bytes() {
        // One group: 0 (tag 0), 0x7f (tag 1), 0x2000_1234 (tag 2: same high half as START),
        // 0x0800_4a3c (tag 3). Tag byte = 0b11_10_01_00.
        let raw = bytes(&[0, 0x7f, 0x2000_1234, 0x0800_4a3c]);
        let enc = encode_words(START, &raw);
        assert_eq!(
            enc,
            [
                0x10, // n = 16
                0xe4, // tags 0, 1, 2, 3 from the least significant bits up
                0x7f, // tag 1
                0x34, 0x12, // tag 2, low half little-endian
                0x3c, 0x4a, 0x00, 0x08, // tag 3
            ]
        );
        assert_eq!(decode_words(START, &enc), Ok(raw));
    }

    #[test]
    fn the_spec_example_is_byte_exact() {
        // `sdk-guides/chunk-protocol.md` §10.6.1: five words and a 2-byte tail.
        let raw: Vec<u8> = bytes(&[0, 0x2a, 0x2000_7e58, 0x0800_1e97, 0xa5a5_a5a5])
            .into_iter()
            .chain([0xa5, 0xa5])
            .collect();
        let enc = encode_words(START, &raw);
        assert_eq!(
            enc,
            [
                0x16, 0xe4, 0x2a, 0x58, 0x7e, 0x97, 0x1e, 0x00, 0x08, 0x03, 0xa5, 0xa5, 0xa5, 0xa5,
                0xa5, 0xa5
            ]
        );
        assert_eq!(decode_words(START, &enc), Ok(raw));
    }

    #[test]
    fn tag_boundaries_are_exact() {
        // 0xff is the largest tag-1 word, 0x100 is not; 0x2000_0000 and 0x2000_ffff are tag 2
        // for a start in 0x2000_xxxx, 0x2001_0000 and 0x1fff_ffff are not.
        let cases: [(u32, u8); 8] = [
            (0, 0),
            (1, 1),
            (0xff, 1),
            (0x100, 3),
            (0x2000_0000, 2),
            (0x2000_ffff, 2),
            (0x2001_0000, 3),
            (0x1fff_ffff, 3),
        ];
        for (w, tag) in cases {
            let enc = encode_words(START, &w.to_le_bytes());
            assert_eq!(enc[1], tag, "word {w:#x}");
            let len = [0, 1, 2, 4][usize::from(tag)];
            assert_eq!(enc.len(), 2 + len, "word {w:#x}");
            assert_eq!(decode_words(START, &enc), Ok(w.to_le_bytes().to_vec()));
        }
    }

    #[test]
    fn a_start_in_the_low_64k_makes_tag_2_cover_16_bit_words() {
        // High half 0: words 0x100..=0xffff take two bytes, the rest keeps its tags.
        let raw = bytes(&[0x100, 0xffff, 0x1_0000, 0x42]);
        let enc = encode_words(0x0000_1000, &raw);
        assert_eq!(
            enc,
            [
                0x10,
                0b01_11_10_10,
                0x00,
                0x01,
                0xff,
                0xff,
                0x00,
                0x00,
                0x01,
                0x00,
                0x42
            ]
        );
        assert_eq!(decode_words(0x0000_1000, &enc), Ok(raw));
    }

    #[test]
    fn short_regions_and_unaligned_tails() {
        let mut next = rng(7);
        for n in 0..=9usize {
            let raw: Vec<u8> = (0..n).map(|_| next() as u8).collect();
            let enc = encode_words(START, &raw);
            assert_eq!(usize::from(enc[0]), n, "length first");
            // The tail bytes are the last n % 4 bytes of the data, raw.
            assert_eq!(enc[enc.len() - n % 4..], raw[n - n % 4..], "n = {n}");
            assert_eq!(decode_words(START, &enc), Ok(raw), "n = {n}");
        }
        assert_eq!(encode_words(START, &[]), [0x00]);
        assert_eq!(encode_words(START, &[1, 2, 3]), [0x03, 1, 2, 3]);
        // Five zero words: a full group and a group of one, then the tail.
        assert_eq!(
            encode_words(START, &[0; 21]),
            [21, 0x00, 0x00, 0x00],
            "two tag bytes, a tail byte"
        );
    }

    #[test]
    fn round_trips_random_memory_of_every_kind() {
        let mut next = rng(0x1234_5678);
        for case in 0..400u32 {
            let start = match case % 4 {
                0 => 0,
                1 => START,
                2 => next(),
                _ => 0xffff_fff0,
            };
            let n = (next() % 300) as usize;
            let raw: Vec<u8> = (0..n.div_ceil(4))
                .flat_map(|_| {
                    let r = next();
                    let w = match r % 5 {
                        0 => 0,
                        1 => r >> 24,
                        2 => high_half(start) | (r >> 16),
                        3 => r,
                        _ => 0xa5a5_a5a5,
                    };
                    w.to_le_bytes()
                })
                .take(n)
                .collect();
            let enc = encode_words(start, &raw);
            assert_eq!(
                decode_words(start, &enc),
                Ok(raw.clone()),
                "case {case}, start {start:#x}, n {n}"
            );
            assert_eq!(decode(WORDS, start, &enc), Ok(raw.clone()));
            // Never more than the raw bytes plus a tag byte per 4 words and the length.
            assert!(enc.len() <= n + n.div_ceil(16) + 3);
        }
    }

    #[test]
    fn the_largest_region_round_trips_and_one_byte_more_is_refused() {
        let raw = vec![0xab; MAX_REGION_BYTES];
        let enc = encode_words(START, &raw);
        assert_eq!(&enc[..3], &[0x80, 0x80, 0x10], "262144 as LEB128");
        assert_eq!(decode_words(START, &enc), Ok(raw));
        let mut too_big = Vec::new();
        put_varint(&mut too_big, MAX_REGION_BYTES as u64 + 1);
        assert_eq!(
            decode_words(START, &too_big),
            Err(RegionError::TooLarge(MAX_REGION_BYTES as u64 + 1))
        );
        // Even with the bytes present: the limit holds before any decoding.
        too_big.extend(std::iter::repeat_n(0, 70_000));
        assert_eq!(
            decode_words(START, &too_big),
            Err(RegionError::TooLarge(MAX_REGION_BYTES as u64 + 1))
        );
    }

    #[test]
    fn non_canonical_encodings_decode() {
        // A zero word sent with tag 3, a small word with tag 2: valid, just longer.
        let data = [0x04, 0b10, 0x05, 0x00];
        assert_eq!(
            decode_words(START, &data),
            Ok(0x2000_0005u32.to_le_bytes().to_vec())
        );
        let data = [0x04, 0b11, 0, 0, 0, 0];
        assert_eq!(decode_words(START, &data), Ok(vec![0; 4]));
        // A padded LEB128 length.
        assert_eq!(decode_words(START, &[0x81, 0x00, 0x09]), Ok(vec![0x09]));
    }

    #[test]
    fn malformed_data_is_rejected() {
        let good = encode_words(START, &bytes(&[0x0800_4a3c, 7, 0, 0x2000_0010, 0x99]));
        assert_eq!(decode_words(START, &good).map(|v| v.len()), Ok(20));
        // Every strict prefix ends early.
        for cut in 0..good.len() {
            let r = decode_words(START, &good[..cut]);
            assert!(
                matches!(r, Err(RegionError::Truncated(_) | RegionError::BadLength)),
                "cut at {cut}: {r:?}"
            );
        }
        assert_eq!(decode_words(START, &[]), Err(RegionError::BadLength));
        assert_eq!(decode_words(START, &[0x80]), Err(RegionError::BadLength));
        // One byte too many, after groups and after a tail.
        let mut long = good.clone();
        long.push(0);
        assert_eq!(
            decode_words(START, &long),
            Err(RegionError::TrailingBytes(1))
        );
        assert_eq!(
            decode_words(START, &[0x01, 0xaa, 0xbb, 0xcc]),
            Err(RegionError::TrailingBytes(2))
        );
        assert_eq!(
            decode_words(START, &[0x00, 0x00]),
            Err(RegionError::TrailingBytes(1))
        );
        // A last group of 1 word whose tag byte sets bits of the unused words 2..4.
        for bad_tag in [0b0000_0100u8, 0b0100_0000, 0b1111_1100] {
            assert_eq!(
                decode_words(START, &[0x04, bad_tag]),
                Err(RegionError::UnusedTagBits),
                "tag {bad_tag:#010b}"
            );
        }
        // A last group of 3 words may use bits 0..6 only.
        assert_eq!(
            decode_words(START, &[0x0c, 0b0100_0000]),
            Err(RegionError::UnusedTagBits)
        );
        assert_eq!(decode_words(START, &[0x0c, 0]), Ok(vec![0; 12]));
        assert_eq!(
            decode(2, START, &good),
            Err(RegionError::UnknownEncoding(2))
        );
        assert_eq!(decode(RAW, START, &good), Ok(good.clone()));
    }
}
