//! C plugins: clang 14 and wasi-libc from Debian; the bindings and the component wrapping are
//! done here, in-process, so a C author needs no Rust tools on the PATH.
//!
//! A build is three steps:
//! 1. `wit-bindgen-c` generates `<world>.h`, `<world>.c` and `<world>_component_type.o` for the
//!    project's world from `wit/` into `build/bindings/`. The object carries the world's type as
//!    a custom section; linking it in is what lets step 3 know which world the module targets.
//! 2. `clang-14 --target=wasm32-wasi -mexec-model=reactor` compiles the project's `*.c` and the
//!    bindings into a core module (`build/core.wasm`). A reactor has no `main`: the host calls
//!    its exports, and `_initialize` (run by the adapter) sets up the C library first.
//! 3. `wit-component` turns the core module into a component, with the WASI preview 1 reactor
//!    adapter of the host's wasmtime era translating wasi-libc's imports.

use std::path::{Path, PathBuf};
use std::process::Command;

use wit_parser::Resolve;

use crate::toolchain::{apt_install, run};
use crate::{KitError, Language, Project, Toolchains, io_err};

/// Debian packages: the compiler, its wasm linker, the C library and the compiler runtime
/// (`libclang_rt.builtins` for 64-bit arithmetic helpers and the like).
const PACKAGES: [&str; 4] = [
    "clang-14",
    "lld-14",
    "wasi-libc",
    "libclang-rt-14-dev-wasm32",
];

const CC: &str = "clang-14";

/// Directories of a project that hold no sources of its own.
const SKIPPED_DIRS: [&str; 4] = ["build", "dist", "wit", "target"];

fn build_err(detail: String) -> KitError {
    KitError::Build {
        language: Language::C,
        detail,
    }
}

pub(crate) fn ensure(_: &Toolchains) -> Result<(), KitError> {
    apt_install(&PACKAGES, Language::C)
}

/// Generates the C bindings of `world` from the WIT in `wit` into `out`; returns the `.c` and
/// `.o` files to compile and link.
pub(crate) fn bindings(wit: &Path, world: &str, out: &Path) -> Result<Vec<PathBuf>, KitError> {
    let mut resolve = Resolve::default();
    let (package, _) = resolve
        .push_path(wit)
        .map_err(|e| build_err(format!("reading {}: {e:#}", wit.display())))?;
    let world_id = resolve
        .select_world(&[package], Some(world))
        .map_err(|e| build_err(format!("world `{world}` in {}: {e:#}", wit.display())))?;
    let mut files = wit_bindgen_core::Files::default();
    wit_bindgen_c::Opts::default()
        .build()
        .generate(&mut resolve, world_id, &mut files)
        .map_err(|e| build_err(format!("generating the C bindings of `{world}`: {e:#}")))?;
    std::fs::create_dir_all(out).map_err(io_err(out))?;
    let mut inputs = Vec::new();
    for (name, bytes) in files.iter() {
        let path = out.join(name);
        std::fs::write(&path, bytes).map_err(io_err(&path))?;
        if name.ends_with(".c") || name.ends_with(".o") {
            inputs.push(path);
        }
    }
    Ok(inputs)
}

/// The project's own C sources, sorted so that builds are reproducible.
fn sources(dir: &Path) -> Result<Vec<PathBuf>, KitError> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).map_err(io_err(&d))? {
            let path = entry.map_err(io_err(&d))?.path();
            let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
            let name = name.unwrap_or_default();
            if path.is_dir() {
                let top_skip = d == dir && SKIPPED_DIRS.contains(&name.as_str());
                if !top_skip && !name.starts_with('.') {
                    stack.push(path);
                }
            } else if name.ends_with(".c") {
                found.push(path);
            }
        }
    }
    found.sort();
    Ok(found)
}

/// Wraps a core module into a component with the WASI preview 1 reactor adapter.
pub(crate) fn componentize(core: &[u8]) -> Result<Vec<u8>, KitError> {
    use wasi_preview1_component_adapter_provider::{
        WASI_SNAPSHOT_PREVIEW1_ADAPTER_NAME, WASI_SNAPSHOT_PREVIEW1_REACTOR_ADAPTER,
    };
    let encoded = wit_component::ComponentEncoder::default()
        .validate(true)
        .module(core)
        .and_then(|e| {
            e.adapter(
                WASI_SNAPSHOT_PREVIEW1_ADAPTER_NAME,
                WASI_SNAPSHOT_PREVIEW1_REACTOR_ADAPTER,
            )
        })
        .and_then(|mut e| e.encode());
    encoded.map_err(|e| build_err(format!("making a component of the core module: {e:#}")))
}

pub(crate) fn build(p: &Project<'_>) -> Result<(), KitError> {
    let world = p.manifest.kind.world();
    let build_dir = p.dir.join("build");
    let generated = bindings(&p.dir.join("wit"), world, &build_dir.join("bindings"))?;
    let own = sources(&p.dir)?;
    if own.is_empty() {
        return Err(build_err(format!("no .c files in {}", p.dir.display())));
    }
    let core = build_dir.join("core.wasm");
    let mut cmd = Command::new(CC);
    cmd.args(["--target=wasm32-wasi", "-O2", "-mexec-model=reactor"])
        // No -std: the templates and the generated bindings are C99, an author may want more.
        .args(["-Wall", "-Wextra"])
        .arg("-I")
        .arg(build_dir.join("bindings"))
        .arg("-I")
        .arg(&p.dir)
        .arg("-o")
        .arg(&core)
        .args(&own)
        .args(&generated)
        .current_dir(&p.dir);
    tracing::debug!(project = %p.dir.display(), sources = own.len(), "compiling c plugin");
    run(&mut cmd, build_err)?;
    let bytes = std::fs::read(&core).map_err(io_err(&core))?;
    let component = componentize(&bytes)?;
    let out = p.output();
    std::fs::write(&out, component).map_err(io_err(&out))
}
