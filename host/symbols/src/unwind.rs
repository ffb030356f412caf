//! Stack unwinding of Arm Cortex-M coredumps.
//!
//! Input: the registers a coredump carries (DWARF numbering: r0–r15 = 0–15, xpsr 16, msp 17,
//! psp 18, then the fault status registers) and the memory it captured. Each step finds the
//! caller's registers from the call frame information of the symbol file (`.debug_frame`, then
//! `.eh_frame`); a return address that is an EXC_RETURN value pops the exception frame the
//! hardware stacked, which no CFI describes. Whatever is missing or wrong ends the unwind
//! with a reason instead of an error, keeping the frames found so far.

use gimli::{
    BaseAddresses, CfaRule, DebugFrame, EhFrame, Register, RegisterRule, UnwindContext,
    UnwindSection,
};
use object::{Object, ObjectSection};

use crate::file::{SymbolError, SymbolFile};
use crate::symbolicate::{SymbolFrame, Symbolicator, endian, load_section};

type Reader = gimli::EndianArcSlice<gimli::RunTimeEndian>;

/// Frames beyond this are not unwound: no firmware stack is this deep, a corrupt one may be
/// endless.
pub const MAX_DEPTH: usize = 64;

const SP: usize = 13;
const LR: usize = 14;
const PC: usize = 15;
const MSP: usize = 17;
const PSP: usize = 18;

/// How a frame was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FrameStatus {
    /// From the coredump's registers (the first frame) or the call frame information.
    Ok,
    /// The context an exception interrupted, popped from the frame the hardware stacked.
    ExceptionFrame,
    /// The previous pc had no call frame information (e.g. a call through a bad pointer):
    /// this frame's pc is the previous frame's lr.
    LrFallback,
}

impl FrameStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            FrameStatus::Ok => "ok",
            FrameStatus::ExceptionFrame => "exception_frame",
            FrameStatus::LrFallback => "lr_fallback",
        }
    }
}

/// Why the unwind stopped after its last frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EndReason {
    /// The outermost frame: the reset handler, or a return address of 0 or marked undefined.
    EndOfStack,
    /// The memory the next step needs (a saved register, an exception frame) is not in the
    /// coredump.
    MissingMemory,
    /// No call frame information for the pc (and no usable lr), or a canonical frame address
    /// that cannot be computed.
    NoCfi,
    /// The stack pointer did not move up: the next frame would repeat or go back.
    Loop,
    /// [`MAX_DEPTH`] frames.
    MaxDepth,
    /// The coredump has no pc or sp.
    NoRegisters,
}

