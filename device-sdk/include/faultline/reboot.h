/*
 * Reboot-reason tracking across resets.
 *
 * Before a deliberate reset the firmware records why (fl_reboot_mark, or fl_reboot which also
 * resets). The fault handler records crash reasons itself. At the next fl_init the SDK reads
 * the record from the port's reboot-info area (it survives the reset), queues a reboot
 * message and counts unexpected resets in crash_count.
 */
#ifndef FAULTLINE_REBOOT_H
#define FAULTLINE_REBOOT_H

#include <stdbool.h>
#include <stdint.h>

/* Reset reason codes of protocol §10.4. Codes ≥ FL_REBOOT_CUSTOM_BASE are firmware-defined. */
enum {
    FL_REBOOT_UNKNOWN = 0,
    FL_REBOOT_POWER_ON = 1,
    FL_REBOOT_PIN_RESET = 2,
    FL_REBOOT_SOFTWARE_RESET = 3,
    FL_REBOOT_FIRMWARE_UPDATE = 4,
    FL_REBOOT_LOW_POWER = 5,
    FL_REBOOT_BROWN_OUT = 6,
    FL_REBOOT_HARDWARE_WATCHDOG = 7,
    FL_REBOOT_SOFTWARE_WATCHDOG = 8,
    FL_REBOOT_ASSERT = 9,
    FL_REBOOT_HARD_FAULT = 10,
    FL_REBOOT_BUS_FAULT = 11,
    FL_REBOOT_MEM_FAULT = 12,
    FL_REBOOT_USAGE_FAULT = 13,
    FL_REBOOT_STACK_OVERFLOW = 14,
    FL_REBOOT_OUT_OF_MEMORY = 15,
    FL_REBOOT_CUSTOM_BASE = 128
};

/* Size of the port's reboot-info area. */
#define FL_REBOOT_INFO_BYTES 32

/* True for the standard codes the firmware did not ask for (6-15). */
bool fl_reboot_is_unexpected(uint32_t reason);

/* Record the reason of the reset about to happen. For codes ≥ FL_REBOOT_CUSTOM_BASE,
 * `unexpected` says whether it counts as a crash; for standard codes it is ignored.
 * The first reason recorded wins until the reset. ISR-safe; also callable from the fault
 * handler. */
void fl_reboot_mark(uint32_t reason, bool unexpected, uint32_t pc, uint32_t lr);

/* Record `reason` (expected) and reset through the port. Thread context. Does not return. */
void fl_reboot(uint32_t reason)
#if defined(__GNUC__)
    __attribute__((noreturn))
#endif
    ;

/* The reset that led to this boot, as decoded by fl_init. */
typedef struct {
    uint32_t reason;
    bool unexpected;
    bool has_pc;
    uint32_t pc;
    uint32_t lr;
    uint32_t crash_count; /* unexpected resets since fl_reboot_clear_crash_count */
    uint32_t boot_count;  /* boots since the reboot-info area was initialised */
} fl_reboot_info_t;

/* Thread context or ISR; valid after fl_init. */
const fl_reboot_info_t *fl_reboot_last(void);

/* Reset crash_count to 0 (e.g. after a successful update). Thread context. */
void fl_reboot_clear_crash_count(void);

#endif
