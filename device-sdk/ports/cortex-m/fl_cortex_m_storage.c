/*
 * Cortex-M port: the SDK's four storage areas in .noinit RAM.
 *
 * .noinit is neither loaded nor zeroed, so the areas survive a reset (SYSRESETREQ, a
 * watchdog, the reset pin) but not a power loss; the SDK validates them with a magic and a
 * CRC at fl_init. The coredump area is plain RAM written with a byte copy, which is what the
 * fault handler may use: no interrupts, no locks, no heap.
 */
#include "../../src/fl_internal.h"

#include "faultline/platform/storage.h"
#include "faultline/reboot.h"
#include "fl_cortex_m.h"

#define NOINIT __attribute__((section(".noinit.faultline"), aligned(8)))

static uint8_t s_events[FL_CORTEX_M_EVENT_BYTES] NOINIT;
static uint8_t s_log[FL_CORTEX_M_LOG_BYTES] NOINIT;
static uint8_t s_coredump[FL_CORTEX_M_COREDUMP_BYTES] NOINIT;
static uint8_t s_reboot_info[FL_REBOOT_INFO_BYTES] NOINIT;

uint8_t *fl_port_event_storage(size_t *size) {
    *size = sizeof s_events;
    return s_events;
}

uint8_t *fl_port_log_storage(size_t *size) {
    *size = sizeof s_log;
    return s_log;
}

void *fl_port_reboot_info(void) { return s_reboot_info; }

size_t fl_port_coredump_size(void) { return sizeof s_coredump; }

void fl_port_coredump_write(size_t offset, const void *data, size_t len) {
    if (offset <= sizeof s_coredump && len <= sizeof s_coredump - offset) {
        fl__copy(&s_coredump[offset], data, len);
    }
}

void fl_port_coredump_read(size_t offset, void *data, size_t len) {
    if (offset <= sizeof s_coredump && len <= sizeof s_coredump - offset) {
        fl__copy(data, &s_coredump[offset], len);
    } else {
        fl__zero(data, len);
    }
}

void fl_port_coredump_clear(void) { fl__zero(s_coredump, sizeof s_coredump); }
