/*
 * Cortex-M port: fault decoding and capture, reset, lock, readable memory, init.
 * The entry points that run before any of this are in fl_cortex_m_fault.S.
 */
#include "fl_cortex_m.h"

#include <stddef.h>
#include "../../src/fl_internal.h"

#include "faultline/faultline.h"
#include "faultline/platform/lock.h"
#include "faultline/platform/reset.h"
#include "fl_cortex_m_state.h"

#define REG32(addr) (*(volatile uint32_t *)(addr))

/* System control block and MPU (ARMv7-M ARM, B3.2 and B3.5). */
#define SCB_AIRCR REG32(0xE000ED0Cu)
#define SCB_CCR REG32(0xE000ED14u)
#define SCB_SHCSR REG32(0xE000ED24u)
#define SCB_CPACR REG32(0xE000ED88u)
#define MPU_TYPE REG32(0xE000ED90u)
#define MPU_CTRL REG32(0xE000ED94u)
#define MPU_RNR REG32(0xE000ED98u)
#define MPU_RBAR REG32(0xE000ED9Cu)
#define MPU_RASR REG32(0xE000EDA0u)
#define FPU_FPCCR REG32(0xE000EF34u)

#define AIRCR_VECTKEY (0x05FAu << 16)
#define AIRCR_PRIGROUP_MASK (7u << 8)
#define AIRCR_SYSRESETREQ (1u << 2)
#define CCR_DIV_0_TRP (1u << 4)
#define SHCSR_MEMFAULTENA (1u << 16)
#define SHCSR_BUSFAULTENA (1u << 17)
#define SHCSR_USGFAULTENA (1u << 18)
#define FPCCR_ASPEN (1u << 31)
#define FPCCR_LSPEN (1u << 30)
#define MPU_CTRL_ENABLE (1u << 0)
#define MPU_CTRL_PRIVDEFENA (1u << 2)
#define MPU_RASR_XN (1u << 28)
#define MPU_RASR_ENABLE (1u << 0)

/* CFSR bits (MMFSR [7:0], BFSR [15:8], UFSR [31:16]). */
#define CFSR_MSTKERR (1u << 4)
#define CFSR_MMARVALID (1u << 7)
#define CFSR_STKERR (1u << 12)
#define CFSR_MMFSR 0x000000FFu
#define CFSR_BFSR 0x0000FF00u
#define CFSR_UFSR 0xFFFF0000u
#define HFSR_FORCED (1u << 30)

#define EXC_RETURN_PSP (1u << 2)
#define EXC_RETURN_BASIC_FRAME (1u << 4)
#define XPSR_FRAME_ALIGNED (1u << 9)
#define XPSR_T (1u << 24)
#define FRAME_BASIC_BYTES 0x20u
#define FRAME_EXTENDED_BYTES 0x68u

enum { EXC_NMI = 2, EXC_HARDFAULT = 3, EXC_MEMMANAGE = 4, EXC_BUSFAULT = 5, EXC_USAGEFAULT = 6 };

/* Linker-script symbols (see fl_cortex_m.h). */
extern uint32_t __fl_flash_start[], __fl_flash_end[];
extern uint32_t __fl_ram_start[], __fl_ram_end[];
extern uint32_t __fl_stack_limit[], __fl_stack_top[];

volatile uint32_t fl_cm_fault_depth;

/* Scratch used only while a fault is handled: the registers the entry code saves, then the
 * stack the capture runs on (it grows down towards them). Never initialised, so it lives in
 * .noinit with the SDK's other areas instead of costing .bss. */
fl_cm_fault_area_t fl_cm_fault_area __attribute__((section(".noinit.faultline"), aligned(8)));
uint32_t *const fl_cm_fault_stack_top =
    (uint32_t *)&fl_cm_fault_area.stack[sizeof fl_cm_fault_area.stack / sizeof(uint64_t)];

