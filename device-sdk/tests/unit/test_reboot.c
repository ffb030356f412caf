/* Reboot reasons across resets, crash counts, the reboot message. */
#include <setjmp.h>
#include <string.h>

#include "fl_internal.h"
#include "fl_test.h"
#include "t_util.h"

typedef struct {
    uint64_t reason, unexpected, pc, lr, crash_count, at;
    bool has_pc, has_lr, has_at;
} rb_t;

static bool reboot_msg(rb_t *r)
{
    t_rx_t *rx = t_sent(64);
    size_t n;
    const uint8_t *p = t_msg(rx, 0x04, 0, &n);
    memset(r, 0, sizeof *r);
    if (!p || t_rx_errors(rx) || t_msg_count(rx, 0x04) != 1) {
        return false;
    }
    (void)t_pb_varint(p, n, 1, 0, &r->reason);
    (void)t_pb_varint(p, n, 2, 0, &r->unexpected);
    r->has_pc = t_pb_varint(p, n, 3, 0, &r->pc);
    r->has_lr = t_pb_varint(p, n, 4, 0, &r->lr);
    (void)t_pb_varint(p, n, 5, 0, &r->crash_count);
    r->has_at = t_pb_varint(p, n, 15, 0, &r->at);
    return true;
}

static void power_on(void)
{
    rb_t r;
    const fl_reboot_info_t *i;
    t_boot_fresh();
    i = fl_reboot_last();
    CHECK_EQ(i->reason, FL_REBOOT_POWER_ON);
    CHECK(!i->unexpected);
    CHECK(!i->has_pc);
    CHECK_EQ(i->crash_count, 0);
    CHECK_EQ(i->boot_count, 1);
    CHECK(reboot_msg(&r));
    CHECK_EQ(r.reason, 1);
    CHECK_EQ(r.unexpected, 0);
    CHECK(!r.has_pc && !r.has_lr);
    CHECK(r.has_at);
    CHECK_EQ(r.at, T_EPOCH_MS);
    /* a port that cannot tell: still a power-on when the area was garbage */
    fl_posix_fill_storage(0x5a);
    fl_posix_set_hw_reset_reason(FL_REBOOT_UNKNOWN);
    t_reboot();
    CHECK_EQ(fl_reboot_last()->reason, FL_REBOOT_POWER_ON);
    CHECK_EQ(fl_reboot_last()->boot_count, 1);
}

static void garbage_area_asks_the_hardware(void)
{
    t_boot_fresh();
    fl_posix_fill_storage(0xa5);
    fl_posix_set_hw_reset_reason(FL_REBOOT_BROWN_OUT);
    t_reboot();
    CHECK_EQ(fl_reboot_last()->reason, FL_REBOOT_BROWN_OUT);
    CHECK(fl_reboot_last()->unexpected);
    CHECK_EQ(fl_reboot_last()->crash_count, 1);
    CHECK_EQ(fl_reboot_last()->boot_count, 1);
}

static void unmarked_reset_asks_the_hardware(void)
{
    rb_t r;
    t_boot_fresh();
    fl_posix_set_hw_reset_reason(FL_REBOOT_PIN_RESET);
    t_reboot();
    CHECK_EQ(fl_reboot_last()->reason, FL_REBOOT_PIN_RESET);
    CHECK(!fl_reboot_last()->unexpected);
    CHECK_EQ(fl_reboot_last()->boot_count, 2);
    fl_posix_set_hw_reset_reason(FL_REBOOT_HARDWARE_WATCHDOG);
    t_reboot();
    CHECK(fl_reboot_last()->unexpected);
    CHECK_EQ(fl_reboot_last()->crash_count, 1);
    t_drain(64);
    fl_posix_set_hw_reset_reason(FL_REBOOT_UNKNOWN);
    t_reboot();
    CHECK_EQ(fl_reboot_last()->reason, FL_REBOOT_UNKNOWN);
    CHECK(reboot_msg(&r));
    CHECK_EQ(r.reason, 0);
    CHECK_EQ(r.crash_count, 1);
}

static void marked_expected(void)
{
    rb_t r;
    t_boot_fresh();
    t_drain(64);
    fl_reboot_mark(FL_REBOOT_FIRMWARE_UPDATE, true /* ignored for standard codes */, 0, 0);
    t_reboot();
    CHECK_EQ(fl_reboot_last()->reason, FL_REBOOT_FIRMWARE_UPDATE);
    CHECK(!fl_reboot_last()->unexpected);
    CHECK_EQ(fl_reboot_last()->crash_count, 0);
    CHECK_EQ(fl_reboot_last()->boot_count, 2);
    CHECK(reboot_msg(&r));
    CHECK_EQ(r.reason, 4);
    CHECK_EQ(r.unexpected, 0);
    /* the record is consumed: the next reset without a mark is the hardware's */
    t_reboot();
    CHECK_EQ(fl_reboot_last()->reason, FL_REBOOT_POWER_ON);
}

