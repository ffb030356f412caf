//! What a component is, read from its own type information without running it: the world it
//! implements, the contract version, its imports and what they ask of the host.

use std::path::Path;

use serde::Serialize;
use wit_component::DecodedWasm;
use wit_parser::WorldItem;

use crate::{Kind, KitError, io_err};

/// The package of the plugin contract.
const CONTRACT_PACKAGE: &str = "faultline:plugin";

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ComponentInfo {
    pub size_bytes: u64,
    /// The kinds whose world the component exports (usually one).
    pub kinds: Vec<Kind>,
    /// The contract version of its exports, e.g. `0.1.0`.
    pub contract: Option<String>,
    /// Exported interfaces, e.g. `faultline:plugin/decode@0.1.0`.
    pub exports: Vec<String>,
    /// Imported interfaces, e.g. `faultline:plugin/host@0.1.0`, `wasi:io/streams@0.2.6`.
    pub imports: Vec<String>,
    /// What the imports ask of the host beyond the sandbox every plugin gets (`log`, `config`,
    /// an empty WASI): `symbol-lookup` (symbol files and granted files).
    pub capabilities: Vec<String>,
}

fn interface_kind(name: &str) -> Option<Kind> {
    let rest = name.strip_prefix(CONTRACT_PACKAGE)?.strip_prefix('/')?;
    let iface = rest.split('@').next()?;
    Some(match iface {
        "decode" => Kind::Decoder,
        "symbolicate" => Kind::Symbolicator,
        "alert-evaluate" => Kind::AlertRule,
        "anomaly-inspect" => Kind::AnomalyDetector,
        _ => return None,
    })
}

/// Reads a component file.
pub fn inspect(path: &Path) -> Result<ComponentInfo, KitError> {
    let bytes = std::fs::read(path).map_err(io_err(path))?;
    inspect_bytes(&bytes).map_err(|detail| KitError::Manifest {
        path: path.to_path_buf(),
        detail,
    })
}

/// Reads a component's bytes; the error says why they are not a component.
pub fn inspect_bytes(bytes: &[u8]) -> Result<ComponentInfo, String> {
    if bytes.starts_with(b"\0asm\x01\0\0\0") {
        return Err("not a component: a core WebAssembly module (plugins are components)".into());
    }
    let decoded = wit_component::decode(bytes).map_err(|e| format!("not a component: {e:#}"))?;
    let (resolve, world) = match decoded {
        DecodedWasm::Component(resolve, world) => (resolve, world),
        DecodedWasm::WitPackage(..) => {
            return Err("a WIT package, not a component".into());
        }
    };
    let w = &resolve.worlds[world];
    let name = |key: &wit_parser::WorldKey, item: &WorldItem| match item {
        WorldItem::Interface { id, .. } => resolve
            .id_of(*id)
            .unwrap_or_else(|| resolve.name_world_key(key)),
        WorldItem::Function(f) => f.name.clone(),
        WorldItem::Type { .. } => resolve.name_world_key(key),
    };
    let exports: Vec<String> = w.exports.iter().map(|(k, i)| name(k, i)).collect();
    let imports: Vec<String> = w.imports.iter().map(|(k, i)| name(k, i)).collect();
    let mut kinds: Vec<Kind> = exports.iter().filter_map(|e| interface_kind(e)).collect();
    kinds.dedup();
    let contract = exports
        .iter()
        .filter(|e| interface_kind(e).is_some())
        .find_map(|e| e.split_once('@').map(|(_, v)| v.to_string()));
    let mut capabilities = Vec::new();
    if imports
        .iter()
        .any(|i| i.starts_with("faultline:plugin/symbol-lookup"))
    {
        capabilities.push("symbol-lookup".to_string());
    }
    Ok(ComponentInfo {
        size_bytes: bytes.len() as u64,
        kinds,
        contract,
        exports,
        imports,
        capabilities,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_core_module_is_not_a_component() {
        // The smallest core module: magic and version 1.
        let err = inspect_bytes(b"\0asm\x01\0\0\0").expect_err("core module");
        assert!(err.starts_with("not a component"), "{err}");
        assert!(inspect_bytes(b"garbage").is_err());
    }

    #[test]
    fn contract_interfaces_name_their_kind() {
        assert_eq!(
            interface_kind("faultline:plugin/decode@0.1.0"),
            Some(Kind::Decoder)
        );
        assert_eq!(
            interface_kind("faultline:plugin/anomaly-inspect@0.2.0"),
            Some(Kind::AnomalyDetector)
        );
        assert_eq!(interface_kind("faultline:plugin/host@0.1.0"), None);
        assert_eq!(interface_kind("acme:plugin/decode@0.1.0"), None);
    }
}
