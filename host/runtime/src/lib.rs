//! The Faultline plugin engine (wasmtime component model)
