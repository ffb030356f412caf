//! JavaScript plugins: jco and componentize-js from npm, installed under the toolchain
//! directory.
//!
//! componentize-js embeds the StarlingMonkey engine (SpiderMonkey) and a snapshot of the
//! project's module, already evaluated, into one component (about 12.5 MB). The entry module
//! is `src/app.js`, an ES module exporting one object per interface of the world.
//!
//! What the build must get right:
//! - preview2-shim is pinned to 0.25.0 through npm `overrides`: with the version jco 1.35
//!   pulls in, componentize is known to fail with "failed to get path metadata".
//! - The WIT folder is given relative to the working directory, the project, where the
//!   toolchain notes say it must be.
//! - `--disable all`: otherwise the component imports wasi:http and other WASI interfaces
//!   the host does not provide. `console.log` then goes nowhere; use the host `log` import.
//! - `--bundle` (rolldown): without it the engine resolves `import './x.js'` against the
//!   working directory instead of the importing module, so a plugin could not span files or
//!   use npm packages from the project's own `node_modules`.

use std::process::Command;

use crate::toolchain::{apt_install, have, lock, run};
use crate::{KitError, Language, Project, Toolchains, io_err};

/// The toolchain directory's package.json: exact versions of the tools, and the override.
const PACKAGE_JSON: &str = r#"{
  "name": "faultline-js-toolchain",
  "private": true,
  "description": "Installed by faultline plugin-kit to build JavaScript plugins",
  "dependencies": {
    "@bytecodealliance/jco": "1.35.0",
    "@bytecodealliance/componentize-js": "0.23.0"
  },
  "overrides": {
    "@bytecodealliance/preview2-shim": "0.25.0"
  }
}
"#;
/// Holds the package.json an install completed with, so an interrupted or older install is
/// redone.
const MARKER: &str = ".faultline-installed";
/// The entry module every JavaScript template has.
const ENTRY: &str = "src/app.js";

fn err(detail: String) -> KitError {
    KitError::Toolchain {
        language: Language::Js,
        detail,
    }
}

pub(crate) fn ensure(toolchains: &Toolchains) -> Result<(), KitError> {
    let dir = toolchains.language_dir(Language::Js)?;
    let _lock = lock(&dir)?;
    let marker = dir.join(MARKER);
    let jco = dir.join("node_modules").join(".bin").join("jco");
    if jco.exists() && std::fs::read_to_string(&marker).is_ok_and(|m| m == PACKAGE_JSON) {
        return Ok(());
    }
    // Checked by program, not by package: a Node.js from elsewhere (nvm, NodeSource) is fine,
    // and installing Debian's npm next to NodeSource's nodejs would conflict.
    if !(have("node") && have("npm")) {
        apt_install(&["nodejs", "npm"], Language::Js)?;
    }
    let _ = std::fs::remove_file(&marker);
    let package = dir.join("package.json");
    std::fs::write(&package, PACKAGE_JSON).map_err(io_err(&package))?;
    tracing::info!(dir = %dir.display(), "installing the javascript toolchain with npm");
    run(
        Command::new("npm")
            .args([
                "install",
                "--no-audit",
                "--no-fund",
                "--no-update-notifier",
                "--loglevel=error",
            ])
            .current_dir(&dir),
        err,
    )?;
    if !jco.exists() {
        return Err(err(format!("npm install left no {}", jco.display())));
    }
    std::fs::write(&marker, PACKAGE_JSON).map_err(io_err(&marker))?;
    Ok(())
}

pub(crate) fn build(p: &Project<'_>) -> Result<(), KitError> {
    let dir = p.toolchains.language_dir(Language::Js)?;
    if !p.dir.join(ENTRY).is_file() {
        return Err(KitError::Build {
            language: Language::Js,
            detail: format!(
                "{} is missing: it is the plugin's entry module",
                p.dir.join(ENTRY).display()
            ),
        });
    }
    // Absolute: the command runs in the project directory, which may be given relatively.
    let out = std::path::absolute(p.output()).map_err(io_err(&p.dir))?;
    let mut cmd = Command::new(dir.join("node_modules").join(".bin").join("jco"));
    cmd.args(["componentize", ENTRY, "--wit", "wit", "--world-name"])
        .arg(p.manifest.kind.world())
        .args(["--disable", "all", "--bundle", "--out"])
        .arg(out)
        .current_dir(&p.dir);
    run(&mut cmd, |detail| KitError::Build {
        language: Language::Js,
        detail,
    })?;
    Ok(())
}
