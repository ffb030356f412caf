/* Port contract: resets and the architecture's crash capture. */
#ifndef FAULTLINE_PLATFORM_RESET_H
#define FAULTLINE_PLATFORM_RESET_H

#include <stdbool.h>
#include <stdint.h>

/* Reset the system now (Cortex-M: SYSRESETREQ). Does not return. Called from thread context
 * and from the fault handler. */
void fl_port_reset(void)
#if defined(__GNUC__)
    __attribute__((noreturn))
#endif
    ;

/* The hardware's own idea of why the last reset happened, as a protocol reset reason code
 * (FL_REBOOT_*), or FL_REBOOT_UNKNOWN when the hardware cannot tell. Consulted by fl_init only
 * when the firmware did not record a reason before the reset. Thread context. */
uint32_t fl_port_hw_reset_reason(void);

/* True when [start, start + len) may be read without faulting. Used by the fault handler to
 * clamp memory regions before copying them into a coredump. Any context. */
bool fl_port_memory_readable(uintptr_t start, uint32_t len);

#endif
