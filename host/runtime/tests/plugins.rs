//! The runtime against the real bundled components (built from `plugins/` by
//! faultline-plugin-build): decoding, every sandbox failure, recovery, the circuit breaker and
//! the precompiled cache; symbolicators in `symbolicators/`.

mod native;
mod rules;
mod symbolicators;

use std::path::Path;
use std::time::{Duration, Instant};

use faultline_model::{
    Architecture, DeviceContext, Event, EventKind, LogLevel, LogRecord, MemoryRegion, MetricValue,
    PluginFailure, Register,
};
use faultline_plugin_build::{DECODER_V1, MISBEHAVE, bundled};
use faultline_protocol::events::{
    Context, Coredump, Heartbeat, LogRecord as PbLog, Logs, Reboot, Region, Trace,
};
use faultline_protocol::message_type as mt;
use faultline_runtime::{
    DecodeError, Manifest, PluginId, PluginState, Rejection, Runtime, RuntimeError,
};
use prost::Message as _;

fn ctx() -> DeviceContext {
    DeviceContext {
        serial: "SN-0001".into(),
        hardware_version: "evt-2".into(),
        software_type: "main".into(),
        software_version: "1.2.3".into(),
        build_id: vec![0xab; 20],
    }
}

fn decoder_entry(id: &str) -> String {
    format!(
        "[[plugin]]\nid = \"{id}\"\nkind = \"decoder\"\npath = {:?}\n",
        bundled(DECODER_V1)
    )
}

/// A misbehave plugin in `mode`, with extra TOML lines (e.g. `[plugin.limits]`).
fn misbehave_entry(id: &str, mode: &str, extra: &str) -> String {
    format!(
        "[[plugin]]\nid = \"{id}\"\nkind = \"decoder\"\npath = {:?}\n{extra}\n[plugin.config]\nmode = \"{mode}\"\n",
        bundled(MISBEHAVE)
    )
}

fn runtime(entries: &[String], cache: &Path) -> Runtime {
    let text = format!("version = 1\n{}", entries.join("\n"));
    let manifest = Manifest::from_toml_str(&text, Path::new("/")).expect("valid manifest");
    Runtime::new(manifest, cache).expect("runtime starts")
}

fn id(s: &str) -> PluginId {
    PluginId::new(s)
}

fn failure(r: Result<Vec<Event>, DecodeError>) -> (PluginFailure, String) {
    match r {
        Err(DecodeError::Failed { failure, detail }) => (failure, detail),
        other => panic!("expected a plugin failure, got {other:?}"),
    }
}

fn heartbeat_payload() -> Vec<u8> {
    Heartbeat {
        duration_s: 3600,
        values: vec![-5, 7, 1 << 40, 0, 12],
        texts: vec!["ok".into(), "wifi".into()],
        unset: vec![0b0000_1010],
        at_ms: Some(123_456),
    }
    .encode_to_vec()
}

fn assert_decoder_works(rt: &Runtime, plugin: &str) {
    let events = rt
        .decode(&id(plugin), &ctx(), mt::HEARTBEAT, &heartbeat_payload())
        .expect("decoder-v1 decodes a heartbeat");
    assert_eq!(
        events,
        vec![Event {
            captured_at_ms: Some(123_456),
            kind: EventKind::Heartbeat {
                duration_ms: 3_600_000,
                values: vec![
                    MetricValue::Int(-5),
                    MetricValue::Unset,
                    MetricValue::Int(1 << 40),
                    MetricValue::Unset,
                    MetricValue::Int(12),
                    MetricValue::Text("ok".into()),
                    MetricValue::Text("wifi".into()),
                ],
            },
        }]
    );
}

