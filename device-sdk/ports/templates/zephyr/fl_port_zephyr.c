/*
 * Faultline port for Zephyr: a template. Copy it into your application, then fill in every
 * FL_PORT_TODO. The functions are the whole port contract
 * (include/faultline/platform/*.h); each one says from which context the SDK calls it.
 *
 * Build: add device-sdk/src/*.c and this file to your app (target_sources), and
 * device-sdk/include plus the directory of your faultline_metrics.def and
 * faultline_trace_reasons.def to its include path. Kconfig: CONFIG_HWINFO=y (reset cause,
 * device id), CONFIG_REBOOT=y.
 */
#include <zephyr/drivers/hwinfo.h>
#include <zephyr/kernel.h>
#include <zephyr/linker/section_tags.h>
#include <zephyr/spinlock.h>
#include <zephyr/sys/reboot.h>
#include <string.h>

#include "faultline/faultline.h"
#include "faultline/platform/device_info.h"
#include "faultline/platform/lock.h"
#include "faultline/platform/reset.h"
#include "faultline/platform/storage.h"
#include "faultline/platform/time.h"

/* ---- storage ----
 * RAM in a no-init section survives a reset (not a power loss): enough for the reboot record
 * and, on most boards, for the coredump. FL_PORT_TODO: size the areas for your application:
 * the event buffer holds the messages queued between uploads (a heartbeat is ~40 bytes, a
 * 512-byte-stack coredump is sent from its own area), the log buffer ~9 bytes + the text per
 * line, the coredump area ~170 bytes of header + FL_COREDUMP_STACK_BYTES + extra regions. */
static uint8_t event_area[2048] __noinit __aligned(4);
static uint8_t log_area[1024] __noinit __aligned(4);
static uint8_t reboot_area[FL_REBOOT_INFO_BYTES] __noinit __aligned(4);
static uint8_t coredump_area[1024] __noinit __aligned(4);

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

/* FL_PORT_TODO: to keep coredumps across power losses, put them in flash instead: a
 * flash_area (fixed partition) opened with flash_area_open(); write = flash_area_write (the
 * fault handler calls it with interrupts masked: your flash driver must work that way), read
 * = flash_area_read, clear = flash_area_erase of the whole partition. Writes go to erased
 * flash only: the SDK writes each byte of the area at most once between clears. */
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
    return (uint64_t)k_uptime_get();
}

bool fl_port_epoch_ms(uint64_t *out)
{
    /* FL_PORT_TODO: return the wall clock once the device knows it (SNTP, an RTC, the
     * phone over BLE), e.g. with CONFIG_POSIX_CLOCK: clock_gettime(CLOCK_REALTIME, &ts), and
     * false until it is set. Must not block: it is called from interrupts. */
    (void)out;
    return false;
}

/* ---- lock ----
 * A spinlock masks interrupts on a single core: the ISR-safe SDK calls (metrics, traces, logs)
 * may then come from interrupt handlers. Calls never nest, so one saved key is enough. */
static struct k_spinlock fl_lock;
static k_spinlock_key_t fl_key;

void fl_port_lock(void)
{
    fl_key = k_spin_lock(&fl_lock);
}

void fl_port_unlock(void)
{
    k_spin_unlock(&fl_lock, fl_key);
}

/* ---- reset ---- */

void fl_port_reset(void)
{
    sys_reboot(SYS_REBOOT_COLD);
    for (;;) {
    }
}

uint32_t fl_port_hw_reset_reason(void)
{
    uint32_t cause = 0, reason = FL_REBOOT_UNKNOWN;
    if (hwinfo_get_reset_cause(&cause) != 0) {
        return FL_REBOOT_UNKNOWN;
    }
    (void)hwinfo_clear_reset_cause();
    /* The most telling cause first; FL_PORT_TODO: check what your SoC reports together. */
    if (cause & RESET_BROWNOUT) {
        reason = FL_REBOOT_BROWN_OUT;
    } else if (cause & RESET_WATCHDOG) {
        reason = FL_REBOOT_HARDWARE_WATCHDOG;
    } else if (cause & (RESET_CPU_LOCKUP | RESET_HARDWARE)) {
        reason = FL_REBOOT_HARD_FAULT;
    } else if (cause & RESET_SOFTWARE) {
        reason = FL_REBOOT_SOFTWARE_RESET;
    } else if (cause & RESET_LOW_POWER_WAKE) {
        reason = FL_REBOOT_LOW_POWER;
    } else if (cause & RESET_PIN) {
        reason = FL_REBOOT_PIN_RESET;
    } else if (cause & RESET_POR) {
        reason = FL_REBOOT_POWER_ON;
    }
    return reason;
}

