/*
 * Zephyr coredump reader: see zephyr_coredump.h for what is covered.
 *
 * Everything comes from a device and is read as hostile: every length is checked against what
 * is left before anything is read, and nothing is trusted to be a multiple of anything. A dump
 * that stops early (a log line lost, a flash write cut by the reset) keeps what came before the
 * cut, flagged truncated, once the registers are in; before that it is refused as malformed.
 */
#include "zephyr_coredump.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* File header: 'Z' 'E', u16 version, u16 target code, u8 log2(pointer bits), u8 flags,
 * u32 reason; all little-endian, packed. */
#define HEADER_BYTES 12u
#define TARGET_ARM_CORTEX_M 3u
#define PTR_BITS_LOG2_32 5u
#define FLAG_CRC 0x01u

/* Block ids. */
#define BLOCK_ARCH 'A'
#define BLOCK_THREADS_META 'T'
#define BLOCK_MEMORY 'M'
#define BLOCK_CPU_SNAPSHOT 'F'
#define BLOCK_CRC 'C'

/* ARM Cortex-M architecture block: version 1 has 9 words, version 2 adds r4-r11, version 3
 * adds whether r4-r11 are valid and where the kernel keeps them. */
#define ARCH_V1_BYTES 36u
#define ARCH_V2_BYTES 68u
#define ARCH_V3_BYTES 76u

/* Zephyr's generic fatal error reasons (enum k_fatal_error_reason). */
enum {
    K_ERR_CPU_EXCEPTION = 0,
    K_ERR_SPURIOUS_IRQ = 1,
    K_ERR_STACK_CHK_FAIL = 2,
    K_ERR_KERNEL_OOPS = 3,
    K_ERR_KERNEL_PANIC = 4
};

/* Reboot reasons of the chunk protocol (§10.4). */
enum { REASON_ASSERT = 9, REASON_HARD_FAULT = 10, REASON_STACK_OVERFLOW = 14, REASON_CUSTOM = 128 };

#define XPSR_FRAME_ALIGNED (1u << 9)
#define BASIC_FRAME_BYTES 32u

typedef struct {
    const uint8_t *p;
    size_t len;
    size_t off;
} reader_t;

static size_t left(const reader_t *r) { return r->len - r->off; }

static uint16_t le16(const uint8_t *p) { return (uint16_t)(p[0] | (p[1] << 8)); }

static uint32_t le32(const uint8_t *p) {
    return (uint32_t)p[0] | ((uint32_t)p[1] << 8) | ((uint32_t)p[2] << 16) | ((uint32_t)p[3] << 24);
}

static bool say(char *why, size_t size, const char *fmt, ...) {
    va_list args;
    va_start(args, fmt);
    vsnprintf(why, size, fmt, args);
    va_end(args);
    return false;
}

uint32_t zcd_reason_code(uint32_t zephyr_reason) {
    switch (zephyr_reason) {
    case K_ERR_CPU_EXCEPTION:
    case K_ERR_SPURIOUS_IRQ:
        /* The dump carries no fault status registers to tell bus, memory and usage faults
         * apart: the generic fault it is. */
        return REASON_HARD_FAULT;
    case K_ERR_STACK_CHK_FAIL:
        return REASON_STACK_OVERFLOW;
    case K_ERR_KERNEL_OOPS:
    case K_ERR_KERNEL_PANIC:
        return REASON_ASSERT; /* k_oops/k_panic: the firmware gave up on purpose */
    default:
        /* Architecture or application reasons: kept, in the firmware-defined range. */
        return zephyr_reason < 0x7fffff80u ? REASON_CUSTOM + zephyr_reason : REASON_CUSTOM;
    }
}

/* CRC-32 (IEEE 802.3, reflected, as Zephyr's crc32_ieee), bit by bit: dumps are small. */
static uint32_t crc32_ieee(const uint8_t *p, size_t n) {
    uint32_t crc = 0xFFFFFFFFu;
    for (size_t i = 0; i < n; i++) {
        crc ^= p[i];
        for (int k = 0; k < 8; k++) {
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
        }
    }
    return ~crc;
}

static void add_reg(zcd_dump_t *d, uint16_t number, uint32_t value) {
    if (d->reg_count < ZCD_MAX_REGS) {
        d->regs[d->reg_count].number = number;
        d->regs[d->reg_count].value = value;
        d->reg_count++;
    }
}

