/*
 * Faultline example firmware for QEMU's MPS2 boards: it records diagnostics, prints them as
 * FL1 lines on UART0, then crashes on purpose and, after the reset, sends what the crash left.
 *
 *   qemu-system-arm -M mps2-an386 -nographic -monitor none -serial stdio \
 *     -semihosting-config enable=on,target=native,arg=fw.elf,arg=bad_store -kernel fw.elf
 *
 * The first semihosting argument is the program name, the second the command, then optional
 * key=value settings (serial=NAME). The command runs on the first boot only: a boot counter
 * in .noinit tells the boots apart. The second boot flushes the reboot message, the coredump
 * and the logs, prints "# done" and exits QEMU with status 0 through semihosting.
 *
 * Lines that do not start with "FL1:" are for people and tests: "# canary ADDR" gives the
 * address of a marker the crashing function left on its stack.
 */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "board.h"
#include "example.h"
#include "faultline/faultline.h"
#include "faultline/export.h"
#include "fl_cortex_m.h"

#define CANARY 0xCA11AB1Eu
#define OVERFLOW_MARK 0x57AC0000u
#define BAD_ADDRESS 0x30000000u /* no memory there: a precise BusFault on MPS2 */

#define NOINLINE __attribute__((noinline, noclone))

typedef struct {
    uint32_t magic;
    uint32_t boots;
} boot_phase_t;

#define BOOT_PHASE_MAGIC 0xB0075EC5u

static boot_phase_t s_phase __attribute__((section(".noinit.example")));

/* A region every coredump carries besides the stack (fl_coredump_add_region). */
static volatile uint32_t s_app_state[4] = {0xA5A50001u, 0xA5A50002u, 0xA5A50003u, 0xA5A50004u};

static char s_cmdline[160];
static const char *s_command = "";

static void line(const char *a, const char *b) {
    uart_puts(a);
    uart_puts(b);
    uart_puts("\n");
}

/* Chunk size on the UART; `mtu=N` on the command line (8..FL_EXAMPLE_MTU_MAX) changes it, so
 * device-sdk/tools/report.py can measure the same firmware at several MTUs. */
static size_t s_mtu = FL_EXAMPLE_MTU;

static void flush(void) {
    uint8_t chunk[FL_EXAMPLE_MTU_MAX];
    char text[FL_EXPORT_CHUNK_LINE_MAX(FL_EXAMPLE_MTU_MAX)];
    size_t n;
    while ((n = fl_packetizer_next(chunk, s_mtu)) > 0) {
        uart_write(text, fl_export_chunk_line(chunk, n, text, sizeof text));
        fl_packetizer_commit(); /* no acknowledgement on a UART: printed is delivered */
    }
}

static void announce(void) {
    char text[FL_EXPORT_DEVICE_LINE_MAX];
    uart_write(text, fl_export_device_line(text, sizeof text));
}

/* "fw.elf command key=value ..." → s_command, settings applied. */
static void parse_cmdline(void) {
    if (!board_cmdline(s_cmdline, sizeof s_cmdline)) {
        return;
    }
    char *p = s_cmdline;
    int index = 0;
    while (*p != '\0') {
        while (*p == ' ') {
            *p++ = '\0';
        }
        if (*p == '\0') {
            break;
        }
        char *word = p;
        while (*p != '\0' && *p != ' ') {
            p++;
        }
        if (index == 1) {
            s_command = word;
        } else if (index > 1 && strncmp(word, "serial=", 7) == 0) {
            example_set_serial(word + 7, (size_t)(p - word - 7));
        } else if (index > 1 && strncmp(word, "mtu=", 4) == 0) {
            size_t mtu = 0;
            for (const char *d = word + 4; d < p && *d >= '0' && *d <= '9'; d++) {
                mtu = mtu * 10u + (size_t)(*d - '0');
            }
            if (mtu >= 8u && mtu <= FL_EXAMPLE_MTU_MAX) {
                s_mtu = mtu;
            }
        }
        index++;
    }
}

