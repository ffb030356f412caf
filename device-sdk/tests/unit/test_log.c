/* The RAM log buffer: records, levels, overwrite, upload, after a crash. */
#include <string.h>

#include "fl_internal.h"
#include "fl_test.h"
#include "t_util.h"

typedef struct {
    bool has_at;
    uint64_t at, level;
    char text[128];
} rec_t;

/* The records of the idx-th logs message received. */
static int records(const t_rx_t *rx, unsigned idx, rec_t *out, int max)
{
    size_t n, len;
    const uint8_t *p = t_msg(rx, 0x05, idx, &n), *r, *t;
    int k;
    if (!p) {
        return -1;
    }
    for (k = 0; k < max && t_pb_bytes(p, n, 1, (unsigned)k, &r, &len); k++) {
        size_t tl = 0;
        memset(&out[k], 0, sizeof out[k]);
        out[k].has_at = t_pb_varint(r, len, 1, 0, &out[k].at);
        (void)t_pb_varint(r, len, 2, 0, &out[k].level);
        if (t_pb_bytes(r, len, 3, 0, &t, &tl)) {
            memcpy(out[k].text, t, tl);
        }
    }
    return k;
}

static void lines_levels_times(void)
{
    rec_t r[8];
    char long_line[200];
    t_rx_t *rx;
    t_boot_fresh();
    t_drain(64);
    fl_posix_set_uptime_ms(1532);
    fl_log(FL_LOG_INFO, "wifi connected");
    fl_log(FL_LOG_DEBUG, "below the minimum level: dropped");
    fl_posix_set_uptime_ms(0x123456789aull);
    fl_log(FL_LOG_ERROR, "");
    fl_log_at(FL_LOG_WARN, 77, "explicit time");
    fl_log_at(FL_LOG_WARN, FL_LOG_NO_TIME, "no time");
    fl_log((fl_log_level_t)4, "bad level: dropped");
    memset(long_line, 'x', sizeof long_line - 1);
    long_line[sizeof long_line - 1] = 0;
    fl_log(FL_LOG_INFO, long_line);
    CHECK_EQ(fl_log_upload(), 5);
    CHECK_EQ(fl_log_upload(), 0); /* emptied */
    rx = t_sent(20);
    CHECK_EQ(t_rx_errors(rx), 0);
    CHECK_EQ(t_msg_count(rx, 0x05), 1);
    CHECK_EQ(records(rx, 0, r, 8), 5);
    CHECK(r[0].has_at);
    CHECK_EQ(r[0].at, 1532);
    CHECK_EQ(r[0].level, 1);
    CHECK(strcmp(r[0].text, "wifi connected") == 0);
    CHECK_EQ(r[1].at, 0x123456789aull);
    CHECK_EQ(r[1].level, 3);
    CHECK(strcmp(r[1].text, "") == 0);
    CHECK_EQ(r[2].at, 77);
    CHECK_EQ(r[2].level, 2);
    CHECK(!r[3].has_at);
    CHECK(strcmp(r[3].text, "no time") == 0);
    CHECK_EQ(strlen(r[4].text), FL_LOG_MAX_LINE);
    CHECK_EQ(fl_log_dropped(), 0);
}