static bool arch_block(zcd_dump_t *d, uint16_t version, const uint8_t *b, uint16_t n, char *why,
                       size_t why_size) {
    size_t need = version == 1 ? ARCH_V1_BYTES : version == 2 ? ARCH_V2_BYTES : ARCH_V3_BYTES;
    if (version < 1 || version > 3) {
        return say(why, why_size,
                   "ARM Cortex-M architecture block version %u is not one this decoder knows (1-3)",
                   (unsigned)version);
    }
    if (n < need) {
        return say(why, why_size,
                   "ARM Cortex-M architecture block version %u holds %u bytes, needs %u",
                   (unsigned)version, (unsigned)n, (unsigned)need);
    }
    /* Order in the block: r0 r1 r2 r3 r12 lr pc xpsr sp [r4 ... r11]. */
    static const uint16_t numbers[9] = {0, 1, 2, 3, 12, ZCD_LR, ZCD_PC, ZCD_XPSR, ZCD_SP};
    uint32_t v[17];
    for (size_t i = 0; i < (version == 1 ? 9u : 17u); i++) {
        v[i] = le32(b + 4 * i);
    }
    d->reg_count = 0;
    for (size_t i = 0; i < 9; i++) {
        add_reg(d, numbers[i], v[i]);
    }
    /* Version 3 says whether r4-r11 were captured (zeros otherwise); version 2 cannot say,
     * and Zephyr's own tools show them as they are. */
    bool callee = version == 2 || (version == 3 && le32(b + 68) != 0);
    if (callee) {
        for (size_t i = 0; i < 8; i++) {
            add_reg(d, (uint16_t)(4 + i), v[9 + i]);
        }
    }
    d->arch_version = version;
    return true;
}

static bool add_region(zcd_dump_t *d, uint32_t start, const uint8_t *data, size_t len) {
    zcd_region_t *grown = realloc(d->regions, (d->region_count + 1) * sizeof *grown);
    if (grown == NULL) {
        return false;
    }
    d->regions = grown;
    d->regions[d->region_count].start = start;
    d->regions[d->region_count].data = data;
    d->regions[d->region_count].len = len;
    d->region_count++;
    return true;
}

/* Zephyr before the fix that made the stored sp the pre-exception one stored the address of
 * the exception frame instead. Recognised when the captured stack at sp holds exactly the
 * frame the architecture block came from; the unwinder needs the sp the code had. */
static void undo_frame_sp(zcd_dump_t *d) {
    uint32_t r[ZCD_MAX_REGS] = {0};
    bool have[ZCD_MAX_REGS] = {false};
    for (size_t i = 0; i < d->reg_count; i++) {
        r[d->regs[i].number] = d->regs[i].value;
        have[d->regs[i].number] = true;
    }
    if (!have[ZCD_SP]) {
        return;
    }
    static const uint16_t frame[8] = {0, 1, 2, 3, 12, ZCD_LR, ZCD_PC, ZCD_XPSR};
    uint32_t sp = r[ZCD_SP];
    for (size_t i = 0; i < d->region_count; i++) {
        const zcd_region_t *g = &d->regions[i];
        if (sp < g->start || sp - g->start > g->len || g->len - (sp - g->start) < BASIC_FRAME_BYTES) {
            continue;
        }
        const uint8_t *at = g->data + (sp - g->start);
        for (size_t k = 0; k < 8; k++) {
            if (le32(at + 4 * k) != r[frame[k]]) {
                return;
            }
        }
        uint32_t fixed = sp + BASIC_FRAME_BYTES + ((r[ZCD_XPSR] & XPSR_FRAME_ALIGNED) ? 4u : 0u);
        for (size_t k = 0; k < d->reg_count; k++) {
            if (d->regs[k].number == ZCD_SP) {
                d->regs[k].value = fixed;
            }
        }
        return;
    }
}

