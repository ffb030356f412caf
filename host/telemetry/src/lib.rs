//! The server's own metrics: lock-free counters and fixed-bucket histograms, rendered in
//! Prometheus text format.
//!
//! Names follow `<stage>_<what>_<unit>` and label values are always from a closed set (outcome
//! reasons, status classes, plugin ids from the operator's plugins.toml), never raw error text.

use std::fmt::Write as _;
use std::sync::atomic::{AtomicU64, Ordering};

#[derive(Debug, Default)]
pub struct Counter(AtomicU64);

impl Counter {
    pub fn inc(&self) {
        self.add(1);
    }
    pub fn add(&self, n: u64) {
        self.0.fetch_add(n, Ordering::Relaxed);
    }
    pub fn get(&self) -> u64 {
        self.0.load(Ordering::Relaxed)
    }
}

#[derive(Debug, Default)]
pub struct Gauge(AtomicU64);

impl Gauge {
    pub fn set(&self, v: u64) {
        self.0.store(v, Ordering::Relaxed);
    }
    pub fn get(&self) -> u64 {
        self.0.load(Ordering::Relaxed)
    }
}

/// Latency buckets in seconds, from 10 µs to 1 s.
pub const LATENCY_BUCKETS: &[f64] = &[
    0.00001, 0.00005, 0.0001, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0,
];

#[derive(Debug)]
pub struct Histogram {
    bounds: &'static [f64],
    counts: Vec<AtomicU64>,
    /// Sum of observations in nanoseconds (or units × 1e9), to stay integer.
    sum_nanos: AtomicU64,
    count: AtomicU64,
}

impl Histogram {
    pub fn new(bounds: &'static [f64]) -> Self {
        Self {
            bounds,
            counts: bounds.iter().map(|_| AtomicU64::new(0)).collect(),
            sum_nanos: AtomicU64::new(0),
            count: AtomicU64::new(0),
        }
    }

    pub fn latency() -> Self {
        Self::new(LATENCY_BUCKETS)
    }

    pub fn observe(&self, v: f64) {
        if let Some(i) = self.bounds.iter().position(|b| v <= *b) {
            self.counts[i].fetch_add(1, Ordering::Relaxed);
        }
        self.sum_nanos
            .fetch_add((v * 1e9) as u64, Ordering::Relaxed);
        self.count.fetch_add(1, Ordering::Relaxed);
    }

    pub fn observe_duration(&self, d: std::time::Duration) {
        self.observe(d.as_secs_f64());
    }

    pub fn count(&self) -> u64 {
        self.count.load(Ordering::Relaxed)
    }

    /// Snapshot: cumulative bucket counts, sum, count.
    pub fn snapshot(&self) -> HistogramSnapshot {
        let mut cumulative = Vec::with_capacity(self.bounds.len());
        let mut acc = 0;
        for (b, c) in self.bounds.iter().zip(&self.counts) {
            acc += c.load(Ordering::Relaxed);
            cumulative.push((*b, acc));
        }
        HistogramSnapshot {
            cumulative,
            sum: self.sum_nanos.load(Ordering::Relaxed) as f64 / 1e9,
            count: self.count.load(Ordering::Relaxed),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct HistogramSnapshot {
    /// `(upper bound, observations <= bound)`.
    pub cumulative: Vec<(f64, u64)>,
    pub sum: f64,
    pub count: u64,
}

impl HistogramSnapshot {
    /// The upper bound of the bucket holding the `q`-quantile observation (an estimate no
    /// finer than the buckets); `None` without observations or past the last finite bound.
    pub fn quantile(&self, q: f64) -> Option<f64> {
        if self.count == 0 {
            return None;
        }
        let rank = ((q * self.count as f64).ceil() as u64).max(1);
        self.cumulative
            .iter()
            .find(|(bound, c)| *c >= rank && bound.is_finite())
            .map(|(bound, _)| *bound)
    }
}

/// Builds a Prometheus text exposition.
#[derive(Default)]
pub struct Exposition {
    out: String,
}

fn labels(pairs: &[(&str, &str)], extra: Option<(&str, String)>) -> String {
    let mut parts: Vec<String> = pairs
        .iter()
        .map(|(k, v)| format!("{k}=\"{}\"", escape(v)))
        .collect();
    if let Some((k, v)) = extra {
        parts.push(format!("{k}=\"{v}\""));
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!("{{{}}}", parts.join(","))
    }
}

fn escape(v: &str) -> String {
    v.replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

impl Exposition {
    pub fn new() -> Self {
        Self::default()
    }

    /// Start a metric family.
    pub fn family(&mut self, name: &str, kind: &str, help: &str) -> &mut Self {
        let _ = writeln!(self.out, "# HELP {name} {help}");
        let _ = writeln!(self.out, "# TYPE {name} {kind}");
        self
    }

    pub fn sample(&mut self, name: &str, label_pairs: &[(&str, &str)], value: f64) -> &mut Self {
        let _ = writeln!(self.out, "{name}{} {value}", labels(label_pairs, None));
        self
    }

    pub fn histogram(
        &mut self,
        name: &str,
        label_pairs: &[(&str, &str)],
        h: &HistogramSnapshot,
    ) -> &mut Self {
        for (bound, c) in &h.cumulative {
            let _ = writeln!(
                self.out,
                "{name}_bucket{} {c}",
                labels(label_pairs, Some(("le", format!("{bound}"))))
            );
        }
        let _ = writeln!(
            self.out,
            "{name}_bucket{} {}",
            labels(label_pairs, Some(("le", "+Inf".into()))),
            h.count
        );
        let _ = writeln!(
            self.out,
            "{name}_sum{} {}",
            labels(label_pairs, None),
            h.sum
        );
        let _ = writeln!(
            self.out,
            "{name}_count{} {}",
            labels(label_pairs, None),
            h.count
        );
        self
    }

    pub fn finish(self) -> String {
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn histogram_is_cumulative_and_renders() {
        let h = Histogram::latency();
        h.observe(0.00002);
        h.observe(0.003);
        h.observe(5.0);
        let s = h.snapshot();
        assert_eq!(s.count, 3);
        assert_eq!(s.cumulative[0], (0.00001, 0));
        assert_eq!(s.cumulative[1], (0.00005, 1));
        assert_eq!(s.cumulative.last().map(|c| c.1), Some(2));
        let mut e = Exposition::new();
        e.family("x_seconds", "histogram", "test")
            .histogram("x_seconds", &[("stage", "a\"b")], &s);
        let text = e.finish();
        assert!(text.contains("x_seconds_bucket{stage=\"a\\\"b\",le=\"+Inf\"} 3"));
        assert!(text.contains("x_seconds_count{stage=\"a\\\"b\"} 3"));
    }
}