static void overwrites_oldest_and_counts(void)
{
    rec_t r[16];
    char line[32];
    int i, n;
    fl_stats_t st;
    t_boot_fresh();
    fl_posix_set_area_sizes(8192, 128, 4096); /* 112 bytes: 9 + 12 = 21 per line, 5 fit */
    fl_posix_fill_storage(0);
    fl_init();
    t_drain(64);
    for (i = 0; i < 12; i++) {
        sprintf(line, "line %02d abcd", i);
        fl_log(FL_LOG_INFO, line);
    }
    CHECK_EQ(fl_log_dropped(), 7);
    fl_stats(&st);
    CHECK_EQ(st.log_lines_dropped, 7);
    CHECK_EQ(fl_log_upload(), 5);
    n = records(t_sent(64), 0, r, 16);
    CHECK_EQ(n, 5);
    for (i = 0; i < 5; i++) {
        sprintf(line, "line %02d abcd", i + 7);
        CHECK(strcmp(r[i].text, line) == 0);
    }
    /* a long line evicts everything else */
    fl_log(FL_LOG_INFO, "0123456789012345678901234567890123456789012345678901234567890123456789"
                        "0123456789012345678901234567890123456789");
    CHECK_EQ(fl_log_upload(), 1);
    n = records(t_sent(64), 0, r, 16);
    CHECK_EQ(n, 1);
    CHECK_EQ(strlen(r[0].text), FL_LOG_MAX_LINE);
    /* in a buffer smaller than one line, the line is cut to fit */
    fl_posix_set_area_sizes(8192, 64, 4096);
    fl_posix_fill_storage(0);
    fl_init();
    t_drain(64);
    fl_log(FL_LOG_INFO, "0123456789012345678901234567890123456789012345678901234567890123456789");
    CHECK_EQ(fl_log_upload(), 1);
    n = records(t_sent(64), 0, r, 16);
    CHECK_EQ(n, 1);
    CHECK_EQ(strlen(r[0].text), 48 - 9);
}

static void kept_across_reset_and_sent_after_a_crash(void)
{
    rec_t r[4];
    t_rx_t *rx;
    t_boot_fresh();
    t_drain(64);
    fl_log(FL_LOG_INFO, "before an expected reset");
    fl_reboot_mark(FL_REBOOT_SOFTWARE_RESET, false, 0, 0);
    t_reboot();
    rx = t_sent(64);
    CHECK_EQ(t_msg_count(rx, 0x05), 0); /* not uploaded by itself */
    fl_log(FL_LOG_ERROR, "about to crash");
    fl_reboot_mark(FL_REBOOT_HARD_FAULT, false, 1, 2);
    t_reboot();
    rx = t_sent(64);
    CHECK_EQ(t_rx_errors(rx), 0);
    CHECK_EQ(t_msg_count(rx, 0x05), 1);
    CHECK_EQ(rx->msg[1][0], 0x04); /* context, reboot, then the logs */
    CHECK_EQ(rx->msg[2][0], 0x05);
    CHECK_EQ(records(rx, 0, r, 4), 2);
    CHECK(strcmp(r[0].text, "before an expected reset") == 0);
    CHECK(strcmp(r[1].text, "about to crash") == 0);
}

static void upload_bigger_than_the_event_buffer(void)
{
    rec_t r[64];
    fl_stats_t st;
    int i, n;
    char line[64];
    t_boot_fresh();
    fl_posix_set_area_sizes(256, 4096, 4096);
    fl_posix_fill_storage(0);
    fl_init();
    t_drain(64);
    for (i = 0; i < 40; i++) {
        sprintf(line, "log line number %02d", i);
        fl_log(FL_LOG_INFO, line);
    }
    n = fl_log_upload();
    CHECK(n > 0 && n < 40);
    fl_stats(&st);
    CHECK_EQ(st.log_lines_dropped, (uint32_t)(40 - n));
    CHECK_EQ(st.messages_too_big, 0);
    CHECK_EQ(records(t_sent(64), 0, r, 64), n);
    sprintf(line, "log line number %02d", 39);
    CHECK(strcmp(r[n - 1].text, line) == 0);
}

static void no_log_area(void)
{
    t_boot_fresh();
    fl_posix_set_area_sizes(8192, 0, 4096);
    fl_init();
    fl_log(FL_LOG_ERROR, "nowhere to go");
    CHECK_EQ(fl_log_upload(), 0);
}

void suite_log(void)
{
    fl_t_suite("log");
    RUN(lines_levels_times);
    RUN(overwrites_oldest_and_counts);
    RUN(kept_across_reset_and_sent_after_a_crash);
    RUN(upload_bigger_than_the_event_buffer);
    RUN(no_log_area);
}