static bool decode_binary(const uint8_t *in, size_t len, zcd_dump_t *d, char *why, size_t ws) {
    reader_t r = {in, len, 0};
    if (len < 2 || in[0] != 'Z' || in[1] != 'E') {
        return say(why, ws, "not a Zephyr coredump: it does not start with `ZE`");
    }
    if (len < HEADER_BYTES) {
        return say(why, ws, "file header cut short: %zu of %u bytes", len, HEADER_BYTES);
    }
    uint16_t version = le16(in + 2);
    uint16_t target = le16(in + 4);
    uint8_t ptr_bits = in[6];
    uint8_t flags = in[7];
    d->header_version = version;
    d->zephyr_reason = le32(in + 8);
    if (version < 1 || version > 2) {
        return say(why, ws, "file header version %u is not one this decoder knows (1-2)",
                   (unsigned)version);
    }
    if (target != TARGET_ARM_CORTEX_M) {
        return say(why, ws, "target code %u is not supported: this decoder reads ARM Cortex-M (3) "
                            "dumps only", (unsigned)target);
    }
    if (ptr_bits != PTR_BITS_LOG2_32) {
        return say(why, ws, "pointer size 2^%u bits on ARM Cortex-M (expected 2^5)",
                   (unsigned)ptr_bits);
    }
    r.off = HEADER_BYTES;
    bool have_arch = false;
    bool have_crc = false;
    while (left(&r) > 0) {
        size_t at = r.off;
        uint8_t id = in[at];
        if (id == BLOCK_CRC) {
            if (left(&r) < 7) {
                d->truncated = true; /* the trailer itself was cut */
                break;
            }
            uint32_t want = le32(in + at + 3);
            uint32_t got = crc32_ieee(in, at);
            if (want != got) {
                return say(why, ws, "CRC-32 mismatch: the trailer says %08x, the dump has %08x",
                           (unsigned)want, (unsigned)got);
            }
            have_crc = true;
            r.off += 7;
            if (left(&r) > 0) {
                return say(why, ws, "%zu bytes after the CRC trailer at offset %zu", left(&r), at);
            }
            break;
        }
        if (id == BLOCK_MEMORY) {
            if (left(&r) < 11) {
                d->truncated = true; /* cut inside the block's header */
                break;
            }
            uint16_t mv = le16(in + at + 1);
            uint32_t start = le32(in + at + 3);
            uint32_t end = le32(in + at + 7);
            if (mv != 1) {
                return say(why, ws, "memory block version %u at offset %zu is not one this "
                                    "decoder knows (1)", (unsigned)mv, at);
            }
            if (end < start) {
                return say(why, ws, "memory block at offset %zu ends (0x%08x) before it starts "
                                    "(0x%08x)", at, (unsigned)end, (unsigned)start);
            }
            r.off += 11;
            size_t want = (size_t)(end - start);
            size_t have = want < left(&r) ? want : left(&r);
            if (!add_region(d, start, in + r.off, have)) {
                return say(why, ws, "out of memory");
            }
            r.off += have;
            if (have < want) {
                d->truncated = true; /* the dump stops inside this block */
                break;
            }
            continue;
        }
        if (id == BLOCK_ARCH || id == BLOCK_THREADS_META) {
            if (left(&r) < 5 && have_arch) {
                d->truncated = true; /* cut inside a block header after the registers */
                break;
            }
            if (left(&r) < 5) {
                return say(why, ws, "block header at offset %zu cut short", at);
            }
            uint16_t bv = le16(in + at + 1);
            uint16_t n = le16(in + at + 3);
            if (left(&r) - 5 < n && id == BLOCK_THREADS_META && have_arch) {
                d->truncated = true; /* cut inside metadata this decoder skips anyway */
                break;
            }
            if (left(&r) - 5 < n) {
                return say(why, ws, "block `%c` at offset %zu declares %u bytes, %zu remain",
                           id, at, (unsigned)n, left(&r) - 5);
            }
            if (id == BLOCK_ARCH) {
                if (have_arch) {
                    return say(why, ws, "a second architecture block at offset %zu", at);
                }
                if (!arch_block(d, bv, in + at + 5, n, why, ws)) {
                    return false;
                }
                have_arch = true;
            }
            r.off += 5u + n;
            continue;
        }
        if (id == BLOCK_CPU_SNAPSHOT) {
            /* id, u16 version, u16 payload bytes, u32 cpu id, 32-bit thread pointer, payload:
             * registers of another CPU, which a single-core Cortex-M does not have. */
            if (left(&r) < 13 || left(&r) - 13 < le16(in + at + 3)) {
                d->truncated = true; /* cut inside a block this decoder skips anyway */
                break;
            }
            uint16_t n = le16(in + at + 3);
            r.off += 13u + n;
            continue;
        }
        return say(why, ws, "unknown block id 0x%02x at offset %zu", (unsigned)id, at);
    }
    if (!have_arch) {
        return say(why, ws, "no ARM Cortex-M architecture block (no registers)");
    }
    if ((flags & FLAG_CRC) && !have_crc) {
        d->truncated = true; /* announced, never came: the end of the dump is missing */
    }
    if (d->region_count == 0) {
        d->truncated = true; /* Zephyr always dumps at least the faulting thread's stack */
    }
    undo_frame_sp(d);
    return true;
}

