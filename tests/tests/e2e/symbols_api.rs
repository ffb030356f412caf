//! Symbol files through the HTTP API: a real firmware ELF from arm-none-eabi-gcc is stored
//! under its GNU build id, listed and deleted; corrupt, non-ELF and build-id-less files get a
//! clear 400 and store nothing.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::*;
use serde_json::Value;

fn tool(cmd: &mut Command) -> Vec<u8> {
    let out = cmd.output().unwrap_or_else(|e| {
        panic!("cannot run {cmd:?} ({e}): run ./dev setup to install the firmware toolchain")
    });
    assert!(
        out.status.success(),
        "{cmd:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

/// The QEMU example firmware for an386, built once into the test's temporary directory (once
/// per run: concurrent makes in one directory would read each other's half-written ELF).
fn firmware() -> PathBuf {
    static BUILT: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    BUILT.get_or_init(build_firmware).clone()
}

fn build_firmware() -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("symbols-api-fw");
    tool(
        Command::new("make")
            .arg("-s")
            .arg("-C")
            .arg(repo_root().join("device-sdk/examples/qemu-mps2"))
            .arg("BOARD=an386")
            .arg(format!("BUILD={}", dir.display())),
    );
    dir.join("fw.elf")
}

/// The build id as binutils reads it: the oracle for what the server indexed.
fn readelf_build_id(elf: &Path) -> String {
    let notes = String::from_utf8(tool(
        Command::new("arm-none-eabi-readelf").arg("-n").arg(elf),
    ))
    .expect("utf-8");
    notes
        .lines()
        .find_map(|l| l.trim().strip_prefix("Build ID: "))
        .expect("a build id note")
        .trim()
        .to_string()
}

async fn upload(s: &TestServer, query: &str, body: Vec<u8>) -> (u16, Value) {
    let r = s
        .client
        .post(format!("{}/api/v1/projects/default/symbols{query}", s.base))
        .body(body)
        .send()
        .await
        .expect("request");
    let status = r.status().as_u16();
    (status, r.json().await.expect("json"))
}

async fn listed(s: &TestServer) -> Vec<String> {
    s.get("/api/v1/projects/default/symbols").await["symbols"]
        .as_array()
        .expect("list")
        .iter()
        .map(|m| m["build_id"].as_str().expect("id").to_string())
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_firmware_elf_is_stored_by_build_id_listed_and_deleted() {
    let elf = firmware();
    let bytes = std::fs::read(&elf).expect("read elf");
    let id = readelf_build_id(&elf);
    let s = start().await;

    let (status, meta) = upload(&s, "?name=fw.elf", bytes.clone()).await;
    assert_eq!(status, 201, "{meta}");
    assert_eq!(meta["build_id"], id.as_str());
    assert_eq!(meta["size"], bytes.len() as u64);
    assert_eq!(meta["debug_info"], true);
    assert_eq!(meta["arch"], "arm");
    assert_eq!(listed(&s).await, std::slice::from_ref(&id));
    // The bytes are on disk under the data directory.
    let stored = std::fs::read_dir(s.dir.path().join("data/symbols"))
        .expect("symbols directory")
        .map(|d| d.expect("entry").path().join(format!("{id}.elf")))
        .find(|p| p.exists())
        .expect("the stored file");
    assert_eq!(std::fs::read(&stored).expect("stored file"), bytes);

    let del = |id: String| {
        let (client, base) = (s.client.clone(), s.base.clone());
        async move {
            client
                .delete(format!("{base}/api/v1/projects/default/symbols/{id}"))
                .send()
                .await
                .expect("request")
                .status()
                .as_u16()
        }
    };
    assert_eq!(del(id.clone()).await, 204);
    assert_eq!(del(id.clone()).await, 404);
    assert!(listed(&s).await.is_empty());
    assert!(!stored.exists());
    s.server.stop().await.expect("stop");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_files_are_refused_with_a_reason_and_store_nothing() {
    let elf = firmware();
    let bytes = std::fs::read(&elf).expect("read elf");
    let s = start().await;

    let (status, err) = upload(&s, "", b"#!/bin/sh\necho not an elf\n".to_vec()).await;
    assert_eq!(status, 400, "{err}");
    assert!(
        err["message"]
            .as_str()
            .expect("message")
            .contains("not an ELF"),
        "{err}"
    );

    let (status, err) = upload(&s, "", bytes[..bytes.len() / 3].to_vec()).await;
    assert_eq!(status, 400, "truncated: {err}");

    let (status, err) = upload(&s, "", Vec::new()).await;
    assert_eq!(status, 400, "empty: {err}");

    let (status, err) = upload(&s, "?software_type=main", bytes.clone()).await;
    assert_eq!(status, 400, "half a version: {err}");
    assert!(listed(&s).await.is_empty(), "nothing stored");

    // Without a build id the file is accepted only with a version to match it by.
    let dir = tempfile::tempdir().expect("tempdir");
    let no_id = dir.path().join("no-id.elf");
    tool(
        Command::new("arm-none-eabi-objcopy")
            .args(["--remove-section", ".note.gnu.build-id"])
            .arg(&elf)
            .arg(&no_id),
    );
    let no_id = std::fs::read(&no_id).expect("read");
    let (status, err) = upload(&s, "", no_id.clone()).await;
    assert_eq!(status, 400, "{err}");
    assert!(
        err["message"]
            .as_str()
            .expect("message")
            .contains("build id"),
        "{err}"
    );
    let (status, meta) = upload(&s, "?software_type=main&software_version=1.0.0", no_id).await;
    assert_eq!(status, 201, "{meta}");
    assert_eq!(meta["software_version"], "1.0.0");
    assert_eq!(listed(&s).await.len(), 1);
    s.server.stop().await.expect("stop");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_upload_symbols_command_stores_files_and_reports_refusals() {
    let elf = firmware();
    let id = readelf_build_id(&elf);
    let s = start().await;
    let run = |files: Vec<PathBuf>| {
        let base = s.base.clone();
        tokio::task::spawn_blocking(move || {
            Command::new(env!("CARGO_BIN_EXE_faultline-under-test"))
                .args(["upload-symbols", "--server", &base, "--token", ADMIN_TOKEN])
                .args(files)
                .output()
                .expect("run upload-symbols")
        })
    };
    let out = run(vec![elf.clone()]).await.expect("join");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.contains(&format!("stored, build id {id}")),
        "{stdout}"
    );
    assert_eq!(listed(&s).await, std::slice::from_ref(&id));

    let dir = tempfile::tempdir().expect("tempdir");
    let text = dir.path().join("notes.txt");
    std::fs::write(&text, "not an elf").expect("write");
    let out = run(vec![text]).await.expect("join");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(
        stderr.contains("notes.txt: refused (400 Bad Request)") && stderr.contains("not an ELF"),
        "{stderr}"
    );
    s.server.stop().await.expect("stop");
}

/// A real crash: the an386 firmware's `bad_store` under QEMU, bridged into the server.
async fn crash_into(s: &TestServer, elf: &Path, serial: &str) -> u64 {
    let elf = elf.to_path_buf();
    let serial_arg = format!("serial={serial}");
    let uart = tokio::task::spawn_blocking(move || {
        tool(
            Command::new("timeout")
                .args(["20", "qemu-system-arm", "-M", "mps2-an386", "-nographic"])
                .args([
                    "-monitor",
                    "none",
                    "-serial",
                    "stdio",
                    "-semihosting-config",
                ])
                .arg(format!(
                    "enable=on,target=native,arg=fw.elf,arg=bad_store,arg={serial_arg}"
                ))
                .arg("-kernel")
                .arg(&elf)
                .stdin(std::process::Stdio::null()),
        )
    })
    .await
    .expect("join");
    let out = run_bridge(s, &s.key, &[], uart).await;
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    s.drained().await;
    let events = s.events(serial, "&kind=coredump").await;
    assert_eq!(events.len(), 1, "one coredump");
    events[0]["id"].as_u64().expect("id")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_crash_gets_its_backtrace_once_symbols_arrive() {
    let elf = firmware();
    let s = start().await;
    let id = crash_into(&s, &elf, "bt-1").await;
    let path = format!("/api/v1/projects/default/devices/bt-1/events/{id}/backtrace");

    // Before the upload: registers and the decoded fault, no frames to speak of.
    let bt = s.get(&path).await;
    assert_eq!(bt["symbols"]["status"], "missing", "{bt}");
    assert_eq!(bt["symbols"]["build_id"], readelf_build_id(&elf).as_str());
    assert_eq!(
        bt["fault"][0], "precise data bus error at 0x30000000",
        "{bt}"
    );
    assert_eq!(bt["registers"]["bfar"], "0x30000000");

    // After it, the same stored crash unwinds and symbolicates.
    let (status, meta) = upload(&s, "", std::fs::read(&elf).expect("elf")).await;
    assert_eq!(status, 201, "{meta}");
    let bt = s.get(&path).await;
    assert_eq!(bt["symbols"]["status"], "found", "{bt}");
    let functions: Vec<&str> = bt["frames"]
        .as_array()
        .expect("frames")
        .iter()
        .filter_map(|f| f["symbols"][0]["function"].as_str())
        .collect();
    assert_eq!(functions.first(), Some(&"crash_bad_store"), "{bt}");
    assert!(functions.contains(&"main"), "{functions:?}");
    let top = &bt["frames"][0]["symbols"][0];
    assert!(
        top["file"].as_str().expect("file").ends_with("main.c") && top["line"].as_u64() > Some(0),
        "{top}"
    );
    assert_eq!(bt["end"], "end_of_stack", "{bt}");
    // The crash's identity for grouping: by names, so stable across rebuilds.
    assert!(
        bt["fingerprint"]["id"]
            .as_str()
            .expect("fingerprint")
            .starts_with("v1:")
    );
    assert_eq!(bt["fingerprint"]["signature"][1], "crash_bad_store", "{bt}");
    s.server.stop().await.expect("stop");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_symbol_file_over_the_configured_limit_is_refused_whole() {
    let elf = firmware();
    let bytes = std::fs::read(&elf).expect("elf");
    let dir = tempfile::tempdir().expect("tempdir");
    let mut config = test_config(dir.path());
    config.max_symbol_file_bytes = bytes.len() - 1;
    let s = start_with(dir, config).await;
    let (status, err) = upload(&s, "", bytes.clone()).await;
    assert_eq!(status, 413, "{err}");
    assert!(
        err["message"]
            .as_str()
            .expect("message")
            .contains(&format!("{} bytes", bytes.len() - 1)),
        "{err}"
    );
    assert!(listed(&s).await.is_empty(), "nothing stored");
    let stored = s.dir.path().join("data/symbols");
    assert!(
        !stored.exists() || walk_is_empty(&stored),
        "no file left behind"
    );
    s.server.stop().await.expect("stop");
}

fn walk_is_empty(dir: &Path) -> bool {
    std::fs::read_dir(dir).expect("dir").all(|e| {
        let p = e.expect("entry").path();
        p.is_dir() && walk_is_empty(&p)
    })
}
