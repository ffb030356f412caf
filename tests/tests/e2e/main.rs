//! End-to-end tests in one binary: every test links the whole server, wasmtime included, so
//! one binary (not one per file) keeps the debug build small and links it once.

mod common;

mod access;
mod bridge;
mod bundles;
mod device_posix;
mod durability;
mod errors;
mod example;
mod firmware;
mod fixtures;
mod fleet;
mod golden_config;
mod ingest;
mod issues;
mod metric_names;
mod plugin_cli;
mod plugins_pyjs;
mod reprocess;
mod sandbox;
mod search;
mod simulate;
mod symbolicate_cli;
mod symbols_api;
mod ui;
mod webdriver;
mod zephyr;
