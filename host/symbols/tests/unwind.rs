//! Real coredumps of the QEMU example firmware, unwound and symbolicated.

mod common;

use faultline_symbols::unwind::{Backtrace, EndReason, FrameStatus, Unwinder};
use faultline_symbols::{SymbolFile, Symbolicator};

struct Unwound {
    backtrace: Backtrace,
    /// The function of each frame (the non-inlined one, last of its source frames).
    functions: Vec<String>,
    /// Every source frame's function, inlined ones included, innermost first.
    all: Vec<String>,
}

fn unwind(board: &str, cmd: &str) -> Unwound {
    let elf = std::fs::read(common::firmware(board)).expect("read fw.elf");
    let file = SymbolFile::parse(elf).expect("parse fw.elf");
    let core = common::coredump(board, cmd);
    let regions: Vec<(u64, &[u8])> = core
        .regions
        .iter()
        .map(|r| (u64::from(r.start), r.data.as_slice()))
        .collect();
    let backtrace = Unwinder::new(&file)
        .expect("unwinder")
        .unwind(&core.registers, &regions);
    let symbols = Symbolicator::new(&file).expect("symbolicator");
    let frames = backtrace.symbolicate(&symbols);
    let name = |f: &faultline_symbols::SymbolFrame| f.function.clone().unwrap_or("??".into());
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

fn check(board: &str, cmd: &str, chain: &[&str], end: EndReason) -> Unwound {
    let u = unwind(board, cmd);
    assert_eq!(u.functions, chain, "{board} {cmd}: {:#x?}", u.backtrace);
    assert_eq!(u.backtrace.end, end, "{board} {cmd}");
    u
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
            assert!(
                u.backtrace
                    .frames
                    .iter()
                    .all(|f| f.status == FrameStatus::Ok),
                "{board} {cmd}: {:?}",
                u.backtrace
            );
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
