//! The QEMU example firmware (device-sdk/examples/qemu-mps2) for the end-to-end tests: built
//! once per variant, run under QEMU with a command, its UART bridged into a test server.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;

use serde_json::Value;

use crate::common::*;

pub const BOARD: &str = "an385";

/// The firmware built with extra preprocessor definitions, once per variant per test run
/// (concurrent makes in one directory would read each other's half-written ELF).
pub fn firmware(variant: &str, defs: &str) -> PathBuf {
    static BUILT: Mutex<BTreeMap<String, PathBuf>> = Mutex::new(BTreeMap::new());
    let mut built = BUILT.lock().unwrap_or_else(|p| p.into_inner());
    if let Some(elf) = built.get(variant) {
        return elf.clone();
    }
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("example-fw")
        .join(variant);
    let out = Command::new("make")
        .arg("-s")
        .arg("-C")
        .arg(repo_root().join("device-sdk/examples/qemu-mps2"))
        .arg(format!("BOARD={BOARD}"))
        .arg(format!("BUILD={}", dir.display()))
        .arg(format!("DEFS={defs}"))
        .output()
        .expect("run make (./dev setup installs the firmware toolchain)");
    assert!(
        out.status.success(),
        "make: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let elf = dir.join("fw.elf");
    built.insert(variant.to_string(), elf.clone());
    elf
}

/// Boot `elf` with the command `cmd` (a crash kind, or `none`), let it reboot and send
/// everything, and pass its UART through `faultline bridge` into `s` as `serial`.
pub async fn run(s: &TestServer, elf: &Path, cmd: &str, serial: &str) {
    let (elf, arg) = (
        elf.to_path_buf(),
        format!("enable=on,target=native,arg=fw.elf,arg={cmd},arg=serial={serial}"),
    );
    let out = tokio::task::spawn_blocking(move || {
        Command::new("timeout")
            .args(["30", "qemu-system-arm", "-M", &format!("mps2-{BOARD}")])
            // virtual time from the instruction count: the timer metric reads exactly 3 ms
            .args(["-icount", "shift=0,sleep=off"])
            .args(["-nographic", "-monitor", "none", "-serial", "stdio"])
            .args(["-semihosting-config", &arg, "-kernel"])
            .arg(&elf)
            .stdin(Stdio::null())
            .output()
            .expect("run qemu-system-arm")
    })
    .await
    .expect("join");
    let console = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success() && console.contains("\n# done\n"),
        "{cmd}: QEMU exited with {}:\n{console}",
        out.status
    );
    let bridged = run_bridge(s, &s.key, &[], out.stdout).await;
    assert!(
        bridged.status.success(),
        "{}",
        String::from_utf8_lossy(&bridged.stderr)
    );
    s.drained().await;
}

/// Upload an ELF as a symbol file; the server's answer (201 asserted).
pub async fn upload_elf(s: &TestServer, elf: &Path) -> Value {
    let r = s
        .client
        .post(format!("{}/api/v1/projects/default/symbols", s.base))
        .body(std::fs::read(elf).expect("elf"))
        .send()
        .await
        .expect("request");
    assert_eq!(r.status(), 201);
    r.json().await.expect("json")
}

/// `arm-none-eabi-addr2line -f -i`: the functions at `addr`, innermost first.
pub fn addr2line(elf: &Path, addr: u64) -> Vec<String> {
    let out = Command::new("arm-none-eabi-addr2line")
        .args(["-f", "-i", "-e"])
        .arg(elf)
        .arg(format!("{addr:#x}"))
        .output()
        .expect("run arm-none-eabi-addr2line");
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .step_by(2)
        .map(str::to_string)
        .collect()
}
