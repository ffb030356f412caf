/*
 * Fault entry points of the Cortex-M port (ARMv7-M, GNU as).
 *
 * Nothing here touches the stack that was in use when the fault happened: it may be the
 * reason for the fault (overflow into the MPU guard, a corrupted sp). The entry code saves
 * r0-r11, EXC_RETURN, both stack pointers and the fault status registers to the start of
 * fl_cm_fault_area (the port's fault scratch; the rest of it is the fault stack), turns the
 * MPU off (so the guard region can be read into the dump) and then runs the C part on the port's own fault stack:
 *
 *  - from an exception (and from fl_crash called in Handler mode) by an exception return
 *    into Thread mode with a frame built on the fault stack, PRIMASK set and
 *    CCR.NONBASETHRDENA set. The capture then runs below HardFault priority, so a fault
 *    during the capture is taken as a HardFault instead of locking the core up, even when
 *    the first fault was itself a HardFault or an NMI;
 *  - from fl_crash in Thread mode by switching sp to the fault stack.
 *
 * fl_cm_fault_depth counts entries: the first runs fl_cm_fault_thread (the capture), the
 * second (a fault during the capture) runs fl_cm_nested_thread (mark the dump truncated,
 * reset), a third resets at once. It lives in .bss: the startup code zeroes it before any C
 * runs, so the crash that caused a reset can never make the next boot's first fault look
 * nested.
 */
#include "fl_cortex_m_state.h"

    .syntax unified
    .thumb
    .section .text.fl_cortex_m_fault, "ax", %progbits

    .global fl_cortex_m_fault_handler
    .type fl_cortex_m_fault_handler, %function
    .thumb_func
fl_cortex_m_fault_handler:
    ldr     r12, =fl_cm_fault_area
    stmia   r12!, {r0-r11}
    mov     r0, lr                  /* EXC_RETURN */
    mrs     r1, msp
    mrs     r2, psp
    mrs     r3, xpsr
    stmia   r12!, {r0-r3}
    mrs     r0, control
    ldr     r1, =FL_CM_SCB_CFSR
    ldr     r2, [r1]                /* CFSR */
    ldr     r3, [r1, #4]            /* HFSR */
    ldr     r4, [r1, #12]           /* MMFAR */
    ldr     r5, [r1, #16]           /* BFAR */
    movs    r6, #0                  /* not software */
    movs    r7, #0
    movs    r8, #0
    stmia   r12!, {r0, r2-r8}
    b       fl_cm_enter
    .size fl_cortex_m_fault_handler, . - fl_cortex_m_fault_handler

/* void fl_crash(uint32_t reason): the caller's registers as they are at the call, with
 * pc = lr = the return address. Privileged code only. */
    .global fl_crash
    .type fl_crash, %function
    .thumb_func
fl_crash:
    cpsid   i
    ldr     r12, =fl_cm_fault_area
    stmia   r12!, {r0-r11}
    mov     r0, lr                  /* return address */
    mrs     r1, msp
    mrs     r2, psp
    mrs     r3, xpsr
    stmia   r12!, {r0-r3}
    mrs     r0, control
    ldr     r1, =FL_CM_SCB_CFSR
    ldr     r2, [r1]
    ldr     r3, [r1, #4]
    ldr     r4, [r1, #12]
    ldr     r5, [r1, #16]
    movs    r6, #1                  /* software */
    mov     r7, sp                  /* the caller's sp: bl does not move it */
    ldr     r8, [r12, #-(FL_CM_OFF_CONTROL - FL_CM_OFF_R0)] /* reason, the saved r0 */
    stmia   r12!, {r0, r2-r8}
    b       fl_cm_enter
    .size fl_crash, . - fl_crash

    .type fl_cm_enter, %function
    .thumb_func
fl_cm_enter:
    ldr     r1, =FL_CM_MPU_CTRL
    movs    r2, #0
    str     r2, [r1]
    dsb
    isb
    ldr     r1, =fl_cm_fault_depth
    ldr     r2, [r1]
    adds    r3, r2, #1
    str     r3, [r1]
    ldr     r0, =fl_cm_fault_thread
    cbz     r2, 1f
    cmp     r2, #1
    bne     fl_cm_reset_now
    ldr     r0, =fl_cm_nested_thread
1:  ldr     r1, =fl_cm_fault_stack_top
    ldr     r1, [r1]
    mrs     r2, ipsr
    cbnz    r2, 2f
    /* Thread mode (fl_crash): continue on the fault stack as the main stack. */
    msr     msp, r1
    mrs     r2, control
    bic     r2, r2, #2
    msr     control, r2
    isb
    bx      r0
2:  /* Handler mode: return into Thread mode at r0, on the fault stack, privileged, with
     * interrupts masked. The frame: r0-r3, r12, lr = 0, pc, xPSR with only the T bit. */
    subs    r1, r1, #32
    bic     r0, r0, #1
    movs    r2, #0
    str     r2, [r1, #0]
    str     r2, [r1, #4]
    str     r2, [r1, #8]
    str     r2, [r1, #12]
    str     r2, [r1, #16]
    str     r2, [r1, #20]
    str     r0, [r1, #24]
    mov     r2, #0x01000000
    str     r2, [r1, #28]
    msr     msp, r1
    ldr     r1, =FL_CM_SCB_CCR
    ldr     r2, [r1]
    orr     r2, r2, #1              /* NONBASETHRDENA: other exceptions may still be active */
    str     r2, [r1]
    movs    r2, #0
    msr     control, r2             /* privileged, main stack, no FP context */
    isb
    cpsid   i
    ldr     lr, =0xFFFFFFF9         /* Thread mode, main stack, basic frame */
    bx      lr
    .size fl_cm_enter, . - fl_cm_enter

    .global fl_cm_reset_now
    .type fl_cm_reset_now, %function
    .thumb_func
fl_cm_reset_now:
    ldr     r0, =FL_CM_SCB_AIRCR
    ldr     r1, =FL_CM_AIRCR_RESET
    dsb
    str     r1, [r0]
    dsb
3:  b       3b
    .size fl_cm_reset_now, . - fl_cm_reset_now

    .ltorg

#ifndef FL_CORTEX_M_NO_CMSIS_NAMES
    .global NMI_Handler
    .thumb_set NMI_Handler, fl_cortex_m_fault_handler
    .global HardFault_Handler
    .thumb_set HardFault_Handler, fl_cortex_m_fault_handler
    .global MemManage_Handler
    .thumb_set MemManage_Handler, fl_cortex_m_fault_handler
    .global BusFault_Handler
    .thumb_set BusFault_Handler, fl_cortex_m_fault_handler
    .global UsageFault_Handler
    .thumb_set UsageFault_Handler, fl_cortex_m_fault_handler
#endif
