/* Coredump capture, storage, truncation, interruption, clamping, the Coredump message and
 * region encoding 1 (words). */
#include <setjmp.h>
#include <string.h>

#include "fl_internal.h"
#include "fl_test.h"
#include "t_util.h"

#define START 0x20007e00u

static uint8_t mem[1024];        /* "device RAM" at START */
static uint8_t decoded[1024];

typedef struct {
    uint64_t arch, reason, truncated, at;
    bool has_at;
    uint64_t regs[32];
    int nregs;
    size_t nregions;
    uint64_t start[4], encoding[4];
    const uint8_t *data[4];
    size_t len[4];
} cd_t;

static void fill_mem(void)
{
    size_t i;
    for (i = 0; i < sizeof mem; i++) {
        mem[i] = (uint8_t)(i * 7 + 1);
    }
}

static void regs_for(fl_crash_regs_t *r, uint32_t stack_len)
{
    unsigned i;
    memset(r, 0, sizeof *r);
    r->arch = FL_ARCH_ARM_CORTEX_M;
    for (i = 0; i < FL_REG_COUNT; i++) {
        r->regs[i] = 0x1000u * i + i;
    }
    r->regs[FL_REG_PC] = 0x08001f2eu;
    r->regs[FL_REG_LR] = 0x08001e97u;
    r->stack_start = START;
    r->stack_end = stack_len ? START + stack_len : 0;
    fl__test_mem_bias = (uintptr_t)mem - START;
}

/* The one coredump sent when everything is pulled. */
static bool coredump(cd_t *c)
{
    t_rx_t *rx = t_sent(64);
    size_t n, rl, i;
    const uint8_t *p = t_msg(rx, 0x06, 0, &n), *r;
    memset(c, 0, sizeof *c);
    if (!p || t_rx_errors(rx) || t_msg_count(rx, 0x06) != 1) {
        return false;
    }
    (void)t_pb_varint(p, n, 1, 0, &c->arch);
    (void)t_pb_varint(p, n, 2, 0, &c->reason);
    c->nregs = t_pb_packed(p, n, 3, c->regs, 32);
    c->nregions = t_pb_count(p, n, 4);
    for (i = 0; i < c->nregions && i < 4; i++) {
        (void)t_pb_bytes(p, n, 4, (unsigned)i, &r, &rl);
        (void)t_pb_varint(r, rl, 1, 0, &c->start[i]);
        (void)t_pb_varint(r, rl, 3, 0, &c->encoding[i]);
        (void)t_pb_bytes(r, rl, 2, 0, &c->data[i], &c->len[i]);
    }
    (void)t_pb_varint(p, n, 5, 0, &c->truncated);
    c->has_at = t_pb_varint(p, n, 15, 0, &c->at);
    return true;
}

/* Region i decoded to raw memory. */
static long region(const cd_t *c, size_t i)
{
    if (c->encoding[i] == 0) {
        memcpy(decoded, c->data[i], c->len[i]);
        return (long)c->len[i];
    }
    return c->encoding[i] == 1
               ? t_decode_words((uint32_t)c->start[i], c->data[i], c->len[i], decoded,
                                sizeof decoded)
               : -1;
}

static void capture_and_send(void)
{
    fl_crash_regs_t r;
    cd_t c;
    unsigned i;
    t_boot_fresh();
    t_drain(64);
    fill_mem();
    regs_for(&r, 0);
    fl_posix_advance_ms(1000);
    CHECK(!fl_coredump_pending());
    fl_coredump_capture(&r, FL_REBOOT_HARD_FAULT);
    CHECK(fl_coredump_pending());
    t_reboot();
    CHECK(fl_coredump_pending());
    CHECK_EQ(fl_reboot_last()->reason, FL_REBOOT_HARD_FAULT);
    CHECK_EQ(fl_reboot_last()->pc, 0x08001f2eu);
    CHECK(coredump(&c));
    CHECK(!fl_coredump_pending()); /* sent: cleared */
    CHECK_EQ(c.arch, 0);
    CHECK_EQ(c.reason, 10);
    CHECK_EQ(c.nregs, FL_REG_COUNT);
    for (i = 0; i < FL_REG_COUNT; i++) {
        CHECK_EQ(c.regs[i], r.regs[i]);
    }
    CHECK_EQ(c.nregions, 1);
    CHECK_EQ(c.start[0], START);
    CHECK_EQ(c.encoding[0], 0); /* fill_mem's bytes do not compress: sent raw */
    CHECK_EQ(region(&c, 0), FL_COREDUMP_STACK_BYTES);
    CHECK_MEM(decoded, mem, FL_COREDUMP_STACK_BYTES);
    CHECK_EQ(c.truncated, 0);
    CHECK(c.has_at);
    CHECK_EQ(c.at, T_EPOCH_MS + 1000);
    t_reboot();
    CHECK(!fl_coredump_pending());
}

