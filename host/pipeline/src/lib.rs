//! The stages after the raw log: reassemble, decode, store — and replay.
//!
//! A single worker tails the raw log from a persisted cursor, up to the durable watermark that
//! the group-commit flusher publishes. For each run of raw records it reassembles chunks per
//! device (the reassembly state lives in the device record), decodes complete messages with the
//! decoder plugin that routing picks, and commits the device records, events, one outcome per
//! finished chunk and the new cursor in one transaction. A crash between commits replays the
//! uncommitted records; decoding is deterministic, so nothing is stored twice.

mod metrics;

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Instant;

use faultline_model::{
    ChunkRef, DeviceContext, Event, EventKind, Outcome, OutcomeRecord, ProjectId, RawRecord,
    RejectReason, StoredEvent,
};
use faultline_protocol::frame::Message;
use faultline_protocol::reassembly::Output;
use faultline_store::{DerivedBatch, DeviceRecord, Store, StoreError};

pub use metrics::PipelineMetrics;

/// Why a decoder produced no events for a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeFailure {
    /// `Rejected` when the message is the device's fault (malformed, unsupported type),
    /// `Failed` when the plugin failed.
    pub outcome: Outcome,
    /// The decoder's or runtime's text, for the engineer (never a metric label).
    pub detail: String,
}

/// The decoding stage as the pipeline sees it; implemented over the plugin runtime by the
/// server, so the pipeline does not depend on wasmtime.
pub trait Decoders: Send + Sync {
    /// Id of the decoder routed for this message, if any.
    fn route(&self, project: &str, msg_type: u8, ctx: &DeviceContext) -> Option<String>;
    /// The events, and the plugin id and version that produced them (recorded on the events).
    /// The label comes with the result because plugins are swapped at run time: the version
    /// that decoded is the one to name, whatever is installed by the time it is recorded.
    fn decode(
        &self,
        plugin: &str,
        ctx: &DeviceContext,
        msg_type: u8,
        payload: &[u8],
    ) -> Result<(Vec<Event>, String), DecodeFailure>;
}

/// Told about every batch once it is committed, with the device records as committed and the
/// raw sequence number processing continues from: for what is derived from events outside the
/// pipeline's own trees (fleet statistics, the search index). Called on the pipeline thread; a
/// replay after a crash may repeat events, so it must be idempotent.
pub trait EventSink: Send + Sync {
    fn committed(
        &self,
        events: &[(ProjectId, String, StoredEvent)],
        devices: &[DeviceRecord],
        cursor: u64,
    );
}

/// Several sinks, told in order.
pub struct Sinks(pub Vec<Arc<dyn EventSink>>);