typedef struct {
    uintptr_t start;
    uintptr_t end;
} range_t;

static range_t s_readable[FL_CORTEX_M_MAX_READABLE];
static uint32_t s_readable_count;

static uintptr_t addr(const void *p) { return (uintptr_t)p; }

#if FL_CORTEX_M_STACK_GUARD_BYTES > 0
/* The MPU guard is a power of two of at least 32 bytes. */
FL_CM_STATIC_ASSERT((FL_CORTEX_M_STACK_GUARD_BYTES & (FL_CORTEX_M_STACK_GUARD_BYTES - 1)) == 0 &&
                        FL_CORTEX_M_STACK_GUARD_BYTES >= 32,
                    guard_size);

static uintptr_t guard_start(void) { return addr(__fl_stack_limit) - FL_CORTEX_M_STACK_GUARD_BYTES; }

static void arm_stack_guard(void) {
    uintptr_t base = guard_start();
    if ((MPU_TYPE >> 8 & 0xFFu) <= FL_CORTEX_M_STACK_GUARD_REGION ||
        (base & (FL_CORTEX_M_STACK_GUARD_BYTES - 1)) != 0) {
        return; /* no MPU, or the linker script did not align the guard */
    }
    /* A recognisable fill: a dump of an overflow shows that nothing was stacked there. */
    for (uint32_t *p = (uint32_t *)base; p < __fl_stack_limit; p++) {
        *p = 0xF1A7F1A7u;
    }
    uint32_t size_field = (uint32_t)(31 - __builtin_clz(FL_CORTEX_M_STACK_GUARD_BYTES) - 1);
    MPU_RNR = FL_CORTEX_M_STACK_GUARD_REGION;
    MPU_RBAR = (uint32_t)base;
    /* AP = 000 (no access, privileged included), XN, normal memory attributes. */
    MPU_RASR = MPU_RASR_XN | (size_field << 1) | MPU_RASR_ENABLE;
    MPU_CTRL = MPU_CTRL_ENABLE | MPU_CTRL_PRIVDEFENA;
    __asm volatile("dsb\n\tisb" ::: "memory");
}
#endif

void fl_cortex_m_init(void) {
    SCB_SHCSR |= SHCSR_MEMFAULTENA | SHCSR_BUSFAULTENA | SHCSR_USGFAULTENA;
    SCB_CCR |= CCR_DIV_0_TRP;
#if defined(__ARM_FP)
    /* Stack the FP registers at exception entry itself (no lazy stacking): the frame a
     * coredump captures then holds the values the interrupted code had. */
    FPU_FPCCR = (FPU_FPCCR | FPCCR_ASPEN) & ~FPCCR_LSPEN;
#endif
#if FL_CORTEX_M_STACK_GUARD_BYTES > 0
    arm_stack_guard();
#endif
    __asm volatile("dsb\n\tisb" ::: "memory");
}

bool fl_cortex_m_add_readable(uintptr_t start, uint32_t len) {
    if (s_readable_count >= FL_CORTEX_M_MAX_READABLE || start + len < start) {
        return false;
    }
    s_readable[s_readable_count].start = start;
    s_readable[s_readable_count].end = start + len;
    s_readable_count++;
    return true;
}

__attribute__((weak)) uint32_t fl_cortex_m_psp_stack_top(uint32_t psp) {
    (void)psp;
    return 0;
}

/* --- port contract: reset, lock, memory ---------------------------------------------- */

void fl_port_reset(void) {
    __asm volatile("dsb" ::: "memory");
    SCB_AIRCR = AIRCR_VECTKEY | (SCB_AIRCR & AIRCR_PRIGROUP_MASK) | AIRCR_SYSRESETREQ;
    __asm volatile("dsb" ::: "memory");
    for (;;) {
    }
}

/* Generic ARMv7-M has no reset-cause register (vendors add one: RCC_CSR, RSTCAUSE...), and
 * the MPS2 boards have none either. Weak so that a board file can decode its own. */