static void unexpected_via_fault_and_first_mark_wins(void)
{
    rb_t r;
    t_boot_fresh();
    t_drain(64);
    fl_reboot_mark(FL_REBOOT_BUS_FAULT, false, 0x08000101u, 0x08000203u);
    fl_reboot_mark(FL_REBOOT_SOFTWARE_RESET, false, 0, 0); /* later: ignored */
    t_reboot();
    CHECK_EQ(fl_reboot_last()->reason, FL_REBOOT_BUS_FAULT);
    CHECK(fl_reboot_last()->unexpected);
    CHECK(fl_reboot_last()->has_pc);
    CHECK_EQ(fl_reboot_last()->pc, 0x08000101u);
    CHECK_EQ(fl_reboot_last()->lr, 0x08000203u);
    CHECK_EQ(fl_reboot_last()->crash_count, 1);
    CHECK(reboot_msg(&r));
    CHECK_EQ(r.reason, 11);
    CHECK_EQ(r.unexpected, 1);
    CHECK(r.has_pc && r.has_lr);
    CHECK_EQ(r.pc, 0x08000101u);
    CHECK_EQ(r.lr, 0x08000203u);
    CHECK_EQ(r.crash_count, 1);
    /* a pc of 0 with an lr is real (a call through a null pointer) */
    fl_reboot_mark(FL_REBOOT_USAGE_FAULT, false, 0, 0x403);
    t_reboot();
    CHECK(fl_reboot_last()->has_pc);
    CHECK(reboot_msg(&r));
    CHECK(r.has_pc && r.has_lr);
    CHECK_EQ(r.pc, 0);
    CHECK_EQ(r.lr, 0x403);
    CHECK_EQ(r.crash_count, 2);
    /* crash_count accumulates until cleared */
    fl_reboot_mark(FL_REBOOT_STACK_OVERFLOW, false, 1, 2);
    t_reboot();
    CHECK_EQ(fl_reboot_last()->crash_count, 3);
    fl_reboot_clear_crash_count();
    fl_reboot_mark(FL_REBOOT_ASSERT, false, 1, 2);
    t_reboot();
    CHECK_EQ(fl_reboot_last()->crash_count, 1);
}

static void custom_codes(void)
{
    rb_t r;
    t_boot_fresh();
    t_drain(64);
    fl_reboot_mark(FL_REBOOT_CUSTOM_BASE + 72, true, 0, 0);
    t_reboot();
    CHECK_EQ(fl_reboot_last()->reason, 200);
    CHECK(fl_reboot_last()->unexpected);
    CHECK_EQ(fl_reboot_last()->crash_count, 1);
    CHECK(reboot_msg(&r));
    CHECK_EQ(r.reason, 200);
    CHECK_EQ(r.unexpected, 1);
    fl_reboot_mark(201, false, 0, 0);
    t_reboot();
    CHECK_EQ(fl_reboot_last()->reason, 201);
    CHECK(!fl_reboot_last()->unexpected);
    CHECK_EQ(fl_reboot_last()->crash_count, 1);
    CHECK(fl_reboot_is_unexpected(FL_REBOOT_BROWN_OUT));
    CHECK(fl_reboot_is_unexpected(FL_REBOOT_OUT_OF_MEMORY));
    CHECK(!fl_reboot_is_unexpected(FL_REBOOT_LOW_POWER));
    CHECK(!fl_reboot_is_unexpected(16));
    CHECK(!fl_reboot_is_unexpected(200));
}

static jmp_buf reset_jmp;
static int resets;

static void reset_hook(void)
{
    resets++;
    longjmp(reset_jmp, 1);
}

static void fl_reboot_resets_through_the_port(void)
{
    t_boot_fresh();
    resets = 0;
    fl_posix_set_reset_hook(reset_hook);
    if (!setjmp(reset_jmp)) {
        fl_reboot(FL_REBOOT_SOFTWARE_RESET);
    }
    fl_posix_set_reset_hook(NULL);
    CHECK_EQ(resets, 1);
    t_reboot();
    CHECK_EQ(fl_reboot_last()->reason, FL_REBOOT_SOFTWARE_RESET);
    CHECK(!fl_reboot_last()->unexpected);
}

static void damaged_record_is_a_power_on(void)
{
    uint8_t *p;
    t_boot_fresh();
    fl_reboot_mark(FL_REBOOT_HARD_FAULT, true, 5, 6);
    p = (uint8_t *)fl_port_reboot_info();
    p[4] ^= 0x40; /* the reason, without fixing the CRC */
    t_reboot();
    CHECK_EQ(fl_reboot_last()->reason, FL_REBOOT_POWER_ON);
    CHECK_EQ(fl_reboot_last()->boot_count, 1);
}

static void session_changes_every_boot(void)
{
    uint8_t a[20], b[20];
    t_boot_fresh();
    CHECK(fl_packetizer_next(a, sizeof a) > 0);
    t_reboot();
    CHECK(fl_packetizer_next(b, sizeof b) > 0);
    CHECK_EQ(a[0], 0xc0); /* START | RESYNC, sequence 0 */
    CHECK_EQ(b[0], 0xc0);
    CHECK_EQ(b[1], (a[1] + 1) & 0xff); /* a counter kept with the reboot record */
    /* after a power-on (nothing kept) the counter starts from a seed: the contents of the
     * area and the clocks */
    fl_posix_fill_storage(0);
    fl_posix_set_epoch_ms(T_EPOCH_MS + 1);
    t_reboot();
    CHECK(fl_packetizer_next(b, sizeof b) > 0);
    fl_posix_fill_storage(0);
    fl_posix_set_epoch_ms(T_EPOCH_MS + 2);
    t_reboot();
    CHECK(fl_packetizer_next(a, sizeof a) > 0);
    CHECK(a[1] != b[1]);
    fl_posix_fill_storage(0x3c);
    fl_posix_set_epoch_ms(T_EPOCH_MS + 2);
    t_reboot();
    CHECK(fl_packetizer_next(b, sizeof b) > 0);
    CHECK(a[1] != b[1]);
}

void suite_reboot(void)
{
    fl_t_suite("reboot");
    RUN(power_on);
    RUN(garbage_area_asks_the_hardware);
    RUN(unmarked_reset_asks_the_hardware);
    RUN(marked_expected);
    RUN(unexpected_via_fault_and_first_mark_wins);
    RUN(custom_codes);
    RUN(fl_reboot_resets_through_the_port);
    RUN(damaged_record_is_a_power_on);
    RUN(session_changes_every_boot);
}
