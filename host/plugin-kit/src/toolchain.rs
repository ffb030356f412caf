//! Where toolchains live and how they are run: shared by the language modules.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use crate::{KitError, Language};

/// The toolchain directory (Python venvs, npm installs, generated files), shared by every
/// project of a user.
#[derive(Debug, Clone)]
pub struct Toolchains {
    pub dir: PathBuf,
}

impl Toolchains {
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        Toolchains { dir: dir.into() }
    }

    /// `$FAULTLINE_TOOLCHAINS`, else `$XDG_CACHE_HOME/faultline/toolchains`, else
    /// `~/.cache/faultline/toolchains`.
    pub fn from_env() -> Self {
        if let Some(d) = std::env::var_os("FAULTLINE_TOOLCHAINS") {
            return Toolchains::new(d);
        }
        let cache = std::env::var_os("XDG_CACHE_HOME")
            .map(PathBuf::from)
            .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))
            .unwrap_or_else(std::env::temp_dir);
        Toolchains::new(cache.join("faultline").join("toolchains"))
    }

    /// A subdirectory for one language, created.
    pub fn language_dir(&self, language: Language) -> Result<PathBuf, KitError> {
        let d = self.dir.join(language.as_str());
        std::fs::create_dir_all(&d).map_err(crate::io_err(&d))?;
        Ok(d)
    }
}

/// Whether `program` is on the PATH.
#[allow(dead_code)] // until the C, Python and JS toolchains use it
pub(crate) fn have(program: &str) -> bool {
    Command::new(program)
        .arg("--version")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok()
}

/// Environment a build inherits from a surrounding cargo (tests, build scripts) that describes
/// that build, not the plugin's.
const SCRUBBED: [&str; 9] = [
    "CARGO_TARGET_DIR",
    "CARGO_BUILD_TARGET",
    "RUSTFLAGS",
    "CARGO_ENCODED_RUSTFLAGS",
    "RUSTC_WRAPPER",
    "RUSTC_WORKSPACE_WRAPPER",
    "CARGO_MAKEFLAGS",
    "MAKEFLAGS",
    "MFLAGS",
];

/// Runs `cmd`; a failure becomes `make_err(detail)` with the command and the end of its
/// output.
pub(crate) fn run(
    cmd: &mut Command,
    make_err: impl FnOnce(String) -> KitError,
) -> Result<Output, KitError> {
    for v in SCRUBBED {
        cmd.env_remove(v);
    }
    let shown = format!("{cmd:?}");
    let out = match cmd.stdin(Stdio::null()).output() {
        Ok(o) => o,
        Err(e) => return Err(make_err(format!("cannot run {shown}: {e}"))),
    };
    if !out.status.success() {
        let mut text = String::from_utf8_lossy(&out.stderr).into_owned();
        text.push_str(&String::from_utf8_lossy(&out.stdout));
        let tail: String = {
            let lines: Vec<&str> = text.lines().collect();
            lines[lines.len().saturating_sub(40)..].join("\n")
        };
        return Err(make_err(format!(
            "{shown} failed ({}):\n{tail}",
            out.status
        )));
    }
    Ok(out)
}

/// Installs Debian packages (as root, or through sudo) unless all are installed.
pub(crate) fn apt_install(packages: &[&str], language: Language) -> Result<(), KitError> {
    let err = |detail: String| KitError::Toolchain { language, detail };
    let missing: Vec<&str> = packages
        .iter()
        .copied()
        .filter(|p| {
            !Command::new("dpkg-query")
                .args(["-W", "-f=${Status}", p])
                .output()
                .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).contains("install ok installed"))
        })
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    if !have("apt-get") {
        return Err(err(format!(
            "install {} (this tool knows only apt-get)",
            missing.join(" ")
        )));
    }
    tracing::info!(packages = missing.join(" "), "installing with apt-get");
    let root = Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0");
    let apt = |args: &[&str]| {
        let mut c = if root {
            Command::new("apt-get")
        } else {
            let mut c = Command::new("sudo");
            c.arg("apt-get");
            c
        };
        c.env("DEBIAN_FRONTEND", "noninteractive")
            .args(["-qq", "-o=Dpkg::Use-Pty=0"])
            .args(args);
        c
    };
    run(&mut apt(&["update"]), err)?;
    let mut install = apt(&["install", "-y", "--no-install-recommends"]);
    install.args(&missing);
    run(&mut install, err)?;
    Ok(())
}

/// Copies `from` to `to`, creating `to`'s directory.
pub(crate) fn copy(from: &Path, to: &Path) -> Result<(), KitError> {
    if let Some(parent) = to.parent() {
        std::fs::create_dir_all(parent).map_err(crate::io_err(parent))?;
    }
    std::fs::copy(from, to).map_err(crate::io_err(from))?;
    Ok(())
}

/// Serialises installs into one toolchain directory (parallel tests, two terminals); the lock
/// is released when the file is closed.
pub(crate) fn lock(dir: &Path) -> Result<std::fs::File, KitError> {
    let path = dir.join(".install.lock");
    let f = std::fs::File::create(&path).map_err(crate::io_err(&path))?;
    f.lock().map_err(crate::io_err(&path))?;
    Ok(f)
}