#[test]
fn decoder_v1_decodes_every_standard_message() {
    let cache = tempfile::tempdir().expect("tempdir");
    let rt = runtime(&[decoder_entry("decoder-v1")], cache.path());
    let d = |t: u8, payload: &[u8]| rt.decode(&id("decoder-v1"), &ctx(), t, payload);

    assert_decoder_works(&rt, "decoder-v1");

    let context = Context {
        software_type: "main".into(),
        software_version: "2.0.0".into(),
        hardware_version: "dvt-1".into(),
        build_id: vec![1, 2, 3, 4],
    };
    assert_eq!(
        d(mt::CONTEXT, &context.encode_to_vec()),
        Ok(vec![Event {
            captured_at_ms: None,
            kind: EventKind::Context(DeviceContext {
                serial: "SN-0001".into(),
                hardware_version: "dvt-1".into(),
                software_type: "main".into(),
                software_version: "2.0.0".into(),
                build_id: vec![1, 2, 3, 4],
            }),
        }])
    );

    let trace = Trace {
        reason: 7,
        pc: 0x0800_1234,
        lr: 0x0800_1001,
        status: Some(-22),
        at_ms: Some(99),
    };
    assert_eq!(
        d(mt::TRACE, &trace.encode_to_vec()),
        Ok(vec![Event {
            captured_at_ms: Some(99),
            kind: EventKind::Trace {
                reason: 7,
                pc: 0x0800_1234,
                lr: 0x0800_1001,
                status_code: Some(-22),
            },
        }])
    );

    let reboot = Reboot {
        reason: 0x8002,
        unexpected: true,
        pc: Some(0x0800_2000),
        lr: None,
        crash_count: 3,
        at_ms: None,
    };
    assert_eq!(
        d(mt::REBOOT, &reboot.encode_to_vec()),
        Ok(vec![Event {
            captured_at_ms: None,
            kind: EventKind::Reboot {
                reason: 0x8002,
                unexpected: true,
                pc: Some(0x0800_2000),
                lr: None,
                crash_count: 3,
            },
        }])
    );

    let logs = Logs {
        records: (0..4u32)
            .map(|level| PbLog {
                at_ms: (level != 2).then_some(u64::from(level) * 10),
                level,
                message: format!("line {level} ✓"),
            })
            .collect(),
    };
    let levels = [
        LogLevel::Debug,
        LogLevel::Info,
        LogLevel::Warn,
        LogLevel::Error,
    ];
    assert_eq!(
        d(mt::LOGS, &logs.encode_to_vec()),
        Ok(vec![Event {
            captured_at_ms: None,
            kind: EventKind::Logs {
                records: (0..4u64)
                    .map(|i| LogRecord {
                        timestamp_ms: (i != 2).then_some(i * 10),
                        level: levels[i as usize],
                        message: format!("line {i} ✓"),
                    })
                    .collect(),
            },
        }])
    );

    // Zeros, a small value, a pointer near the region, a flash address, and an unaligned tail.
    let stack: Vec<u8> = [0u32, 7, 0x2000_1f00, 0x0800_4a3c]
        .iter()
        .cycle()
        .take(75)
        .flat_map(|w| w.to_le_bytes())
        .chain([0xbe; 3])
        .collect();
    for (arch, expected) in [
        (0, Architecture::ArmCortexM),
        (1, Architecture::Riscv32),
        (2, Architecture::Xtensa),
        (9, Architecture::Other),
    ] {
        let core = Coredump {
            arch,
            reason: 0x9001,
            registers: vec![10, 11, 12],
            regions: vec![
                Region {
                    start: 0x2000_0000,
                    data: vec![0xde, 0xad],
                    encoding: 0,
                },
                // Words-encoded: the decoder hands on the raw memory.
                Region {
                    start: 0x2000_1000,
                    data: faultline_protocol::region::encode_words(0x2000_1000, &stack),
                    encoding: faultline_protocol::region::WORDS,
                },
            ],
            truncated: arch == 1,
            at_ms: Some(5),
        };
        assert_eq!(
            d(mt::COREDUMP, &core.encode_to_vec()),
            Ok(vec![Event {
                captured_at_ms: Some(5),
                kind: EventKind::Coredump {
                    arch: expected,
                    reason: 0x9001,
                    registers: (0..3)
                        .map(|n| Register {
                            number: n,
                            value: 10 + u64::from(n),
                        })
                        .collect(),
                    regions: vec![
                        MemoryRegion {
                            start: 0x2000_0000,
                            data: vec![0xde, 0xad],
                        },
                        MemoryRegion {
                            start: 0x2000_1000,
                            data: stack.clone(),
                        },
                    ],
                    truncated: arch == 1,
                },
            }])
        );
    }

    assert_eq!(
        d(0x41, b"\x01\x02vendor"),
        Ok(vec![Event {
            captured_at_ms: None,
            kind: EventKind::Custom {
                type_name: "vendor-0x41".into(),
                data: b"\x01\x02vendor".to_vec(),
            },
        }])
    );

    // The device's fault: rejections, not plugin failures.
    match d(0x20, b"") {
        Err(DecodeError::Rejected {
            reason: Rejection::Unsupported,
            detail,
        }) => assert_eq!(detail, "message type 0x20 is reserved"),
        other => panic!("expected unsupported, got {other:?}"),
    }
    match d(mt::HEARTBEAT, &[0xff, 0xff, 0xff]) {
        Err(DecodeError::Rejected {
            reason: Rejection::Malformed,
            detail,
        }) => assert!(detail.starts_with("invalid heartbeat payload"), "{detail}"),
        other => panic!("expected malformed, got {other:?}"),
    }
    let bad_level = Logs {
        records: vec![PbLog {
            at_ms: None,
            level: 4,
            message: String::new(),
        }],
    };
    assert!(matches!(
        d(mt::LOGS, &bad_level.encode_to_vec()),
        Err(DecodeError::Rejected {
            reason: Rejection::Malformed,
            ..
        })
    ));

    let stats = rt.stats();
    assert_eq!(stats.len(), 1);
    let s = &stats[0];
    assert_eq!(s.state, PluginState::Enabled);
    assert_eq!(s.calls, 13);
    assert_eq!(s.latency.count, 13);
    assert_eq!(
        s.rejections,
        vec![(Rejection::Malformed, 2), (Rejection::Unsupported, 1)]
    );
    assert!(s.failures.iter().all(|(_, n)| *n == 0), "{:?}", s.failures);
    // Rejections are the device's fault: the breaker does not count them.
    assert_eq!(s.consecutive_failures, 0);
}

