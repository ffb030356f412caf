//! `faultline plugin new → build → test` for every kind in every language, through the real
//! binary: each template is made, built from source with its toolchain, run once in the
//! server's sandbox on its sample, and its output compared with one snapshot per kind — the
//! four languages' templates do the same thing, so they must print the same events, frames,
//! alerts or findings. `plugin inspect` must name the kind's world. Snapshots are in
//! `tests/fixtures/plugin-test/`; `UPDATE_GOLDEN=1` rewrites them (review the diff).

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

const KINDS: [&str; 4] = ["decoder", "symbolicator", "alert-rule", "anomaly-detector"];

fn faultline(args: &[&str], dir: &Path) -> (bool, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_faultline-under-test"))
        .args(args)
        .current_dir(dir)
        // Shared with the other plugin tests and pre-installed by `./dev test`.
        .env(
            "FAULTLINE_TOOLCHAINS",
            PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("plugin-toolchains"),
        )
        .output()
        .expect("run faultline");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.success(), text)
}

/// The report with what varies between runs replaced: times, memory, the component's hash.
fn normalized(report: &str) -> Value {
    let mut v: Value = serde_json::from_str(report).unwrap_or_else(|e| panic!("{e}: {report}"));
    for (key, placeholder) in [
        ("first_call_ms", "<ms>"),
        ("warm_call_ms", "<ms>"),
        ("memory_bytes", "<bytes>"),
    ] {
        assert!(v[key].is_number(), "{key} missing: {v}");
        v[key] = Value::from(placeholder);
    }
    let label = v["plugin"].as_str().expect("plugin").to_string();
    let (_, hash) = label.split_once('@').expect("id@hash");
    assert_eq!(hash.len(), 12, "{label}");
    v["plugin"] = Value::from("<id>@<sha256>");
    v
}

fn check_language(lang: &str) {
    let work = tempfile::tempdir().expect("tempdir");
    let mut failures = Vec::new();
    for kind in KINDS {
        let name = format!("{lang}-{kind}");
        let (ok, out) = faultline(
            &["plugin", "new", "--kind", kind, "--lang", lang, &name],
            work.path(),
        );
        assert!(ok, "plugin new {name}: {out}");
        let (ok, out) = faultline(&["plugin", "build", &name], work.path());
        assert!(ok, "plugin build {name}: {out}");
        assert!(out.contains(&format!("dist/{name}.wasm")), "{out}");
        let sample = if kind == "decoder" {
            "sample.bin"
        } else {
            "sample.json"
        };
        let (ok, out) = faultline(
            &[
                "plugin",
                "test",
                &name,
                "--input",
                &format!("{name}/{sample}"),
            ],
            work.path(),
        );
        assert!(ok, "plugin test {name}: {out}");
        let got = normalized(&out);
        let (ok, info) = faultline(
            &["plugin", "inspect", &format!("{name}/dist/{name}.wasm")],
            work.path(),
        );
        assert!(ok, "plugin inspect {name}: {info}");
        let info: Value = serde_json::from_str(&info).expect("inspect json");
        assert_eq!(
            info["component"]["kinds"],
            serde_json::json!([kind]),
            "{info}"
        );
        assert_eq!(info["component"]["contract"], "0.1.0", "{info}");

        let snapshot = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("fixtures/plugin-test")
            .join(format!("{kind}.json"));
        let pretty = format!("{}\n", serde_json::to_string_pretty(&got).expect("json"));
        if std::env::var_os("UPDATE_GOLDEN").is_some() && lang == "rust" {
            std::fs::create_dir_all(snapshot.parent().expect("dir")).expect("mkdir");
            std::fs::write(&snapshot, &pretty).expect("write snapshot");
            continue;
        }
        let want = std::fs::read_to_string(&snapshot)
            .unwrap_or_else(|_| panic!("missing {}", snapshot.display()));
        if pretty != want {
            failures.push(format!("{name}:\n--- snapshot\n{want}--- got\n{pretty}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_rust_template_builds_and_matches_the_snapshot() {
    check_language("rust");
}

#[test]
fn every_c_template_builds_and_matches_the_snapshot() {
    check_language("c");
}

#[test]
fn every_python_template_builds_and_matches_the_snapshot() {
    check_language("python");
}

#[test]
fn every_js_template_builds_and_matches_the_snapshot() {
    check_language("js");
}
