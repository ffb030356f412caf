/*
 * Vector table and reset handler. The reset handler copies .data and zeroes .bss; it never
 * touches .noinit, which is what lets the SDK's areas survive a reset.
 */
#include <stdint.h>
#include <string.h>

#include "fl_cortex_m.h"

extern uint32_t __fl_stack_top[];
extern uint32_t __data_load[], __data_start[], __data_end[];
extern uint32_t __bss_start[], __bss_end[];

int main(void);
void SysTick_Handler(void);
void Reset_Handler(void);

static void default_handler(void) {
    for (;;) {
    }
}

void SVC_Handler(void) __attribute__((weak, alias("default_handler")));
void DebugMon_Handler(void) __attribute__((weak, alias("default_handler")));
void PendSV_Handler(void) __attribute__((weak, alias("default_handler")));

/* 16 system vectors and the 32 interrupts MPS2 wires up (CMSDK UARTs, timers, GPIO...). */
__attribute__((section(".vectors"), used)) static void (*const s_vectors[16 + 32])(void) = {
    (void (*)(void))__fl_stack_top,
    Reset_Handler,
    fl_cortex_m_fault_handler, /* NMI (the watchdog) */
    fl_cortex_m_fault_handler, /* HardFault */
    fl_cortex_m_fault_handler, /* MemManage */
    fl_cortex_m_fault_handler, /* BusFault */
    fl_cortex_m_fault_handler, /* UsageFault */
    0,
    0,
    0,
    0,
    SVC_Handler,
    DebugMon_Handler,
    0,
    PendSV_Handler,
    SysTick_Handler,
    [16 ... 47] = default_handler,
};

static void __attribute__((noreturn, used)) reset_c(void) {
    memcpy(__data_start, __data_load, (size_t)((char *)__data_end - (char *)__data_start));
    memset(__bss_start, 0, (size_t)((char *)__bss_end - (char *)__bss_start));
    main();
    for (;;) {
    }
}

/* Naked so that nothing runs before the FPU is enabled: code built for the hard-float ABI may
 * use FP registers anywhere, and an FP instruction with CP10/CP11 disabled is a UsageFault. */
__attribute__((naked, noreturn)) void Reset_Handler(void) {
    __asm volatile(
#if defined(__ARM_FP)
        "ldr r0, =0xE000ED88\n\t" /* CPACR: full access to CP10 and CP11 */
        "ldr r1, [r0]\n\t"
        "orr r1, r1, #(0xF << 20)\n\t"
        "str r1, [r0]\n\t"
        "dsb\n\t"
        "isb\n\t"
#endif
        "b reset_c\n\t"
        ".ltorg");
}
