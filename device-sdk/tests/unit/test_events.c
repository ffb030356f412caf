/* The event buffer: order, wrap-around, eviction, too-big messages, persistence, validation. */
#include <string.h>

#include "fl_internal.h"
#include "fl_test.h"
#include "t_util.h"

/* A vendor message whose payload is n bytes of id. */
static int push(uint8_t id, size_t n)
{
    uint8_t p[512];
    memset(p, id, n);
    return fl_vendor_record(0x41, p, n);
}

/* Ids of the vendor messages received, in order; returns the count. */
static size_t ids(const t_rx_t *rx, uint8_t *out)
{
    size_t i, k = 0;
    for (i = 0; i < rx->nmsg; i++) {
        if (rx->msg[i][0] == 0x41) {
            out[k++] = rx->mlen[i] > 2 ? rx->msg[i][2] : 0;
        }
    }
    return k;
}

/* A device with an event buffer of size bytes, its first messages sent. */
static void small_boot(size_t size)
{
    t_boot_fresh();
    fl_posix_set_area_sizes(size, 2048, 4096);
    fl_posix_fill_storage(0);
    fl_init();
    t_drain(64);
}

static void oldest_first(void)
{
    uint8_t got[16];
    t_rx_t *rx;
    t_boot_fresh();
    CHECK_EQ(push(1, 10), FL_OK);
    CHECK_EQ(push(2, 20), FL_OK);
    CHECK_EQ(push(3, 5), FL_OK);
    rx = t_sent(20);
    CHECK_EQ(t_rx_errors(rx), 0);
    CHECK_EQ(rx->msg[0][0], 0x01); /* context */
    CHECK_EQ(rx->msg[1][0], 0x04); /* reboot */
    CHECK_EQ(ids(rx, got), 3);
    CHECK_MEM(got, "\x01\x02\x03", 3);
    CHECK_EQ(rx->mlen[3], 22);
    CHECK_EQ(rx->msg[3][1], FL_CONTEXT_ID);
    CHECK(!fl_packetizer_has_data());
}

static void wraps_around(void)
{
    unsigned round;
    uint8_t got[8];
    /* 112 data bytes: records of 2 + 2 + 29 = 33 bytes wrap every few messages */
    small_boot(128);
    for (round = 0; round < 20; round++) {
        t_rx_t *rx;
        CHECK_EQ(push((uint8_t)(2 * round + 1), 29), FL_OK);
        CHECK_EQ(push((uint8_t)(2 * round + 2), 29), FL_OK);
        rx = t_sent(8 + round % 13);
        CHECK_EQ(t_rx_errors(rx), 0);
        CHECK_EQ(ids(rx, got), 2);
        CHECK_EQ(got[0], 2 * round + 1);
        CHECK_EQ(got[1], 2 * round + 2);
        CHECK_EQ(rx->mlen[0], 31);
        CHECK_EQ(rx->mlen[1], 31);
    }
}

static void full_drops_oldest_and_counts(void)
{
    fl_stats_t st;
    uint8_t got[8];
    t_rx_t *rx;
    small_boot(128); /* 112 bytes: three 33-byte records fit, not four */
    CHECK_EQ(push(1, 29), FL_OK);
    CHECK_EQ(push(2, 29), FL_OK);
    CHECK_EQ(push(3, 29), FL_OK);
    CHECK_EQ(push(4, 29), FL_ERR_FULL);
    CHECK_EQ(push(5, 60), FL_ERR_FULL); /* 66 bytes: evicts two */
    fl_stats(&st);
    CHECK_EQ(st.messages_dropped, 3);
    rx = t_sent(20);
    CHECK_EQ(t_rx_errors(rx), 0);
    CHECK_EQ(ids(rx, got), 2);
    CHECK_EQ(got[0], 4);
    CHECK_EQ(got[1], 5);
}

