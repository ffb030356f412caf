//! Builds the bundled plugins (plugins/ workspace, wasm32-wasip2) from source as part of the normal build
