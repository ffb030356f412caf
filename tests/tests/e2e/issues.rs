//! Crashes to issues, end to end: the QEMU example firmware crashes in every way it knows, its
//! UART goes through `faultline bridge` into a real server, and the crash worker groups the
//! coredumps into issues. Function names are checked against `arm-none-eabi-addr2line` on the
//! same ELF; grouping against rebuilds, other devices and other crash sites; the lifecycle
//! (resolve in a version, regression, merge) through the API.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use crate::common::*;
use crate::example::{self, addr2line, firmware, upload_elf};
use faultline_protocol::events::{self, Payload};
use serde_json::{Value, json};

pub(crate) fn default_firmware() -> PathBuf {
    firmware("1.0.0", "")
}

async fn crash(s: &TestServer, elf: &Path, cmd: &str, serial: &str) {
    example::run(s, elf, cmd, serial).await;
}

async fn upload_symbols(s: &TestServer, elf: &Path) -> String {
    let meta = upload_elf(s, elf).await;
    meta["build_id"].as_str().expect("build id").to_string()
}

async fn post_json(s: &TestServer, path: &str, body: Value) -> (u16, Value) {
    let r = s
        .client
        .post(format!("{}{path}", s.base))
        .json(&body)
        .send()
        .await
        .expect("request");
    (r.status().as_u16(), r.json().await.expect("json"))
}

