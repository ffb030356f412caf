//! Key and value codecs. Keys are big-endian so that sled's byte order is numeric order.

use faultline_model::{ChunkRef, ProjectId, RawRecord};

use crate::{Result, StoreError};

pub fn u64_be(b: &[u8]) -> Result<u64> {
    let arr: [u8; 8] = b
        .try_into()
        .map_err(|_| StoreError::Corrupt(format!("expected 8 bytes, found {}", b.len())))?;
    Ok(u64::from_be_bytes(arr))
}

pub fn u32_be(b: &[u8]) -> Result<u32> {
    let arr: [u8; 4] = b
        .try_into()
        .map_err(|_| StoreError::Corrupt(format!("expected 4 bytes, found {}", b.len())))?;
    Ok(u32::from_be_bytes(arr))
}

/// `project | serial`: serials are validated at ingest to exclude 0, which ends them in
/// longer keys.
pub fn device_key(project: ProjectId, serial: &str) -> Vec<u8> {
    let mut k = Vec::with_capacity(4 + serial.len());
    k.extend_from_slice(&project.0.to_be_bytes());
    k.extend_from_slice(serial.as_bytes());
    k
}

/// `project | serial | 0`: the prefix of a device's events and outcomes.
pub fn device_prefix(project: ProjectId, serial: &str) -> Vec<u8> {
    let mut k = device_key(project, serial);
    k.push(0);
    k
}

pub fn event_key(project: ProjectId, serial: &str, id: u64) -> Vec<u8> {
    let mut k = device_prefix(project, serial);
    k.extend_from_slice(&id.to_be_bytes());
    k
}

pub fn outcome_key(project: ProjectId, serial: &str, c: ChunkRef) -> Vec<u8> {
    let mut k = device_prefix(project, serial);
    k.extend_from_slice(&c.seq.to_be_bytes());
    k.extend_from_slice(&c.index.to_be_bytes());
    k
}

/// Raw record: project u32, received_ms u64, serial length u16 + bytes, chunk count u16, then
/// each chunk as length u32 + bytes. Hand-rolled: this is the hot write path.
pub fn encode_raw(r: &RawRecord) -> Vec<u8> {
    let size = 16 + r.serial.len() + r.chunks.iter().map(|c| c.len() + 4).sum::<usize>();
    let mut out = Vec::with_capacity(size);
    out.extend_from_slice(&r.project.0.to_be_bytes());
    out.extend_from_slice(&r.received_ms.to_be_bytes());
    out.extend_from_slice(&(r.serial.len() as u16).to_be_bytes());
    out.extend_from_slice(r.serial.as_bytes());
    out.extend_from_slice(&(r.chunks.len() as u16).to_be_bytes());
    for c in &r.chunks {
        out.extend_from_slice(&(c.len() as u32).to_be_bytes());
        out.extend_from_slice(c);
    }
    out
}

struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8]> {
        if self.0.len() < n {
            return Err(StoreError::Corrupt("raw record truncated".into()));
        }
        let (a, b) = self.0.split_at(n);
        self.0 = b;
        Ok(a)
    }
    fn u16(&mut self) -> Result<u16> {
        let b = self.take(2)?;
        Ok(u16::from_be_bytes([b[0], b[1]]))
    }
}

pub fn decode_raw(v: &[u8]) -> Result<RawRecord> {
    let mut r = Reader(v);
    let project = ProjectId(u32_be(r.take(4)?)?);
    let received_ms = u64_be(r.take(8)?)?;
    let n = usize::from(r.u16()?);
    let serial = std::str::from_utf8(r.take(n)?)
        .map_err(|e| StoreError::Corrupt(e.to_string()))?
        .to_string();
    let count = usize::from(r.u16()?);
    let mut chunks = Vec::with_capacity(count);
    for _ in 0..count {
        let len = u32_be(r.take(4)?)? as usize;
        chunks.push(r.take(len)?.to_vec());
    }
    if !r.0.is_empty() {
        return Err(StoreError::Corrupt("raw record has trailing bytes".into()));
    }
    Ok(RawRecord {
        project,
        serial,
        received_ms,
        chunks,
    })
}
