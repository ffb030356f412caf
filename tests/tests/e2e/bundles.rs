//! Vendor bundles through a running server: a plugin written from the Rust template, built,
//! packed and signed with the CLI's code, refused when it should be, installed, upgraded under
//! load with no chunk lost and each chunk decoded by a named version, rolled back, and still
//! installed after a restart.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use faultline_bundle::{BundleManifest, Key};
use faultline_plugin_kit::{Kind, Language, Toolchains};
use serde_json::Value;

use crate::common::*;

const TYPE: u8 = 0x40;

/// The Rust decoder template at `version`; from 0.2.0 on, it prefixes every line with "v2 ".
fn build(parent: &Path, version: &str, toolchains: &Toolchains) -> Vec<u8> {
    let name = format!("acme-lines-{}", version.replace('.', "-"));
    let dir = faultline_plugin_kit::new_project(parent, &name, Kind::Decoder, Language::Rust)
        .expect("new project");
    // One id across versions: the project name differs only to keep the directories apart.
    let manifest = dir.join("faultline-plugin.toml");
    let text = std::fs::read_to_string(&manifest).expect("manifest");
    let text = text
        .replace(&format!("id = \"{name}\""), "id = \"acme-lines\"")
        .replace("version = \"0.1.0\"", &format!("version = \"{version}\""));
    std::fs::write(&manifest, text).expect("manifest");
    std::fs::write(
        dir.join("Cargo.toml"),
        std::fs::read_to_string(dir.join("Cargo.toml"))
            .expect("cargo")
            .replace(&format!("name = \"{name}\""), "name = \"acme-lines\""),
    )
    .expect("cargo");
    if version != "0.1.0" {
        let src = dir.join("src/lib.rs");
        let code = std::fs::read_to_string(&src).expect("src");
        let code = code.replace(
            "message: message.to_string(),",
            "message: format!(\"v2 {message}\"),",
        );
        assert!(
            code.contains("v2 {message}"),
            "the template changed: update this test"
        );
        std::fs::write(&src, code).expect("src");
    }
    let out = faultline_plugin_kit::build(&dir, toolchains).expect("build");
    std::fs::read(out).expect("component")
}

fn manifest(version: &str, capabilities: &[&str]) -> BundleManifest {
    BundleManifest {
        format: faultline_bundle::FORMAT,
        id: "acme-lines".into(),
        vendor: "acme".into(),
        version: version.into(),
        kind: "decoder".into(),
        contract: "0.1.0".into(),
        description: None,
        capabilities: capabilities.iter().map(|c| c.to_string()).collect(),
        route: [("message_types".to_string(), vec![format!("0x{TYPE:02x}")])].into(),
        component_sha256: String::new(),
        signed_by: String::new(),
    }
}

fn text_message(line: &str) -> (u8, Vec<u8>) {
    (TYPE, format!("I: {line}\n").into_bytes())
}

async fn install(s: &TestServer, bundle: &[u8]) -> (u16, Value) {
    let r = s
        .client
        .post(format!("{}/api/v1/plugins", s.base))
        .body(bundle.to_vec())
        .send()
        .await
        .expect("install");
    let status = r.status().as_u16();
    (status, r.json().await.expect("json"))
}

/// Every log line stored for a device with the label of the plugin that decoded it.
async fn lines(s: &TestServer, serial: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut after = 0u64;
    loop {
        let page = s
            .get(&format!(
                "/api/v1/projects/default/devices/{serial}/events?kind=logs&limit=1000&after_id={after}"
            ))
            .await;
        for e in page["events"].as_array().expect("events") {
            let label = e["decoder"].as_str().expect("decoder").to_string();
            for r in e["event"]["records"].as_array().expect("records") {
                out.push((
                    label.clone(),
                    r["message"].as_str().expect("message").into(),
                ));
            }
        }
        match page["next_after_id"].as_u64() {
            Some(n) => after = n,
            None => return out,
        }
    }
}