/// The device's one coredump as the crash worker recorded it (waits for the worker), and the
/// issue it counts towards. `ready` says when the analysis is the one the test waits for.
async fn crash_of(s: &TestServer, serial: &str, ready: impl Fn(&Value) -> bool) -> (Value, Value) {
    let events = s.events(serial, "&kind=coredump").await;
    let id = events.last().expect("a coredump")["id"]
        .as_u64()
        .expect("id");
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        let bt = s
            .get(&format!(
                "/api/v1/projects/default/devices/{serial}/events/{id}/backtrace"
            ))
            .await;
        if let Some(issue) = bt["issue"].as_u64() {
            let issue = s
                .get(&format!("/api/v1/projects/default/issues/{issue}"))
                .await;
            if ready(&issue) {
                let latest = issue["samples"]
                    .as_array()
                    .expect("samples")
                    .iter()
                    .any(|c| c["serial"] == serial);
                assert!(latest, "the crash is among the issue's samples: {issue}");
                return (bt, issue);
            }
        }
        assert!(
            Instant::now() < deadline,
            "crash of {serial} not recorded as expected: {bt}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Function names of a backtrace, frame by frame (innermost inlined first within a frame).
fn frames(bt: &Value) -> Vec<Vec<String>> {
    bt["frames"]
        .as_array()
        .expect("frames")
        .iter()
        .map(|f| {
            f["symbols"]
                .as_array()
                .expect("symbols")
                .iter()
                .filter_map(|s| s["function"].as_str().map(str::to_string))
                .collect()
        })
        .collect()
}

fn flat(bt: &Value) -> Vec<String> {
    frames(bt).into_iter().flatten().collect()
}

/// The backtrace agrees with addr2line: the crashing frame exactly (inlined frames included),
/// callers by their return address minus one (inside the call instruction).
fn check_against_addr2line(elf: &Path, bt: &Value) {
    let names = frames(bt);
    for (i, f) in bt["frames"].as_array().expect("frames").iter().enumerate() {
        let pc = f["pc"].as_u64().expect("pc") & !1;
        let exact = i == 0 || f["status"] == "exception_frame";
        let expected = addr2line(elf, if exact { pc } else { pc - 1 });
        if expected == ["??"] {
            continue;
        }
        assert_eq!(names[i], expected, "frame {i} at {pc:#x}: {bt}");
    }
}

/// (command, reason, the function the issue is named after, the unwind reaches `main`)
const KINDS: [(&str, &str, &str, bool); 11] = [
    ("bad_store", "bus_fault", "crash_bad_store", true),
    ("undef", "usage_fault", "crash_undef", true),
    ("div0", "usage_fault", "crash_div0", true),
    ("null_fn", "usage_fault", "crash_null_fn", true),
    ("assert", "assert", "crash_assert", true),
    ("assert_in_isr", "assert", "isr_check", true),
    ("watchdog", "hardware_watchdog", "crash_watchdog", true),
    ("hard_fault", "bus_fault", "crash_masked_bad_store", true),
    ("deep_bad_store", "bus_fault", "storage_write", true),
    // On the process stack, as an RTOS task: the chain ends at the task's entry.
    ("psp_bad_store", "bus_fault", "crash_bad_store", false),
    // The capture holds the top 512 bytes of a stack the recursion filled.
    ("stack_overflow", "stack_overflow", "recurse", false),
];

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_crash_kind_becomes_one_symbolicated_issue_per_site() {
    let elf = default_firmware();
    let s = start().await;
    upload_symbols(&s, &elf).await;
    let mut issue_of = HashMap::new();
    for (cmd, reason, culprit, to_main) in KINDS {
        let serial = format!("kind-{cmd}");
        crash(&s, &elf, cmd, &serial).await;
        let (bt, issue) = crash_of(&s, &serial, |_| true).await;
        assert_eq!(bt["symbols"]["status"], "found", "{bt}");
        assert_eq!(issue["reason"], reason, "{cmd}: {issue}");
        assert_eq!(issue["culprit"], culprit, "{cmd}: {issue}");
        assert_eq!(issue["title"], format!("{reason} in {culprit}"));
        assert!(issue["symbolicated"].as_bool().expect("bool"));
        check_against_addr2line(&elf, &bt);
        let names = flat(&bt);
        if to_main {
            assert!(names.contains(&"main".to_string()), "{cmd}: {names:?}");
            assert_eq!(bt["end"], "end_of_stack", "{cmd}: {bt}");
        }
        if cmd == "stack_overflow" {
            // No pc survives an overflow caught while stacking: the callers come from the
            // return addresses on the captured stack.
            assert_eq!(bt["end"], "stack_scan", "{bt}");
            assert!(names.iter().all(|n| n == "recurse"), "{names:?}");
        }
        issue_of.insert(cmd, issue["id"].as_u64().expect("id"));
    }
    let distinct: std::collections::BTreeSet<_> = issue_of.values().collect();
    assert_eq!(
        distinct.len(),
        KINDS.len(),
        "one issue per crash site: {issue_of:?}"
    );

    // The same crash from a second device: same issue, two occurrences, two devices.
    crash(&s, &elf, "bad_store", "kind-bad_store-2").await;
    let (_, issue) = crash_of(&s, "kind-bad_store-2", |i| i["occurrences"] == 2).await;
    assert_eq!(issue["id"].as_u64(), Some(issue_of["bad_store"]));
    assert_eq!(issue["devices"], 2);
    assert_eq!(issue["versions"], json!({ "1.0.0": 2 }));
    let serials: Vec<&str> = issue["device_list"]
        .as_array()
        .expect("devices")
        .iter()
        .map(|d| d["serial"].as_str().expect("serial"))
        .collect();
    assert_eq!(serials, ["kind-bad_store", "kind-bad_store-2"]);
    assert_eq!(issue["latest"]["serial"], "kind-bad_store-2");
    assert_eq!(
        issue["latest"]["backtrace"]["fault"][0],
        "precise data bus error at 0x30000000"
    );
    assert_eq!(
        issue["latest"]["backtrace"]["registers"]["bfar"],
        "0x30000000"
    );

    // Listing: sorted by occurrences the two-device issue comes first; filters apply.
    let list = s
        .get("/api/v1/projects/default/issues?sort=occurrences")
        .await;
    assert_eq!(list["total"], KINDS.len());
    assert_eq!(
        list["issues"][0]["id"].as_u64(),
        Some(issue_of["bad_store"])
    );
    let usage = s
        .get("/api/v1/projects/default/issues?q=usage_fault&sort=first_seen&order=asc")
        .await;
    let ids: Vec<u64> = usage["issues"]
        .as_array()
        .expect("issues")
        .iter()
        .map(|i| i["id"].as_u64().expect("id"))
        .collect();
    assert_eq!(
        ids,
        [issue_of["undef"], issue_of["div0"], issue_of["null_fn"]]
    );

    // Ignore one; merge another into a third, and a new crash of the merged kind follows.
    let (status, ignored) = post_json(
        &s,
        &format!(
            "/api/v1/projects/default/issues/{}/state",
            issue_of["watchdog"]
        ),
        json!({ "state": "ignored" }),
    )
    .await;
    assert_eq!((status, &ignored["state"]), (200, &json!("ignored")));
    let unresolved = s
        .get("/api/v1/projects/default/issues?state=unresolved")
        .await;
    assert_eq!(unresolved["total"], KINDS.len() - 1);
    let (status, merged) = post_json(
        &s,
        &format!("/api/v1/projects/default/issues/{}/merge", issue_of["div0"]),
        json!({ "into": issue_of["undef"] }),
    )
    .await;
    assert_eq!(status, 200, "{merged}");
    assert_eq!(
        (merged["occurrences"].as_u64(), merged["devices"].as_u64()),
        (Some(2), Some(2))
    );
    let alias = s
        .get(&format!(
            "/api/v1/projects/default/issues/{}",
            issue_of["div0"]
        ))
        .await;
    assert_eq!(alias["id"].as_u64(), Some(issue_of["undef"]));
    assert_eq!(alias["alias_of"].as_u64(), Some(issue_of["undef"]));
    crash(&s, &elf, "div0", "kind-div0-2").await;
    let (_, issue) = crash_of(&s, "kind-div0-2", |i| i["occurrences"] == 3).await;
    assert_eq!(issue["id"].as_u64(), Some(issue_of["undef"]));
    // The crash worker counts a crash and takes it off its queue just after the issue shows it.
    let want = [
        "crashes_analysed_total 13",
        "crash_issues_created_total 11",
        "crash_queue_length 0",
    ];
    let mut metrics = String::new();
    for _ in 0..100 {
        metrics = s.text("/metrics").await;
        if want.iter().all(|w| metrics.lines().any(|l| l == *w)) {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    for line in want {
        assert!(metrics.lines().any(|l| l == line), "{line} in:\n{metrics}");
    }
    s.server.stop().await.expect("stop");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_rebuild_that_moves_code_keeps_the_issue() {
    let elf = default_firmware();
    let shifted = firmware("shifted", "-DFL_EXAMPLE_SHIFT_CODE");
    let s = start().await;
    upload_symbols(&s, &elf).await;
    upload_symbols(&s, &shifted).await;
    crash(&s, &elf, "bad_store", "shift-a").await;
    crash(&s, &shifted, "bad_store", "shift-b").await;
    let (bt_a, a) = crash_of(&s, "shift-a", |_| true).await;
    let (bt_b, b) = crash_of(&s, "shift-b", |i| i["occurrences"] == 2).await;
    assert_ne!(
        bt_a["frames"][0]["pc"], bt_b["frames"][0]["pc"],
        "the rebuild moved the crash site"
    );
    assert_ne!(bt_a["symbols"]["build_id"], bt_b["symbols"]["build_id"]);
    assert_eq!(a["id"], b["id"], "same crash, same issue");
    assert_eq!(b["culprit"], "crash_bad_store");
    s.server.stop().await.expect("stop");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn symbols_uploaded_after_the_crash_symbolicate_its_issue() {
    let elf = default_firmware();
    let s = start().await;
    crash(&s, &elf, "bad_store", "late-1").await;
    let (bt, before) = crash_of(&s, "late-1", |_| true).await;
    assert_eq!(bt["symbols"]["status"], "missing", "{bt}");
    assert_eq!(before["symbolicated"], false);
    assert!(
        before["title"]
            .as_str()
            .expect("title")
            .starts_with("bus_fault at 0x"),
        "{before}"
    );
    let build_id = upload_symbols(&s, &elf).await;
    assert_eq!(
        bt["waiting_for"],
        json!([format!("b:{build_id}"), "v:qemu-example:1.0.0"])
    );
    // No new crash: the stored one is analysed again and its issue named.
    let (bt, after) = crash_of(&s, "late-1", |i| i["symbolicated"] == true).await;
    assert_eq!(after["id"], before["id"], "the issue keeps its id");
    assert_eq!(after["culprit"], "crash_bad_store");
    assert_eq!(after["occurrences"], 1);
    assert_eq!(bt["symbols"]["status"], "found");
    assert_eq!(s.events("late-1", "&kind=coredump").await.len(), 1);
    s.server.stop().await.expect("stop");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn resolved_in_a_version_reopens_on_that_version_only() {
    let v100 = default_firmware();
    let v110 = firmware("1.1.0", "-DFL_EXAMPLE_VERSION=1.1.0");
    let v120 = firmware("1.2.0", "-DFL_EXAMPLE_VERSION=1.2.0");
    let s = start().await;
    for elf in [&v100, &v110, &v120] {
        upload_symbols(&s, elf).await;
    }
    crash(&s, &v100, "undef", "reg-1").await;
    let (_, issue) = crash_of(&s, "reg-1", |_| true).await;
    let id = issue["id"].as_u64().expect("id");
    let path = format!("/api/v1/projects/default/issues/{id}/state");
    let (status, resolved) = post_json(
        &s,
        &path,
        json!({ "state": "resolved", "in_version": "1.2.0" }),
    )
    .await;
    assert_eq!(status, 200, "{resolved}");
    assert_eq!(resolved["resolved_in"], "1.2.0");

    crash(&s, &v110, "undef", "reg-2").await;
    let (_, issue) = crash_of(&s, "reg-2", |i| i["occurrences"] == 2).await;
    assert_eq!(issue["id"].as_u64(), Some(id));
    assert_eq!(
        issue["state"], "resolved",
        "1.1.0 predates the fix: {issue}"
    );

    crash(&s, &v120, "undef", "reg-3").await;
    let (_, issue) = crash_of(&s, "reg-3", |i| i["occurrences"] == 3).await;
    assert_eq!(
        issue["state"], "unresolved",
        "1.2.0 should have the fix: {issue}"
    );
    let last = issue["history"]
        .as_array()
        .expect("history")
        .last()
        .cloned();
    assert_eq!(last.as_ref().map(|h| &h["by"]), Some(&json!("regression")));
    assert_eq!(
        issue["versions"],
        json!({ "1.0.0": 1, "1.1.0": 1, "1.2.0": 1 })
    );

    // Bad requests name the problem.
    let (status, err) =
        post_json(&s, &path, json!({ "state": "ignored", "in_version": "1" })).await;
    assert_eq!(status, 400, "{err}");
    let (status, _) = post_json(
        &s,
        "/api/v1/projects/default/issues/9999/state",
        json!({ "state": "resolved" }),
    )
    .await;
    assert_eq!(status, 404);
    s.server.stop().await.expect("stop");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn missing_debug_info_truncated_dumps_and_lost_stacks_are_stated_per_frame() {
    let elf = default_firmware();
    let s = start().await;

    // Debug info stripped: the symbol table still names the crashing function, but without
    // CFI the unwinder can only fall back to lr.
    let stripped = elf.with_file_name("fw-stripped.elf");
    let out = Command::new("arm-none-eabi-strip")
        .arg("--strip-debug")
        .arg("-o")
        .arg(&stripped)
        .arg(&elf)
        .output()
        .expect("strip");
    assert!(out.status.success());
    upload_symbols(&s, &stripped).await;
    crash(&s, &elf, "bad_store", "nodebug-1").await;
    let (bt, issue) = crash_of(&s, "nodebug-1", |_| true).await;
    assert_eq!(issue["culprit"], "crash_bad_store", "{bt}");
    assert_eq!(bt["frames"][0]["symbols"][0]["source"], "symtab");
    assert_eq!(bt["frames"][0]["symbols"][0]["file"], Value::Null);
    assert_eq!(bt["end"], "no_cfi", "{bt}");

    // A fault during the capture: the dump is marked truncated, the crash still recorded.
    crash(&s, &elf, "fault_in_handler", "trunc-1").await;
    let (bt, issue) = crash_of(&s, "trunc-1", |_| true).await;
    assert_eq!(bt["truncated"], true, "{bt}");
    assert!(issue["occurrences"].as_u64() >= Some(1));

    // A stack pointer outside the captured memory: the top frame is named from the pc, then a
    // clean stop. The full ELF replaces the stripped one (same build id) for this.
    upload_symbols(&s, &elf).await;
    let fw_sym = |name: &str| nm_address(&elf, name);
    let build_id = unhex(&stripped_build_id(&elf));
    let pc = fw_sym("crash_bad_store") & !1;
    let mut dev = Device::new(64, 3);
    let upload = dev.upload(&[
        (
            0x01,
            Payload::Context(events::Context {
                software_type: "qemu-example".into(),
                software_version: "1.0.0".into(),
                hardware_version: "mps2-an385".into(),
                build_id,
            })
            .encode(),
        ),
        (
            0x06,
            Payload::Coredump(events::Coredump {
                arch: 0,
                reason: 11,
                // r0-r12, then sp far from the only captured region, lr into main, pc.
                registers: [0; 13]
                    .into_iter()
                    .chain([0x2000_7f00, (fw_sym("main") + 4) as u32 | 1, pc as u32])
                    .collect(),
                regions: vec![events::Region {
                    start: 0x2100_0000,
                    data: vec![0; 64],
                    encoding: 0,
                }],
                truncated: false,
                ..Default::default()
            })
            .encode(),
        ),
    ]);
    assert_eq!(s.post("lost-sp", upload).await.status(), 202);
    s.drained().await;
    let (bt, _) = crash_of(&s, "lost-sp", |_| true).await;
    assert_eq!(
        bt["frames"][0]["symbols"][0]["function"], "crash_bad_store",
        "{bt}"
    );
    assert_eq!(bt["end"], "missing_memory", "{bt}");
    s.server.stop().await.expect("stop");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_symbol_file_damaged_on_disk_is_reported_and_the_crash_kept() {
    let elf = default_firmware();
    let s = start().await;
    let build_id = upload_symbols(&s, &elf).await;
    let stored = s
        .dir
        .path()
        .join("data/symbols/1")
        .join(format!("{build_id}.elf"));
    assert!(stored.exists(), "{}", stored.display());
    std::fs::write(&stored, b"\x7fELF garbage").expect("damage");
    crash(&s, &elf, "bad_store", "damaged-1").await;
    let (bt, issue) = crash_of(&s, "damaged-1", |_| true).await;
    assert_eq!(bt["symbols"]["status"], "unusable", "{bt}");
    assert!(!bt["symbols"]["error"].as_str().expect("error").is_empty());
    assert_eq!(bt["frames"][0]["status"], "missing_symbols");
    assert_eq!(issue["occurrences"], 1);
    assert_eq!(bt["fault"][0], "precise data bus error at 0x30000000");
    // The server still answers.
    assert_eq!(s.get("/healthz").await["status"], "ok");
    s.server.stop().await.expect("stop");
}

fn stripped_build_id(elf: &Path) -> String {
    let out = Command::new("arm-none-eabi-readelf")
        .arg("-n")
        .arg(elf)
        .output()
        .expect("readelf");
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .find_map(|l| l.trim().strip_prefix("Build ID: ").map(str::to_string))
        .expect("build id")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_vendor_rom_frame_is_named_by_a_symbolicator_plugin() {
    let elf = default_firmware();
    let dir = tempfile::tempdir().expect("tempdir");
    // The chip vendor's ROM map, as `nm -S` prints it, granted to the plugin by configuration.
    std::fs::write(
        dir.path().join("acme-rom.nm"),
        "00100000 00000040 T rom_flash_erase\n00100040 00000080 T rom_flash_write\n",
    )
    .expect("write map");
    let extra = format!(
        "[[plugin]]\nid = \"acme-rom\"\nkind = \"symbolicator\"\nvendor = \"acme\"\npath = {:?}\n\
         [plugin.route]\naddress_ranges = [\"0x00100000-0x0010ffff\"]\n[plugin.files]\nmap = \"acme-rom.nm\"\n\n",
        faultline_plugin_build::bundled(faultline_plugin_build::ROM_SYMBOLS)
            .display()
            .to_string()
    );
    let mut config = test_config(dir.path());
    config.plugins = write_plugins_toml(dir.path(), &extra);
    let s = start_with(dir, config).await;
    upload_symbols(&s, &elf).await;

    // The app called into ROM, which faulted: pc in the ROM, lr back in the app.
    let lr = nm_address(&elf, "crash_bad_store") + 4;
    let mut dev = Device::new(64, 9);
    let upload = dev.upload(&[
        (
            0x01,
            Payload::Context(events::Context {
                software_type: "qemu-example".into(),
                software_version: "1.0.0".into(),
                hardware_version: "mps2-an385".into(),
                build_id: unhex(&stripped_build_id(&elf)),
            })
            .encode(),
        ),
        (
            0x06,
            Payload::Coredump(events::Coredump {
                reason: 11,
                registers: [0; 13]
                    .into_iter()
                    .chain([0x2000_1000, lr as u32 | 1, 0x0010_0052])
                    .collect(),
                regions: vec![events::Region {
                    start: 0x2000_1000,
                    data: vec![0; 64],
                    encoding: 0,
                }],
                ..Default::default()
            })
            .encode(),
        ),
    ]);
    assert_eq!(s.post("rom-1", upload).await.status(), 202);
    s.drained().await;
    let (bt, issue) = crash_of(&s, "rom-1", |_| true).await;
    let top = &bt["frames"][0]["symbols"][0];
    assert_eq!(top["function"], "rom_flash_write", "{bt}");
    assert_eq!(top["source"], "plugin:acme-rom");
    assert_eq!(
        bt["frames"][1]["symbols"][0]["function"], "crash_bad_store",
        "{bt}"
    );
    assert_eq!(issue["title"], "bus_fault in rom_flash_write");
    let plugins = s.get("/api/v1/plugins").await;
    let rom = plugins["plugins"]
        .as_array()
        .expect("plugins")
        .iter()
        .find(|p| p["id"] == "acme-rom")
        .cloned()
        .expect("acme-rom listed");
    assert_eq!(
        (rom["vendor"].as_str(), rom["kind"].as_str()),
        (Some("acme"), Some("symbolicator"))
    );
    assert!(rom["calls"].as_u64() >= Some(1), "{rom}");
    s.server.stop().await.expect("stop");
}

fn nm_address(elf: &Path, name: &str) -> u64 {
    let out = Command::new("arm-none-eabi-nm")
        .arg(elf)
        .output()
        .expect("nm");
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .find_map(|l| {
            let f: Vec<&str> = l.split_whitespace().collect();
            (f.len() == 3 && f[2] == name).then(|| u64::from_str_radix(f[0], 16).expect("hex"))
        })
        .unwrap_or_else(|| panic!("{name} in nm"))
}