#[test]
fn wasm_decoder_matches_native_reference() {
    let cache = tempfile::tempdir().expect("tempdir");
    let rt = runtime(&[decoder_entry("decoder-v1")], cache.path());
    let cases: Vec<(u8, Vec<u8>)> = vec![
        (mt::HEARTBEAT, heartbeat_payload()),
        (mt::HEARTBEAT, Vec::new()),
        (
            mt::TRACE,
            Trace {
                reason: 1,
                pc: 2,
                lr: 3,
                status: None,
                at_ms: None,
            }
            .encode_to_vec(),
        ),
        (mt::COREDUMP, vec![0x0a, 0x05, 1, 2, 3]),
        (
            mt::COREDUMP,
            Coredump {
                registers: vec![1, 0x2000_0000],
                regions: vec![Region {
                    start: 0x2000_0000,
                    data: faultline_protocol::region::encode_words(0x2000_0000, &[0, 1, 2, 3, 4]),
                    encoding: 1,
                }],
                truncated: true,
                ..Default::default()
            }
            .encode_to_vec(),
        ),
        // Encoding 1 with a byte left over: malformed.
        (
            mt::COREDUMP,
            vec![0x22, 0x06, 0x12, 0x02, 0x00, 0x00, 0x18, 0x01],
        ),
        (0x7f, vec![9; 40]),
        (0x3f, vec![]),
    ];
    for (t, payload) in cases {
        let wasm = rt.decode(&id("decoder-v1"), &ctx(), t, &payload);
        let native = native::decode(&ctx(), t, &payload);
        match (wasm, native) {
            (Ok(w), Ok(n)) => assert_eq!(w, n, "type 0x{t:02x}"),
            (Err(DecodeError::Rejected { reason, .. }), Err(n)) => {
                assert_eq!(reason.as_str(), n, "type 0x{t:02x}")
            }
            (w, n) => panic!("type 0x{t:02x}: wasm {w:?} vs native {n:?}"),
        }
    }
}

