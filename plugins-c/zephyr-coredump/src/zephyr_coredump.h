/*
 * Reading a Zephyr RTOS coredump, independent of the plugin bindings.
 *
 * Two input forms, told apart by their first bytes:
 *  - binary: the dump itself, starting with 'Z', 'E' (the flash backend's contents, or what
 *    the serial log parser writes);
 *  - text: the logging backend's lines, `#CD:BEGIN#`, `#CD:<hex>`..., `#CD:END#`, each
 *    possibly behind a log prefix (`E: #CD:...`), with other console lines in between.
 *
 * Covered: file header versions 1 and 2, target ARM Cortex-M (code 3) with 32-bit pointers,
 * architecture block versions 1 (r0-r3, r12, lr, pc, xpsr, sp), 2 (+ r4-r11) and 3 (+ whether
 * r4-r11 were captured), memory blocks of version 1, threads-metadata blocks (skipped), per-CPU
 * snapshot blocks (skipped) and the CRC-32 trailer (checked when the header's flag announces it).
 */
#ifndef ZEPHYR_COREDUMP_H
#define ZEPHYR_COREDUMP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Register numbers of the plugin contract (DWARF numbering for Cortex-M). */
enum { ZCD_SP = 13, ZCD_LR = 14, ZCD_PC = 15, ZCD_XPSR = 16, ZCD_MAX_REGS = 17 };

typedef struct {
    uint16_t number;
    uint32_t value;
} zcd_register_t;

typedef struct {
    uint32_t start;
    const uint8_t *data; /* points into the decoded dump */
    size_t len;
} zcd_region_t;

typedef struct {
    uint16_t header_version;
    uint16_t arch_version;
    uint32_t zephyr_reason; /* enum k_fatal_error_reason */
    zcd_register_t regs[ZCD_MAX_REGS];
    size_t reg_count;
    zcd_region_t *regions; /* malloc'd; free with zcd_free */
    size_t region_count;
    /* The dump ends early (a cut memory block, no `#CD:END#`, a missing CRC trailer): what
     * is here is kept, but some memory the device meant to send is not. */
    bool truncated;
    /* The text form decoded to binary: owned here, regions point into it. */
    uint8_t *owned;
} zcd_dump_t;

/* Decodes `len` bytes of `in` (either form) into `out`. On failure returns false with a
 * reason in `why` (always NUL-terminated) and nothing to free. `out->regions` may point into
 * `in`: keep `in` alive while using them. */
bool zcd_decode(const uint8_t *in, size_t len, zcd_dump_t *out, char *why, size_t why_size);

void zcd_free(zcd_dump_t *dump);

/* The contract's reason code (the reboot reasons of the chunk protocol) for a Zephyr reason. */
uint32_t zcd_reason_code(uint32_t zephyr_reason);

#endif
