/* Heartbeat metrics: counters, gauges, timers on the fake clock, strings, unset bitmap. */
#include <string.h>

#include "fl_internal.h"
#include "fl_test.h"
#include "t_util.h"

#define NINT FL_METRIC_INT_COUNT
/* The application's first integer metric: the SDK's built-in ones come first. */
#define FIRST FL_METRIC(loops)

typedef struct {
    uint64_t duration;
    int64_t v[NINT];
    int nv;
    uint8_t unset[8];
    size_t unset_len;
    bool has_at;
    uint64_t at;
    char texts[4][32];
    size_t ntexts;
} hb_t;

/* The idx-th heartbeat sent so far (pulls everything). */
static bool heartbeat(unsigned idx, hb_t *h)
{
    t_rx_t *rx = t_sent(64);
    size_t n, i, len;
    const uint8_t *p = t_msg(rx, 0x02, idx, &n), *b;
    uint64_t raw[32];
    memset(h, 0, sizeof *h);
    if (!p || t_rx_errors(rx)) {
        return false;
    }
    (void)t_pb_varint(p, n, 1, 0, &h->duration);
    h->nv = t_pb_packed(p, n, 2, raw, 32);
    for (i = 0; i < (size_t)h->nv; i++) {
        h->v[i] = t_unzigzag(raw[i]);
    }
    if (t_pb_bytes(p, n, 4, 0, &b, &len)) {
        memcpy(h->unset, b, len);
        h->unset_len = len;
    }
    h->ntexts = t_pb_count(p, n, 3);
    for (i = 0; i < h->ntexts && i < 4; i++) {
        (void)t_pb_bytes(p, n, 3, (unsigned)i, &b, &len);
        memcpy(h->texts[i], b, len);
    }
    h->has_at = t_pb_varint(p, n, 15, 0, &h->at);
    return true;
}

static bool is_unset(const hb_t *h, unsigned i)
{
    return i / 8 < h->unset_len && (h->unset[i / 8] >> (i % 8)) & 1;
}

static void counters_and_gauges(void)
{
    hb_t h;
    t_boot_fresh();
    fl_metric_add(FL_METRIC(loops), 5);
    fl_metric_add(FL_METRIC(loops), 7);
    fl_metric_add(FL_METRIC(errors), -3);
    fl_metric_set(FL_METRIC(battery_mv), 3712);
    fl_metric_set(FL_METRIC(battery_mv), 3700);
    fl_metric_set(FL_METRIC(temperature_c), -40);
    CHECK_EQ(fl_metric_get(FL_METRIC(loops)), 12);
    fl_posix_advance_ms(60500);
    CHECK_EQ(fl_heartbeat_collect(), FL_OK);
    CHECK(heartbeat(0, &h));
    CHECK_EQ(h.duration, 60);
    CHECK_EQ(h.nv, NINT);
    CHECK_EQ(h.v[FL_METRIC(loops)], 12);
    CHECK_EQ(h.v[FL_METRIC(errors)], -3);
    CHECK_EQ(h.v[FL_METRIC(battery_mv)], 3700);
    CHECK_EQ(h.v[FL_METRIC(temperature_c)], -40);
    CHECK_EQ(h.v[FL_METRIC(g6)], 0);
    CHECK(!is_unset(&h, FL_METRIC(loops)));
    CHECK(!is_unset(&h, FL_METRIC(battery_mv)));
    CHECK(is_unset(&h, FL_METRIC(g6)));
    CHECK(is_unset(&h, FL_METRIC(c9)));
    CHECK(is_unset(&h, FL_METRIC(radio_on_ms)));
    CHECK_EQ(h.unset_len, 2); /* 3 built-in + 10 integer metrics */
    CHECK(h.has_at);
    CHECK_EQ(h.at, T_EPOCH_MS + 60500);
    /* after the collect: counters 0, gauges keep their value for reading, all unset */
    CHECK_EQ(fl_metric_get(FL_METRIC(loops)), 0);
    CHECK_EQ(fl_metric_get(FL_METRIC(battery_mv)), 3700);
    fl_posix_advance_ms(1999);
    CHECK_EQ(fl_heartbeat_collect(), FL_OK);
    CHECK(heartbeat(0, &h));
    CHECK_EQ(h.duration, 1);
    CHECK_EQ(h.v[FL_METRIC(battery_mv)], 0);
    CHECK(is_unset(&h, FL_METRIC(battery_mv)));
    CHECK(is_unset(&h, FL_METRIC(loops)));
    CHECK_EQ(h.unset[0], 0xf8); /* the built-in metrics are measured at every collect */
    CHECK_EQ(h.unset[1], 0x1f);
}

