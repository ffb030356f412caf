/*
 * Private to the Cortex-M port: the state the assembly entry points save before any C runs,
 * shared by fl_cortex_m_fault.S (offsets) and fl_cortex_m.c (struct).
 */
#ifndef FL_CORTEX_M_STATE_H
#define FL_CORTEX_M_STATE_H

#define FL_CM_OFF_R0 0           /* r0-r11 as the CPU held them at entry */
#define FL_CM_OFF_LR 48          /* EXC_RETURN; for fl_crash the return address */
#define FL_CM_OFF_MSP 52
#define FL_CM_OFF_PSP 56
#define FL_CM_OFF_XPSR 60        /* xPSR at entry (IPSR: which exception) */
#define FL_CM_OFF_CONTROL 64
#define FL_CM_OFF_CFSR 68
#define FL_CM_OFF_HFSR 72
#define FL_CM_OFF_MMFAR 76
#define FL_CM_OFF_BFAR 80
#define FL_CM_OFF_SOFTWARE 84    /* 0 for an exception, 1 for fl_crash */
#define FL_CM_OFF_SP 88          /* fl_crash: the caller's sp */
#define FL_CM_OFF_REASON 92      /* fl_crash: its argument */
#define FL_CM_STATE_BYTES 96

/* System control block registers the entry code touches. */
#define FL_CM_SCB_AIRCR 0xE000ED0C
#define FL_CM_SCB_CCR 0xE000ED14
#define FL_CM_SCB_CFSR 0xE000ED28
#define FL_CM_MPU_CTRL 0xE000ED94
#define FL_CM_AIRCR_RESET 0x05FA0004 /* VECTKEY | SYSRESETREQ */

#ifndef __ASSEMBLER__
#include <stddef.h>
#include <stdint.h>

#include "fl_cortex_m.h"

typedef struct {
    uint32_t r[12];
    uint32_t lr;
    uint32_t msp;
    uint32_t psp;
    uint32_t xpsr;
    uint32_t control;
    uint32_t cfsr;
    uint32_t hfsr;
    uint32_t mmfar;
    uint32_t bfar;
    uint32_t software;
    uint32_t sp;
    uint32_t reason;
} fl_cm_fault_state_t;

/* C99 has no _Static_assert: an array of negative size stops the build instead. */
#define FL_CM_STATIC_ASSERT(cond, name) typedef char fl_cm_assert_##name[(cond) ? 1 : -1]

/* The assembly's offsets above must match the struct. */
FL_CM_STATIC_ASSERT(sizeof(fl_cm_fault_state_t) == FL_CM_STATE_BYTES, state_size);
FL_CM_STATIC_ASSERT(offsetof(fl_cm_fault_state_t, software) == FL_CM_OFF_SOFTWARE, software);

/* The entry code stores at the start of fl_cm_fault_area (its symbol): state first. */
typedef struct {
    fl_cm_fault_state_t state;
    uint64_t stack[(FL_CORTEX_M_FAULT_STACK_BYTES - FL_CM_STATE_BYTES) / sizeof(uint64_t)];
} fl_cm_fault_area_t;

extern fl_cm_fault_area_t fl_cm_fault_area;
extern volatile uint32_t fl_cm_fault_depth;
extern uint32_t *const fl_cm_fault_stack_top;

void fl_cm_fault_thread(void) __attribute__((noreturn));
void fl_cm_nested_thread(void) __attribute__((noreturn));
#endif

#endif