static void too_big_is_refused(void)
{
    fl_stats_t st;
    uint8_t got[8];
    small_boot(128);
    CHECK_EQ(push(1, 10), FL_OK);
    CHECK_EQ(push(2, 200), FL_ERR_TOO_BIG);
    CHECK_EQ(push(3, 109), FL_ERR_TOO_BIG); /* 2 + 2 + 109 = 113 > 112 */
    CHECK_EQ(push(4, 108), FL_ERR_FULL);    /* exactly the whole buffer */
    fl_stats(&st);
    CHECK_EQ(st.messages_too_big, 2);
    CHECK_EQ(st.messages_dropped, 1);
    CHECK_EQ(ids(t_sent(64), got), 1);
    CHECK_EQ(got[0], 4);
}

static void survives_reset(void)
{
    uint8_t got[8];
    t_rx_t *rx;
    t_boot_fresh();
    t_drain(64);
    CHECK_EQ(push(7, 40), FL_OK);
    CHECK_EQ(push(8, 3), FL_OK);
    t_reboot();
    rx = t_sent(20);
    CHECK_EQ(t_rx_errors(rx), 0);
    CHECK_EQ(ids(rx, got), 2);
    CHECK_EQ(got[0], 7);
    CHECK_EQ(got[1], 8);
    CHECK_EQ(t_msg_count(rx, 0x04), 1); /* the new boot's reboot message, after them */
    CHECK_EQ(rx->msg[rx->nmsg - 1][0], 0x04);
}

static void damaged_buffer_is_reset(void)
{
    size_t size;
    uint8_t *mem, got[8];
    fl_ring_hdr_t h;
    /* a flipped header bit */
    t_boot_fresh();
    t_drain(64);
    CHECK_EQ(push(1, 10), FL_OK);
    mem = fl_port_event_storage(&size);
    mem[5] ^= 0x01;
    t_reboot();
    CHECK_EQ(ids(t_sent(64), got), 0);
    /* a header that checks but records that do not add up */
    CHECK_EQ(push(1, 10), FL_OK);
    CHECK_EQ(push(2, 10), FL_OK);
    memcpy(&h, mem, sizeof h);
    h.used -= 1;
    h.crc = fl__crc16(0xffff, &h, 12);
    memcpy(mem, &h, sizeof h);
    t_reboot();
    CHECK_EQ(ids(t_sent(64), got), 0);
    /* a record length of 0 */
    CHECK_EQ(push(1, 10), FL_OK);
    memcpy(&h, mem, sizeof h);
    mem[sizeof h + h.head] = 0;
    mem[sizeof h + (h.head + 1) % (size - sizeof h)] = 0;
    t_reboot();
    CHECK_EQ(ids(t_sent(64), got), 0);
}

static void vendor_type_range(void)
{
    t_boot_fresh();
    CHECK_EQ(fl_vendor_record(0x3f, "x", 1), FL_ERR_INVALID);
    CHECK_EQ(fl_vendor_record(0x80, "x", 1), FL_ERR_INVALID);
    CHECK_EQ(fl_vendor_record(0x7f, "", 0), FL_OK);
}

static void before_init(void)
{
    t_boot_fresh();
    memset(&fl__s, 0, sizeof fl__s); /* as before the first fl_init */
    CHECK_EQ(push(1, 1), FL_ERR_STATE);
    CHECK_EQ(fl_heartbeat_collect(), FL_ERR_STATE);
    CHECK_EQ(fl_log_upload(), FL_ERR_STATE);
    fl_log(FL_LOG_ERROR, "ignored");
    CHECK_EQ(fl_trace_record_pc(1, 2, 3, false, 0), FL_ERR_STATE);
    CHECK(!fl_packetizer_has_data());
    {
        uint8_t b[20];
        CHECK_EQ(fl_packetizer_next(b, sizeof b), 0);
    }
    fl_packetizer_commit();
    fl_packetizer_rewind();
    fl_packetizer_drop_pending();
}

void suite_events(void)
{
    fl_t_suite("event buffer");
    RUN(oldest_first);
    RUN(wraps_around);
    RUN(full_drops_oldest_and_counts);
    RUN(too_big_is_refused);
    RUN(survives_reset);
    RUN(damaged_buffer_is_reset);
    RUN(vendor_type_range);
    RUN(before_init);
}
