//! The example firmware (`device-sdk/examples/qemu-mps2`) on QEMU's MPS2 boards, end to end:
//! built with arm-none-eabi-gcc for the Cortex-M3 (AN385), Cortex-M4F (AN386) and Cortex-M7
//! (AN500), run under qemu-system-arm for every crash it knows, its UART piped through
//! `faultline bridge` into a real server, and what the server stored compared with what the
//! firmware really did. The oracles are the ELF (its symbols, from arm-none-eabi-nm, and its
//! build id) and the firmware's own console, which prints where it planted a canary on the
//! stack of the function about to crash.
//!
//! The toolchain is not optional: `./dev setup` (and `./dev test`) installs it, so a missing
//! compiler or QEMU fails these tests with a message saying so.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;

use crate::common::*;
use serde_json::{Value, json};

struct Board {
    name: &'static str,
    id: i64,
    /// Built for the hard-float ABI: exceptions stack the extended (FP) frame.
    fpu: bool,
}

const BOARDS: [Board; 3] = [
    Board {
        name: "an385",
        id: 385,
        fpu: false,
    },
    Board {
        name: "an386",
        id: 386,
        fpu: true,
    },
    Board {
        name: "an500",
        id: 500,
        fpu: true,
    },
];

// Reset reasons (protocol §10.4).
const POWER_ON: u64 = 1;
const SOFTWARE_RESET: u64 = 3;
const HARDWARE_WATCHDOG: u64 = 7;
const ASSERT: u64 = 9;
const BUS_FAULT: u64 = 11;
const USAGE_FAULT: u64 = 13;
const STACK_OVERFLOW: u64 = 14;

// Fault status bits (ARMv7-M ARM B3.2.15-18).
const MSTKERR: u64 = 1 << 4;
const PRECISERR: u64 = 1 << 9;
const BFARVALID: u64 = 1 << 15;
const UNDEFINSTR: u64 = 1 << 16;
const INVSTATE: u64 = 1 << 17;
const DIVBYZERO: u64 = 1 << 25;
const HFSR_FORCED: u64 = 1 << 30;

// Register numbers (protocol §10.6).
const R12: u64 = 12;
const SP: u64 = 13;
const PSP: u64 = 18;
const LR: u64 = 14;
const PC: u64 = 15;
const XPSR: u64 = 16;
const CFSR: u64 = 19;
const HFSR: u64 = 20;
const BFAR: u64 = 22;

/// What the firmware leaves on purpose (main.c).
const CANARY: u32 = 0xCA11_AB1E;
const GUARD_FILL: u32 = 0xF1A7_F1A7;
const OVERFLOW_MARK: u32 = 0x57AC_0000;
const BAD_ADDRESS: u64 = 0x3000_0000;
const APP_STATE: [u32; 4] = [0xA5A5_0001, 0xA5A5_0002, 0xA5A5_0003, 0xA5A5_0004];
/// s0-s3 as LOAD_FP_PATTERN sets them: 1.0, 2.0, 0.5, -1.0.
const FP_PATTERN: [u32; 4] = [0x3f80_0000, 0x4000_0000, 0x3f00_0000, 0xbf80_0000];
const STACK_BYTES: u64 = 512; // FL_COREDUMP_STACK_BYTES

struct Firmware {
    board: &'static Board,
    elf: PathBuf,
    /// name → (address, size)
    symbols: HashMap<String, (u64, u64)>,
    /// (address, size, name) of the functions
    functions: Vec<(u64, u64, String)>,
    build_id: String,
}

fn require(tool: &str) {
    let found = Command::new(tool)
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    assert!(
        found,
        "{tool} not found: `./dev setup` installs the firmware toolchain \
         (gcc-arm-none-eabi, libnewlib-arm-none-eabi, qemu-system-arm)"
    );
}

