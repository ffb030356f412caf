//! Zephyr RTOS coredumps, a format nobody here designed, decoded by a plugin written in C
//! (`plugins-c/zephyr-coredump`, built from source with plugin-kit during the run): the QEMU
//! example firmware built with `ZEPHYR_COREDUMP=1` prints a Zephyr-format dump as `#CD:` lines
//! at its fault, `faultline bridge --zephyr-coredump 0x5a` posts it, and the server turns it
//! into an issue whose frames `arm-none-eabi-addr2line` agrees with. The decoder is also fed
//! cut and garbled dumps directly through the plugin runtime: a clear `malformed`, or a dump
//! flagged truncated, never a trap.

use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use faultline_plugin_kit::Toolchains;
use faultline_runtime::{DecodeError, Rejection, Runtime, manifest::Manifest};
use serde_json::{Value, json};

use crate::common::*;
use crate::example::{BOARD, addr2line, upload_elf};

const MSG_TYPE: u8 = 0x5a;
const PLUGIN_ID: &str = "zephyr-coredump";

fn tmp() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
}

/// The plugin, built from its source once per run, against this checkout's WIT.
fn plugin() -> PathBuf {
    static BUILT: Mutex<Option<PathBuf>> = Mutex::new(None);
    let mut built = BUILT.lock().unwrap_or_else(|p| p.into_inner());
    if let Some(p) = built.as_ref() {
        return p.clone();
    }
    let src = repo_root().join("plugins-c").join(PLUGIN_ID);
    let dir = tmp().join("zephyr-plugin");
    let _ = std::fs::remove_dir_all(&dir);
    for rel in [
        "faultline-plugin.toml",
        "src/plugin.c",
        "src/zephyr_coredump.c",
        "src/zephyr_coredump.h",
    ] {
        let to = dir.join(rel);
        std::fs::create_dir_all(to.parent().expect("parent")).expect("mkdir");
        std::fs::copy(src.join(rel), &to).expect("copy the plugin's source");
    }
    std::fs::create_dir_all(dir.join("wit")).expect("mkdir");
    std::fs::copy(repo_root().join("wit/types.wit"), dir.join("wit/types.wit")).expect("wit");
    let started = Instant::now();
    let wasm = faultline_plugin_kit::build(&dir, &Toolchains::new(tmp().join("plugin-toolchains")))
        .unwrap_or_else(|e| panic!("building {PLUGIN_ID}: {e}"));
    eprintln!(
        "{PLUGIN_ID}: {} bytes, built in {:.2?}",
        std::fs::metadata(&wasm).expect("wasm").len(),
        started.elapsed()
    );
    *built = Some(wasm.clone());
    wasm
}

