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
        .env("FAULTLINE_API_TOKEN", crate::common::ADMIN_TOKEN)
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

/// The JavaScript decoder template, built from source by the binary, decoding through a real
/// server (the other languages have their own server tests: Rust in `bundles`, C in `zephyr`,
/// Python in `plugins_pyjs`).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_javascript_decoder_decodes_through_a_real_server() {
    use crate::common::*;
    let work = tempfile::tempdir().expect("tempdir");
    let dir = work.path().to_path_buf();
    let wasm = tokio::task::spawn_blocking(move || {
        let (ok, out) = faultline(
            &[
                "plugin", "new", "--kind", "decoder", "--lang", "js", "js-lines",
            ],
            &dir,
        );
        assert!(ok, "{out}");
        let (ok, out) = faultline(&["plugin", "build", "js-lines"], &dir);
        assert!(ok, "{out}");
        dir.join("js-lines/dist/js-lines.wasm")
    })
    .await
    .expect("build");
    let server_dir = tempfile::tempdir().expect("tempdir");
    let entry = format!(
        "[[plugin]]\nid = \"js-lines\"\nkind = \"decoder\"\npath = {:?}\n[plugin.route]\nmessage_types = [\"0x40\"]\n[plugin.limits]\ntimeout_ms = 500\nmax_memory_bytes = 268435456\n",
        wasm.display().to_string()
    );
    let mut config = test_config(server_dir.path());
    config.plugins = write_plugins_toml(server_dir.path(), &entry);
    let s = start_with(server_dir, config).await;
    let mut dev = Device::new(256, 5);
    let upload = dev.upload(&[
        context("1.0.0"),
        (0x40, b"W: tank low\nE: pump stalled\n".to_vec()),
        (0x40, vec![0xff, 0xfe]),
    ]);
    assert_eq!(s.post("js-dev", upload).await.status(), 202);
    s.drained().await;
    let events = s.events("js-dev", "&kind=logs").await;
    assert_eq!(events.len(), 1, "{events:?}");
    assert!(
        events[0]["decoder"]
            .as_str()
            .is_some_and(|d| d.starts_with("js-lines@")),
        "{}",
        events[0]
    );
    let records = events[0]["event"]["records"].as_array().expect("records");
    let got: Vec<(&str, &str)> = records
        .iter()
        .map(|r| {
            (
                r["level"].as_str().expect("level"),
                r["message"].as_str().expect("message"),
            )
        })
        .collect();
    assert_eq!(got, [("warn", "tank low"), ("error", "pump stalled")]);
    // Bytes that are not UTF-8 are the device's fault, recorded per chunk.
    let outcomes = s
        .get("/api/v1/projects/default/devices/js-dev/outcomes")
        .await;
    let reasons: Vec<&str> = outcomes["outcomes"]
        .as_array()
        .expect("outcomes")
        .iter()
        .map(|o| o["reason"].as_str().expect("reason"))
        .collect();
    assert_eq!(reasons, ["malformed_payload"], "{outcomes}");
    s.server.stop().await.expect("stop");
}

/// A vendor's side through the binary: keygen, pack a signed bundle, inspect it, install it on
/// a running server that trusts the key, list it; a second key the server does not trust is
/// refused with the server's reason.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn keygen_pack_install_and_list_through_the_cli() {
    use crate::common::*;
    let work = tempfile::tempdir().expect("tempdir");
    let dir = work.path().to_path_buf();
    let public = tokio::task::spawn_blocking({
        let dir = dir.clone();
        move || {
            let (ok, out) = faultline(
                &[
                    "plugin",
                    "new",
                    "--kind",
                    "decoder",
                    "--lang",
                    "rust",
                    "acme-text",
                ],
                &dir,
            );
            assert!(ok, "{out}");
            let manifest = dir.join("acme-text/faultline-plugin.toml");
            let text = std::fs::read_to_string(&manifest).expect("manifest");
            std::fs::write(&manifest, format!("vendor = \"acme\"\n{text}")).expect("manifest");
            let (ok, out) = faultline(&["plugin", "build", "acme-text"], &dir);
            assert!(ok, "{out}");
            let mut publics = Vec::new();
            for id in ["acme-2026", "mallory"] {
                let (ok, out) = faultline(&["plugin", "keygen", "--id", id], &dir);
                assert!(ok, "{out}");
                let line = out
                    .lines()
                    .find(|l| l.starts_with(&format!("{id} = \"ed25519:")))
                    .unwrap_or_else(|| panic!("no public key line: {out}"))
                    .to_string();
                publics.push(line);
            }
            let (ok, out) = faultline(&["plugin", "keygen", "--id", "acme-2026"], &dir);
            assert!(!ok && out.contains("not overwriting"), "{out}");
            // Only acme's key goes to the operator.
            publics[0].clone()
        }
    })
    .await
    .expect("build");
    let pack = |key: &str, out: &str| {
        let (ok, text) = faultline(
            &["plugin", "pack", "acme-text", "--key", key, "-o", out],
            &dir,
        );
        assert!(ok, "{text}");
    };
    pack("acme-2026.key", "good.flb");
    pack("mallory.key", "bad.flb");
    let (ok, info) = faultline(&["plugin", "inspect", "good.flb"], &dir);
    assert!(ok, "{info}");
    let info: Value = serde_json::from_str(&info).expect("json");
    assert_eq!(info["signed"], true);
    assert_eq!(info["bundle"]["signed_by"], "acme-2026");
    assert_eq!(info["bundle"]["vendor"], "acme");
    assert_eq!(
        info["bundle"]["route"]["message_types"],
        serde_json::json!(["0x40"])
    );
    assert_eq!(info["component"]["kinds"], serde_json::json!(["decoder"]));

    let server_dir = tempfile::tempdir().expect("tempdir");
    let mut config = test_config(server_dir.path());
    config.plugins = write_plugins_toml(
        server_dir.path(),
        &format!("[trust]\n[trust.keys]\n{public}\n"),
    );
    let s = start_with(server_dir, config).await;
    let base = s.base.clone();
    let cli = |args: Vec<String>| {
        let dir = dir.clone();
        tokio::task::spawn_blocking(move || {
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            faultline(&args, &dir)
        })
    };
    let args = |a: &[&str]| -> Vec<String> {
        a.iter()
            .map(|s| s.to_string())
            .chain(["--server".to_string(), base.clone()])
            .collect()
    };
    let (ok, out) = cli(args(&["plugin", "install", "bad.flb"]))
        .await
        .expect("cli");
    assert!(
        !ok && out.contains("403") && out.contains("`mallory`, which is not in the trusted keys"),
        "{out}"
    );
    let (ok, out) = cli(args(&["plugin", "install", "good.flb"]))
        .await
        .expect("cli");
    assert!(ok, "{out}");
    let (ok, out) = cli(args(&["plugin", "list"])).await.expect("cli");
    assert!(ok, "{out}");
    let list: Value = serde_json::from_str(&out).expect("json");
    let p = list["plugins"]
        .as_array()
        .expect("plugins")
        .iter()
        .find(|p| p["id"] == "acme-text")
        .cloned()
        .unwrap_or_else(|| panic!("not listed: {list}"));
    assert_eq!(
        (
            p["version"].as_str(),
            p["signed_by"].as_str(),
            p["vendor"].as_str()
        ),
        (Some("0.1.0"), Some("acme-2026"), Some("acme"))
    );
    let (ok, out) = cli(args(&["plugin", "rollback", "acme-text"]))
        .await
        .expect("cli");
    assert!(
        !ok && out.contains("no version installed before 0.1.0"),
        "{out}"
    );
    s.server.stop().await.expect("stop");
}