static void raw_encoding_and_stack_end(void)
{
    fl_crash_regs_t r;
    cd_t c;
    t_boot_fresh();
    t_drain(64);
    fill_mem();
    regs_for(&r, 100); /* the stack's top is 100 bytes up */
    fl__test_set_compress(false);
    fl_posix_set_epoch_valid(false);
    fl_coredump_capture(&r, FL_REBOOT_ASSERT);
    t_reboot();
    CHECK(coredump(&c));
    CHECK_EQ(c.encoding[0], 0);
    CHECK_EQ(c.len[0], 100);
    CHECK_MEM(c.data[0], mem, 100);
    CHECK(!c.has_at);
    CHECK_EQ(c.reason, 9);
    /* a stack end below the start: nothing from the stack */
    regs_for(&r, 0);
    r.stack_end = START - 4;
    fl_coredump_capture(&r, FL_REBOOT_ASSERT);
    t_reboot();
    CHECK(coredump(&c));
    CHECK_EQ(c.nregions, 0);
    CHECK_EQ(c.truncated, 0);
}

static void extra_regions(void)
{
    fl_crash_regs_t r;
    cd_t c;
    static uint8_t a[37], b[6];
    t_boot_fresh();
    t_drain(64);
    fill_mem();
    memset(a, 0x11, sizeof a);
    memset(b, 0x22, sizeof b);
    CHECK_EQ(fl_coredump_add_region(a, sizeof a), FL_OK);
    CHECK_EQ(fl_coredump_add_region(b, sizeof b), FL_OK);
    CHECK_EQ(fl_coredump_add_region(b, 1), FL_ERR_FULL);
    regs_for(&r, 64);
    fl__test_mem_bias = 0;
    r.stack_start = (uintptr_t)mem;
    r.stack_end = (uintptr_t)mem + 64;
    fl_coredump_capture(&r, FL_REBOOT_MEM_FAULT);
    t_reboot();
    CHECK(coredump(&c));
    CHECK_EQ(c.nregions, 3);
    CHECK_EQ(c.start[1], (uint32_t)(uintptr_t)a);
    CHECK_EQ(region(&c, 1), sizeof a);
    CHECK_MEM(decoded, a, sizeof a);
    CHECK_EQ(region(&c, 2), sizeof b);
    CHECK_MEM(decoded, b, sizeof b);
    CHECK_EQ(region(&c, 0), 64);
    CHECK_MEM(decoded, mem, 64);
    /* fl_init forgets the registrations */
    fl_coredump_capture(&r, FL_REBOOT_MEM_FAULT);
    t_reboot();
    CHECK(coredump(&c));
    CHECK_EQ(c.nregions, 1);
}

static void area_too_small_truncates(void)
{
    fl_crash_regs_t r;
    cd_t c;
    t_boot_fresh();
    fl_posix_set_area_sizes(8192, 2048, 200 + 300); /* header (< 200) + about 300 bytes */
    fl_posix_fill_storage(0);
    fl_init();
    t_drain(64);
    fill_mem();
    regs_for(&r, 0);
    fl_coredump_capture(&r, FL_REBOOT_HARD_FAULT);
    t_reboot();
    CHECK(coredump(&c));
    CHECK_EQ(c.truncated, 1);
    CHECK(region(&c, 0) > 300 && region(&c, 0) < FL_COREDUMP_STACK_BYTES);
    CHECK_MEM(decoded, mem, (size_t)region(&c, 0));
    /* smaller than the header: nothing stored, the reason still recorded */
    fl_posix_set_area_sizes(8192, 2048, 64);
    fl_posix_fill_storage(0);
    fl_init();
    t_drain(64);
    fl_coredump_capture(&r, FL_REBOOT_USAGE_FAULT);
    CHECK(!fl_coredump_pending());
    t_reboot();
    CHECK(!fl_coredump_pending());
    CHECK_EQ(fl_reboot_last()->reason, FL_REBOOT_USAGE_FAULT);
}

static bool readable_100(uintptr_t start, uint32_t len)
{
    return start == START && len <= 100;
}

static void regions_are_clamped(void)
{
    fl_crash_regs_t r;
    cd_t c;
    t_boot_fresh();
    t_drain(64);
    fill_mem();
    regs_for(&r, 0);
    fl_posix_set_memory_readable_hook(readable_100);
    fl_coredump_capture(&r, FL_REBOOT_BUS_FAULT);
    fl_posix_set_memory_readable_hook(NULL);
    t_reboot();
    CHECK(coredump(&c));
    CHECK_EQ(region(&c, 0), 100);
    CHECK_EQ(c.truncated, 0); /* unreadable memory is not a truncation */
    CHECK_MEM(decoded, mem, 100);
}

