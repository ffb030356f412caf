//! Builds the `plugins/` workspace for `wasm32-wasip2` with a nested cargo, so that the bundled
//! components exist after a plain `cargo build` / `cargo test` of the host.
//!
//! The nested cargo gets its own target directory (`plugins/target`), so it takes a different
//! build lock than the outer cargo and cannot deadlock with it. Every variable the outer cargo
//! sets for build scripts (target triple, profile, flags, jobserver, wrappers such as
//! clippy-driver) is removed: they describe the host build, not the wasm one.

use std::env;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

const TARGET: &str = "wasm32-wasip2";

fn main() {
    let manifest_dir =
        PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR"));
    let repo = manifest_dir
        .parent()
        .and_then(Path::parent)
        .expect("host/plugin-build lives two levels below the repository root")
        .to_path_buf();
    let plugins = repo.join("plugins");
    let target_dir = plugins.join("target");

    emit_rerun_if_changed(&repo, &plugins);

    ensure_target_installed();

    let cargo = env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut cmd = Command::new(cargo);
    cmd.arg("build")
        .arg("--release")
        .arg("--target")
        .arg(TARGET)
        .arg("--manifest-path")
        .arg(plugins.join("Cargo.toml"))
        .arg("--target-dir")
        .arg(&target_dir)
        .current_dir(&plugins);
    scrub_env(&mut cmd);
    let output = cmd
        .stdin(Stdio::null())
        .output()
        .unwrap_or_else(|e| panic!("cannot run cargo to build the plugins: {e}"));
    if !output.status.success() {
        panic!(
            "building the plugins workspace failed ({}):\n{}",
            output.status,
            String::from_utf8_lossy(&output.stderr)
        );
    }

    let out = target_dir.join(TARGET).join("release");
    for file in [
        "faultline_decoder_v1.wasm",
        "faultline_misbehave.wasm",
        "faultline_rom_symbols.wasm",
    ] {
        assert!(
            out.join(file).is_file(),
            "the plugins build succeeded but {} is missing",
            out.join(file).display()
        );
    }
    println!("cargo:rustc-env=FAULTLINE_PLUGIN_DIR={}", out.display());
}

fn emit_rerun_if_changed(repo: &Path, plugins: &Path) {
    let mut paths = vec![
        plugins.join("Cargo.toml"),
        plugins.join("Cargo.lock"),
        repo.join("wit"),
        repo.join("host/protocol/src"),
        repo.join("host/protocol/Cargo.toml"),
    ];
    // Each member crate: its manifest and sources (cargo watches directories recursively).
    if let Ok(entries) = std::fs::read_dir(plugins) {
        for entry in entries.flatten() {
            let dir = entry.path();
            if dir.join("Cargo.toml").is_file() {
                paths.push(dir.join("Cargo.toml"));
                paths.push(dir.join("src"));
            }
        }
    }
    for p in paths {
        println!("cargo:rerun-if-changed={}", p.display());
    }
}

/// `rustup target add` is idempotent, but asking rustc first avoids a network round trip.
fn ensure_target_installed() {
    let rustc = env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
    let installed = Command::new(&rustc)
        .args(["--print", "sysroot"])
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| {
            let sysroot = PathBuf::from(String::from_utf8_lossy(&o.stdout).trim());
            sysroot.join("lib/rustlib").join(TARGET).is_dir()
        })
        .unwrap_or(false);
    if installed {
        return;
    }
    let mut cmd = Command::new("rustup");
    cmd.args(["target", "add", TARGET]);
    scrub_env(&mut cmd);
    let output = cmd
        .output()
        .unwrap_or_else(|e| panic!("{TARGET} is not installed and rustup cannot be run: {e}"));
    if !output.status.success() {
        panic!(
            "rustup target add {TARGET} failed:\n{}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
}

/// Remove what the outer cargo set for this build script. Kept: PATH, HOME, CARGO_HOME,
/// RUSTUP_HOME, RUSTUP_TOOLCHAIN (so the nested build uses the same toolchain), and cargo's
/// network / registry / terminal settings.
fn scrub_env(cmd: &mut Command) {
    const KEEP_PREFIXES: [&str; 6] = [
        "CARGO_HOME",
        "CARGO_NET_",
        "CARGO_HTTP_",
        "CARGO_REGISTRIES_",
        "CARGO_REGISTRY_",
        "CARGO_TERM_",
    ];
    const DROP_EXACT: [&str; 11] = [
        "TARGET",
        "HOST",
        "OUT_DIR",
        "PROFILE",
        "OPT_LEVEL",
        "DEBUG",
        "NUM_JOBS",
        "MAKEFLAGS",
        "MFLAGS",
        "CLIPPY_ARGS",
        "CLIPPY_CONF_DIR",
    ];
    for (key, _) in env::vars_os() {
        let Some(k) = key.to_str() else { continue };
        let cargo_var = (k == "CARGO" || k.starts_with("CARGO_") || k.starts_with("__CARGO"))
            && !KEEP_PREFIXES.iter().any(|p| k.starts_with(p));
        let drop = cargo_var
            || DROP_EXACT.contains(&k)
            || k.starts_with("RUSTC")
            || k.starts_with("RUSTDOC")
            || k == "RUSTFLAGS"
            || k.starts_with("DEP_");
        if drop {
            cmd.env_remove(&key);
        }
    }
}
