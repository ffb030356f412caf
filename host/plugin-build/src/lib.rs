//! The bundled plugins (`plugins/` workspace), built for `wasm32-wasip2` from source by this
//! crate's build script as part of the normal host build.
//!
//! Depend on this crate (usually as a dev-dependency) to get the path of the built components;
//! the path is absolute and fixed at compile time, so it points into the checkout that built it.

use std::path::{Path, PathBuf};

/// The reference decoder for chunk protocol v1.
pub const DECODER_V1: &str = "faultline_decoder_v1.wasm";
/// The test plugin that misbehaves on request (`[plugin.config] mode = ...`), as a decoder or
/// a symbolicator.
pub const MISBEHAVE: &str = "faultline_misbehave.wasm";
/// The reference symbolicator: names vendor ROM addresses from a granted `nm` symbol map.
pub const ROM_SYMBOLS: &str = "faultline_rom_symbols.wasm";
/// Every bundled component.
pub const ALL: [&str; 3] = [DECODER_V1, MISBEHAVE, ROM_SYMBOLS];

/// The directory holding the built `.wasm` components (absolute).
pub fn plugin_dir() -> &'static Path {
    Path::new(env!("FAULTLINE_PLUGIN_DIR"))
}

/// The path of one bundled component, e.g. `bundled(DECODER_V1)`.
pub fn bundled(name: &str) -> PathBuf {
    plugin_dir().join(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_bundled_component_was_built() {
        assert!(plugin_dir().is_absolute());
        for name in ALL {
            let bytes = std::fs::read(bundled(name)).expect("bundled component is readable");
            // A component (not a core module): magic, then version 0x0d and layer 1.
            assert_eq!(&bytes[..8], b"\0asm\x0d\x00\x01\x00", "{name}");
        }
    }
}
