//! `faultline reprocess` after a plugin change rebuilds derived data from the raw log, and
//! running it twice gives the same result. Also `faultline simulate` against a live server.

use std::process::Command;

use crate::common::*;

fn reprocess(config: &std::path::Path) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_faultline-under-test"))
        .args(["reprocess", "--config"])
        .arg(config)
        .env("FAULTLINE_LOG", "warn")
        .output()
        .expect("run reprocess");
    assert!(
        out.status.success(),
        "reprocess failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reprocess_after_a_plugin_change_rebuilds_events_idempotently() {
    let dir = tempfile::tempdir().expect("tempdir");
    // First install: logs go to a broken decoder.
    let broken = misbehave("broken-logs", "logs", "error");
    write_plugins_toml(dir.path(), &broken);
    let config_path = dir.path().join("faultline.toml");
    std::fs::write(
        &config_path,
        format!("version = 1\ndata_dir = \"data\"\nplugins = \"plugins.toml\"\napi_token = {ADMIN_TOKEN:?}\n"),
    )
    .expect("config");
    let mut config = faultline_server::config::ServerConfig::load(&config_path).expect("config");
    config.listen = "127.0.0.1:0".parse().expect("addr");
    let s = start_with(dir, config).await;
    let mut dev = Device::new(32, 3);
    for i in 0..5 {
        let body = dev.upload(&[context("3.1.0"), log(&format!("line {i}"))]);
        assert_eq!(s.post("dev-r", body).await.status(), 202);
    }
    s.drained().await;
    let before = s.device("dev-r").await;
    assert!(before["outcomes"]["plugin_error"].as_u64().expect("failed") > 0);
    assert!(log_messages(&s.events("dev-r", "").await).is_empty());
    let TestServer { server, dir, .. } = s;
    server.stop().await.expect("stop");

    // The operator fixes plugins.toml: logs now go to the reference decoder.
    write_plugins_toml(dir.path(), "");
    let first = reprocess(&config_path);
    assert!(first.contains("reprocessed 5 raw records"), "{first}");
    let second = reprocess(&config_path);
    assert_eq!(first.split(" in ").next(), second.split(" in ").next());

    let mut config = faultline_server::config::ServerConfig::load(&config_path).expect("config");
    config.listen = "127.0.0.1:0".parse().expect("addr");
    let s = start_with(dir, config).await;
    s.drained().await;
    let expected: Vec<String> = (0..5).map(|i| format!("line {i}")).collect();
    assert_eq!(log_messages(&s.events("dev-r", "").await), expected);
    let after = s.device("dev-r").await;
    assert_eq!(after["outcomes"].get("plugin_error"), None, "{after}");
    assert_eq!(
        after["outcomes"]["accepted"].as_u64(),
        after["chunks_received"].as_u64()
    );
    assert_eq!(after["events_stored"], 10, "5 contexts + 5 logs, once each");
    s.server.stop().await.expect("stop");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn simulated_devices_show_up_with_their_events() {
    let s = start().await;
    let report = faultline_server::simulate::run(faultline_server::simulate::SimulateArgs {
        devices: 5,
        duration: 2,
        interval_ms: 200,
        mtu: 20,
        seed: 7,
        new_release_share: 0.0,
        token: Some(ADMIN_TOKEN.into()),
        ..faultline_server::simulate::SimulateArgs::new(&s.base, &s.key)
    })
    .await
    .expect("simulate");
    assert!(report.uploads_accepted >= 10, "{report}");
    assert!(report.refused.is_empty(), "{report}");
    s.drained().await;
    let devices = s.get("/api/v1/projects/default/devices").await;
    assert_eq!(devices["devices"].as_array().expect("devices").len(), 5);
    let events = s.events("sim-00003", "&kind=heartbeat").await;
    assert!(!events.is_empty());
    assert_eq!(events[0]["software_version"], "1.4.2");
    assert_eq!(
        events[0]["event"]["values"]
            .as_array()
            .expect("values")
            .len(),
        faultline_server::simulate::METRICS.len(),
        "ten integers and the region string"
    );
    let device = s.device("sim-00003").await;
    assert_eq!(
        device["outcomes"]["accepted"].as_u64(),
        device["chunks_received"].as_u64(),
        "every simulated chunk is protocol-correct: {device}"
    );
    s.server.stop().await.expect("stop");
}

#[test]
fn project_commands_and_errors_read_well() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_faultline-under-test"))
            .args(args)
            .env("RUST_BACKTRACE", "1")
            .output()
            .expect("run")
    };
    let data_arg = data.to_str().expect("utf-8 path");
    let out = run(&["project", "create", "fleet-a", "--data", data_arg]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let created = String::from_utf8_lossy(&out.stdout).into_owned();
    let key = created
        .lines()
        .find_map(|l| l.strip_prefix("fleet-a\t"))
        .expect("name and key printed");
    assert!(key.starts_with("fl_") && key.len() == 35, "{created}");
    let listed = run(&["project", "list", "--data", data_arg]);
    let listed = String::from_utf8_lossy(&listed.stdout).into_owned();
    assert!(listed.contains("default\t") && listed.contains(&format!("fleet-a\t{key}")));

    let bad = run(&["project", "create", "Not Valid", "--data", data_arg]);
    assert_eq!(bad.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&bad.stderr),
        "error: invalid project name `Not Valid`: use 1-64 characters of a-z, 0-9, - and _\n",
        "one line, no backtrace"
    );
    let config = dir.path().join("bad.toml");
    std::fs::write(&config, "version = 1\nlisten_addr = \"x\"\n").expect("write");
    let bad = run(&["check-config", "--config", config.to_str().expect("utf-8")]);
    assert_eq!(bad.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&bad.stderr);
    assert!(
        stderr.starts_with("error: ") && stderr.contains("unknown field `listen_addr`"),
        "{stderr}"
    );
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
}
