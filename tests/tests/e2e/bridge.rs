//! `faultline bridge` as a child process between a device's text stream and a real server:
//! chunks in `FL1:C` lines reach the server unchanged and decode to the device's events,
//! console lines are echoed, malformed lines are skipped with a warning, and refusals, retries
//! and a missing serial end or delay the bridge as documented.

use std::process::{Command, Output};
use std::time::{Duration, Instant};

use crate::common::*;
use base64::Engine as _;
use faultline_protocol::events::{self, Payload};
use faultline_protocol::frame::Chunker;
use faultline_protocol::region;

const SERIAL: &str = "uart-dev-1";

fn b64(bytes: &[u8]) -> String {
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

async fn bridge(s: &TestServer, key: &str, args: &[&str], stream: String) -> Output {
    run_bridge(s, key, args, stream).await
}

fn stderr_of(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// 200 bytes of a stack: zeros, small values, pointers near the stack, flash addresses, and
/// a 3-byte unaligned tail (word count not a multiple of 4).
fn stack() -> Vec<u8> {
    let words = [0u32, 0x2000_7e40, 0x0800_1e97, 42, 0, 0xa5a5_a5a5];
    words
        .iter()
        .cycle()
        .take(49)
        .flat_map(|w| w.to_le_bytes())
        .chain([0x11, 0x22, 0x33])
        .collect()
}

fn messages() -> Vec<(u8, Vec<u8>)> {
    let heartbeat = Payload::Heartbeat(events::Heartbeat {
        duration_s: 60,
        values: vec![86_400, 41_236, -60, 0, 23],
        at_ms: Some(1_768_469_400_000),
        ..Default::default()
    });
    let coredump = Payload::Coredump(events::Coredump {
        arch: 0,
        reason: 10,
        registers: (0..23).map(|i| 0x2000_0000 + i).collect(),
        regions: vec![events::Region {
            start: 0x2000_7e00,
            data: region::encode_words(0x2000_7e00, &stack()),
            encoding: region::WORDS,
        }],
        truncated: true,
        at_ms: Some(1_768_469_401_000),
    });
    vec![
        context("2.0.1"),
        (heartbeat.msg_type(), heartbeat.encode()),
        (coredump.msg_type(), coredump.encode()),
        log("after the crash"),
    ]
}

/// The chunks of `messages()` at a 20-byte MTU, first of session 5.
fn chunks() -> Vec<Vec<Vec<u8>>> {
    let mut chunker = Chunker::new(20, 5);
    messages()
        .iter()
        .map(|(t, p)| chunker.chunk(&faultline_protocol::frame::encode_message(*t, 1, p)))
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_uart_stream_reaches_the_server_as_the_devices_events() {
    let s = start().await;
    let per_message = chunks();
    let total: usize = per_message.iter().map(Vec::len).sum();
    // The console and the chunk lines interleave as on a shared UART, with CRLF line ends.
    let mut stream = String::from("boot: faultline demo 2.0.1\r\nFL1:D uart-dev-1\r\n");
    for (m, msg) in per_message.iter().enumerate() {
        for (i, c) in msg.iter().enumerate() {
            stream.push_str(&format!("FL1:C {}\r\n", b64(c)));
            if i == 1 {
                stream.push_str(&format!("app: message {m} half sent\r\n"));
            }
        }
        if m == 1 {
            // Line noise: not a chunk of any message, so nothing is lost.
            stream.push_str("FL1:C @@not base64@@\r\n");
        }
    }
    let out = bridge(
        &s,
        &s.key,
        &["--max-chunks", "8", "--flush-ms", "10000"],
        stream,
    )
    .await;
    let err = stderr_of(&out);
    assert!(out.status.success(), "{err}");
    assert!(out.stdout.is_empty(), "stdout stays free");
    assert!(
        err.contains("device: boot: faultline demo 2.0.1\n"),
        "{err}"
    );
    assert!(err.contains("device: app: message 2 half sent\n"), "{err}");
    assert!(
        !err.contains("device: FL1:"),
        "chunk lines are not echoed: {err}"
    );
    let warning = err
        .lines()
        .find(|l| l.starts_with("warning: "))
        .expect("a warning");
    // Line 1 boot, 2 serial, then each message's chunks and one console line.
    let heartbeat_lines = per_message[1].len() + 1;
    let bad_line = 2 + per_message[0].len() + 1 + heartbeat_lines + 1;
    assert!(
        warning.starts_with(&format!(
            "warning: line {bad_line}: `FL1:C` line is not valid base64"
        )),
        "{warning}"
    );
    assert_eq!(
        err.lines().last(),
        Some(
            format!(
                "bridged {total} chunks in {} uploads for serial {SERIAL}; 1 malformed lines skipped",
                total.div_ceil(8)
            )
            .as_str()
        ),
        "{err}"
    );

    s.drained().await;
    let device = s.device(SERIAL).await;
    assert_eq!(device["chunks_received"], total, "{device}");
    assert_eq!(device["outcomes"]["accepted"], total, "{device}");

    let events = s.events(SERIAL, "").await;
    let kinds: Vec<&str> = events
        .iter()
        .map(|e| e["event"]["type"].as_str().expect("type"))
        .collect();
    assert_eq!(kinds, ["context", "heartbeat", "coredump", "logs"]);
    let hb = &events[1];
    assert_eq!(hb["software_version"], "2.0.1");
    assert_eq!(hb["event"]["duration_ms"], 60_000);
    let values: Vec<i64> = hb["event"]["values"]
        .as_array()
        .expect("values")
        .iter()
        .map(|v| v["value"].as_i64().expect("int"))
        .collect();
    assert_eq!(values, [86_400, 41_236, -60, 0, 23]);

    let core = &events[2]["event"];
    assert_eq!(core["reason"], 10);
    assert_eq!(core["arch"], "arm_cortex_m");
    assert_eq!(core["truncated"], true);
    assert_eq!(core["captured_at_ms"], 1_768_469_401_000u64);
    let registers = core["registers"].as_array().expect("registers");
    assert_eq!(registers.len(), 23);
    assert_eq!(registers[15]["number"], 15);
    assert_eq!(registers[15]["value"], 0x2000_000f);
    let region = &core["regions"][0];
    assert_eq!(region["start"], 0x2000_7e00);
    let hex: String = stack().iter().map(|b| format!("{b:02x}")).collect();
    assert_eq!(region["data"], hex, "the raw stack, not its encoding");
    assert_eq!(log_messages(&events), ["after the crash"]);
    s.server.stop().await.expect("stop");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_lost_chunk_line_is_flagged_by_the_server_and_the_next_message_decodes() {
    let s = start().await;
    let per_message = chunks();
    let mut stream = String::new();
    for (m, msg) in per_message.iter().enumerate() {
        for (i, c) in msg.iter().enumerate() {
            if m == 2 && i == 1 {
                // The coredump's 2nd chunk arrives damaged: padding cut off.
                let line = format!("FL1:C {}", b64(c));
                stream.push_str(line.trim_end_matches('='));
                stream.push('\n');
            } else {
                stream.push_str(&format!("FL1:C {}\n", b64(c)));
            }
        }
    }
    // No `FL1:D` line: the serial comes from the command line.
    let out = bridge(&s, &s.key, &["--serial", "uart-dev-2"], stream).await;
    let err = stderr_of(&out);
    assert!(out.status.success(), "{err}");
    assert!(
        err.contains("`FL1:C` line is not valid base64 (invalid padding); skipped"),
        "{err}"
    );
    s.drained().await;
    let events = s.events("uart-dev-2", "").await;
    let kinds: Vec<&str> = events
        .iter()
        .map(|e| e["event"]["type"].as_str().expect("type"))
        .collect();
    assert_eq!(
        kinds,
        ["context", "heartbeat", "logs"],
        "the coredump is lost"
    );
    let device = s.device("uart-dev-2").await;
    assert_eq!(device["outcomes"]["missing_chunk"], 1, "{device}");
    assert_eq!(
        device["outcomes"]["orphan_chunk"],
        per_message[2].len() - 2,
        "{device}"
    );
    s.server.stop().await.expect("stop");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn refusals_and_a_missing_serial_end_the_bridge_with_one_line() {
    let s = start().await;
    let context = &chunks()[0];
    let n = context.len();
    let stream: String = context
        .iter()
        .map(|c| format!("FL1:C {}\n", b64(c)))
        .collect();

    let out = bridge(&s, "not-the-key", &["--serial", "dev-k"], stream.clone()).await;
    assert!(!out.status.success());
    let err = stderr_of(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with(&format!(
            "error: upload of {n} chunks for serial dev-k refused: 401 Unauthorized"
        )),
        "{err}"
    );

    let out = bridge(&s, &s.key, &[], format!("hello\n{stream}")).await;
    assert!(!out.status.success());
    assert_eq!(
        stderr_of(&out),
        "device: hello\nerror: line 2: a chunk before any device serial (no `FL1:D` line came \
         first and --serial was not given)\n"
    );
    assert_eq!(s.raw_records().await, 0, "nothing was stored");
    s.server.stop().await.expect("stop");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rate_limited_uploads_are_retried_after_retry_after() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut config = test_config(dir.path());
    config.ingest.rate_limit_uploads_per_s = 1.0;
    config.ingest.rate_limit_burst = 2;
    let s = start_with(dir, config).await;
    let per_message = chunks();
    let mut stream = String::from("FL1:D uart-dev-3\n");
    let mut total = 0;
    for c in per_message[..2].iter().flatten() {
        stream.push_str(&format!("FL1:C {}\n", b64(c)));
        total += 1;
    }
    let started = Instant::now();
    // One chunk per upload: the 3rd upload is over the burst and gets 429.
    let out = bridge(&s, &s.key, &["--max-chunks", "1"], stream).await;
    let err = stderr_of(&out);
    assert!(out.status.success(), "{err}");
    assert!(
        err.contains("for serial uart-dev-3: 429 Too Many Requests"),
        "{err}"
    );
    assert!(err.contains("retry 1 of 10 in 1.0 s"), "{err}");
    assert!(started.elapsed() >= Duration::from_secs(1));
    assert!(
        err.ends_with(&format!(
            "bridged {total} chunks in {total} uploads for serial uart-dev-3\n"
        )),
        "{err}"
    );
    s.drained().await;
    let kinds: Vec<String> = s
        .events("uart-dev-3", "")
        .await
        .iter()
        .map(|e| e["event"]["type"].as_str().expect("type").to_string())
        .collect();
    assert_eq!(kinds, ["context", "heartbeat"]);
    s.server.stop().await.expect("stop");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unreachable_server_is_retried_with_backoff_then_given_up() {
    // Bind and drop a listener: nothing listens on that port any more.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .expect("bind")
        .local_addr()
        .expect("addr")
        .port();
    let dir = tempfile::tempdir().expect("tempdir");
    let input = dir.path().join("uart.log");
    let context = &chunks()[0];
    let n = context.len();
    let lines: String = context
        .iter()
        .map(|c| format!("FL1:C {}\n", b64(c)))
        .collect();
    std::fs::write(&input, lines).expect("write");
    let started = Instant::now();
    let out = tokio::task::spawn_blocking(move || {
        Command::new(env!("CARGO_BIN_EXE_faultline-under-test"))
            .args(["bridge", "--server", &format!("http://127.0.0.1:{port}")])
            .args(["--key", "k", "--serial", "dev", "--max-retries", "1"])
            .arg("--input")
            .arg(&input)
            .output()
            .expect("run")
    })
    .await
    .expect("join");
    let err = stderr_of(&out);
    assert!(!out.status.success(), "{err}");
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 2, "{err}");
    assert!(
        lines[0].starts_with(&format!(
            "warning: upload of {n} chunks for serial dev: no answer from the server"
        )) && lines[0].ends_with("retry 1 of 1 in 1.0 s"),
        "{err}"
    );
    assert!(
        lines[1].starts_with(&format!(
            "error: upload of {n} chunks for serial dev failed after 1 retries"
        )),
        "{err}"
    );
    assert!(started.elapsed() >= Duration::from_secs(1), "backed off");
}
