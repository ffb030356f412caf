//! The pipeline's thread: waits for the durable watermark to move, then processes up to it.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use faultline_pipeline::{Decoders, Pipeline, PipelineMetrics};
use faultline_store::Store;

use crate::commit::Watermark;

pub struct Worker {
    stop: Arc<AtomicBool>,
    handle: Option<std::thread::JoinHandle<()>>,
}

impl Worker {
    pub fn start(
        store: Store,
        decoders: Arc<dyn Decoders>,
        metrics: Arc<PipelineMetrics>,
        watermark: Arc<Watermark>,
        batch_records: usize,
    ) -> std::io::Result<Self> {
        let stop = Arc::new(AtomicBool::new(false));
        let handle = {
            let stop = stop.clone();
            std::thread::Builder::new()
                .name("faultline-pipeline".into())
                .spawn(move || {
                    let mut pipeline =
                        Pipeline::new(store, decoders, metrics).with_batch_records(batch_records);
                    let mut done = 0;
                    loop {
                        let target = watermark.get();
                        if target > done {
                            match pipeline.run_until(target) {
                                Ok(_) => done = target,
                                Err(e) => {
                                    tracing::error!(error = %e, "pipeline pass failed; retrying");
                                    std::thread::sleep(Duration::from_millis(500));
                                }
                            }
                        }
                        if stop.load(Ordering::Relaxed) && watermark.get() <= done {
                            break;
                        }
                        watermark.wait_past(done, Duration::from_millis(200));
                    }
                })?
        };
        Ok(Self {
            stop,
            handle: Some(handle),
        })
    }

    /// Finish what is durable, then end the thread.
    pub fn stop(mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(h) = self.handle.take() {
            let _ = h.join();
        }
    }
}
