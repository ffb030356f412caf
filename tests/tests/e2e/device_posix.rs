//! The C device SDK on its posix port, end to end: `device-sdk/examples/posix` (the
//! `fl-posix-demo` program, built here with make) records metrics, a trace, log lines and its
//! reboot reason, and posts them with the SDK's own HTTP uploader to a real server; the events
//! the server stored are compared with what the program recorded. Also: a crash whose coredump
//! (region encoding 1) is sent by the next run, and power losses in the middle of sending
//! (file-backed storage, the process killing itself after K delivered chunks) after which
//! every message is stored exactly once.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

use crate::common::*;
use serde_json::{Value, json};

// Reset reasons (protocol §10.4).
const POWER_ON: u64 = 1;
const ASSERT: u64 = 9;

/// The demo, built once per test run with the system C compiler.
fn demo() -> &'static Path {
    static BIN: OnceLock<PathBuf> = OnceLock::new();
    BIN.get_or_init(|| {
        let build = Path::new(env!("CARGO_TARGET_TMPDIR")).join("device-sdk-posix");
        let out = Command::new("make")
            .arg("-C")
            .arg(repo_root().join("device-sdk"))
            .arg(format!("BUILD={}", build.display()))
            .arg("demo")
            .output()
            .expect("run make (a C compiler and make are needed)");
        assert!(
            out.status.success(),
            "make demo failed:\n{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        build.join("fl-posix-demo")
    })
}

/// Run the demo against the server `s` (off the async runtime: the server answers it).
async fn run_demo(s: &TestServer, args: &[&str]) -> Output {
    let mut all = vec!["--http".to_string(), s.server.addr.to_string()];
    all.extend(["--key".to_string(), s.key.clone()]);
    all.extend(args.iter().map(|a| a.to_string()));
    run_demo_with(all).await
}