/* --- diagnostics ------------------------------------------------------------------------ */

/* 3072, in single and double precision: hardware FP on the M4F (single) and the M7 (both),
 * the compiler's library elsewhere. */
static NOINLINE int32_t float_check(void) {
    volatile float a = 1.5f;
    volatile float b = 2048.0f;
    volatile double c = 0.75;
    volatile double d = 4096.0;
    return ((int32_t)(a * b) + (int32_t)(c * d)) / 2;
}

/* Exactly `ms` SysTick periods, starting on a tick edge. */
static void busy_wait_ms(uint32_t ms) {
    uint32_t start = board_ticks();
    while (board_ticks() - start < ms) {
    }
}

#if defined(FL_EXAMPLE_SHIFT_CODE)
/* An unrelated function ahead of everything below, so that a build with it moves every crash
 * site to other addresses (the crash pipeline's grouping tests: same crash, same issue). */
static volatile uint32_t s_shifted;

static NOINLINE uint32_t shift_code(uint32_t x) {
    for (uint32_t i = 0; i < 16u; i++) {
        x = x * 1103515245u + 12345u + i;
    }
    return x;
}
#endif

static NOINLINE void record_metrics(void) {
    for (int i = 0; i < 5; i++) {
        fl_metric_add(FL_METRIC(sensor_reads), 1);
    }
    fl_metric_set(FL_METRIC(battery_mv), 3712);
    fl_metric_set(FL_METRIC(temperature_c), -12);
    busy_wait_ms(1); /* align to a tick edge so that the timer reads exactly 3 */
    fl_metric_timer_start(FL_METRIC(busy_ms));
    busy_wait_ms(3);
    fl_metric_timer_stop(FL_METRIC(busy_ms));
    fl_metric_add(FL_METRIC(packets_sent), 1400);
    fl_metric_add(FL_METRIC(packets_sent), 32);
    fl_metric_set(FL_METRIC(rssi_dbm), -60);
    fl_metric_add(FL_METRIC(flash_bytes_written), 100000);
    fl_metric_set(FL_METRIC(float_check), float_check());
    fl_metric_set(FL_METRIC(board_id), BOARD_ID);
    fl_metric_set_string(FL_METRIC_STR(command), s_command);
}

static NOINLINE void record_diagnostics(void) {
    record_metrics();
    FL_TRACE_STATUS(sensor_timeout, -5);
    fl_log(FL_LOG_INFO, "diagnostics recorded");
}

/* --- crashes, each a few calls deep ---------------------------------------------------- */

/* Marks the crashing function's stack so a test can find it in the coredump. */
#define PLANT_CANARY(c)                    \
    volatile uint32_t c[2];                \
    c[0] = CANARY;                         \
    c[1] = ~CANARY;                        \
    uart_puts("# canary ");                \
    uart_put_hex((uint32_t)(uintptr_t)c);  \
    uart_puts("\n")

/* FP boards: known values in s0-s3, so the extended exception frame is used and checkable. */
#if defined(__ARM_FP)
#define LOAD_FP_PATTERN()                                                                  \
    __asm volatile("vmov.f32 s0, #1.0\n\tvmov.f32 s1, #2.0\n\tvmov.f32 s2, #0.5\n\t"      \
                   "vmov.f32 s3, #-1.0" ::: "s0", "s1", "s2", "s3")
#else
#define LOAD_FP_PATTERN() ((void)0)
#endif

static NOINLINE void crash_bad_store(void) {
    PLANT_CANARY(canary);
    LOAD_FP_PATTERN();
    *(volatile uint32_t *)BAD_ADDRESS = 0xBADC0DEu;
}

/* With interrupts masked a BusFault cannot be taken at its own priority: it escalates to a
 * HardFault (HFSR.FORCED), and the capture starts from HardFault priority. */
