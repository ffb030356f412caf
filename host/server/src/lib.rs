//! The Faultline server: HTTP API, ingest with group commit, CLI