static void first_dump_is_kept(void)
{
    fl_crash_regs_t r;
    cd_t c;
    t_boot_fresh();
    t_drain(64);
    fill_mem();
    regs_for(&r, 0);
    fl_coredump_capture(&r, FL_REBOOT_HARD_FAULT);
    r.regs[0] = 0xdeadbeef;
    fl_coredump_capture(&r, FL_REBOOT_BUS_FAULT); /* same boot: kept the first */
    t_reboot();
    fl_coredump_capture(&r, FL_REBOOT_BUS_FAULT); /* next boot, not yet sent: kept too */
    t_reboot();
    CHECK(coredump(&c));
    CHECK_EQ(c.reason, 10);
    CHECK_EQ(c.regs[0], 0);
}

static jmp_buf fault_jmp;
static int writes, fault_at_write;
static bool mark_on_fault;

/* A second fault when the capture makes its fault_at_write-th write to the area: writes are
 * the magic, the rest of the header, the stack, the extra region, the commit word. */
static void faulting_write(size_t off, size_t len)
{
    (void)off;
    (void)len;
    if (++writes == fault_at_write) {
        fl_posix_set_coredump_write_hook(NULL);
        if (mark_on_fault) {
            fl_coredump_mark_interrupted(); /* the port's nested-fault path */
        }
        longjmp(fault_jmp, 1);
    }
}

static void interrupted_capture_is_sent_truncated(void)
{
    fl_crash_regs_t r;
    cd_t c;
    volatile int round;
    static uint8_t extra[40];
    for (round = 0; round < 2; round++) {
        t_boot_fresh();
        t_drain(64);
        fill_mem();
        memset(extra, 0x33, sizeof extra);
        CHECK_EQ(fl_coredump_add_region(extra, sizeof extra), FL_OK);
        regs_for(&r, 0);
        writes = 0;
        fault_at_write = 4;
        /* round 0: the port marks the dump interrupted; round 1: the device just died */
        mark_on_fault = round == 0;
        fl_posix_set_coredump_write_hook(faulting_write);
        if (!setjmp(fault_jmp)) {
            fl_coredump_capture(&r, FL_REBOOT_HARD_FAULT);
        }
        fl_posix_set_coredump_write_hook(NULL);
        CHECK_EQ(writes, 4);
        CHECK_EQ(fl_coredump_pending(), round == 0);
        if (round == 0) {
            fl_coredump_mark_interrupted(); /* committed already: does nothing */
        }
        t_reboot();
        CHECK(fl_coredump_pending());
        CHECK(coredump(&c));
        CHECK_EQ(c.truncated, 1);
        CHECK_EQ(c.nregs, FL_REG_COUNT);
        CHECK_EQ(region(&c, 0), FL_COREDUMP_STACK_BYTES);
        CHECK_MEM(decoded, mem, FL_COREDUMP_STACK_BYTES); /* written before the fault */
        /* marked: the region being written is left out; not marked: nobody knows how far the
         * capture got, everything is sent */
        CHECK_EQ(c.nregions, round == 0 ? 1 : 2);
    }
    /* a fault while the header was written: no valid dump */
    t_boot_fresh();
    t_drain(64);
    regs_for(&r, 0);
    writes = 0;
    fault_at_write = 2;
    mark_on_fault = false;
    fl_posix_set_coredump_write_hook(faulting_write);
    if (!setjmp(fault_jmp)) {
        fl_coredump_capture(&r, FL_REBOOT_HARD_FAULT);
    }
    t_reboot();
    CHECK(!fl_coredump_pending());
    CHECK_EQ(fl_reboot_last()->reason, FL_REBOOT_HARD_FAULT);
}

