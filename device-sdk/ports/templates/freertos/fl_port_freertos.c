/*
 * Faultline port for FreeRTOS on a Cortex-M: a template. Copy it into your project, then fill
 * in every FL_PORT_TODO. The functions are the whole port contract
 * (include/faultline/platform/*.h); each says from which context the SDK calls it.
 *
 * For the crash path on Cortex-M use ports/cortex-m (its fault handlers call
 * fl_coredump_capture and provide fl_crash); this file then covers the rest. Without it, see
 * fl_crash at the end.
 */
#include <string.h>

#include "FreeRTOS.h"
#include "task.h"

#include "faultline/faultline.h"
#include "faultline/platform/device_info.h"
#include "faultline/platform/lock.h"
#include "faultline/platform/reset.h"
#include "faultline/platform/storage.h"
#include "faultline/platform/time.h"

/* ---- storage ----
 * FL_PORT_TODO: a .noinit output section in your linker script (NOLOAD, not cleared by the
 * startup code) keeps these across resets:
 *     .noinit (NOLOAD) : { *(.noinit*) } > RAM
 * Size the areas for your application (see include/faultline/platform/storage.h). */
#define FL_NOINIT __attribute__((section(".noinit"), aligned(4)))
static uint8_t event_area[2048] FL_NOINIT;
static uint8_t log_area[1024] FL_NOINIT;
static uint8_t reboot_area[FL_REBOOT_INFO_BYTES] FL_NOINIT;
static uint8_t coredump_area[1024] FL_NOINIT;

uint8_t *fl_port_event_storage(size_t *size)
{
    *size = sizeof event_area;
    return event_area;
}

uint8_t *fl_port_log_storage(size_t *size)
{
    *size = sizeof log_area;
    return log_area;
}

void *fl_port_reboot_info(void)
{
    return reboot_area;
}

/* FL_PORT_TODO: for coredumps that survive power loss, use a flash sector: write programs
 * erased flash (interrupts masked, no RTOS calls: it runs in the fault handler), read reads,
 * clear erases the sector. */
size_t fl_port_coredump_size(void)
{
    return sizeof coredump_area;
}

void fl_port_coredump_write(size_t offset, const void *data, size_t len)
{
    if (offset <= sizeof coredump_area && len <= sizeof coredump_area - offset) {
        memcpy(coredump_area + offset, data, len);
    }
}

void fl_port_coredump_read(size_t offset, void *data, size_t len)
{
    if (offset <= sizeof coredump_area && len <= sizeof coredump_area - offset) {
        memcpy(data, coredump_area + offset, len);
    }
}

void fl_port_coredump_clear(void)
{
    memset(coredump_area, 0xff, sizeof coredump_area);
}

/* ---- clocks ---- */

uint64_t fl_port_uptime_ms(void)
{
    /* The tick count wraps (after 49 days at 1 kHz with 32-bit ticks); extend it. Called
     * from tasks and interrupts. FL_PORT_TODO: if the SDK may run before the scheduler
     * starts, return 0 then (the tick count is 0 anyway on most ports). */
    static TickType_t last;
    static uint64_t high;
    TickType_t now = xPortIsInsideInterrupt() ? xTaskGetTickCountFromISR() : xTaskGetTickCount();
    if (now < last) {
        high += (uint64_t)1 << (8 * sizeof(TickType_t));
    }
    last = now;
    return (high + now) * portTICK_PERIOD_MS;
}

bool fl_port_epoch_ms(uint64_t *out)
{
    /* FL_PORT_TODO: the wall clock once known (RTC, SNTP, a phone), false until then. */
    (void)out;
    return false;
}

/* ---- lock ----
 * The SDK locks from tasks and from interrupts (the ISR-safe calls) and never nests. */
static UBaseType_t isr_mask;
static BaseType_t in_isr;

void fl_port_lock(void)
{
    if (xPortIsInsideInterrupt()) {
        isr_mask = taskENTER_CRITICAL_FROM_ISR();
        in_isr = pdTRUE;
    } else {
        taskENTER_CRITICAL();
        in_isr = pdFALSE;
    }
}

void fl_port_unlock(void)
{
    if (in_isr) {
        taskEXIT_CRITICAL_FROM_ISR(isr_mask);
    } else {
        taskEXIT_CRITICAL();
    }
}

/* ---- reset ---- */

void fl_port_reset(void)
{
    /* FL_PORT_TODO: your MCU's reset; with CMSIS: */
    NVIC_SystemReset();
    for (;;) {
    }
}

uint32_t fl_port_hw_reset_reason(void)
{
    /* FL_PORT_TODO: read and clear your MCU's reset cause register and map it, e.g. on an
     * STM32 RCC->CSR: BORRSTF -> FL_REBOOT_BROWN_OUT, IWDGRSTF/WWDGRSTF ->
     * FL_REBOOT_HARDWARE_WATCHDOG, SFTRSTF -> FL_REBOOT_SOFTWARE_RESET, PINRSTF ->
     * FL_REBOOT_PIN_RESET, PORRSTF -> FL_REBOOT_POWER_ON; then set RMVF. */
    return FL_REBOOT_UNKNOWN;
}

bool fl_port_memory_readable(uintptr_t start, uint32_t len)
{
    /* FL_PORT_TODO: your RAM's bounds (from the linker script symbols, e.g. _sram/_eram). */
    extern uint8_t _sram[], _eram[];
    uintptr_t lo = (uintptr_t)_sram, hi = (uintptr_t)_eram;
    return start >= lo && start <= hi && len <= hi - start;
}

/* ---- crashes ----
 * FL_PORT_TODO: with ports/cortex-m, delete this function (that port provides it). Otherwise
 * record the reason and reset; no coredump. Also hook FreeRTOS's own fatal paths:
 *   configASSERT(x)                    -> if (!(x)) fl_crash(FL_REBOOT_ASSERT)
 *   vApplicationStackOverflowHook      -> fl_crash(FL_REBOOT_STACK_OVERFLOW)
 *   vApplicationMallocFailedHook       -> fl_crash(FL_REBOOT_OUT_OF_MEMORY)              */
void fl_crash(uint32_t reason)
{
    taskDISABLE_INTERRUPTS();
    fl_reboot_mark(reason, true, (uint32_t)(uintptr_t)__builtin_return_address(0), 0);
    fl_port_reset();
}

/* ---- who the device is ---- */

void fl_port_device_info(fl_device_info_t *info)
{
    info->serial = "FL_PORT_TODO";     /* FL_PORT_TODO: a unique id (1-64 of A-Z a-z 0-9 -_.:) */
    info->software_type = "main";      /* FL_PORT_TODO: which image */
    info->software_version = "0.0.0";  /* FL_PORT_TODO: your version string */
    info->hardware_version = "rev-a";  /* FL_PORT_TODO: the board revision */
    info->build_id = NULL; /* FL_PORT_TODO: the GNU build id (.note.gnu.build-id) */
    info->build_id_len = 0;
}