impl EventSink for Sinks {
    fn committed(
        &self,
        events: &[(ProjectId, String, StoredEvent)],
        devices: &[DeviceRecord],
        cursor: u64,
    ) {
        for s in &self.0 {
            s.committed(events, devices, cursor);
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum PipelineError {
    #[error(transparent)]
    Store(#[from] StoreError),
}

pub struct Pipeline {
    store: Store,
    decoders: Arc<dyn Decoders>,
    metrics: Arc<PipelineMetrics>,
    project_names: HashMap<ProjectId, String>,
    /// Raw records per transaction.
    batch_records: usize,
    sink: Option<Arc<dyn EventSink>>,
}

/// What one pass over the raw log did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    pub records: usize,
    pub chunks: usize,
    pub events: usize,
}

impl Pipeline {
    pub fn new(store: Store, decoders: Arc<dyn Decoders>, metrics: Arc<PipelineMetrics>) -> Self {
        Self {
            store,
            decoders,
            metrics,
            project_names: HashMap::new(),
            batch_records: 256,
            sink: None,
        }
    }

    pub fn with_sink(mut self, sink: Arc<dyn EventSink>) -> Self {
        self.sink = Some(sink);
        self
    }

    pub fn with_batch_records(mut self, n: usize) -> Self {
        self.batch_records = n.max(1);
        self
    }

    /// Process raw records from the cursor up to (excluding) `watermark`.
    pub fn run_until(&mut self, watermark: u64) -> Result<Progress, PipelineError> {
        self.run_until_with(watermark, |_, _| {})
    }

    /// [`run_until`](Self::run_until), calling `progress(cursor, watermark)` after each batch.
    pub fn run_until_with(
        &mut self,
        watermark: u64,
        mut progress: impl FnMut(u64, u64),
    ) -> Result<Progress, PipelineError> {
        let mut total = Progress::default();
        loop {
            let cursor = self.store.cursor()?;
            self.metrics
                .lag_records
                .set(watermark.saturating_sub(cursor));
            if cursor >= watermark {
                return Ok(total);
            }
            let limit = usize::try_from(watermark - cursor)
                .unwrap_or(usize::MAX)
                .min(self.batch_records);
            let records = self.store.raw_from(cursor, limit)?;
            if records.is_empty() {
                return Ok(total);
            }
            let p = self.process(records)?;
            total.records += p.records;
            total.chunks += p.chunks;
            total.events += p.events;
            progress(cursor + p.records as u64, watermark);
        }
    }

    /// Drop all derived data and rebuild it from the raw log.
    pub fn reprocess(&mut self) -> Result<Progress, PipelineError> {
        self.reprocess_with(|_, _| {})
    }

    /// [`reprocess`](Self::reprocess) with a progress callback `(records done, records in all)`.
    pub fn reprocess_with(
        &mut self,
        progress: impl FnMut(u64, u64),
    ) -> Result<Progress, PipelineError> {
        self.store.clear_derived()?;
        let end = self.store.last_raw_seq()?.map_or(0, |s| s + 1);
        let p = self.run_until_with(end, progress)?;
        self.store.flush_derived()?;
        Ok(p)
    }

    fn project_name(&mut self, id: ProjectId) -> Result<String, PipelineError> {
        if let Some(n) = self.project_names.get(&id) {
            return Ok(n.clone());
        }
        let name = self
            .store
            .project(id)?
            .map_or_else(|| format!("#{}", id.0), |p| p.name);
        self.project_names.insert(id, name.clone());
        Ok(name)
    }

    fn process(&mut self, records: Vec<(u64, RawRecord)>) -> Result<Progress, PipelineError> {
        let started = Instant::now();
        let mut devices: HashMap<(ProjectId, String), DeviceRecord> = HashMap::new();
        let mut batch = DerivedBatch::default();
        let mut progress = Progress::default();
        let mut tally: HashMap<Outcome, u64> = HashMap::new();
        for (seq, record) in records {
            batch.cursor = seq + 1;
            progress.records += 1;
            progress.chunks += record.chunks.len();
            let key = (record.project, record.serial.clone());
            if !devices.contains_key(&key) {
                let d = self
                    .store
                    .device(record.project, &record.serial)?
                    .unwrap_or_else(|| {
                        DeviceRecord::new(record.project, &record.serial, record.received_ms)
                    });
                devices.insert(key.clone(), d);
            }
            let project_name = self.project_name(record.project)?;
            let Some(device) = devices.get_mut(&key) else {
                continue;
            };
            self.process_record(seq, &record, &project_name, device, &mut batch, &mut tally);
        }
        progress.events = batch.events.len();
        batch.devices = devices.into_values().collect();
        self.store.commit(&batch)?;
        if let Some(sink) = &self.sink {
            sink.committed(&batch.events, &batch.devices, batch.cursor);
        }
        self.metrics
            .batch_seconds
            .observe_duration(started.elapsed());
        for (outcome, n) in tally {
            self.metrics.record_outcomes(outcome, n);
        }
        for (_, _, e) in &batch.events {
            self.metrics.record_event(e.event.kind.name());
        }
        Ok(progress)
    }

    fn process_record(
        &self,
        seq: u64,
        record: &RawRecord,
        project_name: &str,
        device: &mut DeviceRecord,
        batch: &mut DerivedBatch,
        tally: &mut HashMap<Outcome, u64>,
    ) {
        device.last_seen_ms = device.last_seen_ms.max(record.received_ms);
        device.chunks_received += record.chunks.len() as u64;
        let chunks = record
            .chunks
            .iter()
            .enumerate()
            .map(|(i, c)| {
                (
                    ChunkRef {
                        seq,
                        index: i as u16,
                    },
                    c.as_slice(),
                )
            })
            .collect();
        let outputs = device.reassembly.push_upload(chunks);
        for output in outputs {
            let (chunks, outcome, detail) = match output {
                Output::Rejected { chunks, reason } => {
                    (chunks, Outcome::Rejected(RejectReason::Frame(reason)), None)
                }
                Output::Message { body, chunks } => {
                    let (outcome, detail) =
                        self.decode_message(&body, &chunks, record, project_name, device, batch);
                    (chunks, outcome, detail)
                }
            };
            *device
                .outcome_counts
                .entry(outcome.reason().to_string())
                .or_insert(0) += chunks.len() as u64;
            *tally.entry(outcome).or_insert(0) += chunks.len() as u64;
            // Accepted chunks are counted, and traceable from their events' `source`; a row per
            // chunk is kept for the ones an engineer needs to look at.
            if outcome == Outcome::Accepted {
                continue;
            }
            for chunk in chunks {
                batch.outcomes.push((
                    record.project,
                    record.serial.clone(),
                    OutcomeRecord {
                        chunk,
                        outcome,
                        detail: detail.clone(),
                    },
                ));
            }
        }
    }

    fn decode_message(
        &self,
        body: &[u8],
        chunks: &[ChunkRef],
        record: &RawRecord,
        project_name: &str,
        device: &mut DeviceRecord,
        batch: &mut DerivedBatch,
    ) -> (Outcome, Option<String>) {
        let Some(msg) = Message::parse(body) else {
            return (
                Outcome::Rejected(RejectReason::Frame(faultline_model::FrameReason::BadLength)),
                None,
            );
        };
        let ctx = device
            .contexts
            .get(&msg.context_id)
            .cloned()
            .unwrap_or_else(|| DeviceContext {
                serial: record.serial.clone(),
                ..Default::default()
            });
        let Some(plugin) = self.decoders.route(project_name, msg.msg_type, &ctx) else {
            return (
                Outcome::Rejected(RejectReason::NoDecoder),
                Some(format!(
                    "no decoder routed for message type 0x{:02x}",
                    msg.msg_type
                )),
            );
        };
        let (events, label) = match self
            .decoders
            .decode(&plugin, &ctx, msg.msg_type, msg.payload)
        {
            Ok(decoded) => decoded,
            Err(DecodeFailure { outcome, detail }) => return (outcome, Some(detail)),
        };
        let source = chunks
            .first()
            .copied()
            .unwrap_or(ChunkRef { seq: 0, index: 0 });
        for mut event in events {
            let mut software_version = ctx.software_version.clone();
            if let EventKind::Context(c) = &mut event.kind {
                c.serial = record.serial.clone();
                device.software_type = c.software_type.clone();
                device.software_version = c.software_version.clone();
                device.hardware_version = c.hardware_version.clone();
                device.contexts.insert(msg.context_id, c.clone());
                software_version = c.software_version.clone();
            }
            let id = device.next_event_id;
            device.next_event_id += 1;
            device.events_stored += 1;
            batch.events.push((
                record.project,
                record.serial.clone(),
                StoredEvent {
                    id,
                    received_ms: record.received_ms,
                    software_version,
                    decoder: label.clone(),
                    source,
                    event,
                },
            ));
        }
        (Outcome::Accepted, None)
    }
}

#[cfg(test)]
mod tests;
