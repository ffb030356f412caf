//! Real coredumps of the QEMU example firmware, unwound and symbolicated.

mod common;

use std::path::Path;
use std::process::Command;

use faultline_protocol::events::Coredump;
use faultline_symbols::unwind::{Backtrace, EndReason, FrameStatus, Unwinder, UnwoundFrame};
use faultline_symbols::{SymbolFile, Symbolicator};

struct Unwound {
    backtrace: Backtrace,
    /// The function of each frame (the non-inlined one, last of its source frames).
    functions: Vec<String>,
    /// Every source frame's function, inlined ones included, innermost first.
    all: Vec<String>,
}

/// The stack regions of a coredump as the unwinder takes them.
fn regions(core: &Coredump) -> Vec<Region<'_>> {
    core.regions
        .iter()
        .map(|r| (u64::from(r.start), r.data.as_slice()))
        .collect()
}

/// Unwind `registers` and `memory` with `elf` and name every frame; the names are checked
/// against `arm-none-eabi-addr2line -f -i` on the same addresses (frames we leave unnamed,
/// such as pc 0, are not: binutils names them after a function the linker discarded).
fn unwind_with(elf: &Path, registers: &[u32], memory: &[(u64, &[u8])]) -> Unwound {
    let file = SymbolFile::parse(std::fs::read(elf).expect("read the ELF")).expect("parse");
    let backtrace = Unwinder::new(&file)
        .expect("unwinder")
        .unwind(registers, memory);
    let symbols = Symbolicator::new(&file).expect("symbolicator");
    let frames = backtrace.symbolicate(&symbols);
    let name = |f: &faultline_symbols::SymbolFrame| f.function.clone().unwrap_or("??".into());
    let addrs: Vec<u64> = backtrace
        .frames
        .iter()
        .map(|f| f.lookup_address())
        .collect();
    for ((ours, binutils), addr) in frames
        .iter()
        .zip(common::addr2line_functions(elf, &addrs))
        .zip(&addrs)
    {
        if !ours.is_empty() {
            let ours: Vec<String> = ours.iter().map(name).collect();
            assert_eq!(ours, binutils, "{} {addr:#x}", elf.display());
        }
    }
    let functions = frames
        .iter()
        .map(|f| f.last().map_or("??".into(), name))
        .collect();
    let all = frames.iter().flat_map(|f| f.iter().map(name)).collect();
    Unwound {
        backtrace,
        functions,
        all,
    }
}

fn unwind(board: &str, cmd: &str) -> Unwound {
    let core = common::coredump(board, cmd);
    unwind_with(&common::firmware(board), &core.registers, &regions(&core))
}

fn check(board: &str, cmd: &str, chain: &[&str], end: EndReason) -> Unwound {
    let u = unwind(board, cmd);
    assert_eq!(u.functions, chain, "{board} {cmd}: {:#x?}", u.backtrace);
    assert_eq!(u.backtrace.end, end, "{board} {cmd}");
    u
}

fn statuses(u: &Unwound) -> Vec<FrameStatus> {
    u.backtrace.frames.iter().map(|f| f.status).collect()
}

fn all_ok(u: &Unwound) -> bool {
    u.backtrace
        .frames
        .iter()
        .all(|f| f.status == FrameStatus::Ok)
}

const TO_MAIN: [&str; 4] = ["run", "dispatch", "main", "reset_c"];

fn with_main(top: &[&str]) -> Vec<&'static str> {
    let mut v: Vec<&str> = top.to_vec();
    v.extend(TO_MAIN);
    v.into_iter()
        .map(|s| &*Box::leak(s.to_string().into_boxed_str()))
        .collect()
}

#[test]
fn precise_faults_unwind_from_the_faulting_function_to_the_reset_handler() {
    for board in common::BOARDS {
        for (cmd, top) in [
            ("bad_store", "crash_bad_store"),
            ("undef", "crash_undef"),
            ("assert", "crash_assert"),
        ] {
            let u = check(board, cmd, &with_main(&[top]), EndReason::EndOfStack);
            assert_eq!(u.all, u.functions, "{board} {cmd}: nothing inlined");
            assert!(all_ok(&u), "{board} {cmd}: {:?}", u.backtrace);
        }
    }
}

