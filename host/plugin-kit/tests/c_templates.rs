//! Every C template makes a project that builds into a component of its kind's world.
//!
//! Needs clang 14 and wasi-libc (installed through apt on first use when missing). The
//! toolchain directory is under cargo's target directory so repeated runs share it.

use std::path::PathBuf;
use std::time::Instant;

use faultline_plugin_kit::{Kind, Language, Toolchains, build, new_project};
use wit_component::DecodedWasm;
use wit_parser::{WorldItem, WorldKey};

fn toolchains() -> Toolchains {
    Toolchains::new(PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("plugin-toolchains"))
}

/// The exported interfaces of a component's world, as `package/interface@version`.
fn exports(wasm: &[u8]) -> Vec<String> {
    let DecodedWasm::Component(resolve, world) = wit_component::decode(wasm).expect("decodes")
    else {
        panic!("a WIT package, not a component");
    };
    resolve.worlds[world]
        .exports
        .iter()
        .filter_map(|(key, item)| match (key, item) {
            (WorldKey::Interface(id), WorldItem::Interface { .. }) => resolve.id_of(*id),
            _ => None,
        })
        .collect()
}

#[test]
fn every_c_template_builds_a_component_of_its_world() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let tc = toolchains();
    for (kind, interface) in [
        (Kind::Decoder, "faultline:plugin/decode@0.1.0"),
        (Kind::Symbolicator, "faultline:plugin/symbolicate@0.1.0"),
        (Kind::AlertRule, "faultline:plugin/alert-evaluate@0.1.0"),
        (
            Kind::AnomalyDetector,
            "faultline:plugin/anomaly-inspect@0.1.0",
        ),
    ] {
        let name = format!("my-{kind}");
        let dir = new_project(tmp.path(), &name, kind, Language::C).expect("new project");
        let started = Instant::now();
        let out = build(&dir, &tc).unwrap_or_else(|e| panic!("{kind}: {e}"));
        let took = started.elapsed();
        assert_eq!(out, dir.join("dist").join(format!("{name}.wasm")));
        let wasm = std::fs::read(&out).expect("component");
        assert_eq!(exports(&wasm), [interface], "{kind}");
        // The bindings a C author reads are generated next to the project, not hidden.
        let header = kind.world().replace('-', "_") + ".h";
        assert!(dir.join("build/bindings").join(header).is_file(), "{kind}");
        eprintln!("{kind}: {} bytes in {took:.2?}", wasm.len());
    }
}

#[test]
fn a_c_compile_error_is_a_build_error_with_the_compiler_output() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = new_project(tmp.path(), "broken", Kind::Decoder, Language::C).expect("new project");
    std::fs::write(
        dir.join("src/plugin.c"),
        "int main(void) { return undeclared; }\n",
    )
    .expect("write");
    let err = build(&dir, &toolchains()).expect_err("does not compile");
    let text = err.to_string();
    assert!(text.starts_with("building the c plugin failed"), "{text}");
    assert!(
        text.contains("undeclared"),
        "the compiler's message: {text}"
    );
}
