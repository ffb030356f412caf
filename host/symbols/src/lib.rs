//! Symbol files (ELF with or without DWARF) for crash analysis: validation and build id
//! ([`SymbolFile`]), address → function/file/line with inlined frames ([`Symbolicator`],
//! [`SymbolCache`]), stack unwinding of Cortex-M coredumps ([`unwind`]), and the names, kinds
//! and units of a build's heartbeat metrics ([`MetricSchema`], [`metrics_schema`]).
//!
//! Nothing here trusts its input: a symbol file or a coredump may be truncated, corrupt or
//! hostile, and every failure is an error value or a per-frame status, never a panic.

mod demangle;
pub mod fault;
mod file;
pub mod fingerprint;
pub mod metrics_schema;
mod symbolicate;
pub mod unwind;

pub use file::{Arch, SymbolError, SymbolFile};
pub use metrics_schema::{MetricDef, MetricKind, MetricSchema, SchemaError, SchemaSource};
pub use symbolicate::{SymbolCache, SymbolFrame, Symbolicator};