#[test]
fn a_tail_call_leaves_no_frame() {
    // `return crash_div0(arg)` in run is a tail call: run's frame is gone.
    for board in common::BOARDS {
        check(
            board,
            "div0",
            &["crash_div0", "dispatch", "main", "reset_c"],
            EndReason::EndOfStack,
        );
    }
}

#[test]
fn a_deep_stack_unwinds_through_every_caller() {
    for board in common::BOARDS {
        check(
            board,
            "deep_bad_store",
            &with_main(&[
                "storage_write",
                "storage_append",
                "handle_record",
                "handle_packet",
                "radio_poll",
                "crash_deep",
            ]),
            EndReason::EndOfStack,
        );
    }
}

#[test]
fn a_null_function_pointer_falls_back_to_lr() {
    for board in common::BOARDS {
        let u = check(
            board,
            "null_fn",
            &with_main(&["??", "crash_null_fn"]),
            EndReason::EndOfStack,
        );
        assert_eq!(u.backtrace.frames[0].pc, 0);
        assert_eq!(u.backtrace.frames[1].status, FrameStatus::LrFallback);
    }
}

#[test]
fn an_interrupt_handler_unwinds_through_the_exception_frame() {
    // PendSV_Handler tail-calls isr_check, whose return address is then EXC_RETURN; on the
    // an386 the interrupted code had FP state, so the frame is the 26-word extended one.
    for board in common::BOARDS {
        let u = check(
            board,
            "assert_in_isr",
            &with_main(&["isr_check", "crash_assert_in_isr"]),
            EndReason::EndOfStack,
        );
        assert_eq!(u.backtrace.frames[1].status, FrameStatus::ExceptionFrame);
        assert!(!u.backtrace.frames[1].return_address);
    }
}

#[test]
fn a_task_on_the_process_stack_unwinds_to_its_naked_entry() {
    // task_body tail-calls crash_bad_store, so it is not on the stack; crash_on_psp is naked
    // (no saved lr): the unwind cannot reach run and says why.
    for board in common::BOARDS {
        let u = check(
            board,
            "psp_bad_store",
            &["crash_bad_store", "crash_on_psp"],
            EndReason::Loop,
        );
        let psp_top = u.backtrace.frames[0].sp;
        assert!((0x2000_0000..0x2000_4000).contains(&psp_top));
    }
}

#[test]
fn a_stack_overflow_without_a_stacked_frame_stops_cleanly() {
    // The overflow could not stack an exception frame: pc and lr are 0.
    for board in common::BOARDS {
        let u = unwind(board, "stack_overflow");
        assert_eq!(u.backtrace.frames.len(), 1, "{board}: {:?}", u.backtrace);
        assert_eq!(u.backtrace.frames[0].pc, 0);
        assert_eq!(u.backtrace.end, EndReason::NoCfi);
    }
}

#[test]
fn missing_memory_ends_the_unwind_with_a_status() {
    let board = "an386";
    let elf = std::fs::read(common::firmware(board)).expect("read fw.elf");
    let file = SymbolFile::parse(elf).expect("parse fw.elf");
    let unwinder = Unwinder::new(&file).expect("unwinder");
    let core = common::coredump(board, "deep_bad_store");
    let stack = &core.regions[0];
    // Half the stack: the unwind stops where the next saved register is not captured.
    let half: Vec<(u64, &[u8])> =
        vec![(u64::from(stack.start), &stack.data[..stack.data.len() / 2])];
    let bt = unwinder.unwind(&core.registers, &half);
    assert_eq!(bt.end, EndReason::MissingMemory, "{bt:?}");
    assert!(!bt.frames.is_empty() && bt.frames.len() < 10, "{bt:?}");
    // sp outside everything captured, and no memory at all.
    let mut regs = core.registers.clone();
    regs[13] = 0x2003_0000;
    let bt = unwinder.unwind(&regs, &[]);
    assert_eq!(bt.end, EndReason::MissingMemory, "{bt:?}");
    assert_eq!(bt.frames.len(), 1);
    // Garbage registers and random memory: no panic, bounded.
    let junk: Vec<u8> = (0..4096u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    for seed in 0..64u32 {
        let regs: Vec<u32> = (0..23u32)
            .map(|i| 0x2000_0000 | (i.wrapping_add(seed).wrapping_mul(2_246_822_519) & 0xffc))
            .collect();
        let bt = unwinder.unwind(&regs, &[(0x2000_0000, &junk)]);
        assert!(bt.frames.len() <= faultline_symbols::unwind::MAX_DEPTH);
    }
    assert_eq!(unwinder.unwind(&[], &[]).end, EndReason::NoRegisters);
}

/// A captured memory region: start address, bytes.
type Region<'a> = (u64, &'a [u8]);

