/*
 * Coredumps.
 *
 * The architecture port's fault handler (e.g. ports/cortex-m) captures the registers into an
 * fl_crash_regs_t and calls fl_coredump_capture, which writes them and the memory regions into
 * the port's coredump area, records the reboot reason and returns; the handler then resets.
 * After the reboot, fl_init finds the stored coredump and the packetizer sends it (compressed
 * with region encoding 1 unless FL_COREDUMP_COMPRESS is 0), then clears it.
 *
 * Captured: the registers, the active stack from the pre-fault stack pointer up to
 * FL_COREDUMP_STACK_BYTES (including the exception frame the hardware pushed), and the regions
 * added with fl_coredump_add_region. When the area is too small, or a second fault interrupts
 * the capture, the dump keeps what fits and is flagged truncated.
 */
#ifndef FAULTLINE_COREDUMP_H
#define FAULTLINE_COREDUMP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Protocol §10.6 architecture codes. */
enum { FL_ARCH_ARM_CORTEX_M = 0, FL_ARCH_RISCV32 = 1, FL_ARCH_XTENSA = 2 };

/* Register slots, DWARF numbering for Cortex-M (protocol §10.6). */
enum {
    FL_REG_R0 = 0,
    FL_REG_SP = 13,
    FL_REG_LR = 14,
    FL_REG_PC = 15,
    FL_REG_XPSR = 16,
    FL_REG_MSP = 17,
    FL_REG_PSP = 18,
    FL_REG_CFSR = 19,
    FL_REG_HFSR = 20,
    FL_REG_MMFAR = 21,
    FL_REG_BFAR = 22,
    FL_REG_COUNT = 23
};

typedef struct {
    uint32_t arch;               /* FL_ARCH_* */
    uint32_t regs[FL_REG_COUNT]; /* values at the fault (sp = pre-exception stack pointer) */
    uintptr_t stack_start;       /* lowest stack address to capture (usually the frame) */
    uintptr_t stack_end;         /* one past the highest (the stack's top); 0 = unknown */
} fl_crash_regs_t;
/* stack_start/stack_end are uintptr_t (32 bits on Cortex-M, as before) so that a 64-bit host
 * port can describe its real stack; region start addresses travel as their low 32 bits. */

/* Write a coredump for `reason` (FL_REBOOT_*) and record the reboot reason with the pc and lr
 * in regs. Does not reset. Called from the fault handler with interrupts masked: uses no
 * lock, no heap, and only the port's coredump-area and readable-memory hooks. A dump already
 * stored and not yet sent is kept (the first crash is the interesting one) and this call only
 * records the reboot reason. */
void fl_coredump_capture(const fl_crash_regs_t *regs, uint32_t reason);

/* Mark the dump being written as truncated: for the architecture port's nested-fault path,
 * which calls it when a fault interrupts fl_coredump_capture. Commits the partial dump (it is
 * sent after the reset, flagged truncated); does nothing when no capture is in progress.
 * Fault-handler context. A capture that was neither committed nor marked (e.g. a watchdog
 * reset in the middle) is also sent, flagged truncated. */
void fl_coredump_mark_interrupted(void);

/* Add a memory region to capture in every coredump (up to FL_COREDUMP_MAX_EXTRA_REGIONS).
 * Returns 0 or FL_ERR_FULL. Thread context, after fl_init (which forgets earlier
 * registrations), before a fault. Regions are clamped with fl_port_memory_readable at capture
 * time. */
int fl_coredump_add_region(const void *start, uint32_t len);

/* True when a coredump is stored and waiting to be sent. Thread context. */
bool fl_coredump_pending(void);

/* Trigger a coredump from software (asserts, watchdog hooks) and reset. Implemented by the
 * architecture port; does not return. Any context. */
void fl_crash(uint32_t reason)
#if defined(__GNUC__)
    __attribute__((noreturn))
#endif
    ;

/* FL_ASSERT(cond): on failure, coredump with reason FL_REBOOT_ASSERT and reset. */
#define FL_ASSERT(cond)                        \
    do {                                       \
        if (!(cond)) {                         \
            fl_crash(9 /* FL_REBOOT_ASSERT */); \
        }                                      \
    } while (0)

#endif
