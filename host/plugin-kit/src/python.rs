//! Python plugins: componentize-py from PyPI, in a venv under the toolchain directory.
//!
//! componentize-py embeds CPython and the project's modules into one component (about 18 MB).
//! The project's code lives in `src/`, its entry module is `src/app.py`; only `src/` and the
//! standard library go into the component, so a build does not depend on what happens to be
//! installed in the user's Python. Pure-Python dependencies are vendored into `src/`.
//!
//! Besides the world's interface the component exports `exports` (componentize-py's
//! pre-initialisation entry, `init`); the host never calls it.
//!
//! `--stub-wasi` (WASI imports replaced by trapping stubs) is not used: the stubs are extra
//! core instances and push a Python component past the host's per-store instance cap, so it
//! fails to instantiate. Without it the component imports WASI p2, which the host links to
//! an empty context (no files, sockets, environment; stdio discarded).

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::toolchain::{apt_install, lock, run};
use crate::{KitError, Language, Project, Toolchains, io_err};

/// The one componentize-py this kit builds with (its bindings follow its version).
const COMPONENTIZE_PY: &str = "componentize-py==0.25.1";
/// Written into the venv once the install finished, so an interrupted install is redone.
const MARKER: &str = ".faultline-installed";
/// The entry module every Python template has, `src/app.py`.
const APP_MODULE: &str = "app";

fn err(detail: String) -> KitError {
    KitError::Toolchain {
        language: Language::Python,
        detail,
    }
}

fn venv(dir: &Path) -> PathBuf {
    dir.join("venv")
}

/// A directory laid out like a venv with an empty site-packages: componentize-py bundles the
/// site-packages of `$VIRTUAL_ENV`, and without one it falls back to the user's Python.
fn no_deps(dir: &Path) -> PathBuf {
    dir.join("no-deps")
}

/// Whether `python3 -m venv` can work: Debian splits `ensurepip` into python3-venv.
fn can_make_venvs() -> bool {
    Command::new("python3")
        .args(["-c", "import venv, ensurepip"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

pub(crate) fn ensure(toolchains: &Toolchains) -> Result<(), KitError> {
    let dir = toolchains.language_dir(Language::Python)?;
    let _lock = lock(&dir)?;
    let venv = venv(&dir);
    let marker = venv.join(MARKER);
    let site = no_deps(&dir).join("lib").join("site-packages");
    std::fs::create_dir_all(&site).map_err(io_err(&site))?;
    if std::fs::read_to_string(&marker).is_ok_and(|m| m == COMPONENTIZE_PY) {
        return Ok(());
    }
    if !can_make_venvs() {
        apt_install(&["python3", "python3-venv"], Language::Python)?;
        if !can_make_venvs() {
            return Err(err(
                "python3 cannot create venvs (its ensurepip module is missing)".into(),
            ));
        }
    }
    // A venv without the marker is what an interrupted install left: start it over.
    if venv.exists() {
        std::fs::remove_dir_all(&venv).map_err(io_err(&venv))?;
    }
    tracing::info!(venv = %venv.display(), package = COMPONENTIZE_PY, "installing the python toolchain");
    run(Command::new("python3").args(["-m", "venv"]).arg(&venv), err)?;
    run(
        Command::new(venv.join("bin").join("python")).args([
            "-m",
            "pip",
            "install",
            "--disable-pip-version-check",
            "--no-input",
            "--quiet",
            COMPONENTIZE_PY,
        ]),
        err,
    )?;
    std::fs::write(&marker, COMPONENTIZE_PY).map_err(io_err(&marker))?;
    Ok(())
}

pub(crate) fn build(p: &Project<'_>) -> Result<(), KitError> {
    let dir = p.toolchains.language_dir(Language::Python)?;
    let entry = p.dir.join("src").join(format!("{APP_MODULE}.py"));
    if !entry.is_file() {
        return Err(KitError::Build {
            language: Language::Python,
            detail: format!(
                "{} is missing: it is the plugin's entry module",
                entry.display()
            ),
        });
    }
    // Absolute: the command runs in the project directory, which may be given relatively.
    let out = std::path::absolute(p.output()).map_err(io_err(&p.dir))?;
    let mut cmd = Command::new(venv(&dir).join("bin").join("componentize-py"));
    cmd.args(["--quiet", "-d", "wit", "-w", p.manifest.kind.world()])
        .args(["componentize", APP_MODULE, "-p", "src", "-o"])
        .arg(out)
        .env("VIRTUAL_ENV", no_deps(&dir))
        // Byte-compiling the sources at build time would litter src/ with __pycache__.
        .env("PYTHONDONTWRITEBYTECODE", "1")
        // componentize-py is a Rust program: a backtrace of its own would push the Python
        // error (a SyntaxError, a failed import) out of the output we show.
        .env("RUST_BACKTRACE", "0")
        .current_dir(&p.dir);
    run(&mut cmd, |detail| KitError::Build {
        language: Language::Python,
        detail,
    })?;
    Ok(())
}