impl EndReason {
    pub fn as_str(self) -> &'static str {
        match self {
            EndReason::EndOfStack => "end_of_stack",
            EndReason::MissingMemory => "missing_memory",
            EndReason::NoCfi => "no_cfi",
            EndReason::Loop => "loop",
            EndReason::MaxDepth => "max_depth",
            EndReason::NoRegisters => "no_registers",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UnwoundFrame {
    /// Thumb bit cleared.
    pub pc: u64,
    pub sp: u64,
    pub status: FrameStatus,
    /// `pc` is a return address (the instruction after a call), so its call site is at
    /// `pc - 1`; false for the first frame and for interrupted contexts, whose pc is the
    /// instruction itself.
    pub return_address: bool,
}

impl UnwoundFrame {
    /// The address to symbolicate: the call site for a return address.
    pub fn lookup_address(&self) -> u64 {
        if self.return_address {
            self.pc.saturating_sub(1)
        } else {
            self.pc
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Backtrace {
    /// Innermost (the faulting function) first.
    pub frames: Vec<UnwoundFrame>,
    pub end: EndReason,
}

impl Backtrace {
    /// The source frames of every unwound frame (each innermost inlined first).
    pub fn symbolicate(&self, symbolicator: &Symbolicator) -> Vec<Vec<SymbolFrame>> {
        self.frames
            .iter()
            .map(|f| symbolicator.symbolicate(f.lookup_address()))
            .collect()
    }
}

/// Captured memory: (start address, bytes) regions.
struct Memory<'a>(&'a [(u64, &'a [u8])]);

impl Memory<'_> {
    fn read_u32(&self, addr: u64) -> Option<u32> {
        self.0.iter().find_map(|(start, data)| {
            let off = usize::try_from(addr.checked_sub(*start)?).ok()?;
            let bytes = data.get(off..off.checked_add(4)?)?;
            Some(u32::from_le_bytes(bytes.try_into().ok()?))
        })
    }
}

/// The unwinder of one symbol file: its call frame information, parsed on demand.
pub struct Unwinder {
    file: SymbolFile,
    debug_frame: Option<DebugFrame<Reader>>,
    eh_frame: Option<(EhFrame<Reader>, BaseAddresses)>,
}

impl std::fmt::Debug for Unwinder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Unwinder")
            .field("debug_frame", &self.debug_frame.is_some())
            .field("eh_frame", &self.eh_frame.is_some())
            .finish()
    }
}

/// The registers of the frame being unwound; `None` where unknown.
#[derive(Clone)]
struct Regs {
    r: [Option<u32>; 16],
    msp: Option<u32>,
    psp: Option<u32>,
}

/// One step's result.
enum Step {
    Next(Regs, FrameStatus, bool),
    End(EndReason),
}

fn is_exc_return(v: u32) -> bool {
    // ARMv7-M B1.5.8: handler/thread mode, main/process stack, with or without the FP frame.
    // 0xFFFFFFFF is not one: it is lr's value out of reset, the end of every stack.
    matches!(
        v,
        0xFFFF_FFE1 | 0xFFFF_FFE9 | 0xFFFF_FFED | 0xFFFF_FFF1 | 0xFFFF_FFF9 | 0xFFFF_FFFD
    )
}

impl Unwinder {
    pub fn new(file: &SymbolFile) -> Result<Unwinder, SymbolError> {
        let object =
            object::File::parse(file.bytes()).map_err(|e| SymbolError::Corrupt(e.to_string()))?;
        let endian = endian(&object);
        let debug_frame = if file.has_debug_frame() {
            let mut s = DebugFrame::from(load_section(&object, ".debug_frame", endian)?);
            // Without it gimli assumes the host's 8-byte addresses and misreads every FDE
            // after the first of a 32-bit file.
            s.set_address_size(4);
            Some(s)
        } else {
            None
        };
        let eh_frame = match object.section_by_name(".eh_frame") {
            Some(section) if file.has_eh_frame() => {
                let mut s = EhFrame::from(load_section(&object, ".eh_frame", endian)?);
                s.set_address_size(4);
                let mut bases = BaseAddresses::default().set_eh_frame(section.address());
                if let Some(text) = object.section_by_name(".text") {
                    bases = bases.set_text(text.address());
                }
                Some((s, bases))
            }
            _ => None,
        };
        Ok(Unwinder {
            file: file.clone(),
            debug_frame,
            eh_frame,
        })
    }

    /// Unwind the stack of a coredump. `registers` is indexed by register number.
    pub fn unwind(&self, registers: &[u32], memory: &[(u64, &[u8])]) -> Backtrace {
        let memory = Memory(memory);
        let mut regs = Regs {
            r: [None; 16],
            msp: registers.get(MSP).copied(),
            psp: registers.get(PSP).copied(),
        };
        for (i, r) in regs.r.iter_mut().enumerate() {
            *r = registers.get(i).copied();
        }
        let (Some(pc), Some(sp)) = (regs.r[PC], regs.r[SP]) else {
            return Backtrace {
                frames: Vec::new(),
                end: EndReason::NoRegisters,
            };
        };
        let mut frames = vec![UnwoundFrame {
            pc: u64::from(pc & !1),
            sp: u64::from(sp),
            status: FrameStatus::Ok,
            return_address: false,
        }];
        let mut fell_back = false;
        let mut ctx = Box::new(UnwindContext::new());
        let end = loop {
            if frames.len() >= MAX_DEPTH {
                break EndReason::MaxDepth;
            }
            let cur = *frames.last().expect("at least the first frame");
            if self.is_reset_handler(cur.pc) {
                break EndReason::EndOfStack;
            }
            let step = match self.cfi_step(&mut ctx, &regs, cur, &memory) {
                Some(step) => {
                    fell_back = false;
                    step
                }
                None if fell_back => Step::End(EndReason::NoCfi),
                None => {
                    // No CFI for this pc: a jump to garbage or code without debug info. The
                    // lr may still hold the return address of the last real call; try it
                    // once, with the same stack.
                    fell_back = true;
                    match regs.r[LR] {
                        Some(lr) if lr != 0 && (lr & !1) != (pc_of(&regs) & !1) => {
                            let mut next = regs.clone();
                            next.r[PC] = Some(lr);
                            next.r[LR] = None;
                            Step::Next(next, FrameStatus::LrFallback, true)
                        }
                        _ => Step::End(EndReason::NoCfi),
                    }
                }
            };
            let (next, status, return_address) = match step {
                Step::End(reason) => break reason,
                Step::Next(next, status, ra) => match pop_exception_frame(&next, &memory) {
                    Ok(Some(popped)) => (popped, FrameStatus::ExceptionFrame, false),
                    Ok(None) => (next, status, ra),
                    Err(reason) => break reason,
                },
            };
            let (Some(pc), Some(sp)) = (next.r[PC], next.r[SP]) else {
                break EndReason::NoCfi;
            };
            if pc & !1 == 0 || pc == 0xFFFF_FFFF {
                break EndReason::EndOfStack;
            }
            let frame = UnwoundFrame {
                pc: u64::from(pc & !1),
                sp: u64::from(sp),
                status,
                return_address,
            };
            // Callers live higher on the same stack. An exception frame may switch stacks
            // (handler on MSP, task on PSP), so only the pc must differ there.
            let switched = status == FrameStatus::ExceptionFrame;
            if (!switched && frame.sp < cur.sp) || (frame.sp == cur.sp && frame.pc == cur.pc) {
                break EndReason::Loop;
            }
            frames.push(frame);
            regs = next;
        };
        Backtrace { frames, end }
    }

    fn is_reset_handler(&self, pc: u64) -> bool {
        self.file.entry().is_some_and(|e| e & !1 == pc & !1)
            || self.file.function_name(pc).is_some_and(|n| {
                n.eq_ignore_ascii_case("reset_handler") || n == "_start" || n == self.entry_name()
            })
    }

    fn entry_name(&self) -> &str {
        self.file
            .entry()
            .and_then(|e| self.file.function_name(e))
            .unwrap_or("")
    }

    /// The caller's registers by the CFI row of `cur`; `None` when no FDE covers the pc.
    fn cfi_step(
        &self,
        ctx: &mut UnwindContext<usize>,
        regs: &Regs,
        cur: UnwoundFrame,
        memory: &Memory<'_>,
    ) -> Option<Step> {
        let addr = cur.lookup_address();
        // FDEs of functions the linker discarded stay in .debug_frame at address 0: only
        // code the symbol table knows is trusted to have real CFI.
        if self.file.has_function_symbols() && self.file.function_name(addr).is_none() {
            return None;
        }
        let row = self
            .debug_frame
            .as_ref()
            .and_then(|s| {
                s.unwind_info_for_address(
                    &BaseAddresses::default(),
                    ctx,
                    addr,
                    DebugFrame::cie_from_offset,
                )
                .ok()
                .cloned()
            })
            .or_else(|| {
                self.eh_frame.as_ref().and_then(|(s, bases)| {
                    s.unwind_info_for_address(bases, ctx, addr, EhFrame::cie_from_offset)
                        .ok()
                        .cloned()
                })
            })?;
        let cfa = match row.cfa() {
            CfaRule::RegisterAndOffset { register, offset } => {
                let Some(base) = regs.r.get(usize::from(register.0)).copied().flatten() else {
                    return Some(Step::End(EndReason::NoCfi));
                };
                // Offsets are small and 32-bit wrap is what the hardware does.
                base.wrapping_add(*offset as u32)
            }
            CfaRule::Expression(_) => return Some(Step::End(EndReason::NoCfi)),
        };
        let mut next = regs.clone();
        for (i, slot) in next.r.iter_mut().enumerate() {
            if i == SP || i == PC {
                continue;
            }
            let value = match row.register(Register(i as u16)) {
                // Not mentioned: the callee left it alone (gcc's Arm convention).
                None | Some(RegisterRule::SameValue) => regs.r[i],
                Some(RegisterRule::Undefined) => None,
                Some(RegisterRule::Offset(o)) => {
                    match memory.read_u32(u64::from(cfa.wrapping_add(o as u32))) {
                        Some(v) => Some(v),
                        None => return Some(Step::End(EndReason::MissingMemory)),
                    }
                }
                Some(RegisterRule::ValOffset(o)) => Some(cfa.wrapping_add(o as u32)),
                Some(RegisterRule::Register(r)) => regs.r.get(usize::from(r.0)).copied().flatten(),
                Some(RegisterRule::Constant(c)) => u32::try_from(c).ok(),
                Some(_) => None,
            };
            *slot = value;
        }
        // The return address column on Arm is lr: the caller resumes there.
        let Some(ra) = next.r[LR] else {
            return Some(Step::End(EndReason::EndOfStack));
        };
        next.r[PC] = Some(ra);
        next.r[SP] = Some(cfa);
        // Which stack the caller ran on is unchanged by a call; remember its new top.
        Some(Step::Next(next, FrameStatus::Ok, true))
    }
}

/// If the new pc is an EXC_RETURN value, the registers of the interrupted context from
/// the exception frame on the stack EXC_RETURN names; `None` for an ordinary pc.
fn pop_exception_frame(next: &Regs, memory: &Memory<'_>) -> Result<Option<Regs>, EndReason> {
    let Some(exc) = next.r[PC].filter(|&v| is_exc_return(v)) else {
        return Ok(None);
    };
    // Bit 2: the frame is on the process stack; else on the main stack, where the handler
    // itself ran, so at its caller's sp.
    let on_psp = exc & 0b100 != 0;
    let base = if on_psp { next.psp } else { next.r[SP] };
    let Some(base) = base else {
        return Err(EndReason::MissingMemory);
    };
    let word = |i: u32| {
        memory
            .read_u32(u64::from(base.wrapping_add(4 * i)))
            .ok_or(EndReason::MissingMemory)
    };
    let mut popped = next.clone();
    for (i, reg) in [0usize, 1, 2, 3, 12, LR, PC].into_iter().enumerate() {
        popped.r[reg] = Some(word(i as u32)?);
    }
    let xpsr = word(7)?;
    // Bit 4 clear: the extended frame with s0–s15, FPSCR and a reserved word (0x68 bytes
    // instead of 0x20). Those are skipped, not restored: frames carry pc and sp only, and no
    // CFI rule for a caller's frame address or return address reads an FP register.
    let words = if exc & 0b1_0000 == 0 { 26 } else { 8 };
    // xPSR bit 9: the hardware aligned sp to 8 bytes with a padding word.
    let pad = if xpsr & (1 << 9) != 0 { 4 } else { 0 };
    let top = base.wrapping_add(4 * words + pad);
    popped.r[SP] = Some(top);
    if on_psp {
        popped.psp = Some(top);
    } else {
        popped.msp = Some(top);
    }
    // Registers r4–r11 are not stacked by the hardware and a handler keeps them; the ones
    // the CFI step restored stay.
    Ok(Some(popped))
}

fn pc_of(regs: &Regs) -> u32 {
    regs.r[PC].unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    const BASE: u32 = 0x2000_0100;

    /// Registers at a return to `exc_return` whose exception frame is at BASE, on the stack
    /// the EXC_RETURN value names (the handler's own sp, on the main stack, above it).
    fn at_return(exc_return: u32) -> Regs {
        let mut r = [None; 16];
        r[PC] = Some(exc_return);
        let on_psp = exc_return & 0b100 != 0;
        r[SP] = Some(if on_psp { 0x2000_0800 } else { BASE });
        Regs {
            r,
            msp: r[SP],
            psp: on_psp.then_some(BASE),
        }
    }

    /// RAM from 0x2000_0000 with an exception frame at BASE: r0–r3, r12, lr, pc, xPSR, then
    /// (extended) s0–s15, FPSCR and the reserved word, then (padded) the alignment word.
    fn stacked(extended: bool, padded: bool) -> Vec<u8> {
        let mut words = vec![0xEEEE_EEEEu32; 0x400 / 4];
        let at = ((BASE - 0x2000_0000) / 4) as usize;
        let xpsr = 0x0100_0000 | if padded { 1 << 9 } else { 0 };
        let basic = [0xA0, 0xA1, 0xA2, 0xA3, 0xAC, 0x0000_1235, 0x0000_4568, xpsr];
        words[at..at + 8].copy_from_slice(&basic);
        if extended {
            for (i, w) in words[at + 8..at + 24].iter_mut().enumerate() {
                *w = 0x3F80_0000 + i as u32; // s0–s15
            }
            words[at + 24] = 0x0300_0000; // FPSCR
        }
        words.iter().flat_map(|w| w.to_le_bytes()).collect()
    }

    #[test]
    fn exception_frames_pop_by_their_size_and_alignment_padding() {
        // (EXC_RETURN, bytes of the frame without padding): handler / thread-on-MSP /
        // thread-on-PSP returns, basic (0x20) and extended (0x68, the FP frame).
        let cases = [
            (0xFFFF_FFF1, 0x20),
            (0xFFFF_FFF9, 0x20),
            (0xFFFF_FFFD, 0x20),
            (0xFFFF_FFE1, 0x68),
            (0xFFFF_FFE9, 0x68),
            (0xFFFF_FFED, 0x68),
        ];
        for (exc, size) in cases {
            for padded in [false, true] {
                let ram = stacked(size == 0x68, padded);
                let memory = [(0x2000_0000, &ram[..])];
                let popped = pop_exception_frame(&at_return(exc), &Memory(&memory))
                    .expect("frame in memory")
                    .expect("an EXC_RETURN");
                let top = BASE + size + if padded { 4 } else { 0 };
                let what = format!("{exc:#x} padded {padded}");
                assert_eq!(popped.r[SP], Some(top), "{what}");
                assert_eq!(popped.r[PC], Some(0x4568), "{what}");
                assert_eq!(popped.r[LR], Some(0x1235), "{what}");
                assert_eq!(
                    [0, 1, 2, 3, 12].map(|i| popped.r[i]),
                    [0xA0, 0xA1, 0xA2, 0xA3, 0xAC].map(Some),
                    "{what}"
                );
                // The stack the frame was on has its new top; the other one is untouched.
                if exc & 0b100 != 0 {
                    assert_eq!((popped.psp, popped.msp), (Some(top), Some(0x2000_0800)));
                } else {
                    assert_eq!((popped.msp, popped.psp), (Some(top), None));
                }
            }
        }
    }

    #[test]
    fn an_exception_frame_outside_the_memory_is_missing_memory() {
        let ram = stacked(false, false);
        // Up to the stacked pc, without the xPSR word.
        let cut = [(0x2000_0000, &ram[..(BASE - 0x2000_0000) as usize + 28])];
        assert_eq!(
            pop_exception_frame(&at_return(0xFFFF_FFF9), &Memory(&cut)).err(),
            Some(EndReason::MissingMemory)
        );
        // A process-stack frame when the coredump has no psp.
        let full = [(0x2000_0000, &ram[..])];
        let mut regs = at_return(0xFFFF_FFFD);
        regs.psp = None;
        assert_eq!(
            pop_exception_frame(&regs, &Memory(&full)).err(),
            Some(EndReason::MissingMemory)
        );
        // An ordinary return address (and lr's reset value) is no exception return.
        for pc in [0x0000_4569, 0xFFFF_FFFF, 0xFFFF_FFF5] {
            let mut regs = at_return(0xFFFF_FFF9);
            regs.r[PC] = Some(pc);
            assert!(
                pop_exception_frame(&regs, &Memory(&full))
                    .expect("no error")
                    .is_none()
            );
        }
    }
}