static NOINLINE void crash_masked_bad_store(void) {
    PLANT_CANARY(canary);
    LOAD_FP_PATTERN();
    __asm volatile("cpsid i" ::: "memory");
    *(volatile uint32_t *)BAD_ADDRESS = 0xBADC0DEu;
}

static NOINLINE void crash_undef(void) {
    PLANT_CANARY(canary);
    LOAD_FP_PATTERN();
    __asm volatile("udf #66");
}

static volatile int32_t s_zero;

static NOINLINE int32_t crash_div0(int32_t n) {
    PLANT_CANARY(canary);
    LOAD_FP_PATTERN();
    return n / s_zero; /* SDIV; traps with CCR.DIV_0_TRP */
}

static NOINLINE void crash_null_fn(void) {
    PLANT_CANARY(canary);
    void (*volatile fn)(void) = 0;
    LOAD_FP_PATTERN();
    fn();
}

static volatile int32_t s_expected = 42;

static NOINLINE void crash_assert(int32_t value) {
    PLANT_CANARY(canary);
    FL_ASSERT(value == s_expected);
}

/* The same from an interrupt handler: fl_crash in Handler mode. */
static volatile int32_t s_isr_value;

static NOINLINE void isr_check(int32_t value) {
    PLANT_CANARY(canary);
    FL_ASSERT(value > s_expected); /* not crash_assert's test: GCC would merge the two */
}

void PendSV_Handler(void) { isr_check(s_isr_value); }

static NOINLINE void crash_assert_in_isr(int32_t value) {
    s_isr_value = value;
    *(volatile uint32_t *)0xE000ED04u = 1u << 28; /* ICSR.PENDSVSET */
    __asm volatile("dsb\n\tisb" ::: "memory");
}

static volatile uint32_t s_recursion_limit = 1000000u;

static NOINLINE uint32_t recurse(uint32_t depth) {
    volatile uint32_t mark[2];
    mark[0] = OVERFLOW_MARK | depth;
    mark[1] = depth;
#if defined(__ARM_FP)
    volatile float f = (float)depth * 0.5f; /* FP context active: extended frames */
    (void)f;
#endif
    if (depth > s_recursion_limit) {
        return 0;
    }
    return recurse(depth + 1) + mark[1];
}

static NOINLINE void crash_watchdog(void) {
    PLANT_CANARY(canary);
    LOAD_FP_PATTERN();
    board_watchdog_start(10);
    for (;;) {
        __asm volatile("" ::: "memory"); /* hung: the watchdog's NMI ends it */
    }
}

/* A crash under a realistic stack for the footprint report: a command handler parses a
 * packet into a record, hands it to a storage layer that formats a line and fails to write it
 * to flash (the bad store). Each level keeps the locals a real one would: pointers into RAM,
 * small counters, a text buffer, a copy of the packet. */
typedef struct {
    uint16_t id;
    uint8_t kind;
    uint8_t flags;
    int32_t value;
    const char *label;
    uint32_t stamp;
} record_t;

static NOINLINE void storage_write(const record_t *r, const char *text, uint32_t len) {
    volatile uint32_t page[6];
    page[0] = 0x0001F000u + r->id;
    page[1] = len;
    page[2] = (uint32_t)(uintptr_t)text;
    page[3] = r->stamp;
    page[4] = 0;
    page[5] = 0;
    LOAD_FP_PATTERN();
    *(volatile uint32_t *)BAD_ADDRESS = page[0] ^ page[1];
}

static NOINLINE void storage_append(const record_t *r) {
    char text[40];
    const char *src = r->label;
    uint32_t n = 0;
    while (src[n] != '\0' && n < sizeof text - 12u) {
        text[n] = src[n];
        n++;
    }
    text[n++] = '=';
    int32_t v = r->value < 0 ? -r->value : r->value;
    char digits[10];
    uint32_t k = 0;
    do {
        digits[k++] = (char)('0' + v % 10);
        v /= 10;
    } while (v != 0 && k < sizeof digits);
    if (r->value < 0) {
        text[n++] = '-';
    }
    while (k > 0) {
        text[n++] = digits[--k];
    }
    text[n] = '\0';
    storage_write(r, text, n);
}