static void all_set_omits_unset(void)
{
    hb_t h;
    unsigned i;
    t_boot_fresh();
    for (i = FIRST; i < NINT; i++) {
        fl_metric_set((fl_metric_id_t)i, (int32_t)i - 5);
    }
    fl_metric_set_string(FL_METRIC_STR(last_error), "e");
    CHECK_EQ(fl_heartbeat_collect(), FL_OK);
    CHECK(heartbeat(0, &h));
    CHECK_EQ(h.unset_len, 0);
    CHECK_EQ(h.duration, 0);
    for (i = FIRST; i < NINT; i++) {
        CHECK_EQ(h.v[i], (int64_t)i - 5);
    }
}

static void extremes(void)
{
    hb_t h;
    t_boot_fresh();
    fl_metric_set(FL_METRIC(g6), INT32_MIN);
    fl_metric_set(FL_METRIC(g7), INT32_MAX);
    fl_metric_add(FL_METRIC(c9), INT32_MAX);
    fl_metric_add(FL_METRIC(c9), 1); /* wraps like int32 arithmetic in two's complement */
    CHECK_EQ(fl_heartbeat_collect(), FL_OK);
    CHECK(heartbeat(0, &h));
    CHECK_EQ(h.v[FL_METRIC(g6)], INT32_MIN);
    CHECK_EQ(h.v[FL_METRIC(g7)], INT32_MAX);
    CHECK_EQ(h.v[FL_METRIC(c9)], INT32_MIN);
    /* ids out of range are ignored */
    fl_metric_add((fl_metric_id_t)NINT, 1);
    fl_metric_set((fl_metric_id_t)-1, 1);
    CHECK_EQ(fl_metric_get((fl_metric_id_t)NINT), 0);
}

static void timers(void)
{
    hb_t h;
    t_boot_fresh();
    fl_posix_set_uptime_ms(1000);
    fl_metric_timer_start(FL_METRIC(radio_on_ms));
    fl_posix_set_uptime_ms(1500);
    fl_metric_timer_start(FL_METRIC(radio_on_ms)); /* already running: no restart */
    fl_posix_set_uptime_ms(1750);
    fl_metric_timer_stop(FL_METRIC(radio_on_ms));
    fl_metric_timer_stop(FL_METRIC(radio_on_ms)); /* already stopped: nothing */
    fl_posix_set_uptime_ms(3000);
    fl_metric_timer_start(FL_METRIC(radio_on_ms));
    fl_posix_set_uptime_ms(3100);
    fl_metric_timer_stop(FL_METRIC(radio_on_ms));
    CHECK_EQ(fl_metric_get(FL_METRIC(radio_on_ms)), 850);
    /* a timer running at collect time counts the time so far, and goes on */
    fl_metric_timer_start(FL_METRIC(cpu_busy_ms));
    fl_posix_set_uptime_ms(4000);
    fl_metric_timer_start(FL_METRIC(loops)); /* not a timer: ignored */
    CHECK_EQ(fl_heartbeat_collect(), FL_OK);
    CHECK(heartbeat(0, &h));
    CHECK_EQ(h.duration, 4);
    CHECK_EQ(h.v[FL_METRIC(radio_on_ms)], 850);
    CHECK_EQ(h.v[FL_METRIC(cpu_busy_ms)], 900);
    CHECK(!is_unset(&h, FL_METRIC(cpu_busy_ms)));
    CHECK(!is_unset(&h, FL_METRIC(radio_on_ms)));
    CHECK(is_unset(&h, FL_METRIC(loops)));
    fl_posix_set_uptime_ms(4300);
    fl_metric_timer_stop(FL_METRIC(cpu_busy_ms));
    fl_posix_set_uptime_ms(5000);
    CHECK_EQ(fl_heartbeat_collect(), FL_OK);
    CHECK(heartbeat(0, &h));
    CHECK_EQ(h.v[FL_METRIC(cpu_busy_ms)], 300);
    CHECK_EQ(h.v[FL_METRIC(radio_on_ms)], 0);
    CHECK(is_unset(&h, FL_METRIC(radio_on_ms)));
}

static void strings(void)
{
    hb_t h;
    t_boot_fresh();
    fl_metric_set_string(FL_METRIC_STR(last_error), "i2c timeout on bus 2 (long)");
    fl_metric_set_string(FL_METRIC_STR(fw_state), "idle");
    fl_metric_set_string(FL_METRIC_STR(fw_state), "ok");
    CHECK_EQ(fl_heartbeat_collect(), FL_OK);
    CHECK(heartbeat(0, &h));
    CHECK_EQ(h.ntexts, 2);
    CHECK_EQ(strlen(h.texts[0]), FL_METRIC_STRING_MAX);
    CHECK(strncmp(h.texts[0], "i2c timeout on bus 2", FL_METRIC_STRING_MAX) == 0);
    CHECK(strcmp(h.texts[1], "ok") == 0);
    /* not set in the next interval: empty, still in position */
    fl_metric_set_string(FL_METRIC_STR(fw_state), "busy");
    CHECK_EQ(fl_heartbeat_collect(), FL_OK);
    CHECK(heartbeat(0, &h));
    CHECK_EQ(h.ntexts, 2);
    CHECK(strcmp(h.texts[0], "") == 0);
    CHECK(strcmp(h.texts[1], "busy") == 0);
    fl_metric_set_string(FL_METRIC_STR(fw_state), NULL);
    fl_metric_set_string((fl_metric_str_id_t)7, "x"); /* out of range: ignored */
}

