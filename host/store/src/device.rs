use std::collections::BTreeMap;

use faultline_model::{ChunkRef, DeviceContext, ProjectId};
use faultline_protocol::reassembly::Reassembler;
use serde::{Deserialize, Serialize};

/// Everything the server keeps about one device, derived from the raw log.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DeviceRecord {
    pub project: ProjectId,
    pub serial: String,
    pub first_seen_ms: u64,
    pub last_seen_ms: u64,
    /// From the most recent context the device announced.
    pub software_type: String,
    pub software_version: String,
    pub hardware_version: String,
    /// Contexts by the 1-byte id the device gave them.
    pub contexts: BTreeMap<u8, DeviceContext>,
    /// Chunk outcomes by reason (`accepted`, `bad_crc`, ...).
    pub outcome_counts: BTreeMap<String, u64>,
    pub chunks_received: u64,
    pub events_stored: u64,
    /// Id the next stored event gets.
    pub next_event_id: u64,
    /// Half-received message and sequence state; survives restarts.
    pub reassembly: Reassembler<ChunkRef>,
}

impl DeviceRecord {
    pub fn new(project: ProjectId, serial: &str, now_ms: u64) -> Self {
        Self {
            project,
            serial: serial.to_string(),
            first_seen_ms: now_ms,
            last_seen_ms: now_ms,
            software_type: String::new(),
            software_version: String::new(),
            hardware_version: String::new(),
            contexts: BTreeMap::new(),
            outcome_counts: BTreeMap::new(),
            chunks_received: 0,
            events_stored: 0,
            next_event_id: 1,
            reassembly: Reassembler::default(),
        }
    }
}
