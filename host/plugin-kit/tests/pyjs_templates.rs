//! Every Python and JavaScript template makes a project that builds into a component of its
//! kind's world, with toolchains the kit installs itself (componentize-py from PyPI, jco and
//! componentize-js from npm).
//!
//! The toolchain directory is under cargo's target directory, so only the first run installs.
//! Times and sizes are printed (`--nocapture`), not asserted: the machines are shared.

use std::path::{Path, PathBuf};
use std::time::{Instant, SystemTime};

use faultline_plugin_kit::{Kind, Language, Toolchains, build, ensure_toolchain, new_project};

fn toolchains() -> Toolchains {
    Toolchains::new(PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("plugin-toolchains"))
}

/// The file each install writes last; an install that ran again would rewrite it.
fn marker(tc: &Toolchains, language: Language) -> PathBuf {
    match language {
        Language::Python => tc.dir.join("python/venv/.faultline-installed"),
        _ => tc.dir.join("js/.faultline-installed"),
    }
}

fn modified(path: &Path) -> SystemTime {
    std::fs::metadata(path)
        .and_then(|m| m.modified())
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn interface(kind: Kind) -> &'static str {
    match kind {
        Kind::Decoder => "faultline:plugin/decode@0.1.0",
        Kind::Symbolicator => "faultline:plugin/symbolicate@0.1.0",
        Kind::AlertRule => "faultline:plugin/alert-evaluate@0.1.0",
        Kind::AnomalyDetector => "faultline:plugin/anomaly-inspect@0.1.0",
    }
}

/// Installs (or finds) the toolchain, checks a second `ensure` installs nothing, then makes
/// and builds every kind's template.
fn every_template_builds(language: Language) {
    let tc = toolchains();
    let started = Instant::now();
    ensure_toolchain(language, &tc).unwrap_or_else(|e| panic!("{e}"));
    eprintln!("{language}: toolchain ready in {:.1?}", started.elapsed());
    let installed = modified(&marker(&tc, language));
    ensure_toolchain(language, &tc).expect("second ensure");
    assert_eq!(
        modified(&marker(&tc, language)),
        installed,
        "a second ensure reinstalled the {language} toolchain"
    );

    let tmp = tempfile::tempdir().expect("tempdir");
    for kind in Kind::ALL {
        let name = format!("my-{kind}");
        let dir = new_project(tmp.path(), &name, kind, language).expect("new project");
        let started = Instant::now();
        let out = build(&dir, &tc).unwrap_or_else(|e| panic!("{language} {kind}: {e}"));
        let took = started.elapsed();
        assert_eq!(out, dir.join("dist").join(format!("{name}.wasm")));
        let info = faultline_plugin_kit::inspect(&out).expect("inspect");
        assert_eq!(info.kinds, [kind], "{language} {kind}: {:?}", info.exports);
        // componentize-py leaves its pre-initialisation interface (`exports`, with `init`)
        // exported; the host never calls it.
        let mut want_exports = vec![interface(kind)];
        if language == Language::Python {
            want_exports.insert(0, "exports");
        }
        assert_eq!(info.exports, want_exports, "{language} {kind}");
        assert_eq!(info.contract.as_deref(), Some("0.1.0"));
        // The contract's own imports: host everywhere, symbol-lookup for symbolicators only.
        let contract_imports: Vec<&str> = info
            .imports
            .iter()
            .map(String::as_str)
            .filter(|i| i.starts_with("faultline:"))
            .collect();
        let mut want = vec![
            "faultline:plugin/types@0.1.0",
            "faultline:plugin/host@0.1.0",
        ];
        if kind == Kind::Symbolicator {
            want.push("faultline:plugin/symbol-lookup@0.1.0");
        }
        for w in &want {
            assert!(
                contract_imports.contains(w),
                "{language} {kind}: {contract_imports:?}"
            );
        }
        let wasi: Vec<&String> = info
            .imports
            .iter()
            .filter(|i| i.starts_with("wasi:"))
            .collect();
        if language == Language::Js {
            // `--disable all`: nothing from WASI, so nothing the host has to stub.
            assert!(wasi.is_empty(), "{kind}: {wasi:?}");
        }
        eprintln!(
            "{language} {kind}: {} bytes in {took:.1?}; {} WASI imports",
            info.size_bytes,
            wasi.len()
        );
    }
}

#[test]
fn every_python_template_builds_a_component_of_its_world() {
    every_template_builds(Language::Python);
}

#[test]
fn every_js_template_builds_a_component_of_its_world() {
    every_template_builds(Language::Js);
}

#[test]
fn a_python_syntax_error_is_a_build_error_with_the_message() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = new_project(tmp.path(), "broken", Kind::Decoder, Language::Python).expect("new");
    std::fs::write(dir.join("src/app.py"), "def decode(:\n").expect("write");
    let text = build(&dir, &toolchains()).expect_err("broken").to_string();
    assert!(
        text.starts_with("building the python plugin failed"),
        "{text}"
    );
    assert!(text.contains("SyntaxError"), "{text}");
    assert!(!dir.join("dist/broken.wasm").exists());
}

#[test]
fn a_js_module_without_the_export_is_a_build_error() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = new_project(tmp.path(), "broken", Kind::AlertRule, Language::Js).expect("new");
    // Exports the wrong interface name: the world's `alert-evaluate` is missing.
    std::fs::write(
        dir.join("src/app.js"),
        "export const evaluate = { evaluate() { return []; } };\n",
    )
    .expect("write");
    let text = build(&dir, &toolchains()).expect_err("broken").to_string();
    assert!(text.starts_with("building the js plugin failed"), "{text}");
    assert!(
        text.contains("alertEvaluate") || text.contains("alert-evaluate"),
        "{text}"
    );
    assert!(!dir.join("dist/broken.wasm").exists());
}
