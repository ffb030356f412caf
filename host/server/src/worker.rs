//! The pipeline's thread: waits for the durable watermark to move, then processes up to it.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use faultline_pipeline::{Decoders, Pipeline, PipelineMetrics};
use faultline_store::Store;

use crate::commit::Watermark;
use crate::jobs::Job;

/// How often derived data is flushed. A crash loses at most this much pipeline work, which is
/// replayed from the raw log on restart.
const DERIVED_FLUSH_INTERVAL: Duration = Duration::from_secs(1);

pub struct Worker {
    stop: Arc<AtomicBool>,
    handle: Option<std::thread::JoinHandle<()>>,
    requests: Arc<Requests>,
}

/// Clears what is derived outside the store (fleet statistics, search index) before a reprocess.
pub type ClearDerived = Box<dyn FnOnce() -> Result<(), String> + Send>;

/// A reprocess asked for while the server runs, done on the pipeline's own thread so that it
/// never races the normal pass.
#[derive(Default)]
pub struct Requests {
    reprocess: std::sync::Mutex<Option<(Arc<Job>, ClearDerived)>>,
}

impl Requests {
    /// Queue a reprocess of the whole raw log with the current plugins: `clear` runs first on
    /// the pipeline thread. False when one is already queued.
    pub fn reprocess(&self, job: Arc<Job>, clear: ClearDerived) -> bool {
        let mut slot = self.reprocess.lock().unwrap_or_else(|e| e.into_inner());
        if slot.is_some() {
            return false;
        }
        *slot = Some((job, clear));
        true
    }

    fn take(&self) -> Option<(Arc<Job>, ClearDerived)> {
        self.reprocess
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .take()
    }
}

impl Worker {
    pub fn start(
        store: Store,
        decoders: Arc<dyn Decoders>,
        metrics: Arc<PipelineMetrics>,
        watermark: Arc<Watermark>,
        batch_records: usize,
        sink: Arc<dyn faultline_pipeline::EventSink>,
        after_pass: Arc<dyn Fn() + Send + Sync>,
    ) -> std::io::Result<Self> {
        let stop = Arc::new(AtomicBool::new(false));
        let requests = Arc::new(Requests::default());
        let handle = {
            let stop = stop.clone();
            let requests = requests.clone();
            std::thread::Builder::new()
                .name("faultline-pipeline".into())
                .spawn(move || {
                    lower_priority();
                    let mut pipeline = Pipeline::new(store.clone(), decoders, metrics)
                        .with_batch_records(batch_records)
                        .with_sink(sink);
                    let mut done = 0;
                    let mut flushed_at = std::time::Instant::now();
                    loop {
                        if let Some((job, clear)) = requests.take() {
                            let r = clear().and_then(|()| {
                                pipeline
                                    .reprocess_with(|done, total| {
                                        job.set_total(total);
                                        job.set_done(done);
                                    })
                                    .map_err(|e| e.to_string())
                            });
                            match &r {
                                Ok(p) => tracing::info!(
                                    records = p.records,
                                    events = p.events,
                                    "reprocess done"
                                ),
                                Err(e) => tracing::error!(error = %e, "reprocess failed"),
                            }
                            job.finish(r.map(|p| {
                                format!(
                                    "reprocessed {} raw records into {} events",
                                    p.records, p.events
                                )
                            }));
                            done = store.cursor().unwrap_or(done);
                            after_pass();
                        }
                        let target = watermark.get();
                        if target > done {
                            match pipeline.run_until(target) {
                                Ok(_) => {
                                    done = target;
                                    after_pass();
                                }
                                Err(e) => {
                                    tracing::error!(error = %e, "pipeline pass failed; retrying");
                                    std::thread::sleep(Duration::from_millis(500));
                                }
                            }
                        }
                        if flushed_at.elapsed() >= DERIVED_FLUSH_INTERVAL {
                            if let Err(e) = store.flush_derived() {
                                tracing::warn!(error = %e, "derived data flush failed");
                            }
                            flushed_at = std::time::Instant::now();
                        }
                        if stop.load(Ordering::Relaxed) && watermark.get() <= done {
                            let _ = store.flush_derived();
                            break;
                        }
                        watermark.wait_past(done, Duration::from_millis(200));
                    }
                })?
        };
        Ok(Self {
            stop,
            handle: Some(handle),
            requests,
        })
    }

    /// Where reprocess requests go.
    pub fn requests(&self) -> Arc<Requests> {
        self.requests.clone()
    }

    /// Finish what is durable, then end the thread.
    pub fn stop(mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(h) = self.handle.take() {
            let _ = h.join();
        }
    }
}

/// Ingest has priority over the pipeline: acknowledging data is what devices wait for, and the
/// raw log absorbs the pipeline's lag. On Linux, give this thread a nice value of 10 so that
/// under CPU pressure the scheduler favours the HTTP and flusher threads.
#[cfg(target_os = "linux")]
#[allow(unsafe_code)]
fn lower_priority() {
    // SAFETY: gettid and setpriority take no pointers and only affect the calling thread.
    let rc = unsafe {
        let tid = libc::syscall(libc::SYS_gettid) as libc::id_t;
        libc::setpriority(libc::PRIO_PROCESS, tid, 10)
    };
    if rc != 0 {
        tracing::debug!("could not lower the pipeline thread's priority");
    }
}

#[cfg(not(target_os = "linux"))]
fn lower_priority() {}