/// The example firmware with the Zephyr-format writer, built once per run.
fn firmware() -> PathBuf {
    static BUILT: Mutex<Option<PathBuf>> = Mutex::new(None);
    let mut built = BUILT.lock().unwrap_or_else(|p| p.into_inner());
    if let Some(p) = built.as_ref() {
        return p.clone();
    }
    let dir = tmp().join("example-fw").join("zephyr");
    let out = Command::new("make")
        .arg("-s")
        .arg("-C")
        .arg(repo_root().join("device-sdk/examples/qemu-mps2"))
        .arg(format!("BOARD={BOARD}"))
        .arg(format!("BUILD={}", dir.display()))
        .arg("ZEPHYR_COREDUMP=1")
        .output()
        .expect("run make (./dev setup installs the firmware toolchain)");
    assert!(
        out.status.success(),
        "make: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let elf = dir.join("fw.elf");
    *built = Some(elf.clone());
    elf
}

fn plugin_entry() -> String {
    format!(
        "[[plugin]]\nid = \"{PLUGIN_ID}\"\nkind = \"decoder\"\npath = {:?}\nvendor = \"faultline\"\n[plugin.route]\nmessage_types = [\"{MSG_TYPE:#04x}\"]\n\n",
        plugin().display().to_string()
    )
}

/// Registers of a coredump event as `number → value`.
fn registers(event: &Value) -> Vec<(u64, u64)> {
    event["event"]["registers"]
        .as_array()
        .expect("registers")
        .iter()
        .map(|r| {
            (
                r["number"].as_u64().expect("n"),
                r["value"].as_u64().expect("v"),
            )
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_zephyr_dump_from_the_firmware_becomes_a_symbolicated_issue() {
    let elf = firmware();
    let dir = tempfile::tempdir().expect("tempdir");
    let mut config = test_config(dir.path());
    config.plugins = write_plugins_toml(dir.path(), &plugin_entry());
    let s = start_with(dir, config).await;
    upload_elf(&s, &elf).await;

    let serial = "zephyr-1";
    let arg = format!("enable=on,target=native,arg=fw.elf,arg=bad_store,arg=serial={serial}");
    let run_elf = elf.clone();
    let out = tokio::task::spawn_blocking(move || {
        Command::new("timeout")
            .args(["30", "qemu-system-arm", "-M", &format!("mps2-{BOARD}")])
            .args(["-nographic", "-monitor", "none", "-serial", "stdio"])
            .args(["-semihosting-config", &arg, "-kernel"])
            .arg(&run_elf)
            .stdin(Stdio::null())
            .output()
            .expect("run qemu-system-arm")
    })
    .await
    .expect("join");
    let console = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(out.status.success(), "QEMU: {console}");
    let dump_lines = console.lines().filter(|l| l.contains("#CD:")).count();
    assert!(
        console.contains("E: #CD:BEGIN#\n") && console.contains("E: #CD:END#\n"),
        "{console}"
    );

    let bridged = run_bridge(&s, &s.key, &["--zephyr-coredump", "0x5a"], out.stdout).await;
    let stderr = String::from_utf8_lossy(&bridged.stderr).into_owned();
    assert!(bridged.status.success(), "{stderr}");
    assert!(stderr.contains("zephyr coredump: "), "{stderr}");
    // Not echoed as console lines: the dump went to the server.
    assert!(!stderr.contains("device: E: #CD:"), "{stderr}");
    s.drained().await;

    // Two coredumps of the one crash: the SDK's own and the Zephyr one, decoded by the plugin.
    let dumps = s.events(serial, "&kind=coredump").await;
    assert_eq!(dumps.len(), 2, "{dumps:?}");
    let by = |prefix: &str| {
        dumps
            .iter()
            .find(|e| e["decoder"].as_str().is_some_and(|d| d.starts_with(prefix)))
            .unwrap_or_else(|| panic!("a coredump decoded by {prefix}: {dumps:?}"))
            .clone()
    };
    let zephyr = by(&format!("{PLUGIN_ID}@"));
    let sdk = by("decoder-v1@");
    assert_eq!(zephyr["event"]["arch"], "arm_cortex_m", "{zephyr}");
    assert_eq!(zephyr["event"]["truncated"], false);
    // Zephyr's architecture block v2 carries r0-r12, sp, lr, pc and xpsr, each the value the
    // SDK captured for the same fault.
    let z = registers(&zephyr);
    let numbers: Vec<u64> = z.iter().map(|r| r.0).collect();
    assert_eq!(numbers, (0..=16).collect::<Vec<u64>>());
    let sdk_regs = registers(&sdk);
    for (n, v) in &z {
        let want = sdk_regs
            .iter()
            .find(|r| r.0 == *n)
            .expect("the SDK sends it")
            .1;
        assert_eq!(*v, want, "register {n}");
    }
    // The same memory: the stack from the exception frame up, and the app's state words.
    let regions = |e: &Value| -> Vec<(u64, String)> {
        e["event"]["regions"]
            .as_array()
            .expect("regions")
            .iter()
            .map(|r| {
                (
                    r["start"].as_u64().expect("start"),
                    r["data"].as_str().expect("data").to_string(),
                )
            })
            .collect()
    };
    let zr = regions(&zephyr);
    assert_eq!(zr, regions(&sdk));
    assert_eq!(zr[1].1, "0100a5a50200a5a50300a5a50400a5a5");
    let stack_bytes = zr[0].1.len() / 2;
    eprintln!("zephyr dump: {dump_lines} #CD: lines, {stack_bytes} stack bytes");

    // The crash worker unwinds and names it like any other dump.
    let id = zephyr["id"].as_u64().expect("id");
    let deadline = Instant::now() + Duration::from_secs(15);
    let (bt, issue) = loop {
        let bt = s
            .get(&format!(
                "/api/v1/projects/default/devices/{serial}/events/{id}/backtrace"
            ))
            .await;
        if let Some(issue) = bt["issue"].as_u64() {
            let issue = s
                .get(&format!("/api/v1/projects/default/issues/{issue}"))
                .await;
            break (bt, issue);
        }
        assert!(Instant::now() < deadline, "not recorded: {bt}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    assert_eq!(bt["symbols"]["status"], "found", "{bt}");
    // Zephyr says "CPU exception" without the fault registers: the generic fault.
    assert_eq!(issue["reason"], "hard_fault", "{issue}");
    assert_eq!(issue["culprit"], "crash_bad_store", "{issue}");
    assert_eq!(bt["end"], "end_of_stack", "{bt}");
    let frames = bt["frames"].as_array().expect("frames");
    let mut names = Vec::new();
    for (i, f) in frames.iter().enumerate() {
        let pc = f["pc"].as_u64().expect("pc") & !1;
        let got: Vec<String> = f["symbols"]
            .as_array()
            .expect("symbols")
            .iter()
            .filter_map(|s| s["function"].as_str().map(str::to_string))
            .collect();
        // The crashing frame exactly, callers inside their call instruction.
        let want = addr2line(&elf, if i == 0 { pc } else { pc - 1 });
        assert_eq!(got, want, "frame {i} at {pc:#x}: {bt}");
        names.extend(got);
    }
    for f in ["crash_bad_store", "run", "dispatch", "main"] {
        assert!(names.iter().any(|n| n == f), "{f} in {names:?}");
    }
}

// ---- the decoder on its own, in the server's sandbox ----

fn runtime() -> (Runtime, faultline_runtime::PluginId, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("tempdir");
    let text = format!("version = 1\n\n{}", plugin_entry());
    let manifest = Manifest::from_toml_str(&text, dir.path()).expect("manifest");
    let rt = Runtime::new(manifest, &dir.path().join("cache")).expect("runtime");
    let id = rt.plugin(PLUGIN_ID).expect("loaded");
    (rt, id, dir)
}

fn decode(
    rt: &Runtime,
    id: &faultline_runtime::PluginId,
    payload: &[u8],
) -> Result<Value, DecodeError> {
    let ctx = serde_json::from_value(json!({
        "serial": "z", "hardware_version": "", "software_type": "", "software_version": "",
        "build_id": ""
    }))
    .expect("context");
    rt.decode(id, &ctx, MSG_TYPE, payload).map(|events| {
        assert_eq!(events.len(), 1);
        serde_json::to_value(&events[0]).expect("json")
    })
}

/// `malformed` with its reason, or the decoded event; anything else fails the test.
fn verdict(
    rt: &Runtime,
    id: &faultline_runtime::PluginId,
    payload: &[u8],
) -> Result<Value, String> {
    match decode(rt, id, payload) {
        Ok(v) => Ok(v),
        Err(DecodeError::Rejected {
            reason: Rejection::Malformed,
            detail,
        }) => {
            assert!(!detail.is_empty());
            Err(detail)
        }
        Err(e) => panic!(
            "the decoder must not fail on device input: {e} ({} bytes)",
            payload.len()
        ),
    }
}

fn crc32(data: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in data {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = (crc >> 1) ^ (0xEDB8_8320 & 0u32.wrapping_sub(crc & 1));
        }
    }
    !crc
}

/// A dump made here: header v2 with `flags`, arch block `arch_version` (r0 = 0x100 ... in
/// block order), one memory block at 0x20000000 holding `mem`.
fn dump(flags: u8, arch_version: u16, mem: &[u8]) -> Vec<u8> {
    let mut d = b"ZE".to_vec();
    d.extend(2u16.to_le_bytes());
    d.extend(3u16.to_le_bytes());
    d.extend([5, flags]);
    d.extend(4u32.to_le_bytes()); // K_ERR_KERNEL_PANIC
    let words: u16 = match arch_version {
        1 => 9,
        2 => 17,
        _ => 19,
    };
    d.push(b'A');
    d.extend(arch_version.to_le_bytes());
    d.extend((words * 4).to_le_bytes());
    for i in 0..u32::from(words) {
        d.extend((0x100 + i).to_le_bytes());
    }
    d.push(b'M');
    d.extend(1u16.to_le_bytes());
    d.extend(0x2000_0000u32.to_le_bytes());
    d.extend((0x2000_0000 + mem.len() as u32).to_le_bytes());
    d.extend(mem);
    d
}

/// The text form, as Zephyr's logging backend prints it (with a log prefix and console noise).
fn as_lines(bin: &[u8]) -> String {
    let mut t = String::from("*** Booting ***\nE: #CD:BEGIN#\n");
    for (i, c) in bin.chunks(32).enumerate() {
        t.push_str("E: #CD:");
        t.extend(c.iter().map(|b| format!("{b:02x}")));
        t.push('\n');
        if i == 1 {
            t.push_str("I: console line in the middle\n");
        }
    }
    t.push_str("E: #CD:END#\nE: Halting system\n");
    t
}

#[test]
fn the_decoder_reads_both_forms_and_refuses_cut_or_garbled_dumps_without_trapping() {
    let (rt, id, _dir) = runtime();
    let sample =
        std::fs::read(repo_root().join("plugins-c/zephyr-coredump/sample.bin")).expect("sample");

    // The sample (a bad_store dump of the example firmware): 17 registers, the stack and the
    // app's state; the text form decodes to the very same event.
    let event = verdict(&rt, &id, &sample).expect("decodes");
    let c = &event;
    assert_eq!(c["type"], "coredump", "{event}");
    assert_eq!(c["reason"], 10);
    assert_eq!(c["truncated"], false);
    assert_eq!(c["registers"].as_array().expect("regs").len(), 17);
    let lens: Vec<usize> = c["regions"]
        .as_array()
        .expect("regions")
        .iter()
        .map(|r| r["data"].as_str().expect("hex").len() / 2)
        .collect();
    assert_eq!(lens, [152, 16]);
    assert_eq!(
        verdict(&rt, &id, as_lines(&sample).as_bytes()),
        Ok(event.clone())
    );

    // Time per call, in the sandbox (median of 200).
    let mut times: Vec<Duration> = (0..200)
        .map(|_| {
            let t = Instant::now();
            decode(&rt, &id, &sample).expect("decodes");
            t.elapsed()
        })
        .collect();
    times.sort();
    eprintln!(
        "decode of the {}-byte sample: median {:.1?}",
        sample.len(),
        times[100]
    );

    // Cut anywhere: malformed with a reason, or the part that came, flagged truncated. The
    // binary form has no length or end marker: a cut exactly between two memory blocks is a
    // shorter dump to any reader (the text form has `#CD:END#` for that).
    let (mut refused, mut kept, mut whole) = (0, 0, Vec::new());
    for n in 0..sample.len() {
        match verdict(&rt, &id, &sample[..n]) {
            Err(_) => refused += 1,
            Ok(e) if e["truncated"] == true => kept += 1,
            Ok(_) => whole.push(n),
        }
    }
    // Up to the end of the architecture block (12 + 5 + 68 bytes) nothing is usable; the
    // stack's block (11 + 152 bytes) ends at 248.
    assert_eq!((refused, kept, whole), (85, sample.len() - 86, vec![248]));
    // The text form cut before its `#CD:END#` line: never taken for a whole dump.
    let text = as_lines(&sample);
    let end = text.find("E: #CD:END#").expect("end line");
    for (n, _) in text[..end].match_indices('\n') {
        if let Ok(e) = verdict(&rt, &id, &text.as_bytes()[..n]) {
            assert_eq!(e["truncated"], true, "text cut at {n}");
        }
    }

    // Garbled: every byte replaced by a few values, the text's characters too; no trap.
    let mut decoded = 0;
    for i in 0..sample.len() {
        for v in [0x00, 0xff, sample[i] ^ 0x5a] {
            let mut g = sample.clone();
            g[i] = v;
            decoded += usize::from(verdict(&rt, &id, &g).is_ok());
        }
    }
    for i in (0..text.len()).step_by(7) {
        let mut g = text.clone().into_bytes();
        g[i] = b'#';
        let _ = verdict(&rt, &id, &g);
    }
    assert!(decoded > 0, "memory bytes change nothing structural");

    // Each refusal says what is wrong.
    let reason = |payload: &[u8]| verdict(&rt, &id, payload).expect_err("refused");
    let mut bad = sample.clone();
    bad[2] = 9;
    assert_eq!(
        reason(&bad),
        "file header version 9 is not one this decoder knows (1-2)"
    );
    let mut bad = sample.clone();
    bad[4] = 4;
    assert!(reason(&bad).starts_with("target code 4 is not supported"));
    let mut bad = sample.clone();
    bad[13] = 7;
    assert!(reason(&bad).starts_with("ARM Cortex-M architecture block version 7"));
    assert!(reason(b"hello").starts_with("neither a Zephyr coredump"));
    assert!(reason(b"#CD:5a45\n").starts_with("no `#CD:BEGIN#` line"));
    assert!(reason(b"#CD:BEGIN#\n#CD:ERROR CANNOT DUMP#\n").contains("could not write the dump"));
    assert_eq!(
        reason(b"#CD:BEGIN#\n#CD:5a4x\n#CD:END#\n"),
        "line 2: `4x` after `#CD:` is not hex"
    );
    assert!(reason(&sample[..40]).starts_with("block `A` at offset 12 declares 68 bytes"));

    // Architecture block versions 1-3; r4-r11 only when they were captured.
    let numbers = |e: &Value| -> Vec<u64> {
        e["registers"]
            .as_array()
            .expect("regs")
            .iter()
            .map(|r| r["number"].as_u64().expect("n"))
            .collect()
    };
    let v1 = verdict(&rt, &id, &dump(0, 1, &[0; 8])).expect("v1");
    assert_eq!(numbers(&v1), [0, 1, 2, 3, 12, 13, 14, 15, 16]);
    assert_eq!(v1["reason"], 9, "k_panic: an assert");
    let v3 = verdict(&rt, &id, &dump(0, 3, &[0; 8])).expect("v3");
    // word 17 (callee_saved_valid) is 0x111: valid
    assert_eq!(numbers(&v3), (0..=16).collect::<Vec<u64>>());

    // The CRC-32 trailer: checked when the header announces it; announced but missing is a
    // cut dump.
    let mut with_crc = dump(1, 2, &[1, 2, 3, 4]);
    let crc = crc32(&with_crc);
    with_crc.push(b'C');
    with_crc.extend(1u16.to_le_bytes());
    with_crc.extend(crc.to_le_bytes());
    let ok = verdict(&rt, &id, &with_crc).expect("crc ok");
    assert_eq!(ok["truncated"], false);
    let mut wrong = with_crc.clone();
    let at = wrong.len() - 1;
    wrong[at] ^= 1;
    assert!(reason(&wrong).starts_with("CRC-32 mismatch"));
    let missing = verdict(&rt, &id, &with_crc[..with_crc.len() - 7]).expect("kept");
    assert_eq!(missing["truncated"], true);

    // Zephyr before its fix stored the exception frame's address as sp; recognised when the
    // stack at sp holds exactly that frame, and moved past it.
    let frame: Vec<u8> = [0x100u32, 0x101, 0x102, 0x103, 0x104, 0x105, 0x106, 0x107]
        .iter()
        .flat_map(|w| w.to_le_bytes())
        .collect();
    let mut old = dump(0, 1, &frame);
    old[17 + 8 * 4..17 + 9 * 4].copy_from_slice(&0x2000_0000u32.to_le_bytes());
    let e = verdict(&rt, &id, &old).expect("old sp");
    let sp = e["registers"]
        .as_array()
        .expect("regs")
        .iter()
        .find(|r| r["number"] == 13)
        .expect("sp")["value"]
        .clone();
    assert_eq!(sp, 0x2000_0020u64, "sp past the 32-byte frame");
}
