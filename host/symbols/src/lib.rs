//! Symbol files (ELF with or without DWARF) for crash analysis: validation and build id
//! ([`SymbolFile`]), address → function/file/line with inlined frames ([`Symbolicator`],
//! [`SymbolCache`]), and stack unwinding of Cortex-M coredumps ([`unwind`]).
//!
//! Nothing here trusts its input: a symbol file or a coredump may be truncated, corrupt or
//! hostile, and every failure is an error value or a per-frame status, never a panic.

mod demangle;
pub mod fault;
mod file;
pub mod fingerprint;
mod symbolicate;
pub mod unwind;

pub use file::{Arch, SymbolError, SymbolFile};
pub use symbolicate::{SymbolCache, SymbolFrame, Symbolicator};