#[test]
fn each_misbehaviour_is_classified_and_the_runtime_keeps_working() {
    let cache = tempfile::tempdir().expect("tempdir");
    let limits =
        "[plugin.limits]\ntimeout_ms = 50\nmax_memory_bytes = 16777216\nbreaker_failures = 100";
    let modes = [
        ("trap", PluginFailure::Trap),
        ("loop", PluginFailure::Timeout),
        ("memory-bomb", PluginFailure::MemoryLimit),
        ("big-output", PluginFailure::OutputTooLarge),
        ("garbage", PluginFailure::BadOutput),
        ("error", PluginFailure::PluginError),
    ];
    let mut entries = vec![decoder_entry("decoder-v1")];
    entries.extend(
        modes
            .iter()
            .map(|(mode, _)| misbehave_entry(&format!("mb-{mode}"), mode, limits)),
    );
    entries.push(misbehave_entry("mb-fine", "fine", limits));
    let rt = runtime(&entries, cache.path());

    for (mode, expected) in modes {
        let plugin = id(&format!("mb-{mode}"));
        let started = Instant::now();
        let (got, detail) = failure(rt.decode(&plugin, &ctx(), 0x41, b"x"));
        let elapsed = started.elapsed();
        assert_eq!(got, expected, "mode {mode}: {detail}");
        match mode {
            "loop" => {
                assert!(
                    elapsed >= Duration::from_millis(45) && elapsed < Duration::from_secs(2),
                    "timeout after {elapsed:?}"
                );
            }
            "big-output" => assert!(detail.starts_with("output is "), "{detail}"),
            "garbage" => assert_eq!(detail, "heartbeat has 5000 values (limit 1024)"),
            "error" => assert_eq!(detail, "misbehave: error requested"),
            _ => {}
        }
        // Same mode again: the plugin fails the same way (a fresh instance after a trap).
        let (again, _) = failure(rt.decode(&plugin, &ctx(), 0x41, b"x"));
        assert_eq!(again, expected, "mode {mode}, second call");
        // And the other plugins are unaffected.
        assert_decoder_works(&rt, "decoder-v1");
    }

    let fine = rt
        .decode(&id("mb-fine"), &ctx(), 0x41, b"abc")
        .expect("misbehave in a normal mode succeeds");
    assert_eq!(
        fine,
        vec![Event {
            captured_at_ms: None,
            kind: EventKind::Custom {
                type_name: "misbehave".into(),
                data: b"\x41abc".to_vec(),
            },
        }]
    );

    for (mode, expected) in modes {
        let stats = rt.stats();
        let s = stats
            .iter()
            .find(|s| s.id.as_str() == format!("mb-{mode}"))
            .expect("stats for every plugin");
        assert_eq!(s.failures_of(expected), 2, "mode {mode}");
        assert_eq!(s.calls, 2);
        assert_eq!(s.consecutive_failures, 2);
    }
}

#[test]
fn a_trapped_instance_is_replaced_and_the_next_call_succeeds() {
    let cache = tempfile::tempdir().expect("tempdir");
    let rt = runtime(
        &[misbehave_entry(
            "mb",
            "from-payload",
            "[plugin.limits]\nmax_memory_bytes = 16777216",
        )],
        cache.path(),
    );
    let mb = id("mb");
    for bad in ["trap", "loop", "memory-bomb"] {
        let (f, _) = failure(rt.decode(&mb, &ctx(), 0x41, bad.as_bytes()));
        assert_ne!(f, PluginFailure::Disabled, "{bad}");
        let ok = rt
            .decode(&mb, &ctx(), 0x41, b"ok")
            .unwrap_or_else(|e| panic!("call after {bad} fails: {e}"));
        assert_eq!(
            ok[0].kind,
            EventKind::Custom {
                type_name: "misbehave".into(),
                data: b"\x41ok".to_vec(),
            }
        );
    }
    let s = &rt.stats()[0];
    assert_eq!(s.failures_of(PluginFailure::Trap), 1);
    assert_eq!(s.failures_of(PluginFailure::Timeout), 1);
    assert_eq!(s.failures_of(PluginFailure::MemoryLimit), 1);
    assert_eq!(s.consecutive_failures, 0);
}