static NOINLINE void handle_record(const uint8_t *packet, uint32_t len) {
    record_t r;
    r.id = (uint16_t)(packet[0] | packet[1] << 8);
    r.kind = packet[2];
    r.flags = packet[3];
    r.value = (int32_t)(packet[4] | packet[5] << 8 | packet[6] << 16 | (uint32_t)packet[7] << 24);
    r.label = r.kind == 1 ? "temperature" : "battery";
    r.stamp = len * 1000u + 17u;
    storage_append(&r);
}

static NOINLINE void handle_packet(const uint8_t *frame, uint32_t len) {
    uint8_t copy[48];
    uint32_t n = len < sizeof copy ? len : sizeof copy;
    for (uint32_t i = 0; i < n; i++) {
        copy[i] = frame[i];
    }
    for (uint32_t i = n; i < sizeof copy; i++) {
        copy[i] = 0;
    }
    handle_record(copy, n);
}

static NOINLINE uint32_t radio_poll(const uint8_t *frame, uint32_t len) {
    volatile uint32_t history[18]; /* recent readings: small values, a few zero */
    for (uint32_t i = 0; i < 18u; i++) {
        history[i] = i % 5u == 0u ? 0u : 3700u + i * 3u;
    }
    handle_packet(frame, len);
    return history[3];
}

static NOINLINE void crash_deep(void) {
    static const uint8_t frame[16] = {0x2a, 0x00, 0x01, 0x80, 0xf4, 0xff, 0xff, 0xff,
                                      0x10, 0x27, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00};
    volatile uint32_t state[4] = {3u, 0u, (uint32_t)(uintptr_t)frame, 0x20000000u};
    state[1] = radio_poll(frame, sizeof frame) + state[0];
}

/* A day of a sensor node, compressed: 24 hourly heartbeats, 8 log lines uploaded each hour,
 * a trace every 4 hours, flushed hour by hour. For the report's framing figures. */
static NOINLINE void simulate_day(void) {
    for (int hour = 0; hour < 24; hour++) {
        record_metrics();
        fl_log(FL_LOG_INFO, "hourly report");
        for (int i = 0; i < 6; i++) {
            fl_log(FL_LOG_INFO, "sensor sample stored");
        }
        fl_log(FL_LOG_WARN, "battery below 3.8 V");
        if (hour % 4 == 0) {
            FL_TRACE(queue_full);
        }
        fl_heartbeat_collect();
        fl_log_upload();
        flush();
    }
}

/* A task running on the process stack (PSP), as under an RTOS: its fault is stacked on the
 * PSP and the capture takes the task's stack, up to the top the port is told about. */
uint64_t fl_example_task_stack[64]; /* 512 bytes; referenced by name from crash_on_psp */

uint32_t fl_cortex_m_psp_stack_top(uint32_t psp) {
    uintptr_t lo = (uintptr_t)fl_example_task_stack;
    uintptr_t hi = lo + sizeof fl_example_task_stack;
    return psp >= lo && psp <= hi ? (uint32_t)hi : 0u;
}

static NOINLINE __attribute__((used)) void task_body(void) {
    crash_bad_store();
}

/* Switch Thread mode to the process stack and run the task there. Naked: no compiler frame
 * on either stack while the stack pointer changes; the task never returns. */
static __attribute__((naked, noinline)) void crash_on_psp(void) {
    __asm volatile("ldr   r0, =fl_example_task_stack + 512\n\t"
                   "msr   psp, r0\n\t"
                   "mrs   r0, control\n\t"
                   "orr   r0, r0, #2\n\t" /* SPSEL: Thread mode uses PSP */
                   "msr   control, r0\n\t"
                   "isb\n\t"
                   "bl    task_body\n\t"
                   "b     .\n\t"
                   ".ltorg");
}

