//! Rust plugins: `wasm32-wasip2` through rustup, `wit-bindgen` from crates.io, cargo.
//!
//! Every Rust project of a user builds into one shared target directory under the toolchain
//! directory, so `wit-bindgen` and its dependencies compile once, not once per plugin.

use std::process::Command;

use crate::toolchain::{copy, run};
use crate::{KitError, Language, Project, Toolchains};

const TARGET: &str = "wasm32-wasip2";

fn err(detail: String) -> KitError {
    KitError::Toolchain {
        language: Language::Rust,
        detail,
    }
}

pub(crate) fn ensure(_: &Toolchains) -> Result<(), KitError> {
    let out = run(
        Command::new("rustup").args(["target", "list", "--installed"]),
        |d| err(format!("{d}\ninstall Rust with rustup (https://rustup.rs)")),
    )?;
    if String::from_utf8_lossy(&out.stdout)
        .lines()
        .any(|l| l.trim() == TARGET)
    {
        return Ok(());
    }
    tracing::info!(target = TARGET, "adding the rust target");
    run(Command::new("rustup").args(["target", "add", TARGET]), err)?;
    Ok(())
}

pub(crate) fn build(p: &Project<'_>) -> Result<(), KitError> {
    let target_dir = p.toolchains.language_dir(Language::Rust)?.join("target");
    let mut cmd = Command::new("cargo");
    cmd.args(["build", "--release", "--target", TARGET, "--manifest-path"])
        .arg(p.dir.join("Cargo.toml"))
        .arg("--target-dir")
        .arg(&target_dir)
        .current_dir(&p.dir);
    run(&mut cmd, |detail| KitError::Build {
        language: Language::Rust,
        detail,
    })?;
    let built = target_dir
        .join(TARGET)
        .join("release")
        .join(format!("{}.wasm", p.manifest.id.replace('-', "_")));
    copy(&built, &p.output())
}
