//! What alert rules and anomaly detectors take and return (the `alert-rule` and
//! `anomaly-detector` worlds of the plugin contract), as plain serde types.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct MetricPoint {
    pub at_ms: u64,
    pub value: f64,
}

/// One metric over a time window: what an alert rule evaluates.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MetricWindow {
    pub metric: String,
    /// Devices the window aggregates (1 for a per-device rule).
    pub device_count: u32,
    pub start_ms: u64,
    pub end_ms: u64,
    pub points: Vec<MetricPoint>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Info,
    Warning,
    Critical,
}

/// What an alert rule raises.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Alert {
    pub severity: Severity,
    pub title: String,
    /// Key that de-duplicates repeated alerts.
    pub fingerprint: String,
}

/// What an anomaly detector reports about a device's events.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    pub severity: Severity,
    /// Stable rule name, e.g. `reboot-storm`.
    pub rule: String,
    pub description: String,
}
