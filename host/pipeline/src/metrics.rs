use std::collections::HashMap;

use faultline_model::{EventKind, Outcome};
use faultline_telemetry::{Counter, Exposition, Gauge, Histogram};

/// Pipeline self-telemetry; every label value comes from a closed set.
pub struct PipelineMetrics {
    outcomes: HashMap<Outcome, Counter>,
    events: HashMap<&'static str, Counter>,
    pub batch_seconds: Histogram,
    /// Durable raw records not yet processed.
    pub lag_records: Gauge,
}

impl Default for PipelineMetrics {
    fn default() -> Self {
        Self {
            outcomes: Outcome::all()
                .into_iter()
                .map(|o| (o, Counter::default()))
                .collect(),
            events: EventKind::NAMES
                .iter()
                .map(|n| (*n, Counter::default()))
                .collect(),
            batch_seconds: Histogram::latency(),
            lag_records: Gauge::default(),
        }
    }
}

impl PipelineMetrics {
    pub fn record_outcomes(&self, o: Outcome, n: u64) {
        if let Some(c) = self.outcomes.get(&o) {
            c.add(n);
        }
    }

    pub fn record_event(&self, kind: &str) {
        if let Some(c) = self.events.get(kind) {
            c.inc();
        }
    }

    pub fn outcome_count(&self, o: Outcome) -> u64 {
        self.outcomes.get(&o).map_or(0, Counter::get)
    }

    pub fn render(&self, e: &mut Exposition) {
        e.family(
            "pipeline_chunks_total",
            "counter",
            "Chunks by recorded outcome (accepted, rejected, failed) and reason.",
        );
        let mut outcomes: Vec<_> = self.outcomes.iter().collect();
        outcomes.sort_by_key(|(o, _)| o.reason());
        for (o, c) in outcomes {
            e.sample(
                "pipeline_chunks_total",
                &[("outcome", o.class()), ("reason", o.reason())],
                c.get() as f64,
            );
        }
        e.family("pipeline_events_total", "counter", "Events stored by kind.");
        let mut events: Vec<_> = self.events.iter().collect();
        events.sort_by_key(|(k, _)| **k);
        for (k, c) in events {
            e.sample("pipeline_events_total", &[("kind", k)], c.get() as f64);
        }
        e.family(
            "pipeline_batch_seconds",
            "histogram",
            "Time to process and commit one batch of raw records.",
        );
        e.histogram(
            "pipeline_batch_seconds",
            &[],
            &self.batch_seconds.snapshot(),
        );
        e.family(
            "pipeline_queue_depth_records",
            "gauge",
            "Durable raw records waiting for the pipeline.",
        );
        e.sample(
            "pipeline_queue_depth_records",
            &[],
            self.lag_records.get() as f64,
        );
    }
}