static void words_encoding_round_trip(void)
{
    /* every tag, and regions of every length mod 4 */
    static const uint32_t words[] = {0, 1, 0xff, 0x100, 0x20000000, 0x2000ffff, 0x20010000,
                                     0x1fffffff, 0x08004a3c, 0xa5a5a5a5, 0, 0, 0x42};
    static const uint8_t spec_example[] = {0x16, 0xe4, 0x2a, 0x58, 0x7e, 0x97, 0x1e, 0x00,
                                           0x08, 0x03, 0xa5, 0xa5, 0xa5, 0xa5, 0xa5, 0xa5};
    static const uint32_t example_words[] = {0, 0x2a, 0x20007e58, 0x08001e97, 0xa5a5a5a5};
    fl_crash_regs_t r;
    cd_t c;
    size_t n, i, k;
    for (n = 0; n <= 4 * (sizeof words / sizeof words[0]) + 3; n++) {
        t_boot_fresh();
        t_drain(64);
        for (i = 0; i < sizeof words / sizeof words[0]; i++) {
            for (k = 0; k < 4; k++) {
                mem[4 * i + k] = (uint8_t)(words[i] >> (8 * k));
            }
        }
        for (i = 4 * (sizeof words / sizeof words[0]); i < 60; i++) {
            mem[i] = (uint8_t)(0xe0 + i);
        }
        regs_for(&r, (uint32_t)n);
        if (!n) {
            continue; /* stack_end 0 means "unknown", not empty */
        }
        fl_coredump_capture(&r, FL_REBOOT_HARD_FAULT);
        t_reboot();
        CHECK(coredump(&c));
        /* encoding 1 only when it is smaller; raw otherwise */
        CHECK(c.encoding[0] == 1 ? c.len[0] < n : c.encoding[0] == 0 && c.len[0] == n);
        CHECK_EQ(region(&c, 0), (long)n);
        CHECK_MEM(decoded, mem, n);
        /* canonical size: length, a tag byte per 4 words, 0/1/2/4 bytes per word, the tail */
        CHECK(c.len[0] <= n + (n / 4 + 3) / 4 + 1);
    }
    /* the spec's worked example (§10.6.1), byte for byte */
    t_boot_fresh();
    t_drain(64);
    for (i = 0; i < 5; i++) {
        for (k = 0; k < 4; k++) {
            mem[4 * i + k] = (uint8_t)(example_words[i] >> (8 * k));
        }
    }
    mem[20] = 0xa5;
    mem[21] = 0xa5;
    regs_for(&r, 22);
    fl_coredump_capture(&r, FL_REBOOT_HARD_FAULT);
    t_reboot();
    CHECK(coredump(&c));
    CHECK_EQ(c.len[0], sizeof spec_example);
    CHECK_MEM(c.data[0], spec_example, sizeof spec_example);
}

static void incompressible_region_goes_raw(void)
{
    fl_crash_regs_t r;
    cd_t c;
    int fill;
    for (fill = 0; fill < 2; fill++) {
        /* 0xa5 stack paint: every word a 4-byte literal, so encoding 1 would be n + n/16 + 2 */
        t_boot_fresh();
        t_drain(64);
        memset(mem, fill ? 0xa5 : 0x00, 256);
        regs_for(&r, 256);
        fl_coredump_capture(&r, FL_REBOOT_HARD_FAULT);
        t_reboot();
        CHECK(coredump(&c));
        CHECK_EQ(c.encoding[0], fill ? 0 : 1);
        CHECK_EQ(c.len[0], fill ? 256u : 18u); /* zeros: varint(256) + 16 zero tag bytes */
        CHECK_EQ(region(&c, 0), 256);
        CHECK_MEM(decoded, mem, 256);
    }
}

static jmp_buf reset_jmp;

static void reset_hook(void)
{
    longjmp(reset_jmp, 1);
}

static void posix_fl_crash(void)
{
    cd_t c;
    t_boot_fresh();
    t_drain(64);
    fl_posix_set_reset_hook(reset_hook);
    if (!setjmp(reset_jmp)) {
        fl_crash(FL_REBOOT_ASSERT);
    }
    fl_posix_set_reset_hook(NULL);
    CHECK(fl_coredump_pending());
    t_reboot();
    CHECK_EQ(fl_reboot_last()->reason, FL_REBOOT_ASSERT);
    CHECK(fl_reboot_last()->unexpected);
    CHECK(coredump(&c));
    CHECK_EQ(c.reason, 9);
    CHECK(c.regs[FL_REG_PC] != 0);
    CHECK(c.regs[FL_REG_SP] != 0);
    CHECK_EQ(c.nregions, 1);
    CHECK_EQ(c.start[0], c.regs[FL_REG_SP]);
    CHECK_EQ(region(&c, 0), FL_COREDUMP_STACK_BYTES);
}

void suite_coredump(void)
{
    fl_t_suite("coredump");
    RUN(capture_and_send);
    RUN(raw_encoding_and_stack_end);
    RUN(extra_regions);
    RUN(area_too_small_truncates);
    RUN(regions_are_clamped);
    RUN(first_dump_is_kept);
    RUN(words_encoding_round_trip);
    RUN(incompressible_region_goes_raw);
    RUN(interrupted_capture_is_sent_truncated);
    RUN(posix_fl_crash);
}