/// The region holding `addr`, and the others.
fn split_at_region<'a>(memory: &[Region<'a>], addr: u64) -> (Region<'a>, Vec<Region<'a>>) {
    let holds = |(start, data): &(u64, &[u8])| (*start..*start + data.len() as u64).contains(&addr);
    let stack = *memory.iter().find(|r| holds(r)).expect("a region holds sp");
    let rest = memory.iter().filter(|r| !holds(r)).copied().collect();
    (stack, rest)
}

fn word_at(memory: &[Region<'_>], addr: u64) -> u32 {
    let (start, data) = split_at_region(memory, addr).0;
    let at = (addr - start) as usize;
    u32::from_le_bytes(data[at..at + 4].try_into().expect("4 bytes"))
}

#[test]
fn a_watchdog_nmi_unwinds_from_the_hung_loop() {
    for board in common::BOARDS {
        let u = check(
            board,
            "watchdog",
            &with_main(&["crash_watchdog"]),
            EndReason::EndOfStack,
        );
        assert!(all_ok(&u), "{board}: {:?}", u.backtrace);
    }
}

#[test]
fn a_fault_escalated_to_hard_fault_unwinds_from_the_faulting_store() {
    // The bus fault with interrupts masked is taken as a HardFault (HFSR.FORCED); the
    // registers are still those of the store.
    for board in common::BOARDS {
        let u = check(
            board,
            "hard_fault",
            &with_main(&["crash_masked_bad_store"]),
            EndReason::EndOfStack,
        );
        assert!(all_ok(&u), "{board}: {:?}", u.backtrace);
    }
}

#[test]
fn a_fault_during_the_capture_leaves_a_truncated_dump_that_still_unwinds() {
    // The capture's copy of a region declared readable but not fitted faults; that nested
    // fault marks the dump truncated and resets. Registers and stack were captured before it
    // and are the first fault's: the port records the interrupted context, not its own
    // capture code, so the unwind passes no exception frame and reaches main.
    for board in common::BOARDS {
        let core = common::coredump(board, "fault_in_handler");
        assert!(core.truncated, "{board}");
        assert!(
            core.regions
                .iter()
                .all(|r| r.start != 0x3000_0000 || r.data.is_empty()),
            "{board}: nothing of the unreadable region"
        );
        let u = unwind_with(&common::firmware(board), &core.registers, &regions(&core));
        assert_eq!(
            u.functions,
            with_main(&["crash_masked_bad_store"]),
            "{board}"
        );
        assert!(all_ok(&u), "{board}: {:?}", u.backtrace);
        assert_eq!(u.backtrace.end, EndReason::EndOfStack, "{board}");
    }
}

#[test]
fn an_fp_context_stacks_the_extended_frame_and_the_unwind_skips_all_of_it() {
    // PendSV interrupts crash_assert_in_isr. On the FP boards (an386: Cortex-M4F, an500:
    // Cortex-M7) code built for the hard-float ABI has an FP context, so the hardware stacked
    // the 26-word frame (0x68 bytes: r0-r3, r12, lr, pc, xPSR, s0-s15, FPSCR, reserved); the
    // an385 stacks the basic 8 words.
    for (board, fpu) in [("an385", false), ("an386", true), ("an500", true)] {
        let core = common::coredump(board, "assert_in_isr");
        let memory = regions(&core);
        let u = unwind_with(&common::firmware(board), &core.registers, &memory);
        assert_eq!(
            u.functions,
            with_main(&["isr_check", "crash_assert_in_isr"]),
            "{board}"
        );
        // Read from the dump without the unwinder: the EXC_RETURN value isr_check pushed
        // (lr, the highest register of its push, just below the exception frame).
        let (stack_start, stack) = split_at_region(&memory, u64::from(core.registers[13])).0;
        let saved: Vec<(u64, u32)> = stack
            .chunks_exact(4)
            .enumerate()
            .map(|(i, w)| {
                let w = u32::from_le_bytes(w.try_into().expect("4 bytes"));
                (stack_start + 4 * i as u64, w)
            })
            .filter(|(_, w)| matches!(w, 0xFFFF_FFE9 | 0xFFFF_FFF9))
            .collect();
        assert_eq!(saved.len(), 1, "{board}: {saved:#x?}");
        let (at, exc_return) = saved[0];
        assert_eq!(exc_return & 0x10 == 0, fpu, "{board}: {exc_return:#x}");
        let frame = at + 4;
        let pad = if word_at(&memory, frame + 28) & (1 << 9) != 0 {
            4
        } else {
            0
        };
        let size = if fpu { 0x68 } else { 0x20 };
        let interrupted = u.backtrace.frames[1];
        assert_eq!(
            interrupted,
            UnwoundFrame {
                pc: u64::from(word_at(&memory, frame + 24) & !1),
                sp: frame + size + pad,
                status: FrameStatus::ExceptionFrame,
                return_address: false,
            },
            "{board}"
        );
        // And the caller found from there is run's call site: the sp was right.
        assert_eq!(u.backtrace.frames[2].status, FrameStatus::Ok, "{board}");
    }
}

#[test]
fn nested_exceptions_unwind_through_both_exception_frames() {
    // The example firmware has no crash in a nested handler, so this dump is built from a
    // real one: SysTick taken while isr_check (PendSV's) ran and stopped in SysTick_Handler.
    // The hardware stacks isr_check's registers below its sp and enters with EXC_RETURN
    // 0xFFFFFFF1 (back to Handler mode on the main stack), or 0xFFFFFFE1 with the FP frame.
    for board in common::BOARDS {
        let elf = common::firmware(board);
        let core = common::coredump(board, "assert_in_isr");
        let memory = regions(&core);
        let real = unwind_with(&elf, &core.registers, &memory);
        let systick = common::functions(&elf)
            .into_iter()
            .find(|(_, _, n)| n == "SysTick_Handler")
            .expect("SysTick_Handler")
            .0;
        let r = &core.registers;
        let sp = u64::from(r[13]);
        assert_eq!(sp % 8, 0, "{board}: no alignment padding to stack");
        let (stack, rest) = split_at_region(&memory, sp);
        assert_eq!(stack.0, sp, "{board}: the captured stack starts at sp");
        let extended: &[bool] = if board == "an385" {
            &[false]
        } else {
            &[false, true]
        };
        for &extended in extended {
            let mut frame = vec![r[0], r[1], r[2], r[3], r[12], r[14], r[15], r[16]];
            if extended {
                frame.extend([0u32; 18]);
            }
            let base = sp - 4 * frame.len() as u64;
            let mut bytes: Vec<u8> = frame.iter().flat_map(|w| w.to_le_bytes()).collect();
            bytes.extend_from_slice(stack.1);
            let mut memory = vec![(base, &bytes[..])];
            memory.extend(&rest);
            let mut regs = r.clone();
            regs[15] = (systick + 4) as u32; // the store of s_ticks++
            regs[14] = if extended { 0xFFFF_FFE1 } else { 0xFFFF_FFF1 };
            regs[13] = base as u32;
            regs[17] = base as u32;
            regs[16] = 0x0100_000F; // Thumb, exception 15
            let u = unwind_with(&elf, &regs, &memory);
            let what = format!("{board} extended {extended}");
            assert_eq!(
                u.functions,
                with_main(&["SysTick_Handler", "isr_check", "crash_assert_in_isr"]),
                "{what}"
            );
            use FrameStatus::{ExceptionFrame as Exc, Ok};
            assert_eq!(
                statuses(&u),
                [Ok, Exc, Exc, Ok, Ok, Ok, Ok],
                "{what}: {:?}",
                u.backtrace
            );
            // Below SysTick's frame, exactly the real dump's unwind.
            assert_eq!(
                u.backtrace.frames[1],
                UnwoundFrame {
                    status: Exc,
                    ..real.backtrace.frames[0]
                },
                "{what}"
            );
            assert_eq!(
                u.backtrace.frames[2..],
                real.backtrace.frames[1..],
                "{what}"
            );
            assert_eq!(u.backtrace.end, EndReason::EndOfStack, "{what}");
        }
    }
}

#[test]
fn a_stack_outside_the_captured_memory_ends_after_the_first_frame() {
    // Real dumps without their stack region (the app-state region stays): the first frame
    // comes from the registers, the next needs the saved lr.
    for board in common::BOARDS {
        let elf = common::firmware(board);
        for (cmd, top) in [
            ("bad_store", "crash_bad_store"),
            ("watchdog", "crash_watchdog"),
            ("assert_in_isr", "isr_check"),
            ("deep_bad_store", "storage_write"),
        ] {
            let core = common::coredump(board, cmd);
            let memory = regions(&core);
            let sp = u64::from(core.registers[13]);
            let (_, rest) = split_at_region(&memory, sp);
            assert!(!rest.is_empty(), "{board} {cmd}: the app-state region");
            let u = unwind_with(&elf, &core.registers, &rest);
            assert_eq!(u.functions, [top], "{board} {cmd}");
            assert_eq!(statuses(&u), [FrameStatus::Ok], "{board} {cmd}");
            assert_eq!(u.backtrace.frames[0].sp, sp, "{board} {cmd}");
            assert_eq!(u.backtrace.end, EndReason::MissingMemory, "{board} {cmd}");
        }
    }
}

#[test]
fn a_truncated_stack_unwinds_to_a_prefix_of_the_full_backtrace() {
    // Every length of the captured stack, a word at a time: never a wrong frame, never fewer
    // frames with more memory, and missing_memory until the full chain.
    for board in common::BOARDS {
        let file = SymbolFile::parse(std::fs::read(common::firmware(board)).expect("read"))
            .expect("parse");
        let unwinder = Unwinder::new(&file).expect("unwinder");
        for cmd in ["deep_bad_store", "assert_in_isr"] {
            let core = common::coredump(board, cmd);
            let memory = regions(&core);
            let full = unwinder.unwind(&core.registers, &memory);
            assert_eq!(full.end, EndReason::EndOfStack, "{board} {cmd}");
            let (stack, rest) = split_at_region(&memory, u64::from(core.registers[13]));
            let mut seen = 0;
            for cut in (0..=stack.1.len()).step_by(4) {
                let mut memory = vec![(stack.0, &stack.1[..cut])];
                memory.extend(&rest);
                let bt = unwinder.unwind(&core.registers, &memory);
                let what = format!("{board} {cmd} {cut} bytes: {bt:?}");
                assert!(full.frames.starts_with(&bt.frames), "{what}");
                assert!(bt.frames.len() >= seen.max(1), "{what}");
                seen = bt.frames.len();
                if bt.frames.len() < full.frames.len() {
                    assert_eq!(bt.end, EndReason::MissingMemory, "{what}");
                } else {
                    assert!(
                        matches!(bt.end, EndReason::MissingMemory | EndReason::EndOfStack),
                        "{what}"
                    );
                }
            }
            assert_eq!(seen, full.frames.len(), "{board} {cmd}");
        }
    }
}

#[test]
fn a_garbage_pc_falls_back_to_lr_once() {
    // A call through a corrupt pointer: the pc is garbage, lr the return address into the
    // caller, sp the caller's. null_fn's real dump (pc 0) with other garbage in the pc.
    for board in common::BOARDS {
        let elf = common::firmware(board);
        let core = common::coredump(board, "null_fn");
        let memory = regions(&core);
        let reference = unwind_with(&elf, &core.registers, &memory);
        // Unmapped, in RAM, past the code, inside the vector table (data in flash).
        for garbage in [0xDEAD_BEEE, 0x2000_1000, 0x0030_0000, 0x0000_0008] {
            let mut regs = core.registers.clone();
            regs[15] = garbage;
            let u = unwind_with(&elf, &regs, &memory);
            let what = format!("{board} pc {garbage:#x}: {:?}", u.backtrace);
            assert_eq!(u.functions, with_main(&["??", "crash_null_fn"]), "{what}");
            assert_eq!(u.backtrace.frames[0].pc, u64::from(garbage), "{what}");
            assert_eq!(
                u.backtrace.frames[1].status,
                FrameStatus::LrFallback,
                "{what}"
            );
            assert_eq!(
                u.backtrace.frames[1..],
                reference.backtrace.frames[1..],
                "{what}"
            );
            assert_eq!(u.backtrace.end, EndReason::EndOfStack, "{what}");
        }
        // lr garbage too: its one fallback frame, then nothing describes it.
        let mut regs = core.registers.clone();
        regs[15] = 0xDEAD_BEEE;
        regs[14] = 0x1234_5679;
        let u = unwind_with(&elf, &regs, &memory);
        assert_eq!(
            statuses(&u),
            [FrameStatus::Ok, FrameStatus::LrFallback],
            "{board}"
        );
        assert_eq!(u.backtrace.frames[1].pc, 0x1234_5678, "{board}");
        assert_eq!(u.backtrace.end, EndReason::NoCfi, "{board}");
        // lr 0, or the pc itself: nothing to fall back to.
        for lr in [0, 0xDEAD_BEEF] {
            regs[14] = lr;
            let u = unwind_with(&elf, &regs, &memory);
            assert_eq!(u.backtrace.frames.len(), 1, "{board} lr {lr:#x}");
            assert_eq!(u.backtrace.end, EndReason::NoCfi, "{board} lr {lr:#x}");
        }
    }
}

#[test]
fn cfi_in_eh_frame_alone_unwinds_like_debug_frame() {
    for board in common::BOARDS {
        let elf = common::firmware_with_eh_frame(board);
        let file = SymbolFile::parse(std::fs::read(&elf).expect("read")).expect("parse");
        assert!(
            file.has_eh_frame() && !file.has_debug_frame(),
            "{board}: {}",
            elf.display()
        );
        for (cmd, top) in [
            ("bad_store", &["crash_bad_store"][..]),
            ("assert_in_isr", &["isr_check", "crash_assert_in_isr"]),
            (
                "deep_bad_store",
                &[
                    "storage_write",
                    "storage_append",
                    "handle_record",
                    "handle_packet",
                    "radio_poll",
                    "crash_deep",
                ],
            ),
        ] {
            let core = common::coredump_of(&elf, board, cmd);
            let u = unwind_with(&elf, &core.registers, &regions(&core));
            assert_eq!(u.functions, with_main(top), "{board} {cmd}");
            assert!(
                statuses(&u).iter().all(|&s| s != FrameStatus::LrFallback),
                "{board} {cmd}: {:?}",
                u.backtrace
            );
            assert_eq!(u.backtrace.end, EndReason::EndOfStack, "{board} {cmd}");
        }
    }
}

#[test]
fn without_call_frame_information_the_unwind_falls_back_to_lr_once_then_ends() {
    common::require("arm-none-eabi-objcopy");
    let dir = tempfile::tempdir().expect("tempdir");
    for board in common::BOARDS {
        let stripped = dir.path().join(format!("{board}.elf"));
        common::run(
            Command::new("arm-none-eabi-objcopy")
                .args(["--remove-section", ".debug_frame"])
                .arg(common::firmware(board))
                .arg(&stripped),
        );
        let file = SymbolFile::parse(std::fs::read(&stripped).expect("read")).expect("parse");
        assert!(!file.has_debug_frame() && !file.has_eh_frame(), "{board}");
        // pc 0 after a call through a null pointer: lr is the right return address.
        let core = common::coredump(board, "null_fn");
        let u = unwind_with(&stripped, &core.registers, &regions(&core));
        assert_eq!(u.functions, ["??", "crash_null_fn"], "{board}");
        assert_eq!(
            statuses(&u),
            [FrameStatus::Ok, FrameStatus::LrFallback],
            "{board}"
        );
        assert_eq!(u.backtrace.end, EndReason::NoCfi, "{board}");
        // A fault in a function that made calls: its lr is stale (the return address of its
        // last call's own last call), so the fallback frame is a guess, and says so.
        let core = common::coredump(board, "bad_store");
        let u = unwind_with(&stripped, &core.registers, &regions(&core));
        assert_eq!(u.functions[0], "crash_bad_store", "{board}");
        assert_eq!(
            statuses(&u),
            [FrameStatus::Ok, FrameStatus::LrFallback],
            "{board}"
        );
        assert_eq!(
            u.backtrace.frames[1].pc,
            u64::from(core.registers[14] & !1),
            "{board}"
        );
        assert_eq!(u.backtrace.end, EndReason::NoCfi, "{board}");
        // fl_crash's pc is its lr: no second frame to guess.
        let core = common::coredump(board, "assert");
        let u = unwind_with(&stripped, &core.registers, &regions(&core));
        assert_eq!(u.functions, ["crash_assert"], "{board}");
        assert_eq!(u.backtrace.end, EndReason::NoCfi, "{board}");
    }
}