#[test]
fn breaker_opens_after_consecutive_failures_and_recovers_after_cooldown() {
    let cache = tempfile::tempdir().expect("tempdir");
    let rt = runtime(
        &[misbehave_entry(
            "mb",
            "from-payload",
            "[plugin.limits]\nbreaker_failures = 3\nbreaker_cooldown_ms = 300",
        )],
        cache.path(),
    );
    let mb = id("mb");
    let state = || rt.stats()[0].state;

    // Rejections do not count; an `ok` resets the streak.
    failure(rt.decode(&mb, &ctx(), 0x41, b"error"));
    failure(rt.decode(&mb, &ctx(), 0x41, b"error"));
    rt.decode(&mb, &ctx(), 0x41, b"ok").expect("ok");
    assert_eq!(rt.stats()[0].consecutive_failures, 0);

    for _ in 0..3 {
        assert_eq!(state(), PluginState::Enabled);
        let (f, _) = failure(rt.decode(&mb, &ctx(), 0x41, b"error"));
        assert_eq!(f, PluginFailure::PluginError);
    }
    assert_eq!(state(), PluginState::Open);
    // Open: even a good message is refused without calling the guest.
    let calls_before = rt.stats()[0].calls;
    let (f, detail) = failure(rt.decode(&mb, &ctx(), 0x41, b"ok"));
    assert_eq!(f, PluginFailure::Disabled, "{detail}");
    assert!(detail.starts_with("circuit breaker open"), "{detail}");
    assert_eq!(rt.stats()[0].calls, calls_before);
    assert_eq!(rt.stats()[0].failures_of(PluginFailure::Disabled), 1);

    // After the cooldown one trial call; a failing trial opens the breaker again at once.
    std::thread::sleep(Duration::from_millis(350));
    assert_eq!(state(), PluginState::HalfOpen);
    let (f, _) = failure(rt.decode(&mb, &ctx(), 0x41, b"error"));
    assert_eq!(f, PluginFailure::PluginError);
    assert_eq!(state(), PluginState::Open);
    let (f, _) = failure(rt.decode(&mb, &ctx(), 0x41, b"ok"));
    assert_eq!(f, PluginFailure::Disabled);

    // A successful trial closes it.
    std::thread::sleep(Duration::from_millis(350));
    rt.decode(&mb, &ctx(), 0x41, b"ok")
        .expect("trial call succeeds");
    assert_eq!(state(), PluginState::Enabled);
    assert_eq!(rt.stats()[0].consecutive_failures, 0);
    rt.decode(&mb, &ctx(), 0x41, b"ok").expect("closed again");
}

#[test]
fn precompiled_components_are_cached_and_reused() {
    let cache = tempfile::tempdir().expect("tempdir");
    let entries = [
        decoder_entry("decoder-v1"),
        misbehave_entry("mb", "fine", ""),
    ];
    let first = runtime(&entries, cache.path());
    let stats = first.cache_stats();
    assert_eq!((stats.compiled, stats.loaded_from_cache), (2, 0));
    let label = first.plugin_label(&id("decoder-v1"));
    let sha = label.strip_prefix("decoder-v1@").expect("label is id@sha");
    assert_eq!(sha.len(), 12);
    assert!(sha.bytes().all(|b| b.is_ascii_hexdigit()));
    let cwasm: Vec<_> = std::fs::read_dir(cache.path())
        .expect("cache dir exists")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(cwasm.len(), 2, "{cwasm:?}");
    assert!(
        cwasm
            .iter()
            .any(|n| n.starts_with(sha) && n.ends_with(".cwasm")),
        "{cwasm:?}"
    );
    drop(first);

    let second = runtime(&entries, cache.path());
    let stats = second.cache_stats();
    assert_eq!((stats.compiled, stats.loaded_from_cache), (0, 2));
    assert_eq!(second.plugin_label(&id("decoder-v1")), label);
    assert_decoder_works(&second, "decoder-v1");

    // The runtime maps its cache files: damage them only once it is gone (the runtime itself
    // replaces files by renaming, never in place).
    drop(second);
    // A damaged cache file is recompiled, not trusted.
    for name in &cwasm {
        std::fs::write(cache.path().join(name), b"not a cwasm").expect("overwrite");
    }
    let third = runtime(&entries, cache.path());
    assert_eq!(third.cache_stats().compiled, 2);
    assert_decoder_works(&third, "decoder-v1");
}

