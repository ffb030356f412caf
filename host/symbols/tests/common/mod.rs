//! The QEMU example firmware as a test subject: built with arm-none-eabi-gcc, run under
//! qemu-system-arm, its coredump decoded in-process from the `FL1:C` chunks it prints.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;

use base64::Engine as _;
use faultline_protocol::events::{self, Coredump, Payload};
use faultline_protocol::frame::Message;
use faultline_protocol::message_type::COREDUMP;
use faultline_protocol::reassembly::{Output as Reassembled, Reassembler};

pub const BOARDS: [&str; 3] = ["an385", "an386", "an500"];

pub fn require(tool: &str) {
    let found = Command::new(tool)
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    assert!(
        found,
        "{tool} not found: `./dev setup` installs the firmware toolchain \
         (gcc-arm-none-eabi, libnewlib-arm-none-eabi, binutils-arm-none-eabi, qemu-system-arm)"
    );
}

pub fn run(cmd: &mut Command) -> Output {
    let out = cmd.output().unwrap_or_else(|e| panic!("run {cmd:?}: {e}"));
    assert!(
        out.status.success(),
        "{cmd:?} failed ({}):\n{}{}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// `fw.elf` for `board`, built once per test binary into the target's temp dir.
pub fn firmware(board: &str) -> PathBuf {
    static BUILT: [OnceLock<PathBuf>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    let i = BOARDS
        .iter()
        .position(|b| *b == board)
        .expect("known board");
    BUILT[i]
        .get_or_init(|| {
            for tool in ["arm-none-eabi-gcc", "arm-none-eabi-addr2line"] {
                require(tool);
            }
            firmware_with(board, "", board)
        })
        .clone()
}

/// (address, size, name) of the ELF's function symbols (Thumb bit cleared), from
/// arm-none-eabi-readelf: nm's `t` also lists data objects the linker put in .text.
pub fn functions(elf: &Path) -> Vec<(u64, u64, String)> {
    require("arm-none-eabi-readelf");
    let out = run(Command::new("arm-none-eabi-readelf").arg("-sW").arg(elf));
    let mut fns: Vec<(u64, u64, String)> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(
            |line| match line.split_whitespace().collect::<Vec<_>>()[..] {
                [_, value, size, "FUNC", _, _, ndx, name] if ndx != "UND" => Some((
                    u64::from_str_radix(value, 16).ok()? & !1,
                    size.parse().ok()?,
                    name.to_string(),
                )),
                _ => None,
            },
        )
        .filter(|(_, size, _)| *size > 0)
        .collect();
    fns.sort();
    fns.dedup();
    fns
}

/// `fw.elf` for `board` built with extra preprocessor definitions into its own directory
/// `name` (not cached: each caller builds what it needs once).
pub fn firmware_with(board: &str, defs: &str, name: &str) -> PathBuf {
    require("make");
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("symbols-firmware")
        .join(name);
    run(Command::new("make")
        .arg("-s")
        .arg("-C")
        .arg(repo_root().join("device-sdk/examples/qemu-mps2"))
        .arg(format!("BOARD={board}"))
        .arg(format!("BUILD={}", dir.display()))
        .arg(format!("DEFS={defs}")));
    dir.join("fw.elf")
}

/// Run `cmd` on `board` under QEMU and return the coredump its second boot sent.
pub fn coredump(board: &str, cmd: &str) -> Coredump {
    coredump_of(&firmware(board), board, cmd)
}

/// The same for a given firmware image.
pub fn coredump_of(elf: &Path, board: &str, cmd: &str) -> Coredump {
    require("qemu-system-arm");
    let out = Command::new("timeout")
        .arg("20")
        .arg("qemu-system-arm")
        .args(["-M", &format!("mps2-{board}")])
        .args(["-icount", "shift=0,sleep=off"])
        .args(["-nographic", "-monitor", "none", "-serial", "stdio"])
        .arg("-semihosting-config")
        .arg(format!("enable=on,target=native,arg=fw.elf,arg={cmd}"))
        .arg("-kernel")
        .arg(elf)
        .stdin(Stdio::null())
        .output()
        .expect("run qemu-system-arm");
    let console = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success() && console.contains("\n# done\n"),
        "{board} {cmd}: QEMU exited with {}:\n{console}",
        out.status
    );
    let mut reassembler = Reassembler::<()>::default();
    let mut outputs = Vec::new();
    for line in console.lines() {
        let Some(text) = line.strip_prefix("FL1:C ") else {
            continue;
        };
        let chunk = base64::engine::general_purpose::STANDARD
            .decode(text.trim())
            .expect("base64 chunk");
        reassembler.push((), &chunk, &mut outputs);
    }
    outputs
        .into_iter()
        .find_map(|o| match o {
            Reassembled::Message { body, .. } => {
                let m = Message::parse(&body)?;
                if m.msg_type != COREDUMP {
                    return None;
                }
                match events::decode(m.msg_type, m.payload) {
                    Ok(Payload::Coredump(core)) => Some(core),
                    _ => None,
                }
            }
            Reassembled::Rejected { .. } => None,
        })
        .unwrap_or_else(|| panic!("{board} {cmd}: no coredump in:\n{console}"))
}

/// `arm-none-eabi-addr2line -f -i -e ELF` for `addrs` in one process: per address, the
/// function names of its frames, innermost inlined first.
pub fn addr2line_functions(elf: &Path, addrs: &[u64]) -> Vec<Vec<String>> {
    require("arm-none-eabi-addr2line");
    if addrs.is_empty() {
        return Vec::new();
    }
    // -a prints each address before its frames, which delimits them.
    let out = run(Command::new("arm-none-eabi-addr2line")
        .args(["-a", "-f", "-i", "-e"])
        .arg(elf)
        .args(addrs.iter().map(|a| format!("{a:#x}"))));
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let mut all: Vec<Vec<String>> = Vec::new();
    let mut lines = text.lines();
    while let Some(line) = lines.next() {
        if line.starts_with("0x") && u64::from_str_radix(&line[2..], 16).is_ok() {
            all.push(Vec::new());
        } else {
            let frames = all.last_mut().expect("an address line first");
            frames.push(line.to_string());
            lines.next(); // file:line
        }
    }
    assert_eq!(all.len(), addrs.len(), "{text}");
    all
}

/// `fw.elf` for `board` with its call frame information in `.eh_frame` only: the compiler's
/// CFI directives are sent to `.eh_frame` (GCC for arm-none-eabi itself emits `.debug_frame`
/// and, for unwind tables, `.ARM.exidx`, never `.eh_frame`), the linker keeps it (the
/// example's script has no rule for it, so `--gc-sections` would drop it), and the few FDEs
/// of libgcc's assembly in `.debug_frame` are stripped.
pub fn firmware_with_eh_frame(board: &str) -> PathBuf {
    for tool in ["make", "arm-none-eabi-gcc", "arm-none-eabi-objcopy"] {
        require(tool);
    }
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("symbols-firmware")
        .join(format!("{board}-eh-frame"));
    std::fs::create_dir_all(&dir).expect("build dir");
    let header = dir.join("cfi-in-eh-frame.h");
    std::fs::write(
        &header,
        "#ifndef __ASSEMBLER__\n__asm__(\".cfi_sections .eh_frame\");\n#endif\n",
    )
    .expect("write header");
    let script = dir.join("keep-eh-frame.ld");
    std::fs::write(
        &script,
        "SECTIONS { .eh_frame : { KEEP(*(.eh_frame)) } } INSERT AFTER .ARM.exidx;\n",
    )
    .expect("write linker script");
    run(Command::new("make")
        .arg("-s")
        .arg("-C")
        .arg(repo_root().join("device-sdk/examples/qemu-mps2"))
        .arg(format!("BOARD={board}"))
        .arg(format!("BUILD={}", dir.display()))
        .arg(format!("DEFS=-include {}", header.display()))
        .arg(format!("CC=arm-none-eabi-gcc -Wl,-T,{}", script.display())));
    let elf = dir.join("fw-eh-frame.elf");
    run(Command::new("arm-none-eabi-objcopy")
        .args(["--remove-section", ".debug_frame"])
        .arg(dir.join("fw.elf"))
        .arg(&elf));
    elf
}
