//! `faultline-plugin.toml`: what a plugin project says about itself.
//!
//! ```toml
//! id = "acme-json"            # the plugin id (also the project directory's name)
//! kind = "decoder"            # decoder | symbolicator | alert-rule | anomaly-detector
//! language = "python"         # rust | c | python | js
//! version = "0.1.0"           # the plugin's own version: MAJOR.MINOR.PATCH
//! vendor = "acme"             # optional: who ships it
//! contract = "0.1.0"          # the faultline:plugin WIT version it implements
//! description = "..."         # optional
//! capabilities = []           # host imports beyond log and config: "symbol-lookup", "file:NAME"
//! [route]                     # optional routing hints, copied to plugins.toml on install
//! message_types = ["0x40"]
//! [test]                      # optional: how `faultline plugin test` feeds `sample.*`
//! message_type = "0x40"
//! ```

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::{CONTRACT, Kind, KitError, Language, io_err};

/// The file name in a project's directory.
pub const FILE: &str = "faultline-plugin.toml";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProjectManifest {
    pub id: String,
    pub kind: Kind,
    pub language: Language,
    pub version: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vendor: Option<String>,
    #[serde(default = "contract")]
    pub contract: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default)]
    pub capabilities: Vec<String>,
    #[serde(default, skip_serializing_if = "RouteHints::is_empty")]
    pub route: RouteHints,
    #[serde(default, skip_serializing_if = "TestInput::is_empty")]
    pub test: TestInput,
}

fn contract() -> String {
    CONTRACT.to_string()
}

/// Routing hints, in `plugins.toml`'s `[plugin.route]` vocabulary.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RouteHints {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub message_types: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub software_types: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub hardware_versions: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub address_ranges: Vec<String>,
}

impl RouteHints {
    pub fn is_empty(&self) -> bool {
        self == &RouteHints::default()
    }
}

/// How `faultline plugin test` feeds the sample input.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TestInput {
    /// Decoders: the message type the sample payload is decoded as (`"0x40"` or a name).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message_type: Option<String>,
}

impl TestInput {
    pub fn is_empty(&self) -> bool {
        self.message_type.is_none()
    }
}

/// `MAJOR.MINOR.PATCH`, each a number.
pub fn check_version(v: &str) -> Result<(), String> {
    let parts: Vec<&str> = v.split('.').collect();
    if parts.len() == 3
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.len() <= 9 && p.bytes().all(|b| b.is_ascii_digit()))
    {
        Ok(())
    } else {
        Err(format!("version `{v}` is not MAJOR.MINOR.PATCH"))
    }
}

impl ProjectManifest {
    /// A new project's manifest.
    pub fn new(id: &str, kind: Kind, language: Language) -> Self {
        ProjectManifest {
            id: id.to_string(),
            kind,
            language,
            version: "0.1.0".into(),
            vendor: None,
            contract: contract(),
            description: None,
            capabilities: Vec::new(),
            route: RouteHints::default(),
            test: TestInput::default(),
        }
    }

    pub fn path(dir: &Path) -> PathBuf {
        dir.join(FILE)
    }

    /// Reads and checks `dir/faultline-plugin.toml`.
    pub fn read(dir: &Path) -> Result<Self, KitError> {
        let path = Self::path(dir);
        let text = std::fs::read_to_string(&path).map_err(io_err(&path))?;
        Self::parse(&text).map_err(|detail| KitError::Manifest { path, detail })
    }

    /// Parses and checks a manifest's text.
    pub fn parse(text: &str) -> Result<Self, String> {
        let m: ProjectManifest = toml::from_str(text).map_err(|e| e.message().to_string())?;
        crate::check_name(&m.id).map_err(|e| e.to_string())?;
        check_version(&m.version)?;
        if m.contract != CONTRACT {
            return Err(format!(
                "contract {} is not one this server carries ({CONTRACT})",
                m.contract
            ));
        }
        for c in &m.capabilities {
            let ok = c == "symbol-lookup"
                || c.strip_prefix("file:").is_some_and(|n| {
                    !n.is_empty()
                        && n.chars()
                            .all(|c| c.is_ascii_alphanumeric() || "._-".contains(c))
                });
            if !ok {
                return Err(format!(
                    "unknown capability `{c}`: use `symbol-lookup` or `file:NAME`"
                ));
            }
        }
        Ok(m)
    }

    pub fn to_toml(&self) -> String {
        toml::to_string(self).unwrap_or_default()
    }

    pub fn write(&self, dir: &Path) -> Result<(), KitError> {
        let path = Self::path(dir);
        std::fs::write(&path, self.to_toml()).map_err(io_err(&path))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn manifests_round_trip_and_bad_ones_say_why() {
        let mut m = ProjectManifest::new("acme-json", Kind::Decoder, Language::Python);
        m.route.message_types = vec!["0x40".into()];
        m.capabilities = vec!["file:map".into()];
        assert_eq!(ProjectManifest::parse(&m.to_toml()), Ok(m.clone()));
        let text = m.to_toml();
        for (from, to, want) in [
            ("0.1.0", "1.2", "not MAJOR.MINOR.PATCH"),
            ("file:map", "network", "unknown capability `network`"),
            ("acme-json", "Acme", "bad plugin name"),
        ] {
            let err = ProjectManifest::parse(&text.replacen(from, to, 1)).expect_err(to);
            assert!(err.contains(want), "{err}");
        }
        let err = ProjectManifest::parse(&format!("{text}colour = \"red\"\n")).expect_err("key");
        assert!(err.contains("colour"), "{err}");
    }
}
