//! Plugin authoring for customers and chip partners: `faultline plugin new` makes a project
//! from a template (one per kind × language), `faultline plugin build` installs the language's
//! toolchain on first use and builds the project into a WebAssembly component.
//!
//! # A plugin project
//!
//! Every template writes the same frame around the language's own files:
//!
//! - `faultline-plugin.toml` ([`ProjectManifest`]): id, kind, language, version, vendor,
//!   contract version, requested capabilities, routing hints. `build` reads it, and a bundle's
//!   manifest is made from it.
//! - `wit/types.wit`: the contract (`faultline:plugin@0.1.0`), copied from this server.
//! - `sample.*`: an input for `faultline plugin test` (a payload for decoders, JSON otherwise).
//! - The build writes `dist/<id>.wasm`.
//!
//! # Toolchains ([`Toolchains`])
//!
//! Nothing is downloaded from outside the package registries. Per language:
//! - Rust: `rustup target add wasm32-wasip2`; crates from crates.io (`rust.rs`).
//! - C: clang 14 with wasi-libc from Debian (apt); bindings and the component wrapping are done
//!   by this crate (`c.rs`).
//! - Python: componentize-py from PyPI in a venv under the toolchain directory (`python.rs`).
//! - JavaScript: jco and componentize-js from npm under the toolchain directory (`js.rs`).
//!
//! Every install step is idempotent: it checks before it installs.

mod c;
pub mod inspect;
mod js;
pub mod manifest;
mod python;
mod rust;
mod templates;
mod toolchain;

use std::fmt;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

pub use inspect::{ComponentInfo, inspect};
pub use manifest::ProjectManifest;
pub use toolchain::Toolchains;

/// The contract every template targets.
pub const CONTRACT: &str = "0.1.0";
/// The WIT of the contract, copied into every new project.
pub const TYPES_WIT: &str = include_str!("../../../wit/types.wit");

/// What a plugin does; one WIT world each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    Decoder,
    Symbolicator,
    AlertRule,
    AnomalyDetector,
}

impl Kind {
    pub const ALL: [Kind; 4] = [
        Kind::Decoder,
        Kind::Symbolicator,
        Kind::AlertRule,
        Kind::AnomalyDetector,
    ];

    /// The name used in `plugins.toml`, `faultline-plugin.toml` and on the command line; also
    /// the template directory's name.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Decoder => "decoder",
            Kind::Symbolicator => "symbolicator",
            Kind::AlertRule => "alert-rule",
            Kind::AnomalyDetector => "anomaly-detector",
        }
    }

    /// The WIT world the plugin implements (same names as the kinds).
    pub fn world(self) -> &'static str {
        self.as_str()
    }

    pub fn parse(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The language a project is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    Rust,
    C,
    Python,
    Js,
}

impl Language {
    pub const ALL: [Language; 4] = [Language::Rust, Language::C, Language::Python, Language::Js];

    /// The name on the command line and the template directory's name.
    pub fn as_str(self) -> &'static str {
        match self {
            Language::Rust => "rust",
            Language::C => "c",
            Language::Python => "python",
            Language::Js => "js",
        }
    }

    pub fn parse(s: &str) -> Option<Language> {
        match s {
            "javascript" => Some(Language::Js),
            _ => Language::ALL.into_iter().find(|l| l.as_str() == s),
        }
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, thiserror::Error)]
pub enum KitError {
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "bad plugin name `{0}`: use 1 to 64 lowercase letters, digits and `-`, starting with a letter"
    )]
    BadName(String),
    #[error("{0} already exists: choose another name or directory")]
    Exists(PathBuf),
    #[error("{path}: {detail}")]
    Manifest { path: PathBuf, detail: String },
    #[error("no {language} template for {kind} plugins")]
    NoTemplate { language: Language, kind: Kind },
    #[error("installing the {language} toolchain failed: {detail}")]
    Toolchain { language: Language, detail: String },
    #[error("building the {language} plugin failed: {detail}")]
    Build { language: Language, detail: String },
}

pub(crate) fn io_err(path: &Path) -> impl FnOnce(std::io::Error) -> KitError + '_ {
    move |source| KitError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// A project being built: its directory, manifest and the toolchains to use.
pub struct Project<'a> {
    pub dir: PathBuf,
    pub manifest: ProjectManifest,
    pub toolchains: &'a Toolchains,
}

impl Project<'_> {
    /// Where the build puts the component.
    pub fn output(&self) -> PathBuf {
        self.dir
            .join("dist")
            .join(format!("{}.wasm", self.manifest.id))
    }
}

/// Checks a plugin name: it becomes the project directory, the plugin id and (with `_`) an
/// identifier in the template's language.
pub fn check_name(name: &str) -> Result<(), KitError> {
    let ok = (1..=64).contains(&name.len())
        && name.starts_with(|c: char| c.is_ascii_lowercase())
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !name.ends_with('-')
        && !name.contains("--");
    if ok {
        Ok(())
    } else {
        Err(KitError::BadName(name.to_string()))
    }
}

/// Creates `parent/name` from the template of `kind` in `language`. Returns the project's
/// directory.
pub fn new_project(
    parent: &Path,
    name: &str,
    kind: Kind,
    language: Language,
) -> Result<PathBuf, KitError> {
    check_name(name)?;
    let dir = parent.join(name);
    if dir.exists() {
        return Err(KitError::Exists(dir));
    }
    templates::write(&dir, name, kind, language)?;
    Ok(dir)
}

/// Installs what `language` needs to build plugins, when it is missing.
pub fn ensure_toolchain(language: Language, toolchains: &Toolchains) -> Result<(), KitError> {
    match language {
        Language::Rust => rust::ensure(toolchains),
        Language::C => c::ensure(toolchains),
        Language::Python => python::ensure(toolchains),
        Language::Js => js::ensure(toolchains),
    }
}

/// Builds the project in `dir` (installing its toolchain first when needed). Returns the
/// component's path, `dir/dist/<id>.wasm`.
pub fn build(dir: &Path, toolchains: &Toolchains) -> Result<PathBuf, KitError> {
    // Absolute: toolchains run in the project's directory with paths into it.
    let dir = &std::fs::canonicalize(dir).map_err(io_err(dir))?;
    let manifest = ProjectManifest::read(dir)?;
    let language = manifest.language;
    ensure_toolchain(language, toolchains)?;
    let project = Project {
        dir: dir.to_path_buf(),
        manifest,
        toolchains,
    };
    let out = project.output();
    if let Some(parent) = out.parent() {
        std::fs::create_dir_all(parent).map_err(io_err(parent))?;
    }
    match language {
        Language::Rust => rust::build(&project)?,
        Language::C => c::build(&project)?,
        Language::Python => python::build(&project)?,
        Language::Js => js::build(&project)?,
    }
    let bytes = std::fs::read(&out).map_err(io_err(&out))?;
    // A component, not a core module: magic, then version 0x0d and layer 1.
    if !bytes.starts_with(b"\0asm\x0d\x00\x01\x00") {
        return Err(KitError::Build {
            language,
            detail: format!("{} is not a WebAssembly component", out.display()),
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_must_be_plain() {
        for ok in ["a", "my-decoder", "acme-rom2"] {
            check_name(ok).expect(ok);
        }
        for bad in ["", "A", "1x", "my_decoder", "x-", "a--b", &"a".repeat(65)] {
            assert!(check_name(bad).is_err(), "{bad}");
        }
    }
}
