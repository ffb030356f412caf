//! Reference symbolicator: names addresses in a vendor's ROM from a symbol map.
//!
//! A chip vendor ships code in ROM (boot loader, drivers, radio stack) that firmware calls
//! into; the firmware's own ELF cannot name those frames. The vendor (or the operator, from
//! the vendor's ROM ELF) produces a map with `nm -S --defined-only rom.elf`, the operator
//! grants it in plugins.toml and routes the ROM's address range here:
//!
//! ```toml
//! [[plugin]]
//! id = "rom-symbols"
//! kind = "symbolicator"
//! path = "plugins/target/wasm32-wasip2/release/faultline_rom_symbols.wasm"
//! [plugin.route]
//! address_ranges = ["0x00000000-0x0001ffff"]
//! [plugin.files]
//! map = "vendor/rom.nm"
//! [plugin.config]
//! file = "map"          # which granted file is the map (default `map`)
//! ```
//!
//! A frame inside a code symbol is `symbolicated` with the symbol's name (no offset), any other
//! frame `unknown-address`. The map is parsed on the first call and kept by the instance; a
//! map that does not parse, or a file that is not granted, is a `plugin-error::internal` whose
//! text names the file and, for a parse error, the line. The format is in [`map`].

mod map;

use std::cell::RefCell;
use std::rc::Rc;

use bindings::exports::faultline::plugin::symbolicate::Guest;
use bindings::faultline::plugin::host;
use bindings::faultline::plugin::symbol_lookup;
use bindings::faultline::plugin::types::{
    DeviceContext, Frame, FrameStatus, PluginError, SymbolicatedFrame,
};
use map::SymbolMap;

#[allow(unsafe_code)] // the generated canonical-ABI glue
mod bindings {
    wit_bindgen::generate!({
        world: "symbolicator",
        path: "../../wit",
    });

    use super::RomSymbols;
    export!(RomSymbols);
}

struct RomSymbols;

thread_local! {
    /// The parsed map and the granted file it came from.
    static MAP: RefCell<Option<(String, Rc<SymbolMap>)>> = const { RefCell::new(None) };
}

fn symbol_map() -> Result<Rc<SymbolMap>, PluginError> {
    let file = host::config("file").unwrap_or_else(|| "map".to_owned());
    if let Some(map) = MAP.with_borrow(|m| {
        m.as_ref()
            .filter(|(name, _)| *name == file)
            .map(|(_, map)| map.clone())
    }) {
        return Ok(map);
    }
    let bytes = symbol_lookup::granted_file(&file)
        .map_err(|e| PluginError::Internal(format!("rom-symbols: cannot read `{file}`: {e}")))?;
    let map = SymbolMap::parse(&bytes)
        .map(Rc::new)
        .map_err(|e| PluginError::Internal(format!("rom-symbols: symbol map `{file}`: {e}")))?;
    MAP.set(Some((file, map.clone())));
    Ok(map)
}

impl Guest for RomSymbols {
    fn symbolicate(
        _ctx: DeviceContext,
        frames: Vec<Frame>,
    ) -> Result<Vec<SymbolicatedFrame>, PluginError> {
        let map = symbol_map()?;
        Ok(frames
            .iter()
            .map(|f| {
                let function = map.find(f.pc).map(str::to_owned);
                SymbolicatedFrame {
                    pc: f.pc,
                    status: if function.is_some() {
                        FrameStatus::Symbolicated
                    } else {
                        FrameStatus::UnknownAddress
                    },
                    function,
                    file: None,
                    line: None,
                    inlined: false,
                }
            })
            .collect())
    }
}
