//! Group commit: the only writer of the raw log.
//!
//! Handlers hand their upload to the flusher thread and wait. The flusher takes everything
//! queued, gives it consecutive sequence numbers, writes it in one batch, flushes once, and only
//! then answers every waiting handler — so a 202 always means "durable", and many requests share
//! one flush. Because one thread assigns sequence numbers and writes, the raw log has no holes,
//! and the durable watermark it publishes tells the pipeline how far it may read.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{Receiver, SyncSender, TrySendError};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use faultline_model::RawRecord;
use faultline_store::{EncodedRaw, Store};
use faultline_telemetry::{Counter, Histogram};
use tokio::sync::oneshot;

/// Uploads taken per flush at most, to bound the latency of the first one in a burst.
const MAX_BATCH: usize = 4096;

pub struct CommitMetrics {
    pub flush_seconds: Histogram,
    pub uploads_per_flush: Histogram,
    pub flushes: Counter,
    pub flush_errors: Counter,
}

const BATCH_BUCKETS: &[f64] = &[
    1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0, 128.0, 256.0, 1024.0, 4096.0,
];

impl Default for CommitMetrics {
    fn default() -> Self {
        Self {
            flush_seconds: Histogram::latency(),
            uploads_per_flush: Histogram::new(BATCH_BUCKETS),
            flushes: Counter::default(),
            flush_errors: Counter::default(),
        }
    }
}

/// The next raw sequence number that is not yet durable; the pipeline reads below it.
pub struct Watermark {
    value: Mutex<u64>,
    changed: Condvar,
}

impl Watermark {
    pub fn new(v: u64) -> Self {
        Self {
            value: Mutex::new(v),
            changed: Condvar::new(),
        }
    }

    pub fn get(&self) -> u64 {
        *self.value.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn set(&self, v: u64) {
        *self.value.lock().unwrap_or_else(|e| e.into_inner()) = v;
        self.changed.notify_all();
    }

    /// Wait until the watermark passes `seen`, or the timeout.
    pub fn wait_past(&self, seen: u64, timeout: Duration) -> u64 {
        let guard = self.value.lock().unwrap_or_else(|e| e.into_inner());
        let (guard, _) = self
            .changed
            .wait_timeout_while(guard, timeout, |v| *v <= seen)
            .unwrap_or_else(|e| e.into_inner());
        *guard
    }
}

struct Pending {
    record: EncodedRaw,
    done: oneshot::Sender<Result<u64, String>>,
}

#[derive(Debug, thiserror::Error)]
pub enum CommitError {
    #[error("ingest queue is full")]
    QueueFull,
    #[error("ingest is shutting down")]
    Closed,
    #[error("storage failed: {0}")]
    Storage(String),
}

#[derive(Clone)]
pub struct Committer {
    tx: SyncSender<Pending>,
    pub watermark: Arc<Watermark>,
    /// Size of the data directory as last measured by the flusher.
    pub disk_bytes: Arc<AtomicU64>,
    pub metrics: Arc<CommitMetrics>,
}

impl Committer {
    /// Start the flusher thread. Returns the committer and the thread's handle; the thread ends
    /// when every `Committer` clone is dropped, after answering what was queued.
    pub fn start(
        store: Store,
        queue: usize,
    ) -> std::io::Result<(Self, std::thread::JoinHandle<()>)> {
        let next = store.last_raw_seq().ok().flatten().map_or(0, |s| s + 1);
        let (tx, rx) = std::sync::mpsc::sync_channel(queue);
        let watermark = Arc::new(Watermark::new(next));
        let disk_bytes = Arc::new(AtomicU64::new(store.size_on_disk().unwrap_or(0)));
        let metrics = Arc::new(CommitMetrics::default());
        let handle = {
            let watermark = watermark.clone();
            let disk_bytes = disk_bytes.clone();
            let metrics = metrics.clone();
            std::thread::Builder::new()
                .name("faultline-flusher".into())
                .spawn(move || flusher(store, rx, next, &watermark, &disk_bytes, &metrics))?
        };
        Ok((
            Self {
                tx,
                watermark,
                disk_bytes,
                metrics,
            },
            handle,
        ))
    }

    /// Store an upload durably; resolves with its raw sequence number once flushed.
    pub async fn commit(&self, record: RawRecord) -> Result<u64, CommitError> {
        let (done, rx) = oneshot::channel();
        // Encoded here, on the request's thread, so the single writer only inserts.
        let record = EncodedRaw::new(&record);
        match self.tx.try_send(Pending { record, done }) {
            Ok(()) => {}
            Err(TrySendError::Full(_)) => return Err(CommitError::QueueFull),
            Err(TrySendError::Disconnected(_)) => return Err(CommitError::Closed),
        }
        match rx.await {
            Ok(Ok(seq)) => Ok(seq),
            Ok(Err(e)) => Err(CommitError::Storage(e)),
            Err(_) => Err(CommitError::Closed),
        }
    }
}

fn flusher(
    store: Store,
    rx: Receiver<Pending>,
    mut next: u64,
    watermark: &Watermark,
    disk_bytes: &AtomicU64,
    metrics: &CommitMetrics,
) {
    let mut last_size_check = Instant::now();
    // `recv` fails once every sender is gone: that is the shutdown signal.
    while let Ok(first) = rx.recv() {
        let mut batch = vec![first];
        while batch.len() < MAX_BATCH {
            match rx.try_recv() {
                Ok(p) => batch.push(p),
                Err(_) => break,
            }
        }
        let started = Instant::now();
        let count = batch.len();
        let (records, waiters): (Vec<EncodedRaw>, Vec<_>) =
            batch.into_iter().map(|p| (p.record, p.done)).unzip();
        let result = store
            .append_encoded(next, records)
            .and_then(|()| store.flush().map(|_| ()));
        metrics.flush_seconds.observe_duration(started.elapsed());
        metrics.uploads_per_flush.observe(count as f64);
        metrics.flushes.inc();
        match result {
            Ok(()) => {
                let first_seq = next;
                next += count as u64;
                watermark.set(next);
                for (i, done) in waiters.into_iter().enumerate() {
                    let _ = done.send(Ok(first_seq + i as u64));
                }
            }
            Err(e) => {
                // The batch may be partly written: skip its sequence numbers so nothing is
                // overwritten, and tell every waiter it was not stored.
                metrics.flush_errors.inc();
                tracing::error!(error = %e, uploads = count, "raw log write failed");
                next = store
                    .last_raw_seq()
                    .ok()
                    .flatten()
                    .map_or(next + count as u64, |s| s + 1)
                    .max(next);
                for done in waiters {
                    let _ = done.send(Err(e.to_string()));
                }
            }
        }
        if last_size_check.elapsed() >= Duration::from_millis(500) {
            if let Ok(size) = store.size_on_disk() {
                disk_bytes.store(size, Ordering::Relaxed);
            }
            last_size_check = Instant::now();
        }
    }
}
