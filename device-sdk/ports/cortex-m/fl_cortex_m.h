/*
 * Faultline port for bare-metal ARMv7-M (Cortex-M3, M4, M4F, M7), GCC.
 *
 * What it provides (see README.md in this directory):
 *  - the fault handlers (HardFault, MemManage, BusFault, UsageFault, NMI) that capture a
 *    coredump and reset, and fl_crash for asserts and software watchdogs;
 *  - fl_port_reset, fl_port_hw_reset_reason, fl_port_memory_readable, fl_port_lock/unlock;
 *  - the four storage areas in .noinit RAM (fl_port_*_storage, fl_port_reboot_info,
 *    fl_port_coredump_*).
 *
 * The application provides fl_port_uptime_ms, fl_port_epoch_ms and fl_port_device_info (board
 * specific), puts fl_cortex_m_fault_handler (or the CMSIS names below) in its vector table,
 * calls fl_cortex_m_init() early in main and then fl_init().
 *
 * Its linker script defines these symbols (addresses, as in `__fl_ram_start = ORIGIN(RAM);`):
 *
 *     __fl_flash_start, __fl_flash_end   code and read-only data (readable in a coredump)
 *     __fl_ram_start, __fl_ram_end       RAM (readable in a coredump)
 *     __fl_stack_limit, __fl_stack_top   the main stack (MSP): lowest usable address and top
 *
 * and, when FL_CORTEX_M_STACK_GUARD_BYTES is not 0, reserves that many bytes just below
 * __fl_stack_limit, aligned to their size, for the MPU stack guard. It places the input
 * sections .noinit* in a NOLOAD output section that the startup code does not touch and that
 * is in no loadable ELF segment.
 */
#ifndef FL_CORTEX_M_H
#define FL_CORTEX_M_H

#include <stdbool.h>
#include <stdint.h>

#include "faultline/config.h"

/* Bytes of the event buffer, log buffer and coredump area kept in .noinit RAM. */
#ifndef FL_CORTEX_M_EVENT_BYTES
#define FL_CORTEX_M_EVENT_BYTES 2048
#endif
#ifndef FL_CORTEX_M_LOG_BYTES
#define FL_CORTEX_M_LOG_BYTES 1024
#endif
#ifndef FL_CORTEX_M_COREDUMP_BYTES
#define FL_CORTEX_M_COREDUMP_BYTES (FL_COREDUMP_STACK_BYTES + 1024)
#endif

/* Stack the coredump capture runs on (never the stack that faulted). */
#ifndef FL_CORTEX_M_FAULT_STACK_BYTES
#define FL_CORTEX_M_FAULT_STACK_BYTES 768
#endif

/* Size of the no-access MPU region just below __fl_stack_limit: a power of two ≥ 32, and
 * at least the largest exception frame (108 bytes with the FPU) so that a frame stacked on
 * overflow lands wholly inside it. 0 disables the guard. */
#ifndef FL_CORTEX_M_STACK_GUARD_BYTES
#define FL_CORTEX_M_STACK_GUARD_BYTES 128
#endif

/* The MPU region number used for the guard (the highest-numbered region wins overlaps). */
#ifndef FL_CORTEX_M_STACK_GUARD_REGION
#define FL_CORTEX_M_STACK_GUARD_REGION 7
#endif

/* Reason recorded when the NMI handler runs: on most parts the NMI is the watchdog's early
 * warning (on MPS2 the CMSDK watchdog interrupt is wired to it). */
#ifndef FL_CORTEX_M_NMI_REASON
#define FL_CORTEX_M_NMI_REASON 7 /* FL_REBOOT_HARDWARE_WATCHDOG */
#endif

/* Extra address ranges fl_port_memory_readable accepts, besides flash and RAM. */
#ifndef FL_CORTEX_M_MAX_READABLE
#define FL_CORTEX_M_MAX_READABLE 2
#endif

/* Enable the MemManage, BusFault and UsageFault exceptions and the divide-by-zero trap, turn
 * FPU lazy stacking off (so an exception frame holds the FP registers the task had), fill
 * and arm the MPU stack guard. Call once, first thing in main, before fl_init. */
void fl_cortex_m_init(void);

/* Declare [start, start + len) readable for coredump regions (memory-mapped external RAM,
 * a peripheral's buffer). Returns false when the table (FL_CORTEX_M_MAX_READABLE) is full.
 * Thread context, before a fault. */
bool fl_cortex_m_add_readable(uintptr_t start, uint32_t len);

/* The vector-table entry for NMI, HardFault, MemManage, BusFault and UsageFault. It trusts
 * nothing of the stack that faulted: it saves the registers to a static area, switches to
 * its own stack and resumes in Thread mode with interrupts masked to capture the coredump, so
 * that a fault during the capture (reading a region that turns out not to be readable) is
 * taken as a HardFault and ends in a reset instead of a lockup. Also defined under the CMSIS
 * names NMI_Handler, HardFault_Handler, MemManage_Handler, BusFault_Handler and
 * UsageFault_Handler unless FL_CORTEX_M_NO_CMSIS_NAMES is defined when assembling. */
void fl_cortex_m_fault_handler(void);

/* Top of the stack a fault on the process stack (PSP) ran on, for the coredump's stack_end;
 * 0 when unknown. Weak: an RTOS port returns the current task's stack top. */
uint32_t fl_cortex_m_psp_stack_top(uint32_t psp);

#endif