#[test]
fn routing_picks_the_first_enabled_matching_decoder() {
    let cache = tempfile::tempdir().expect("tempdir");
    let rt = runtime(
        &[
            format!("{}enabled = false\n", decoder_entry("off")),
            format!(
                "{}[plugin.route]\nprojects = [\"acme\"]\nmessage_types = [\"0x41\"]\nhardware_versions = [\"evt-2\"]\n",
                decoder_entry("acme-vendor")
            ),
            format!(
                "{}[plugin.route]\nmessage_types = [\"heartbeat\", \"trace\", \"vendor\"]\n",
                decoder_entry("decoder-v1")
            ),
        ],
        cache.path(),
    );
    let c = ctx();
    let route = |project, t| rt.route_decoder(project, t, &c).map(|p| p.to_string());
    assert_eq!(route("acme", 0x41).as_deref(), Some("acme-vendor"));
    assert_eq!(route("other", 0x41).as_deref(), Some("decoder-v1"));
    assert_eq!(route("acme", mt::HEARTBEAT).as_deref(), Some("decoder-v1"));
    assert_eq!(route("acme", mt::LOGS), None);
    let other_hw = DeviceContext {
        hardware_version: "dvt-1".into(),
        ..ctx()
    };
    assert_eq!(
        rt.route_decoder("acme", 0x41, &other_hw)
            .map(|p| p.to_string())
            .as_deref(),
        Some("decoder-v1")
    );

    let stats = rt.stats();
    assert_eq!(stats[0].state, PluginState::DisabledByConfig);
    assert_eq!(stats[0].label, "off");
    let (f, _) = failure(rt.decode(&id("off"), &c, mt::HEARTBEAT, &heartbeat_payload()));
    assert_eq!(f, PluginFailure::Disabled);
    let (f, _) = failure(rt.decode(&id("nope"), &c, mt::HEARTBEAT, &[]));
    assert_eq!(f, PluginFailure::Disabled);
}

#[test]
fn plugin_logs_are_rate_limited() {
    let cache = tempfile::tempdir().expect("tempdir");
    let rt = runtime(&[misbehave_entry("mb", "log-flood", "")], cache.path());
    rt.decode(&id("mb"), &ctx(), 0x41, b"")
        .expect("log-flood succeeds");
    // 1001 lines in one call: at most 100 per second get through.
    let dropped = rt.stats()[0].log_lines_dropped;
    assert!((801..=901).contains(&dropped), "dropped {dropped}");
}

#[test]
fn sha256_is_verified_at_load() {
    let cache = tempfile::tempdir().expect("tempdir");
    let good = {
        use sha2_hex::sha256_hex;
        sha256_hex(&std::fs::read(bundled(DECODER_V1)).expect("read component"))
    };
    let entry = |sha: &str| format!("{}sha256 = \"{sha}\"\n", decoder_entry("decoder-v1"));
    let text = |sha: &str| format!("version = 1\n{}", entry(sha));

    let ok = Manifest::from_toml_str(&text(&good), Path::new("/")).expect("valid");
    let rt = Runtime::new(ok, cache.path()).expect("matching sha256 loads");
    assert_eq!(
        rt.plugin_label(&id("decoder-v1")),
        format!("decoder-v1@{}", &good[..12])
    );

    let wrong = "0".repeat(64);
    let bad = Manifest::from_toml_str(&text(&wrong), Path::new("/")).expect("valid");
    match Runtime::new(bad, cache.path()) {
        Err(e @ RuntimeError::Sha256Mismatch { .. }) => {
            let msg = e.to_string();
            assert!(
                msg.starts_with(&format!(
                    "plugin `decoder-v1`: sha256 mismatch: plugins.toml expects {wrong}, "
                )),
                "{msg}"
            );
            assert!(msg.ends_with(&format!(" is {good}")), "{msg}");
        }
        Err(e) => panic!("expected a sha256 mismatch, got {e}"),
        Ok(_) => panic!("expected a sha256 mismatch, got a runtime"),
    }
}

