//! The server's own metrics, rendered in Prometheus text format