static NOINLINE int run(const char *cmd, int32_t arg) {
    if (strcmp(cmd, "bad_store") == 0) {
        crash_bad_store();
    } else if (strcmp(cmd, "undef") == 0) {
        crash_undef();
    } else if (strcmp(cmd, "div0") == 0) {
        return crash_div0(arg);
    } else if (strcmp(cmd, "null_fn") == 0) {
        crash_null_fn();
    } else if (strcmp(cmd, "assert") == 0) {
        crash_assert(arg);
    } else if (strcmp(cmd, "assert_in_isr") == 0) {
        crash_assert_in_isr(arg);
    } else if (strcmp(cmd, "stack_overflow") == 0) {
        return (int)recurse(0);
    } else if (strcmp(cmd, "hard_fault") == 0) {
        crash_masked_bad_store();
    } else if (strcmp(cmd, "fault_in_handler") == 0) {
        /* Declared readable (as an external memory bank that is in fact not fitted), it
         * passes the capture's check and faults when the capture copies it; the first fault
         * is a HardFault, the hardest case for not locking up. */
        fl_cortex_m_add_readable(BAD_ADDRESS, 64);
        fl_coredump_add_region((const void *)BAD_ADDRESS, 64);
        crash_masked_bad_store();
    } else if (strcmp(cmd, "reboot") == 0) {
        fl_reboot(FL_REBOOT_SOFTWARE_RESET);
    } else if (strcmp(cmd, "watchdog") == 0) {
        crash_watchdog();
    } else if (strcmp(cmd, "psp_bad_store") == 0) {
        crash_on_psp();
    } else if (strcmp(cmd, "deep_bad_store") == 0) {
        crash_deep();
    } else if (strcmp(cmd, "day") == 0) {
        simulate_day();
        return 0;
    } else if (strcmp(cmd, "none") == 0) {
        return 0;
    } else {
        line("# unknown command: ", cmd);
        board_exit(2);
    }
    line("# survived command: ", cmd);
    board_exit(3);
}

static NOINLINE int dispatch(const char *cmd) { return run(cmd, 7) + 1; }

/* --- boots ----------------------------------------------------------------------------- */

static void report_boot(void) {
    const fl_reboot_info_t *r = fl_reboot_last();
    uart_puts("# boot ");
    uart_put_dec(s_phase.boots);
    uart_puts(" reason ");
    uart_put_dec(r->reason);
    uart_puts(" crash_count ");
    uart_put_dec(r->crash_count);
    uart_puts(fl_coredump_pending() ? " coredump\n" : "\n");
}

int main(void) {
    board_init();
    fl_cortex_m_init();
    if (s_phase.magic != BOOT_PHASE_MAGIC) {
        s_phase.magic = BOOT_PHASE_MAGIC;
        s_phase.boots = 0;
    }
    s_phase.boots++;
    parse_cmdline();
#if defined(FL_EXAMPLE_SHIFT_CODE)
    s_shifted = shift_code(s_phase.boots); /* keeps shift_code linked */
#endif
    fl_init();
    fl_coredump_add_region((const void *)s_app_state, sizeof s_app_state);
#if defined(FL_EXAMPLE_ZEPHYR_COREDUMP)
    zephyr_coredump_add_region((const void *)s_app_state, sizeof s_app_state);
#endif
    announce();
    report_boot();

    if (s_phase.boots == 1) {
        record_diagnostics();
        fl_heartbeat_collect();
        fl_log_upload();
        flush();
        fl_log(FL_LOG_WARN, "running the command");
        fl_log(FL_LOG_ERROR, s_command);
        line("# command ", s_command);
        if (dispatch(s_command) == 1) { /* "none" */
            line("# done", "");
            board_exit(0);
        }
    }
    flush();
    line("# done", "");
    s_phase.magic = 0; /* the next power-on of this RAM starts over */
    board_exit(s_phase.boots == 2 ? 0 : 1);
}