#[test]
fn a_component_must_export_its_kinds_world() {
    let cache = tempfile::tempdir().expect("tempdir");
    let text = format!(
        "version = 1\n[[plugin]]\nid = \"sym\"\nkind = \"symbolicator\"\npath = {:?}\n",
        bundled(DECODER_V1)
    );
    let m = Manifest::from_toml_str(&text, Path::new("/")).expect("valid");
    match Runtime::new(m, cache.path()) {
        Err(e) => assert_eq!(
            e.to_string(),
            "plugin `sym` does not fit the `symbolicator` world of faultline:plugin@0.1.0: the component does not export `faultline:plugin/symbolicate@0.1.0`"
        ),
        Ok(_) => panic!("a decoder component loaded as a symbolicator"),
    }

    let missing = "version = 1\n[[plugin]]\nid = \"gone\"\nkind = \"decoder\"\npath = \"/nonexistent/x.wasm\"\n";
    let m = Manifest::from_toml_str(missing, Path::new("/")).expect("valid");
    match Runtime::new(m, cache.path()) {
        Err(e) => assert!(
            e.to_string()
                .starts_with("plugin `gone`: cannot read /nonexistent/x.wasm: "),
            "{e}"
        ),
        Ok(_) => panic!("a missing component loaded"),
    }
}

#[test]
fn manifest_errors_name_what_is_wrong() {
    let base = Path::new("/");
    let err = |t: &str| match Manifest::from_toml_str(t, base) {
        Ok(_) => panic!("accepted: {t}"),
        Err(e) => e.to_string(),
    };
    let entry = decoder_entry("decoder-v1");
    assert!(err(&format!("version = 1\n{entry}timeout = 5\n")).contains("unknown field `timeout`"));
    assert_eq!(
        err(&format!("version = 3\n{entry}")),
        "plugins.toml version 3 is not supported: this server reads version 1"
    );
    assert_eq!(
        err(&format!("version = 1\n{entry}{entry}")),
        "plugin id `decoder-v1` is used more than once"
    );
    assert_eq!(
        err(&format!(
            "version = 1\n{entry}capabilities = [\"wasi:clocks\"]\n"
        )),
        "plugin `decoder-v1`: capability `wasi:clocks` cannot be granted (this version grants no capabilities)"
    );
}

/// SHA-256 as lowercase hex, for the test above.
mod sha2_hex {
    pub fn sha256_hex(bytes: &[u8]) -> String {
        use sha2::Digest as _;
        hex::encode(sha2::Sha256::digest(bytes))
    }
}

#[test]
fn the_repository_plugins_toml_routes_every_message_to_decoder_v1() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../plugins.toml");
    let manifest = Manifest::load(&path).expect("plugins.toml is valid");
    let cache = tempfile::tempdir().expect("tempdir");
    let rt = Runtime::new(manifest, cache.path()).expect("bundled plugins load");
    let standard = [
        mt::CONTEXT,
        mt::HEARTBEAT,
        mt::TRACE,
        mt::REBOOT,
        mt::LOGS,
        mt::COREDUMP,
    ];
    for t in standard
        .into_iter()
        .chain(mt::VENDOR_FIRST..=mt::VENDOR_LAST)
    {
        assert_eq!(
            rt.route_decoder("any-project", t, &ctx())
                .map(|p| p.to_string()),
            Some("decoder-v1".to_owned()),
            "type 0x{t:02x}"
        );
    }
    assert_eq!(rt.route_decoder("any-project", 0x20, &ctx()), None);
    assert_decoder_works(&rt, "decoder-v1");
}

#[test]
fn an_instance_nearing_its_memory_cap_is_replaced_before_a_call_fails() {
    let cache = tempfile::tempdir().expect("tempdir");
    // 1 MiB more per call under an 8 MiB cap: without recycling, about the seventh call fails.
    let rt = runtime(
        &[misbehave_entry(
            "leaky",
            "leak",
            "[plugin.limits]\nmax_memory_bytes = 8388608\n",
        )],
        cache.path(),
    );
    for i in 0..30 {
        rt.decode(&id("leaky"), &ctx(), 0x40, b"x")
            .unwrap_or_else(|e| panic!("call {i}: {e}"));
    }
    let stats = &rt.stats()[0];
    assert_eq!(stats.failures_of(PluginFailure::MemoryLimit), 0);
    assert!(
        stats.instances_recycled >= 3,
        "{}",
        stats.instances_recycled
    );
    assert!(
        stats.memory_bytes <= 8 * 1024 * 1024 / 4 * 3,
        "{}",
        stats.memory_bytes
    );
}