/// Run the demo with exactly these arguments; it must succeed.
async fn run_demo_with(args: Vec<String>) -> Output {
    let shown = args.join(" ");
    let out = tokio::task::spawn_blocking(move || Command::new(demo()).args(&args).output())
        .await
        .expect("join")
        .expect("run fl-posix-demo");
    assert!(
        out.status.success(),
        "fl-posix-demo {shown} failed ({}):\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn of_kind<'a>(events: &'a [Value], kind: &str) -> Vec<&'a Value> {
    events
        .iter()
        .map(|e| &e["event"])
        .filter(|e| e["type"] == kind)
        .collect()
}

fn int(v: i64) -> Value {
    json!({"type": "int", "value": v})
}

/// Position of the demo's first metric, run_tag: the SDK's three built-in metrics (uptime,
/// unexpected resets, crash-free flag) come first.
const RUN_TAG: usize = 3;

/// The heartbeat the demo records for `tag` (examples/posix/faultline_metrics.def): the
/// built-in metrics, then run_tag, loops, battery_mv, temperature_c, work_ms (a real timer:
/// any value), never_updated (unset), then the string fw_state.
fn check_heartbeat(hb: &Value, tag: i64) {
    let values = hb["values"].as_array().expect("values");
    assert_eq!(values.len(), RUN_TAG + 7, "{hb}");
    for builtin in &values[..RUN_TAG] {
        assert_eq!(builtin["type"], "int", "{hb}");
    }
    let values = &values[RUN_TAG..];
    assert_eq!(values[0], int(tag));
    assert_eq!(values[1], int(10 * tag));
    assert_eq!(values[2], int(3700 + tag));
    assert_eq!(values[3], int(-tag));
    assert_eq!(values[4]["type"], "int", "work_ms was updated");
    assert_eq!(values[5], json!({"type": "unset"}));
    assert_eq!(
        values[6],
        json!({"type": "text", "value": format!("tag-{tag}")})
    );
}

fn log_lines(events: &[Value]) -> Vec<(String, String)> {
    of_kind(events, "logs")
        .iter()
        .flat_map(|l| l["records"].as_array().expect("records").clone())
        .map(|r| {
            (
                r["level"].as_str().expect("level").to_string(),
                r["message"].as_str().expect("message").to_string(),
            )
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn metrics_trace_logs_and_reboot_arrive_as_recorded() {
    let s = start().await;
    let serial = "posix-e2e-1";
    // File-backed storage keeps the session counter: the second boot's session id is the
    // first's + 1 (with RAM storage each boot draws a seeded one, 1 in 256 the same).
    let state = tempfile::tempdir().expect("tempdir");
    let dir = state.path().to_str().expect("utf-8 path");
    // A small mtu: every message spans several chunks, uploads of 8 chunks span messages.
    for tag in ["7", "8"] {
        run_demo(
            &s,
            &[
                "--serial",
                serial,
                "--state-dir",
                dir,
                "--tag",
                tag,
                "--mtu",
                "32",
                "--max-chunks",
                "8",
            ],
        )
        .await;
    }
    s.drained().await;
    let events = s.events(serial, "").await;
    let kinds: Vec<_> = events
        .iter()
        .map(|e| e["event"]["type"].as_str().expect("type"))
        .collect();
    let one_boot = ["context", "reboot", "heartbeat", "trace", "logs"];
    assert_eq!(kinds, [one_boot, one_boot].concat(), "{events:#?}");

    let device = s.device(serial).await;
    assert_eq!(device["software_version"], "1.0.0");
    assert_eq!(device["hardware_version"], "host");
    let chunks = device["chunks_received"].as_u64().expect("chunks");
    assert!(chunks > 10, "{device}");
    assert_eq!(device["outcomes"]["accepted"].as_u64(), Some(chunks));

    let context = of_kind(&events, "context");
    assert_eq!(context[0]["software_type"], "posix-demo");
    assert_eq!(
        context[0]["build_id"],
        "b0b1b2b3b4b5b6b7b8b9babbbcbdbebfc0c1c2c3"
    );

    // The process ends without recording a reason: the port reports a power-on.
    for reboot in of_kind(&events, "reboot") {
        assert_eq!(reboot["reason"], POWER_ON);
        assert_eq!(reboot["unexpected"], false);
        assert_eq!(reboot["crash_count"], 0);
    }

    let heartbeats = of_kind(&events, "heartbeat");
    check_heartbeat(heartbeats[0], 7);
    check_heartbeat(heartbeats[1], 8);
    assert!(
        heartbeats[0]["captured_at_ms"]
            .as_u64()
            .expect("capture time")
            > 1_700_000_000_000
    );

    let traces = of_kind(&events, "trace");
    assert_eq!(
        traces[0]["reason"], 1,
        "sensor_timeout, the first trace reason"
    );
    assert_eq!(traces[0]["status_code"], -7);
    assert_eq!(traces[1]["status_code"], -8);
    assert_ne!(traces[0]["pc"], 0);

    let lines = log_lines(&events);
    let want: Vec<(String, String)> = [7, 8]
        .iter()
        .flat_map(|t| {
            [
                ("info", format!("run {t}: started")),
                ("warn", format!("run {t}: battery low")),
                ("error", format!("run {t}: sensor timeout")),
            ]
        })
        .map(|(l, m)| (l.to_string(), m))
        .collect();
    assert_eq!(lines, want);
    s.server.stop().await.expect("stop");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_crash_is_sent_as_a_coredump_by_the_next_boot() {
    let s = start().await;
    let serial = "posix-e2e-crash";
    let state = tempfile::tempdir().expect("tempdir");
    let dir = state.path().to_str().expect("utf-8 path");
    // The crash run records, crashes before it sends anything, and "resets" (exits).
    let crashed = run_demo(
        &s,
        &[
            "--serial",
            serial,
            "--state-dir",
            dir,
            "--tag",
            "3",
            "--crash",
        ],
    )
    .await;
    assert!(
        !String::from_utf8_lossy(&crashed.stderr).contains("chunks in"),
        "nothing was sent before the crash"
    );
    s.drained().await;
    assert!(s.events(serial, "").await.is_empty());

    let next = run_demo(
        &s,
        &[
            "--serial",
            serial,
            "--state-dir",
            dir,
            "--tag",
            "4",
            "--mtu",
            "64",
        ],
    )
    .await;
    let stderr = String::from_utf8_lossy(&next.stderr);
    assert!(
        stderr.contains("last reset reason 9 (unexpected), crash count 1"),
        "{stderr}"
    );
    s.drained().await;
    let events = s.events(serial, "").await;
    let kinds: Vec<_> = events
        .iter()
        .map(|e| e["event"]["type"].as_str().expect("type"))
        .collect();
    // Context, the stored coredump, then the event buffer oldest first: the crashed boot's
    // messages, this boot's reboot message and the log lines written before the crash
    // (uploaded by fl_init after an unexpected reset), then this run's.
    assert_eq!(
        kinds,
        [
            "context",
            "coredump",
            "reboot",
            "heartbeat",
            "trace",
            "logs",
            "reboot",
            "logs",
            "heartbeat",
            "trace",
            "logs"
        ],
        "{events:#?}"
    );

    let core = of_kind(&events, "coredump")[0];
    assert_eq!(core["arch"], "arm_cortex_m");
    assert_eq!(core["reason"], ASSERT);
    assert_eq!(core["truncated"], false);
    let registers = core["registers"].as_array().expect("registers");
    assert_eq!(registers.len(), 23);
    let reg = |n: usize| registers[n]["value"].as_u64().expect("value");
    assert_ne!(reg(15), 0, "pc: fl_crash's caller");
    assert_ne!(reg(13), 0, "sp: the capture's frame");
    let regions = core["regions"].as_array().expect("regions");
    assert_eq!(regions.len(), 1);
    assert_eq!(
        regions[0]["start"].as_u64(),
        Some(reg(13)),
        "the stack from sp up"
    );
    let stack = unhex(regions[0]["data"].as_str().expect("data"));
    assert_eq!(
        stack.len(),
        512,
        "FL_COREDUMP_STACK_BYTES, decoded from encoding 1"
    );
    let marker = b"FLSTACK-MARKER-3";
    assert!(
        stack.windows(marker.len()).any(|w| w == marker),
        "the crashing function's local is in the captured stack"
    );

    let reboots = of_kind(&events, "reboot");
    assert_eq!(reboots[0]["reason"], POWER_ON);
    assert_eq!(reboots[1]["reason"], ASSERT);
    assert_eq!(reboots[1]["unexpected"], true);
    assert_eq!(reboots[1]["crash_count"], 1);
    assert_eq!(reboots[1]["pc"], reg(15));
    let lines = log_lines(&events);
    assert!(lines.contains(&("error".to_string(), "run 3: crashing".to_string())));
    check_heartbeat(of_kind(&events, "heartbeat")[0], 3);
    check_heartbeat(of_kind(&events, "heartbeat")[1], 4);

    // Sent and committed: the next boot has no coredump left to send.
    run_demo(&s, &["--serial", serial, "--state-dir", dir, "--no-record"]).await;
    s.drained().await;
    assert_eq!(
        of_kind(&s.events(serial, "&kind=coredump").await, "coredump").len(),
        1
    );
    s.server.stop().await.expect("stop");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn power_loss_while_sending_loses_and_duplicates_nothing() {
    let s = start().await;
    let serial = "posix-e2e-cut";
    let state = tempfile::tempdir().expect("tempdir");
    let dir = state.path().to_str().expect("utf-8 path");
    // Each run records one boot's worth (reboot, heartbeat, trace, logs: 4 queued messages
    // plus the context), delivers K chunks in uploads of 3 and dies with the next upload
    // pulled but not sent. Messages span 2-4 chunks at this mtu, so cuts land inside messages
    // and between them.
    let cuts = [1usize, 2, 3, 4, 5, 6, 7, 9, 11, 14];
    let mut places = HashMap::new();
    for (i, cut) in cuts.iter().enumerate() {
        let tag = (i + 1).to_string();
        let cut = cut.to_string();
        let out = run_demo(
            &s,
            &[
                "--serial",
                serial,
                "--state-dir",
                dir,
                "--tag",
                &tag,
                "--mtu",
                "24",
                "--max-chunks",
                "3",
                "--cut-after-chunks",
                &cut,
            ],
        )
        .await;
        let stderr = String::from_utf8_lossy(&out.stderr);
        let place = ["mid-message", "between messages"]
            .into_iter()
            .find(|p| stderr.contains(&format!("power loss after {cut} chunks delivered ({p})")))
            .unwrap_or_else(|| panic!("run {tag} did not stop where asked: {stderr}"));
        *places.entry(place).or_insert(0) += 1;
    }
    assert!(
        places.len() == 2,
        "cuts both inside and between messages: {places:?}"
    );
    let last = (cuts.len() + 1).to_string();
    run_demo(
        &s,
        &[
            "--serial",
            serial,
            "--state-dir",
            dir,
            "--tag",
            &last,
            "--mtu",
            "24",
            "--max-chunks",
            "3",
        ],
    )
    .await;
    s.drained().await;
    let events = s.events(serial, "").await;
    let runs = cuts.len() as i64 + 1;

    // Every recorded message exactly once.
    let count = |kind: &str, key: &str, value: &Value| {
        of_kind(&events, kind)
            .iter()
            .filter(|e| &e[key] == value)
            .count()
    };
    let heartbeats = of_kind(&events, "heartbeat");
    assert_eq!(heartbeats.len() as i64, runs, "{events:#?}");
    for tag in 1..=runs {
        let hb: Vec<_> = heartbeats
            .iter()
            .filter(|h| h["values"][RUN_TAG] == int(tag))
            .collect();
        assert_eq!(hb.len(), 1, "heartbeat of run {tag}");
        check_heartbeat(hb[0], tag);
        assert_eq!(
            count("trace", "status_code", &json!(-tag)),
            1,
            "trace of run {tag}"
        );
    }
    // In recording order, run after run.
    let tags: Vec<i64> = heartbeats
        .iter()
        .map(|h| h["values"][RUN_TAG]["value"].as_i64().expect("tag"))
        .collect();
    assert_eq!(tags, (1..=runs).collect::<Vec<_>>());
    let lines = log_lines(&events);
    assert_eq!(lines.len() as i64, 3 * runs);
    for tag in 1..=runs {
        for line in ["started", "battery low", "sensor timeout"] {
            let line = format!("run {tag}: {line}");
            assert_eq!(
                lines.iter().filter(|(_, m)| *m == line).count(),
                1,
                "{line}"
            );
        }
    }
    // One reboot message per boot; killed processes left no reason: power-on each time.
    let reboots = of_kind(&events, "reboot");
    assert_eq!(reboots.len() as i64, runs);
    assert_eq!(count("reboot", "reason", &json!(POWER_ON)) as i64, runs);
    // A context per boot whose context was not cut short.
    let contexts = of_kind(&events, "context").len() as i64;
    assert!((1..=runs).contains(&contexts), "{contexts} contexts");

    // What the receiver saw: partial messages dropped by the new sessions, nothing corrupt,
    // nothing replayed.
    let device = s.device(serial).await;
    let outcomes = &device["outcomes"];
    assert_eq!(outcomes["bad_crc"].as_u64().unwrap_or(0), 0, "{device}");
    assert_eq!(outcomes["bad_length"].as_u64().unwrap_or(0), 0, "{device}");
    assert_eq!(
        outcomes["duplicate_chunk"].as_u64().unwrap_or(0),
        0,
        "{device}"
    );
    assert!(
        outcomes["missing_chunk"].as_u64().unwrap_or(0) >= places["mid-message"],
        "{device}"
    );
    s.server.stop().await.expect("stop");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn uart_lines_reach_the_server_through_the_bridge() {
    let s = start().await;
    let serial = "posix-e2e-uart";
    // FL1 lines at a BLE-sized mtu, with the program's own console lines in between.
    let out = run_demo_with(
        ["--uart", "--mtu", "20", "--serial", serial, "--tag", "5"]
            .map(String::from)
            .to_vec(),
    )
    .await;
    let stream = String::from_utf8(out.stdout).expect("text");
    assert!(stream.starts_with(&format!("FL1:D {serial}\n")), "{stream}");
    let chunks = stream.lines().filter(|l| l.starts_with("FL1:C ")).count();
    assert!(
        stream.lines().any(|l| !l.starts_with("FL1:")),
        "console lines too"
    );
    let bridged = run_bridge(&s, &s.key, &[], stream).await;
    assert!(
        bridged.status.success(),
        "bridge failed: {}",
        String::from_utf8_lossy(&bridged.stderr)
    );
    s.drained().await;
    let device = s.device(serial).await;
    assert_eq!(
        device["outcomes"]["accepted"].as_u64(),
        Some(chunks as u64),
        "every printed chunk accepted: {device}"
    );
    let events = s.events(serial, "").await;
    let kinds: Vec<_> = events
        .iter()
        .map(|e| e["event"]["type"].as_str().expect("type"))
        .collect();
    assert_eq!(kinds, ["context", "reboot", "heartbeat", "trace", "logs"]);
    check_heartbeat(of_kind(&events, "heartbeat")[0], 5);
    assert_eq!(log_lines(&events).len(), 3);
    s.server.stop().await.expect("stop");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn power_loss_between_the_answer_and_the_commit_resends_but_loses_nothing() {
    // The one window the device cannot close: the server stored an upload (202) but the
    // device died before it committed. The next boot must send those messages again (a new
    // session, so the server cannot recognise them): at least once, never lost.
    let s = start().await;
    let serial = "posix-e2e-uncommitted";
    let state = tempfile::tempdir().expect("tempdir");
    let dir = state.path().to_str().expect("utf-8 path");
    let base = [
        "--serial",
        serial,
        "--state-dir",
        dir,
        "--mtu",
        "24",
        "--max-chunks",
        "3",
    ];
    for (tag, cut) in [("1", "4"), ("2", "9")] {
        let mut args = base.to_vec();
        args.extend([
            "--tag",
            tag,
            "--cut-after-chunks",
            cut,
            "--cut-before-commit",
        ]);
        let out = run_demo(&s, &args).await;
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains("before the commit"), "{stderr}");
    }
    let mut args = base.to_vec();
    args.extend(["--tag", "3"]);
    run_demo(&s, &args).await;
    s.drained().await;
    let events = s.events(serial, "").await;
    let heartbeats = of_kind(&events, "heartbeat");
    let lines = log_lines(&events);
    let mut resent = 0;
    for tag in 1..=3i64 {
        let n = heartbeats
            .iter()
            .filter(|h| h["values"][RUN_TAG] == int(tag))
            .count();
        assert!((1..=2).contains(&n), "heartbeat of run {tag}: {n}");
        resent += n - 1;
        let n = lines
            .iter()
            .filter(|(_, m)| *m == format!("run {tag}: started"))
            .count();
        assert!((1..=2).contains(&n), "logs of run {tag}: {n}");
        resent += n - 1;
    }
    // Each cut lost the commit of one upload of 3 chunks: at most a few messages came twice.
    assert!(resent <= 4, "{resent} messages resent");
    s.server.stop().await.expect("stop");
}