__attribute__((weak)) uint32_t fl_port_hw_reset_reason(void) { return FL_REBOOT_UNKNOWN; }

static bool within(uintptr_t start, uintptr_t end, uintptr_t lo, uintptr_t hi) {
    return start >= lo && end <= hi;
}

bool fl_port_memory_readable(uintptr_t start, uint32_t len) {
    uintptr_t end = start + len;
    if (end < start) {
        return false;
    }
#if FL_CORTEX_M_STACK_GUARD_BYTES > 0
    /* The guard faults while the MPU is on (the fault handler turns it off). */
    if ((MPU_CTRL & MPU_CTRL_ENABLE) && start < addr(__fl_stack_limit) && end > guard_start()) {
        return false;
    }
#endif
    if (within(start, end, addr(__fl_ram_start), addr(__fl_ram_end)) ||
        within(start, end, addr(__fl_flash_start), addr(__fl_flash_end))) {
        return true;
    }
    for (uint32_t i = 0; i < s_readable_count; i++) {
        if (within(start, end, s_readable[i].start, s_readable[i].end)) {
            return true;
        }
    }
    return false;
}

/* Calls never nest (port contract), so one saved PRIMASK is enough; an ISR that takes the
 * lock while Thread mode holds it cannot run, since the lock masks it. */
static uint32_t s_saved_primask;

void fl_port_lock(void) {
    uint32_t primask;
    __asm volatile("mrs %0, primask\n\tcpsid i" : "=r"(primask)::"memory");
    s_saved_primask = primask;
}

void fl_port_unlock(void) {
    uint32_t primask = s_saved_primask;
    __asm volatile("msr primask, %0" ::"r"(primask) : "memory");
}

/* --- the capture, on the fault stack ---------------------------------------------------- */

static uint32_t read_word(uintptr_t a) { return *(const volatile uint32_t *)a; }

static bool on_main_stack_overflowed(uint32_t sp) {
    return sp < addr(__fl_stack_limit) && sp >= addr(__fl_ram_start);
}

static uint32_t fault_reason(const fl_cm_fault_state_t *s, bool main_stack, uint32_t sp) {
    uint32_t exception = s->xpsr & 0x1FFu;
    uint32_t cfsr = s->cfsr;
    if (exception == EXC_NMI) {
        return FL_CORTEX_M_NMI_REASON;
    }
    if ((cfsr & (CFSR_MSTKERR | CFSR_STKERR)) || (main_stack && on_main_stack_overflowed(sp))) {
        return FL_REBOOT_STACK_OVERFLOW;
    }
#if FL_CORTEX_M_STACK_GUARD_BYTES > 0
    if ((cfsr & CFSR_MMARVALID) && s->mmfar >= guard_start() &&
        s->mmfar < addr(__fl_stack_limit)) {
        return FL_REBOOT_STACK_OVERFLOW;
    }
#endif
    switch (exception) {
    case EXC_MEMMANAGE:
        return FL_REBOOT_MEM_FAULT;
    case EXC_BUSFAULT:
        return FL_REBOOT_BUS_FAULT;
    case EXC_USAGEFAULT:
        return FL_REBOOT_USAGE_FAULT;
    default:
        break;
    }
    /* HardFault: a configurable fault escalated (FORCED: raised with interrupts masked or
     * from a handler of equal priority) keeps its own name. */
    if (s->hfsr & HFSR_FORCED) {
        if (cfsr & CFSR_MMFSR) {
            return FL_REBOOT_MEM_FAULT;
        }
        if (cfsr & CFSR_BFSR) {
            return FL_REBOOT_BUS_FAULT;
        }
        if (cfsr & CFSR_UFSR) {
            return FL_REBOOT_USAGE_FAULT;
        }
    }
    return FL_REBOOT_HARD_FAULT;
}

static uint32_t main_stack_end(void) { return (uint32_t)addr(__fl_stack_top); }