static void no_wall_clock(void)
{
    hb_t h;
    t_boot_fresh();
    fl_posix_set_epoch_valid(false);
    fl_metric_add(FL_METRIC(loops), 1);
    CHECK_EQ(fl_heartbeat_collect(), FL_OK);
    CHECK(heartbeat(0, &h));
    CHECK(!h.has_at);
    CHECK_EQ(h.v[FL_METRIC(loops)], 1);
}

/* The SDK's own metrics head the list, measured at each collect: uptime, unexpected resets
 * since the previous heartbeat (a crash loop that sent nothing included), the crash-free
 * flag. */
static void builtin_metrics(void)
{
    hb_t h;
    CHECK_EQ(FL_METRIC(fl_uptime_s), 0);
    CHECK_EQ(FL_METRIC(fl_unexpected_reboots), 1);
    CHECK_EQ(FL_METRIC(fl_crash_free), 2);
    CHECK_EQ(FIRST, 3);
    t_boot_fresh();
    fl_posix_set_uptime_ms(90999);
    CHECK_EQ(fl_heartbeat_collect(), FL_OK);
    CHECK(heartbeat(0, &h));
    CHECK_EQ(h.nv, NINT);
    CHECK_EQ(h.v[FL_METRIC(fl_uptime_s)], 90);
    CHECK_EQ(h.v[FL_METRIC(fl_unexpected_reboots)], 0); /* a power-on is expected */
    CHECK_EQ(h.v[FL_METRIC(fl_crash_free)], 1);
    CHECK(!is_unset(&h, FL_METRIC(fl_uptime_s)));
    CHECK(!is_unset(&h, FL_METRIC(fl_unexpected_reboots)));
    CHECK(!is_unset(&h, FL_METRIC(fl_crash_free)));
    /* two crashes in a row before any heartbeat, then one */
    fl_reboot_mark(FL_REBOOT_HARD_FAULT, false, 0, 0);
    t_reboot();
    fl_reboot_mark(FL_REBOOT_HARDWARE_WATCHDOG, false, 0, 0);
    t_reboot();
    fl_posix_set_uptime_ms(123456789012ull);
    CHECK_EQ(fl_heartbeat_collect(), FL_OK);
    CHECK(heartbeat(0, &h));
    CHECK_EQ(h.v[FL_METRIC(fl_uptime_s)], 123456789);
    CHECK_EQ(h.v[FL_METRIC(fl_unexpected_reboots)], 2);
    CHECK_EQ(h.v[FL_METRIC(fl_crash_free)], 0);
    /* counted once; an expected reset counts nothing */
    CHECK_EQ(fl_heartbeat_collect(), FL_OK);
    CHECK(heartbeat(0, &h));
    CHECK_EQ(h.v[FL_METRIC(fl_unexpected_reboots)], 0);
    CHECK_EQ(h.v[FL_METRIC(fl_crash_free)], 1);
    fl_reboot_mark(FL_REBOOT_FIRMWARE_UPDATE, false, 0, 0);
    t_reboot();
    CHECK_EQ(fl_heartbeat_collect(), FL_OK);
    CHECK(heartbeat(0, &h));
    CHECK_EQ(h.v[FL_METRIC(fl_unexpected_reboots)], 0);
    CHECK_EQ(h.v[FL_METRIC(fl_crash_free)], 1);
    /* the crash counter of the reboot message is not affected */
    CHECK_EQ(fl_reboot_last()->crash_count, 2);
    /* uptime: exact up to 2^31 s, then saturated */
    fl_posix_set_uptime_ms(2147483647999ull);
    CHECK_EQ(fl_heartbeat_collect(), FL_OK);
    CHECK(heartbeat(0, &h));
    CHECK_EQ(h.v[FL_METRIC(fl_uptime_s)], INT32_MAX);
    fl_posix_set_uptime_ms(2147483646999ull);
    CHECK_EQ(fl_heartbeat_collect(), FL_OK);
    CHECK(heartbeat(0, &h));
    CHECK_EQ(h.v[FL_METRIC(fl_uptime_s)], INT32_MAX - 1);
    fl_posix_set_uptime_ms(~0ull);
    CHECK_EQ(fl_heartbeat_collect(), FL_OK);
    CHECK(heartbeat(0, &h));
    CHECK_EQ(h.v[FL_METRIC(fl_uptime_s)], INT32_MAX);
}

void suite_metrics(void)
{
    fl_t_suite("metrics");
    RUN(counters_and_gauges);
    RUN(all_set_omits_unset);
    RUN(extremes);
    RUN(timers);
    RUN(strings);
    RUN(no_wall_clock);
    RUN(builtin_metrics);
}