fn run(cmd: &mut Command) -> Output {
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

/// The firmware for `board`, built once per test run (make keeps it incremental).
fn firmware(board: &'static Board) -> &'static Firmware {
    static BUILT: [OnceLock<Firmware>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    let index = BOARDS
        .iter()
        .position(|b| b.name == board.name)
        .expect("known board");
    BUILT[index].get_or_init(|| build(board))
}

fn build(board: &'static Board) -> Firmware {
    for tool in [
        "make",
        "arm-none-eabi-gcc",
        "arm-none-eabi-nm",
        "arm-none-eabi-readelf",
        "qemu-system-arm",
    ] {
        require(tool);
    }
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("firmware")
        .join(board.name);
    run(Command::new("make")
        .arg("-s")
        .arg("-C")
        .arg(repo_root().join("device-sdk/examples/qemu-mps2"))
        .arg(format!("BOARD={}", board.name))
        .arg(format!("BUILD={}", dir.display())));
    let elf = dir.join("fw.elf");
    let nm = run(Command::new("arm-none-eabi-nm")
        .args(["--print-size", "--defined-only"])
        .arg(&elf));
    let (mut symbols, mut functions) = (HashMap::new(), Vec::new());
    for line in String::from_utf8_lossy(&nm.stdout).lines() {
        let f: Vec<&str> = line.split_whitespace().collect();
        let hex = |s: &str| u64::from_str_radix(s, 16).expect("nm address");
        match f[..] {
            [addr, size, kind, name] => {
                if kind.eq_ignore_ascii_case("t") {
                    functions.push((hex(addr), hex(size), name.to_string()));
                }
                symbols.insert(name.to_string(), (hex(addr), hex(size)));
            }
            [addr, _, name] => {
                symbols.insert(name.to_string(), (hex(addr), 0));
            }
            _ => {}
        }
    }
    // QEMU re-copies and zero-fills every loadable segment when the guest resets: .noinit
    // survives SYSRESETREQ only outside all of them.
    let segments = run(Command::new("arm-none-eabi-readelf").arg("-lW").arg(&elf));
    let segments = String::from_utf8_lossy(&segments.stdout);
    let mapping = segments
        .split("Section to Segment mapping:")
        .nth(1)
        .expect("readelf prints the mapping");
    assert!(
        !mapping.contains(".noinit"),
        "{}: .noinit is in a loadable segment:\n{segments}",
        board.name
    );
    let notes = run(Command::new("arm-none-eabi-readelf").arg("-n").arg(&elf));
    let build_id = String::from_utf8_lossy(&notes.stdout)
        .lines()
        .find_map(|l| l.trim().strip_prefix("Build ID: ").map(str::to_string))
        .expect("the firmware has a GNU build id");
    Firmware {
        board,
        elf,
        symbols,
        functions,
        build_id,
    }
}

impl Firmware {
    fn addr(&self, name: &str) -> u64 {
        self.symbols
            .get(name)
            .unwrap_or_else(|| panic!("{name} not in {}", self.elf.display()))
            .0
    }

    /// The function whose code holds `addr` (Thumb bit ignored).
    fn function_at(&self, addr: u64) -> Option<&str> {
        let addr = addr & !1;
        self.functions
            .iter()
            .find(|(start, size, _)| (*start..start + size).contains(&addr))
            .map(|(_, _, name)| name.as_str())
    }
}

/// One boot-crash-reboot of the firmware, as the server saw it.
struct Case {
    fw: &'static Firmware,
    cmd: &'static str,
    console: String,
    events: Vec<Value>,
}

/// Run `cmd` on `board` under QEMU, pipe the UART through the bridge into `s`.
async fn case(s: &TestServer, board: &'static Board, cmd: &'static str) -> Case {
    let fw = firmware(board);
    let serial = format!("{}-{cmd}", board.name);
    let elf = fw.elf.clone();
    let qemu_serial = serial.clone();
    let output = tokio::task::spawn_blocking(move || {
        // -icount: virtual time from the instruction count, so that the timer metric reads
        // exactly the 3 ms the firmware waits for, however loaded the machine is.
        Command::new("timeout")
            .arg("20")
            .arg("qemu-system-arm")
            .args(["-M", &format!("mps2-{}", board.name)])
            .args(["-icount", "shift=0,sleep=off"])
            .args(["-nographic", "-monitor", "none", "-serial", "stdio"])
            .arg("-semihosting-config")
            .arg(format!(
                "enable=on,target=native,arg=fw.elf,arg={cmd},arg=serial={qemu_serial}"
            ))
            .arg("-kernel")
            .arg(&elf)
            .stdin(Stdio::null())
            .output()
            .expect("run qemu-system-arm")
    })
    .await
    .expect("join");
    let console = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(
        output.status.success() && console.contains("\n# done\n"),
        "{} {cmd}: QEMU exited with {} (0 is the firmware's semihosting exit after its \
         second boot):\n{console}{}",
        board.name,
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );

    let bridged = run_bridge(s, &s.key, &[], output.stdout).await;
    let stderr = String::from_utf8_lossy(&bridged.stderr);
    assert!(bridged.status.success(), "bridge failed: {stderr}");
    let chunks = console.lines().filter(|l| l.starts_with("FL1:C ")).count();
    s.drained().await;
    let device = s.device(&serial).await;
    assert_eq!(
        device["outcomes"]["accepted"].as_u64(),
        Some(chunks as u64),
        "every chunk the firmware printed is accepted: {device}"
    );
    Case {
        fw,
        cmd,
        console,
        events: s.events(&serial, "").await,
    }
}

fn kinds(events: &[Value]) -> Vec<&str> {
    events
        .iter()
        .map(|e| e["event"]["type"].as_str().expect("type"))
        .collect()
}

fn messages(logs: &Value) -> Vec<&str> {
    logs["records"]
        .as_array()
        .expect("records")
        .iter()
        .map(|r| r["message"].as_str().expect("message"))
        .collect()
}

fn words(bytes: &[u8]) -> Vec<u32> {
    bytes
        .chunks_exact(4)
        .map(|w| u32::from_le_bytes(w.try_into().expect("4 bytes")))
        .collect()
}

struct Region {
    start: u64,
    data: Vec<u8>,
}

struct Coredump {
    reason: u64,
    regs: Vec<u64>,
    regions: Vec<Region>,
    truncated: bool,
}

fn coredump(event: &Value) -> Coredump {
    assert_eq!(event["arch"], "arm_cortex_m");
    let mut regs = vec![0; 23];
    for r in event["registers"].as_array().expect("registers") {
        regs[r["number"].as_u64().expect("number") as usize] = r["value"].as_u64().expect("value");
    }
    let regions = event["regions"]
        .as_array()
        .expect("regions")
        .iter()
        .map(|r| Region {
            start: r["start"].as_u64().expect("start"),
            data: unhex(r["data"].as_str().expect("data")),
        })
        .collect();
    Coredump {
        reason: event["reason"].as_u64().expect("reason"),
        regs,
        regions,
        truncated: event["truncated"].as_bool().expect("truncated"),
    }
}

impl Case {
    fn what(&self) -> String {
        format!("{} {}", self.fw.board.name, self.cmd)
    }

    /// Where the firmware said it planted its canary.
    fn canary(&self) -> u64 {
        let line = self
            .console
            .lines()
            .find_map(|l| l.strip_prefix("# canary 0x"))
            .unwrap_or_else(|| panic!("{}: no canary line", self.what()));
        u64::from_str_radix(line, 16).expect("canary address")
    }

    /// The first boot, the same whatever the command: the context with the ELF's build id,
    /// the power-on reboot, the trace and the heartbeat (in the order they were recorded)
    /// with every metric in declaration order, and the log line uploaded before the command
    /// ran.
    fn check_first_boot(&self) {
        let what = self.what();
        let board = self.fw.board;
        let context = &self.events[0]["event"];
        assert_eq!(context["type"], "context", "{what}");
        assert_eq!(context["software_type"], "qemu-example");
        assert_eq!(context["software_version"], "1.0.0");
        assert_eq!(context["hardware_version"], format!("mps2-{}", board.name));
        assert_eq!(context["build_id"], self.fw.build_id, "{what}");

        let reboot = &self.events[1]["event"];
        assert_eq!(reboot["type"], "reboot", "{what}");
        assert_eq!(reboot["reason"], POWER_ON, "{what}: {reboot}");
        assert_eq!(reboot["unexpected"], false);
        assert_eq!(reboot["crash_count"], 0);

        let heartbeat = &self.events[3]["event"];
        assert_eq!(heartbeat["type"], "heartbeat", "{what}");
        let int = |v: i64| json!({"type": "int", "value": v});
        // The SDK's built-in metrics first: uptime (seconds into the first boot), unexpected
        // resets (none: a power-on), the crash-free flag.
        let values = heartbeat["values"].as_array().expect("values");
        let uptime = values[0]["value"].as_i64();
        assert!(
            uptime.is_some_and(|s| (0..10).contains(&s)),
            "{what}: {heartbeat}"
        );
        assert_eq!(
            values[1..],
            json!([
                int(0),              // fl_unexpected_reboots
                int(1),              // fl_crash_free
                int(5),              // sensor_reads: five adds of 1
                {"type": "unset"},   // i2c_naks: never touched
                int(3712),           // battery_mv
                int(-12),            // temperature_c
                int(3),              // busy_ms: the timer around a 3 ms wait
                int(1432),           // packets_sent: 1400 + 32
                int(-60),            // rssi_dbm
                int(100_000),        // flash_bytes_written
                int(3072),           // float_check: 1.5f * 2048.0f
                int(board.id),       // board_id
                {"type": "text", "value": self.cmd},
            ])
            .as_array()
            .expect("array")[..],
            "{what}"
        );

        let trace = &self.events[2]["event"];
        assert_eq!(trace["type"], "trace", "{what}");
        assert_eq!(trace["reason"], 1, "sensor_timeout, the first trace reason");
        assert_eq!(trace["status_code"], -5);
        let pc = trace["pc"].as_u64().expect("pc");
        assert_eq!(
            self.fw.function_at(pc),
            Some("record_diagnostics"),
            "{what}: trace pc {pc:#x}"
        );

        let logs = &self.events[4]["event"];
        assert_eq!(logs["type"], "logs", "{what}");
        assert_eq!(messages(logs), ["diagnostics recorded"]);
    }

    /// The second boot after a crash: context again, the coredump (sent before the event
    /// buffer), the reboot with the crash's reason, pc and lr, and the log lines written
    /// before the crash. Returns the coredump.
    fn check_crash(&self, reason: u64) -> Coredump {
        self.check_crash_on_stack(reason, self.fw.addr("__fl_stack_top"))
    }

    /// [`Self::check_crash`] for a fault on a stack whose top is `top`.
    fn check_crash_on_stack(&self, reason: u64, top: u64) -> Coredump {
        let what = self.what();
        self.check_first_boot();
        assert_eq!(
            kinds(&self.events),
            [
                "context",
                "reboot",
                "trace",
                "heartbeat",
                "logs",
                "context",
                "coredump",
                "reboot",
                "logs"
            ],
            "{what}"
        );
        let core = coredump(&self.events[6]["event"]);
        assert_eq!(core.reason, reason, "{what}");
        let reboot = &self.events[7]["event"];
        assert_eq!(reboot["reason"], reason, "{what}");
        assert_eq!(reboot["unexpected"], true, "{what}");
        assert_eq!(reboot["crash_count"], 1, "{what}");
        // The reboot carries the crash's pc and lr, unless neither is known (0: an overflow
        // whose exception frame could not be stacked). A pc of 0 with an lr is a real one.
        let (pc, lr) = (core.regs[PC as usize], core.regs[LR as usize]);
        if pc != 0 || lr != 0 {
            assert_eq!(
                (&reboot["pc"], &reboot["lr"]),
                (&json!(pc), &json!(lr)),
                "{what}"
            );
        } else {
            assert!(
                reboot["pc"].is_null() && reboot["lr"].is_null(),
                "{what}: {reboot}"
            );
        }
        assert_eq!(
            messages(&self.events[8]["event"]),
            ["running the command", self.cmd],
            "{what}: the lines logged before the crash arrive after it"
        );

        // The stack region runs from where the capture started to the top of the stack, at
        // most FL_COREDUMP_STACK_BYTES; the second region is the firmware's s_app_state.
        let stack = &core.regions[0];
        assert_eq!(
            stack.data.len() as u64,
            STACK_BYTES.min(top - stack.start),
            "{what}: stack region from {:#x}",
            stack.start
        );
        if !core.truncated {
            assert_eq!(core.regions.len(), 2, "{what}");
            assert_eq!(core.regions[1].start, self.fw.addr("s_app_state"));
            assert_eq!(words(&core.regions[1].data), APP_STATE, "{what}");
        }
        core
    }

    /// A crash captured by `fl_crash` (an assert): no exception frame, so sp is the caller's
    /// and the stack region starts there; the pc is in `function`, whose canary is captured.
    fn check_software_crash(&self, reason: u64, function: &str) -> Coredump {
        let what = self.what();
        let core = self.check_crash(reason);
        let stack = &core.regions[0];
        assert_eq!(core.regs[SP as usize], stack.start, "{what}");
        assert_eq!(
            self.fw.function_at(core.regs[PC as usize]),
            Some(function),
            "{what}"
        );
        let w = words(&stack.data);
        let at = (self.canary() - stack.start) as usize / 4;
        assert_eq!(w[at..at + 2], [CANARY, !CANARY], "{what}: canary");
        core
    }

    /// A hardware fault that stacked its frame normally: the region starts at the frame, sp is
    /// right above it, the frame's words are the registers, the FP boards stacked the extended
    /// frame with the s0-s3 the crashing function loaded, and the canary is where the firmware
    /// said. Returns the name of the function the pc is in.
    fn check_frame(&self, core: &Coredump) -> Option<&str> {
        let what = self.what();
        let regs = &core.regs;
        let stack = &core.regions[0];
        let padded = (regs[XPSR as usize] >> 9) & 1 == 1;
        let frame = if self.fw.board.fpu { 0x68 } else { 0x20 } + if padded { 4 } else { 0 };
        assert_eq!(regs[SP as usize], stack.start + frame, "{what}: sp");
        let w = words(&stack.data);
        let expected: Vec<u32> = [0, 1, 2, 3, R12, LR, PC, XPSR]
            .iter()
            .map(|&r| regs[r as usize] as u32)
            .collect();
        assert_eq!(w[..8], expected, "{what}: the hardware-stacked frame");
        if self.fw.board.fpu {
            assert_eq!(w[8..12], FP_PATTERN, "{what}: s0-s3 in the extended frame");
        }
        let at = (self.canary() - stack.start) as usize / 4;
        assert_eq!(w[at..at + 2], [CANARY, !CANARY], "{what}: canary");
        self.fw.function_at(regs[PC as usize])
    }
}

async fn each_board(cmd: &'static str, check: impl Fn(&Case)) {
    let s = start().await;
    for board in &BOARDS {
        check(&case(&s, board, cmd).await);
    }
    s.server.stop().await.expect("stop");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_store_is_a_precise_bus_fault_at_the_store() {
    each_board("bad_store", |c| {
        let core = c.check_crash(BUS_FAULT);
        assert_eq!(c.check_frame(&core), Some("crash_bad_store"));
        assert_eq!(core.regs[CFSR as usize], PRECISERR | BFARVALID);
        assert_eq!(core.regs[BFAR as usize], BAD_ADDRESS);
        assert!(!core.truncated);
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn fault_in_a_task_on_the_process_stack_captures_that_stack() {
    each_board("psp_bad_store", |c| {
        let what = c.what();
        let task_stack = c.fw.addr("fl_example_task_stack");
        let top = task_stack + 512;
        let core = c.check_crash_on_stack(BUS_FAULT, top);
        // The frame and the canary are on the task's stack, and sp is the PSP there.
        assert_eq!(c.check_frame(&core), Some("crash_bad_store"));
        let sp = core.regs[SP as usize];
        assert!((task_stack..top).contains(&sp), "{what}: sp {sp:#x}");
        assert_eq!(core.regs[PSP as usize], sp, "{what}: psp");
        assert!(core.regions[0].start >= task_stack, "{what}");
        assert_eq!(
            core.regions[0].start + core.regions[0].data.len() as u64,
            top,
            "{what}: captured up to the task's stack top"
        );
        assert_eq!(core.regs[BFAR as usize], BAD_ADDRESS);
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn undefined_instruction_is_a_usage_fault() {
    each_board("undef", |c| {
        let core = c.check_crash(USAGE_FAULT);
        assert_eq!(c.check_frame(&core), Some("crash_undef"));
        assert_eq!(core.regs[CFSR as usize], UNDEFINSTR);
        assert!(!core.truncated);
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn division_by_zero_traps() {
    each_board("div0", |c| {
        let core = c.check_crash(USAGE_FAULT);
        assert_eq!(c.check_frame(&core), Some("crash_div0"));
        assert_eq!(core.regs[CFSR as usize], DIVBYZERO);
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn null_function_pointer_is_an_invalid_state_fault_at_zero() {
    each_board("null_fn", |c| {
        let core = c.check_crash(USAGE_FAULT);
        // Branching to 0 clears the Thumb bit: the fault is at address 0, and lr says who
        // made the call.
        assert_eq!(c.check_frame(&core), None);
        assert_eq!(core.regs[PC as usize], 0);
        assert_eq!(
            c.fw.function_at(core.regs[LR as usize]),
            Some("crash_null_fn")
        );
        assert_eq!(core.regs[CFSR as usize], INVSTATE);
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn failed_assert_captures_the_caller() {
    each_board("assert", |c| {
        let core = c.check_software_crash(ASSERT, "crash_assert");
        assert_eq!(core.regs[CFSR as usize], 0);
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn failed_assert_in_an_interrupt_handler_captures_the_handler() {
    each_board("assert_in_isr", |c| {
        let core = c.check_software_crash(ASSERT, "isr_check");
        assert_eq!(
            core.regs[XPSR as usize] & 0x1ff,
            14,
            "{}: IPSR is PendSV",
            c.what()
        );
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stack_overflow_hits_the_mpu_guard() {
    each_board("stack_overflow", |c| {
        let what = c.what();
        let core = c.check_crash(STACK_OVERFLOW);
        let guard = c.fw.addr("__fl_stack_guard");
        let limit = c.fw.addr("__fl_stack_limit");
        let stack = &core.regions[0];
        // The frame was to be stacked in the guard and could not be (MSTKERR): the region
        // starts in the guard with its fill untouched, and the frame registers are unknown.
        assert!(core.regs[CFSR as usize] & MSTKERR != 0, "{what}");
        assert!(
            (guard..limit).contains(&stack.start),
            "{what}: {:#x}",
            stack.start
        );
        let frame = if c.fw.board.fpu { 0x68 } else { 0x20 };
        assert_eq!(core.regs[SP as usize], stack.start + frame, "{what}");
        assert_eq!(core.regs[PC as usize], 0, "{what}");
        let w = words(&stack.data);
        let in_guard = ((limit - stack.start) / 4) as usize;
        assert!(w[..in_guard].iter().all(|&x| x == GUARD_FILL), "{what}");
        // Above the guard: the recursion's frames, deepest first.
        let marks: Vec<u32> = w[in_guard..]
            .iter()
            .filter(|&&x| x & 0xffff_0000 == OVERFLOW_MARK)
            .map(|x| x & 0xffff)
            .collect();
        assert!(marks.len() > 5, "{what}: {marks:?}");
        assert!(
            marks.windows(2).all(|p| p[0] == p[1] + 1),
            "{what}: {marks:?}"
        );
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bus_fault_with_interrupts_masked_escalates_to_hard_fault() {
    each_board("hard_fault", |c| {
        let core = c.check_crash(BUS_FAULT);
        assert_eq!(c.check_frame(&core), Some("crash_masked_bad_store"));
        assert_eq!(core.regs[HFSR as usize], HFSR_FORCED);
        assert_eq!(core.regs[CFSR as usize], PRECISERR | BFARVALID);
        assert!(!core.truncated);
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn fault_during_the_capture_resets_with_a_truncated_dump() {
    each_board("fault_in_handler", |c| {
        let what = c.what();
        let core = c.check_crash(BUS_FAULT);
        assert!(core.truncated, "{what}");
        assert_eq!(c.check_frame(&core), Some("crash_masked_bad_store"));
        assert_eq!(core.regs[HFSR as usize], HFSR_FORCED);
        assert!(
            core.regions
                .iter()
                .all(|r| r.start != BAD_ADDRESS || r.data.is_empty()),
            "{what}: nothing of the unreadable region"
        );
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn watchdog_nmi_captures_the_hung_loop() {
    each_board("watchdog", |c| {
        let core = c.check_crash(HARDWARE_WATCHDOG);
        assert_eq!(c.check_frame(&core), Some("crash_watchdog"));
        assert_eq!(core.regs[CFSR as usize], 0);
        assert!(!core.truncated);
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn software_reboot_survives_sysresetreq_with_its_reason() {
    each_board("reboot", |c| {
        let what = c.what();
        c.check_first_boot();
        assert_eq!(
            kinds(&c.events),
            [
                "context",
                "reboot",
                "trace",
                "heartbeat",
                "logs",
                "context",
                "reboot"
            ],
            "{what}: an expected reset sends no coredump and keeps its logs"
        );
        let reboot = &c.events[6]["event"];
        assert_eq!(reboot["reason"], SOFTWARE_RESET, "{what}");
        assert_eq!(reboot["unexpected"], false);
        assert_eq!(reboot["crash_count"], 0);
    })
    .await;
}