/* Fill s_regs from what the entry code saved and the exception frame; returns the reason. */
static uint32_t decode(const fl_cm_fault_state_t *s, fl_crash_regs_t *regs) {
    fl__zero(regs, sizeof *regs);
    regs->arch = FL_ARCH_ARM_CORTEX_M;
    for (int i = 0; i < 12; i++) {
        regs->regs[i] = s->r[i];
    }
    regs->regs[FL_REG_MSP] = s->msp;
    regs->regs[FL_REG_PSP] = s->psp;
    regs->regs[FL_REG_CFSR] = s->cfsr;
    regs->regs[FL_REG_HFSR] = s->hfsr;
    regs->regs[FL_REG_MMFAR] = s->mmfar;
    regs->regs[FL_REG_BFAR] = s->bfar;

    if (s->software) {
        /* fl_crash: sp is the caller's, pc and lr its return address (r12 was used by the
         * entry code; it is a scratch register across a call anyway). */
        bool main_stack = (s->xpsr & 0x1FFu) != 0 || (s->control & 2u) == 0;
        regs->regs[FL_REG_SP] = s->sp;
        regs->regs[FL_REG_LR] = s->lr;
        regs->regs[FL_REG_PC] = s->lr & ~1u;
        regs->regs[FL_REG_XPSR] = s->xpsr | XPSR_T;
        regs->stack_start = s->sp;
        regs->stack_end = main_stack ? main_stack_end() : fl_cortex_m_psp_stack_top(s->sp);
        return s->reason;
    }

    uint32_t exc_return = s->lr;
    bool main_stack = (exc_return & EXC_RETURN_PSP) == 0;
    uint32_t frame = main_stack ? s->msp : s->psp;
    uint32_t frame_bytes =
        (exc_return & EXC_RETURN_BASIC_FRAME) ? FRAME_BASIC_BYTES : FRAME_EXTENDED_BYTES;
    /* A failed stacking (overflow into the guard, a wild sp) left no frame to read: r0-r3
     * are still the CPU's own, the rest of the frame is lost and reported as 0. */
    bool stacked = (s->cfsr & (CFSR_MSTKERR | CFSR_STKERR)) == 0 &&
                   fl_port_memory_readable(frame, frame_bytes);
    if (stacked) {
        for (int i = 0; i < 4; i++) {
            regs->regs[i] = read_word(frame + 4u * (uint32_t)i);
        }
        regs->regs[12] = read_word(frame + 16);
        regs->regs[FL_REG_LR] = read_word(frame + 20);
        regs->regs[FL_REG_PC] = read_word(frame + 24);
        regs->regs[FL_REG_XPSR] = read_word(frame + 28);
        if (regs->regs[FL_REG_XPSR] & XPSR_FRAME_ALIGNED) {
            frame_bytes += 4; /* the core padded sp to 8 bytes before stacking */
        }
    }
    uint32_t sp = frame + frame_bytes;
    regs->regs[FL_REG_SP] = sp;
    if (main_stack) {
        regs->regs[FL_REG_MSP] = sp;
    } else {
        regs->regs[FL_REG_PSP] = sp;
    }
    regs->stack_start = frame;
    regs->stack_end = main_stack ? main_stack_end() : fl_cortex_m_psp_stack_top(sp);
    if (regs->stack_end != 0 && regs->stack_end < frame) {
        regs->stack_end = 0; /* sp was above its own stack: capture from sp, length capped */
    }
    return fault_reason(s, main_stack, sp);
}

void fl_cm_fault_thread(void) {
    fl_crash_regs_t regs; /* on the fault stack */
    uint32_t reason = decode(&fl_cm_fault_area.state, &regs);
    fl_coredump_capture(&regs, reason);
    fl_port_reset();
}

void fl_cm_nested_thread(void) {
    fl_coredump_mark_interrupted();
    fl_port_reset();
}
