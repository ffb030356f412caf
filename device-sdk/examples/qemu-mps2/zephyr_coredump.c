/*
 * A Zephyr-format coredump writer for the example (build with `make ZEPHYR_COREDUMP=1`): at a
 * fault it prints the dump on the UART the way Zephyr's logging backend does, `#CD:BEGIN#`,
 * lines of `#CD:` + hex, `#CD:END#`, then lets the SDK store its own dump as usual. It exists
 * to test the server's Zephyr decoder plugin (plugins-c/zephyr-coredump) with dumps written
 * by a real fault handler, not by the test that reads them.
 *
 * Written from Zephyr's description of the format: a file header ('Z', 'E', version 2, target
 * 3 = ARM Cortex-M, log2 pointer bits 5, flags 0, reason), an architecture block (id 'A',
 * version 2: r0-r3, r12, lr, pc, xpsr, sp, r4-r11), then memory blocks (id 'M', version 1,
 * start and end address, the bytes). All little-endian, packed.
 *
 * The hook: the linker's --wrap makes the port's call to fl_coredump_capture land here first.
 * Fault context: interrupts masked, on the port's small fault stack, so no large locals.
 */
#include <stdbool.h>
#include <stdint.h>

#include "board.h"
#include "example.h"
#include "faultline/config.h" /* FL_COREDUMP_STACK_BYTES */
#include "faultline/coredump.h"
#include "faultline/platform/reset.h" /* fl_port_memory_readable */

void __real_fl_coredump_capture(const fl_crash_regs_t *regs, uint32_t reason);
void __wrap_fl_coredump_capture(const fl_crash_regs_t *regs, uint32_t reason);

/* Zephyr's fatal error reasons (enum k_fatal_error_reason). */
enum { K_ERR_CPU_EXCEPTION = 0, K_ERR_STACK_CHK_FAIL = 2, K_ERR_KERNEL_PANIC = 4 };

#define BYTES_PER_LINE 32u /* as Zephyr's logging backend prints them */
#define MAX_REGIONS 2u

static struct {
    uint8_t line[BYTES_PER_LINE];
    uint32_t fill;
} s_out;

static struct {
    uintptr_t start;
    uint32_t len;
} s_regions[MAX_REGIONS];

void zephyr_coredump_add_region(const void *start, uint32_t len) {
    for (uint32_t i = 0; i < MAX_REGIONS; i++) {
        if (s_regions[i].len == 0) {
            s_regions[i].start = (uintptr_t)start;
            s_regions[i].len = len;
            return;
        }
    }
}

static void flush_line(void) {
    static const char digits[] = "0123456789abcdef";
    char text[2 * BYTES_PER_LINE];
    if (s_out.fill == 0) {
        return;
    }
    for (uint32_t i = 0; i < s_out.fill; i++) {
        text[2 * i] = digits[s_out.line[i] >> 4];
        text[2 * i + 1] = digits[s_out.line[i] & 0xFu];
    }
    uart_puts("E: #CD:");
    uart_write(text, 2u * s_out.fill);
    uart_puts("\n");
    s_out.fill = 0;
}

static void out_bytes(const volatile uint8_t *p, uint32_t n) {
    for (uint32_t i = 0; i < n; i++) {
        s_out.line[s_out.fill++] = p[i];
        if (s_out.fill == BYTES_PER_LINE) {
            flush_line();
        }
    }
}

static void out_u8(uint8_t v) { out_bytes(&v, 1); }

static void out_u16(uint16_t v) {
    uint8_t b[2] = {(uint8_t)v, (uint8_t)(v >> 8)};
    out_bytes(b, 2);
}

static void out_u32(uint32_t v) {
    uint8_t b[4] = {(uint8_t)v, (uint8_t)(v >> 8), (uint8_t)(v >> 16), (uint8_t)(v >> 24)};
    out_bytes(b, 4);
}

/* The longest readable prefix of [start, start + len), in 4-byte steps: reading memory that
 * is not there would fault inside the fault handler. */
static uint32_t readable(uintptr_t start, uint32_t len) {
    while (len > 0 && !fl_port_memory_readable(start, len)) {
        len = len > 4u ? (len - 4u) & ~3u : 0u;
    }
    return len;
}

static void memory_block(uintptr_t start, uint32_t len) {
    len = readable(start, len);
    if (len == 0) {
        return;
    }
    out_u8('M');
    out_u16(1);
    out_u32((uint32_t)start);
    out_u32((uint32_t)(start + len));
    out_bytes((const volatile uint8_t *)start, len);
}

static uint32_t zephyr_reason(uint32_t reason) {
    switch (reason) {
    case 9: /* FL_REBOOT_ASSERT: Zephyr's __ASSERT ends in k_panic */
        return K_ERR_KERNEL_PANIC;
    case 14: /* FL_REBOOT_STACK_OVERFLOW: what Zephyr's MPU stack guard reports */
        return K_ERR_STACK_CHK_FAIL;
    default:
        return K_ERR_CPU_EXCEPTION;
    }
}

void __wrap_fl_coredump_capture(const fl_crash_regs_t *regs, uint32_t reason) {
    const uint32_t *r = regs->regs;
    s_out.fill = 0;
    uart_puts("E: #CD:BEGIN#\n");
    out_bytes((const uint8_t *)"ZE", 2);
    out_u16(2); /* header version */
    out_u16(3); /* target: ARM Cortex-M */
    out_u8(5);  /* pointers are 2^5 bits */
    out_u8(0);  /* flags: no CRC trailer */
    out_u32(zephyr_reason(reason));

    out_u8('A');
    out_u16(2);      /* with the callee-saved registers */
    out_u16(17 * 4); /* bytes that follow */
    static const uint8_t order[17] = {0, 1, 2, 3, 12, FL_REG_LR, FL_REG_PC, FL_REG_XPSR,
                                      FL_REG_SP, 4, 5, 6, 7, 8, 9, 10, 11};
    for (uint32_t i = 0; i < 17; i++) {
        out_u32(r[order[i]]);
    }

    /* The stack from the exception frame up, as the SDK's own dump takes it. */
    uint32_t stack = FL_COREDUMP_STACK_BYTES;
    if (regs->stack_end > regs->stack_start && regs->stack_end - regs->stack_start < stack) {
        stack = (uint32_t)(regs->stack_end - regs->stack_start);
    }
    memory_block(regs->stack_start, stack);
    for (uint32_t i = 0; i < MAX_REGIONS; i++) {
        if (s_regions[i].len != 0) {
            memory_block(s_regions[i].start, s_regions[i].len);
        }
    }
    flush_line();
    uart_puts("E: #CD:END#\n");
    __real_fl_coredump_capture(regs, reason);
}