fn toolchains() -> Toolchains {
    Toolchains::new(PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("plugin-toolchains"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn signed_bundles_install_upgrade_under_load_and_roll_back_without_a_restart() {
    let work = tempfile::tempdir().expect("tempdir");
    let tc = toolchains();
    let (v1, v2) = {
        let p = work.path().to_path_buf();
        let tc2 = tc.clone();
        tokio::task::spawn_blocking(move || (build(&p, "0.1.0", &tc2), build(&p, "0.2.0", &tc2)))
            .await
            .expect("builds")
    };
    let acme = Key::generate("acme").expect("key");
    let mallory = Key::generate("mallory").expect("key");
    let signed = |version: &str, component: &[u8], key: &Key| {
        faultline_bundle::pack(manifest(version, &[]), component, Some(key)).expect("pack")
    };
    let b1 = signed("0.1.0", &v1, &acme);
    let b2 = signed("0.2.0", &v2, &acme);

    let dir = tempfile::tempdir().expect("tempdir");
    let trust = format!(
        "[trust]\nallow_unsigned = false\n[trust.keys]\nacme = \"{}\"\n",
        acme.public_text()
    );
    let mut config = test_config(dir.path());
    config.plugins = write_plugins_toml(dir.path(), &trust);
    // One device sends as fast as it is answered.
    config.ingest.rate_limit_uploads_per_s = 100_000.0;
    config.ingest.rate_limit_burst = 100_000;
    let data_dir = config.data_dir.clone();
    let plugins_toml = config.plugins.clone();
    let s = start_with(dir, config).await;

    // Refusals, each with its reason, and nothing installed.
    let mut tampered = b1.clone();
    let at = tampered.len() / 2;
    tampered[at] ^= 0x55;
    for (bundle, status, reason) in [
        (tampered, 403, "modified after signing"),
        (
            signed("0.1.0", &v1, &mallory),
            403,
            "key `mallory`, which is not in the trusted keys",
        ),
        (
            faultline_bundle::pack(manifest("0.1.0", &[]), &v1, None).expect("pack"),
            403,
            "not signed",
        ),
        (
            faultline_bundle::pack(manifest("0.1.0", &["symbol-lookup"]), &v1, Some(&acme))
                .expect("pack"),
            403,
            "asks for capability `symbol-lookup`, which plugins.toml does not grant",
        ),
        (b"not a bundle".to_vec(), 400, "not a plugin bundle"),
    ] {
        let (got, body) = install(&s, &bundle).await;
        assert_eq!(got, status, "{body}");
        let msg = body["message"].as_str().unwrap_or_default();
        assert!(msg.contains(reason), "{msg}");
    }
    let plugins = s.get("/api/v1/plugins").await;
    assert!(
        !plugins.to_string().contains("acme-lines"),
        "a refused bundle was installed: {plugins}"
    );

    // Install 0.1.0.
    let (status, body) = install(&s, &b1).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["installed"]["version"], "0.1.0");
    let mut dev = Device::new(256, 9);
    assert_eq!(
        s.post(
            "lines-0",
            dev.upload(&[context("1.0.0"), text_message("hello")])
        )
        .await
        .status(),
        202
    );
    s.drained().await;
    assert_eq!(
        lines(&s, "lines-0").await,
        [("acme-lines@0.1.0".to_string(), "hello".to_string())]
    );

    // Upgrade to 0.2.0 while a device sends, one upload after the other.
    let stop = Arc::new(AtomicBool::new(false));
    let acked: Arc<Mutex<Vec<String>>> = Arc::default();
    let sender = {
        let (stop, acked, client, base, key) = (
            stop.clone(),
            acked.clone(),
            s.client.clone(),
            s.base.clone(),
            s.key.clone(),
        );
        tokio::spawn(async move {
            let mut dev = Device::new(256, 3);
            let mut first = true;
            let mut n = 0;
            while !stop.load(Ordering::Relaxed) {
                n += 1;
                let line = format!("line {n}");
                let mut messages = vec![text_message(&line)];
                if first {
                    messages.insert(0, context("1.0.0"));
                    first = false;
                }
                let r = client
                    .post(format!("{base}/api/v1/chunks/lines-1"))
                    .header("Faultline-Project-Key", &key)
                    .body(dev.upload(&messages))
                    .send()
                    .await
                    .expect("post");
                assert_eq!(r.status(), 202);
                acked.lock().expect("lock").push(line);
            }
        })
    };
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let (status, body) = install(&s, &b2).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["installed"]["previous"], "0.1.0");
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    stop.store(true, Ordering::Relaxed);
    sender.await.expect("sender");
    s.drained().await;

    let acked = acked.lock().expect("lock").clone();
    let got = lines(&s, "lines-1").await;
    assert_eq!(
        got.len(),
        acked.len(),
        "every acknowledged line decoded once"
    );
    let mut upgraded = false;
    for ((label, message), sent) in got.iter().zip(&acked) {
        match label.as_str() {
            "acme-lines@0.1.0" => {
                assert!(!upgraded, "0.1.0 decoded after 0.2.0 did: {got:?}");
                assert_eq!(message, sent);
            }
            "acme-lines@0.2.0" => {
                upgraded = true;
                assert_eq!(
                    message,
                    &format!("v2 {sent}"),
                    "the label names the version"
                );
            }
            other => panic!("decoded by {other}"),
        }
    }
    assert!(upgraded, "nothing decoded by 0.2.0: {got:?}");
    assert!(
        got.iter().any(|(l, _)| l.ends_with("0.1.0")),
        "the load started before the upgrade: {got:?}"
    );
    let device = s.device("lines-1").await;
    assert_eq!(
        device["outcomes"]
            .as_object()
            .expect("outcomes")
            .keys()
            .collect::<Vec<_>>(),
        ["accepted"],
        "{device}"
    );

    // The status names versions, the vendor, the key and the route.
    let plugins = s.get("/api/v1/plugins").await;
    let p = plugins["plugins"]
        .as_array()
        .expect("plugins")
        .iter()
        .find(|p| p["id"] == "acme-lines")
        .cloned()
        .expect("listed");
    assert_eq!(p["version"], "0.2.0", "{p}");
    assert_eq!(p["versions"], serde_json::json!(["0.1.0", "0.2.0"]), "{p}");
    assert_eq!(
        (p["source"].as_str(), p["signed_by"].as_str()),
        (Some("bundle"), Some("acme"))
    );
    assert_eq!(
        p["route"]["message_types"],
        serde_json::json!(["0x40"]),
        "{p}"
    );
    assert!(p["calls"].as_u64().expect("calls") > 0, "{p}");

    // Roll back without a restart.
    let r = s
        .client
        .post(format!("{}/api/v1/plugins/acme-lines/rollback", s.base))
        .send()
        .await
        .expect("rollback");
    assert_eq!(r.status(), 200);
    assert_eq!(
        s.post("lines-0", dev.upload(&[text_message("after rollback")]))
            .await
            .status(),
        202
    );
    s.drained().await;
    assert_eq!(
        lines(&s, "lines-0").await.last().cloned(),
        Some(("acme-lines@0.1.0".to_string(), "after rollback".to_string()))
    );

    // A restart keeps the active version.
    s.server.stop().await.expect("stop");
    let dir2 = tempfile::tempdir().expect("tempdir");
    let config = faultline_server::config::ServerConfig {
        data_dir,
        plugins: plugins_toml,
        ..test_config(dir2.path())
    };
    let s = start_with(dir2, config).await;
    let plugins = s.get("/api/v1/plugins").await.to_string();
    assert!(plugins.contains("acme-lines@0.1.0"), "{plugins}");
    s.server.stop().await.expect("stop");
}