bool fl_port_memory_readable(uintptr_t start, uint32_t len)
{
    /* FL_PORT_TODO: accept only memory that cannot fault: here the SRAM from devicetree;
     * add other RAM banks (CCM, DTCM) and peripherals you capture on purpose. */
    const uintptr_t ram = CONFIG_SRAM_BASE_ADDRESS;
    const uintptr_t ram_end = ram + (uintptr_t)CONFIG_SRAM_SIZE * 1024u;
    return start >= ram && start <= ram_end && len <= ram_end - start;
}

/* ---- crashes ----
 * Zephyr's fatal error handler is where a fault ends up; override it to write a coredump
 * (instead of Zephyr's own coredump subsystem: leave CONFIG_DEBUG_COREDUMP off). */
void k_sys_fatal_error_handler(unsigned int reason, const struct arch_esf *esf)
{
    fl_crash_regs_t regs;
    memset(&regs, 0, sizeof regs);
    regs.arch = FL_ARCH_ARM_CORTEX_M;
    if (esf) {
        /* FL_PORT_TODO: this is the Cortex-M exception frame (r0-r3, r12, lr, pc, xpsr);
         * add r4-r11 with CONFIG_EXTRA_EXCEPTION_INFO (esf->extra_info.callee), the fault
         * status registers (SCB->CFSR, HFSR, MMFAR, BFAR) and the pre-fault sp: the frame's
         * address plus its size (0x20, or 0x68 with an FP context). Other architectures:
         * their own esf and register numbering (protocol §10.6). */
        regs.regs[0] = esf->basic.r0;
        regs.regs[1] = esf->basic.r1;
        regs.regs[2] = esf->basic.r2;
        regs.regs[3] = esf->basic.r3;
        regs.regs[12] = esf->basic.ip;
        regs.regs[FL_REG_LR] = esf->basic.lr;
        regs.regs[FL_REG_PC] = esf->basic.pc;
        regs.regs[FL_REG_XPSR] = esf->basic.xpsr;
        regs.regs[FL_REG_SP] = (uint32_t)(uintptr_t)esf + 0x20u;
        regs.stack_start = (uintptr_t)esf;
        /* FL_PORT_TODO: the top of the faulting thread's stack bounds the capture:
         * k_current_get()->stack_info.start + .size; 0 = capture FL_COREDUMP_STACK_BYTES. */
        regs.stack_end = 0;
    }
    /* FL_PORT_TODO: map Zephyr's reason (K_ERR_CPU_EXCEPTION, K_ERR_STACK_CHK_FAIL,
     * K_ERR_KERNEL_OOPS, K_ERR_KERNEL_PANIC) and the CFSR bits to FL_REBOOT_* codes. */
    fl_coredump_capture(&regs, reason == K_ERR_STACK_CHK_FAIL ? FL_REBOOT_STACK_OVERFLOW
                                                             : FL_REBOOT_HARD_FAULT);
    fl_port_reset();
}

void fl_crash(uint32_t reason)
{
    /* FL_PORT_TODO: a software crash with the caller's registers. Simplest: record the reason
     * and let Zephyr's panic path (above) write the dump; the reason recorded first wins. */
    fl_reboot_mark(reason, true, (uint32_t)(uintptr_t)__builtin_return_address(0), 0);
    k_panic();
    for (;;) {
    }
}

/* ---- who the device is ---- */

void fl_port_device_info(fl_device_info_t *info)
{
    static char serial[2 * 16 + 1];
    static const char hex[] = "0123456789abcdef";
    uint8_t id[16];
    ssize_t n;
    if (!serial[0]) {
        n = hwinfo_get_device_id(id, sizeof id);
        for (ssize_t i = 0; i < n && i < (ssize_t)sizeof id; i++) {
            serial[2 * i] = hex[id[i] >> 4];
            serial[2 * i + 1] = hex[id[i] & 15];
        }
    }
    info->serial = serial; /* FL_PORT_TODO: or your own provisioning id (1-64 chars) */
    info->software_type = "main";                 /* FL_PORT_TODO: which image */
    info->software_version = "0.0.0";             /* FL_PORT_TODO: APP_VERSION_STRING */
    info->hardware_version = CONFIG_BOARD;        /* FL_PORT_TODO: the board revision */
    info->build_id = NULL; /* FL_PORT_TODO: the GNU build id (link with --build-id, read
                              the .note.gnu.build-id section) so the server finds symbols */
    info->build_id_len = 0;
}