static int hex_digit(uint8_t c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

static const uint8_t *find(const uint8_t *p, size_t n, const char *needle) {
    size_t k = strlen(needle);
    for (size_t i = 0; n >= k && i <= n - k; i++) {
        if (memcmp(p + i, needle, k) == 0) {
            return p + i;
        }
    }
    return NULL;
}

static bool is_space(uint8_t c) { return c == ' ' || c == '\t' || c == '\r'; }

/* The text form: the bytes of the last `#CD:BEGIN#` block, hex-decoded into `out`. */
static bool decode_text(const uint8_t *in, size_t len, uint8_t *out, size_t *out_len,
                        bool *ended, char *why, size_t ws) {
    bool begun = false;
    size_t n = 0;
    size_t line_no = 0;
    *ended = false;
    for (size_t pos = 0; pos < len;) {
        const uint8_t *line = in + pos;
        const uint8_t *nl = memchr(line, '\n', len - pos);
        size_t line_len = nl ? (size_t)(nl - line) : len - pos;
        pos += line_len + 1;
        line_no++;
        const uint8_t *cd = find(line, line_len, "#CD:");
        if (cd == NULL) {
            continue; /* console output between the dump's lines */
        }
        const uint8_t *s = cd + 4;
        size_t k = line_len - (size_t)(s - line);
        while (k > 0 && is_space(s[k - 1])) {
            k--;
        }
        if (k == 6 && memcmp(s, "BEGIN#", 6) == 0) {
            begun = true; /* a dump started again (the device reset mid-dump): the new one */
            n = 0;
            continue;
        }
        if (!begun) {
            continue;
        }
        if (k == 4 && memcmp(s, "END#", 4) == 0) {
            *ended = true;
            break;
        }
        if (k == 18 && memcmp(s, "ERROR CANNOT DUMP#", 18) == 0) {
            return say(why, ws, "line %zu: the device reported that it could not write the dump "
                                "(`#CD:ERROR CANNOT DUMP#`)", line_no);
        }
        if (k % 2 != 0) {
            return say(why, ws, "line %zu: odd number of hex digits after `#CD:`", line_no);
        }
        for (size_t i = 0; i < k; i += 2) {
            int hi = hex_digit(s[i]);
            int lo = hex_digit(s[i + 1]);
            if (hi < 0 || lo < 0) {
                return say(why, ws, "line %zu: `%c%c` after `#CD:` is not hex", line_no,
                           s[i] >= 0x20 && s[i] < 0x7f ? s[i] : '?',
                           s[i + 1] >= 0x20 && s[i + 1] < 0x7f ? s[i + 1] : '?');
            }
            out[n++] = (uint8_t)(hi << 4 | lo);
        }
    }
    if (!begun) {
        return say(why, ws, "no `#CD:BEGIN#` line: neither a Zephyr coredump nor its log");
    }
    *out_len = n;
    return true;
}

bool zcd_decode(const uint8_t *in, size_t len, zcd_dump_t *out, char *why, size_t why_size) {
    memset(out, 0, sizeof *out);
    if (why_size > 0) {
        why[0] = '\0';
    }
    bool ok;
    if (len >= 2 && in[0] == 'Z' && in[1] == 'E') {
        ok = decode_binary(in, len, out, why, why_size);
    } else if (find(in, len, "#CD:") != NULL) {
        /* Two hex digits per byte: half the text is always enough. */
        out->owned = malloc(len / 2 + 1);
        if (out->owned == NULL) {
            return say(why, why_size, "out of memory");
        }
        size_t n = 0;
        bool ended = false;
        ok = decode_text(in, len, out->owned, &n, &ended, why, why_size) &&
             decode_binary(out->owned, n, out, why, why_size);
        if (ok && !ended) {
            out->truncated = true; /* no `#CD:END#`: the rest may never have been printed */
        }
    } else {
        ok = say(why, why_size, "neither a Zephyr coredump (starts with `ZE`) nor its log "
                                "(`#CD:` lines)");
    }
    if (!ok) {
        zcd_free(out);
    }
    return ok;
}

void zcd_free(zcd_dump_t *dump) {
    free(dump->regions);
    free(dump->owned);
    dump->regions = NULL;
    dump->owned = NULL;
    dump->region_count = 0;
}
