/* The packetizer: order, chunk sizes, commit/rewind/drop_pending, sessions, mtu changes,
 * evictions while sending, and a randomized link. */
#include <stdio.h>
#include <string.h>

#include "fl_internal.h"
#include "fl_test.h"
#include "t_util.h"

static t_chunks_t a, b;
static t_rx_t rx_;

static int push(uint8_t id, size_t n)
{
    uint8_t p[600];
    memset(p, id, n);
    if (n) {
        p[n - 1] = (uint8_t)n;
    }
    return fl_vendor_record(0x41, p, n);
}

static void order_context_coredump_events(void)
{
    fl_crash_regs_t r;
    t_rx_t *rx;
    static uint8_t stack[64];
    t_boot_fresh();
    t_drain(64);
    CHECK_EQ(push(1, 10), FL_OK);
    memset(&r, 0, sizeof r);
    r.stack_start = (uintptr_t)stack;
    r.stack_end = (uintptr_t)stack + sizeof stack;
    fl_coredump_capture(&r, FL_REBOOT_HARD_FAULT);
    t_reboot();
    CHECK_EQ(push(2, 10), FL_OK);
    CHECK(fl_packetizer_has_data());
    rx = t_sent(20);
    CHECK_EQ(t_rx_errors(rx), 0);
    CHECK_EQ(rx->nmsg, 5);
    CHECK_EQ(rx->msg[0][0], 0x01); /* context, once per boot, first */
    CHECK_EQ(rx->msg[1][0], 0x06); /* the stored coredump */
    CHECK_EQ(rx->msg[2][0], 0x41); /* then the event buffer, oldest first */
    CHECK_EQ(rx->msg[2][2], 1);
    CHECK_EQ(rx->msg[3][0], 0x04);
    CHECK_EQ(rx->msg[4][2], 2);
    CHECK(!fl_packetizer_has_data());
    CHECK_EQ(push(3, 10), FL_OK);
    rx = t_sent(20);
    CHECK_EQ(rx->nmsg, 1); /* no second context in the same boot */
    CHECK_EQ(rx->sessions, 0);
}

static void chunk_sizes_and_mtu_bounds(void)
{
    uint8_t buf[FL_MAX_MTU + 8];
    size_t mtu, i, framed = 2 + 202 + 2; /* LEB128(202) + body + CRC */
    t_boot_fresh();
    t_drain(64);
    CHECK_EQ(fl_packetizer_next(buf, 7), 0);
    CHECK_EQ(fl_packetizer_next(buf, FL_MAX_MTU + 1), 0);
    for (mtu = 8; mtu <= 300; mtu += 23) {
        size_t want = (framed + mtu - 2) / (mtu - 1); /* ceil(F / (M - 1)) */
        memset(&a, 0, sizeof a);
        CHECK_EQ(push(1, 200), FL_OK);
        CHECK_EQ(fl_packetizer_next(buf, 7), 0); /* out of range: nothing pulled */
        t_pull(&a, mtu, 0);
        CHECK_EQ(a.n, want);
        for (i = 0; i + 1 < a.n; i++) {
            CHECK_EQ(a.len[i], mtu); /* every chunk full but the last */
        }
        CHECK_EQ(a.len[a.n - 1], framed - (a.n - 1) * (mtu - 1) + 1);
        CHECK_EQ(a.data[0][0] & 0x80, 0x80);
        for (i = 1; i < a.n; i++) {
            CHECK_EQ(a.data[i][0] & 0xc0, 0);
            CHECK_EQ(a.data[i][0], (a.data[i - 1][0] + 1) & 0x3f);
        }
        fl_packetizer_commit();
    }
    CHECK_EQ(push(1, 3), FL_OK);
    CHECK_EQ(fl_packetizer_next(buf, FL_MAX_MTU), 1 + 1 + 5 + 2);
}

static void rewind_reproduces_bytes(void)
{
    size_t i;
    t_boot_fresh();
    CHECK_EQ(push(1, 50), FL_OK);
    CHECK_EQ(push(2, 5), FL_OK);
    memset(&a, 0, sizeof a);
    memset(&b, 0, sizeof b);
    t_pull(&a, 16, 0); /* context, reboot, two messages: the first chunk with RESYNC */
    fl_packetizer_rewind();
    t_pull(&b, 16, 0);
    CHECK_EQ(a.n, b.n);
    for (i = 0; i < a.n; i++) {
        CHECK_EQ(a.len[i], b.len[i]);
        CHECK_MEM(a.data[i], b.data[i], a.len[i]);
    }
    CHECK_EQ(a.data[0][0], 0xc0);
    /* commit mid-message, pull on, rewind: back to the commit point, not further */
    fl_packetizer_rewind();
    memset(&b, 0, sizeof b);
    CHECK_EQ(t_pull(&b, 16, 3), 3);
    fl_packetizer_commit();
    CHECK_EQ(t_pull(&b, 16, 2), 2);
    fl_packetizer_rewind();
    CHECK_EQ(t_pull(&b, 16, 0), a.n - 3);
    for (i = 0; i < 2; i++) {
        CHECK_MEM(b.data[3 + i], b.data[5 + i], b.len[3 + i]);
    }
    for (i = 3; i < a.n; i++) {
        CHECK_MEM(b.data[i + 2], a.data[i], a.len[i]);
    }
    fl_packetizer_commit();
    CHECK(!fl_packetizer_has_data());
}

static void commit_removes_only_whole_messages(void)
{
    t_rx_t *rx;
    t_boot_fresh();
    t_drain(64);
    CHECK_EQ(push(1, 40), FL_OK);
    memset(&a, 0, sizeof a);
    CHECK_EQ(t_pull(&a, 20, 1), 1);
    fl_packetizer_commit(); /* the message is half delivered */
    /* power lost: the new boot sends it whole, in a new session */
    t_reboot();
    rx = t_sent(20);
    CHECK_EQ(t_rx_errors(rx), 0);
    CHECK_EQ(rx->nmsg, 3);
    CHECK_EQ(rx->msg[1][0], 0x41);
    CHECK_EQ(rx->mlen[1], 42);
}

static void drop_pending_starts_a_new_session(void)
{
    fl_stats_t st;
    t_rx_t *rx;
    uint8_t buf[32];
    size_t n;
    t_boot_fresh();
    t_drain(64);
    CHECK_EQ(push(1, 40), FL_OK);
    CHECK_EQ(push(2, 10), FL_OK);
    CHECK_EQ(push(3, 10), FL_OK);
    memset(&a, 0, sizeof a);
    CHECK_EQ(t_pull(&a, 20, 4), 4); /* message 1 (3 chunks) and the start of message 2 */
    fl_packetizer_drop_pending();
    fl_stats(&st);
    CHECK_EQ(st.messages_abandoned, 2);
    n = fl_packetizer_next(buf, 20);
    CHECK(n > 2);
    CHECK_EQ(buf[0] & 0xc0, 0xc0);
    CHECK(buf[1] != a.data[0][1] || !(a.data[0][0] & 0x40));
    CHECK_EQ(buf[0] & 0x3f, (a.data[3][0] + 1) & 0x3f); /* the count goes on */
    fl_packetizer_rewind();
    rx = t_sent(20);
    CHECK_EQ(rx->nmsg, 1);
    CHECK_EQ(rx->msg[0][2], 3);
    /* nothing pulled since the commit: still a new session, nothing abandoned */
    CHECK_EQ(push(4, 10), FL_OK);
    fl_packetizer_drop_pending();
    n = fl_packetizer_next(buf, 20);
    CHECK_EQ(buf[0] & 0xc0, 0xc0);
    fl_stats(&st);
    CHECK_EQ(st.messages_abandoned, 2);
    (void)n;
}

static void session_ids_differ(void)
{
    uint8_t buf[32], s1, s2, s3;
    t_boot_fresh();
    CHECK(fl_packetizer_next(buf, 20) > 0);
    s1 = buf[1];
    fl_packetizer_drop_pending();
    CHECK(fl_packetizer_next(buf, 20) > 0);
    s2 = buf[1];
    CHECK(s2 != s1);
    t_reboot(); /* the next boot continues from the counter: never the session before */
    CHECK(fl_packetizer_next(buf, 20) > 0);
    s3 = buf[1];
    CHECK(s3 != s2 && s3 != s1);
}

static void mtu_change(void)
{
    t_rx_t *rx = &rx_;
    size_t i;
    t_boot_fresh();
    t_drain(64);
    CHECK_EQ(push(1, 100), FL_OK);
    CHECK_EQ(push(2, 100), FL_OK);
    memset(&a, 0, sizeof a);
    /* pending chunks at 20, then asked for 32: re-chunked whole in a new session */
    CHECK_EQ(t_pull(&a, 20, 3), 3);
    CHECK_EQ(t_pull(&a, 32, 1), 1);
    CHECK_EQ(a.data[3][0] & 0xc0, 0xc0);
    CHECK_EQ(a.len[3], 32);
    /* after a commit the mtu may change without a new session */
    fl_packetizer_commit();
    CHECK_EQ(t_pull(&a, 64, 1), 1);
    CHECK_EQ(a.data[4][0] & 0xc0, 0);
    CHECK_EQ(a.len[4], 64);
    fl_packetizer_commit();
    t_pull(&a, 9, 0);
    fl_packetizer_commit();
    t_rx_init(rx);
    for (i = 0; i < a.n; i++) {
        t_rx_chunk(rx, a.data[i], a.len[i]);
    }
    CHECK_EQ(rx->nmsg, 2);
    CHECK_EQ(rx->missing, 1); /* the 3 chunks at 20 */
    CHECK_EQ(rx->msg[0][2], 1);
    CHECK_EQ(rx->msg[1][2], 2);
    CHECK_EQ(t_rx_errors(rx), 1);
}

static void eviction_while_sending(void)
{
    t_rx_t *rx = &rx_;
    fl_stats_t st;
    size_t i;
    t_boot_fresh();
    fl_posix_set_area_sizes(128, 2048, 4096);
    fl_posix_fill_storage(0);
    fl_init();
    t_drain(64);
    /* the head message is half sent when a push evicts it */
    CHECK_EQ(push(1, 40), FL_OK);
    CHECK_EQ(push(2, 40), FL_OK);
    memset(&a, 0, sizeof a);
    CHECK_EQ(t_pull(&a, 20, 2), 2);
    fl_packetizer_commit();
    CHECK_EQ(push(3, 40), FL_ERR_FULL);
    fl_stats(&st);
    CHECK_EQ(st.messages_dropped, 1);
    t_pull(&a, 20, 0);
    t_rx_init(rx);
    for (i = 0; i < a.n; i++) {
        t_rx_chunk(rx, a.data[i], a.len[i]);
    }
    CHECK_EQ(a.data[2][0] & 0xc0, 0xc0); /* a new session, whole messages */
    CHECK_EQ(rx->nmsg, 2);
    CHECK_EQ(rx->msg[0][2], 2);
    CHECK_EQ(rx->msg[1][2], 3);
    CHECK_EQ(rx->missing, 1);
    /* pulled whole and evicted before the commit: a rewind cannot reproduce it, it starts a
     * new session with what is left */
    CHECK_EQ(push(4, 40), FL_ERR_FULL); /* evicts 2, in flight: not counted */
    fl_stats(&st);
    CHECK_EQ(st.messages_dropped, 1);
    fl_packetizer_rewind();
    fl_stats(&st);
    CHECK_EQ(st.messages_dropped, 2); /* given up by the rewind: now it counts */
    memset(&b, 0, sizeof b);
    t_pull(&b, 20, 0);
    CHECK_EQ(b.data[0][0] & 0xc0, 0xc0);
    for (i = 0; i < b.n; i++) {
        t_rx_chunk(rx, b.data[i], b.len[i]);
    }
    fl_packetizer_commit();
    CHECK_EQ(rx->nmsg, 4);
    /* ... unless it is committed: then it was delivered */
    CHECK_EQ(push(5, 40), FL_OK);
    CHECK_EQ(push(6, 40), FL_OK);
    t_pull(&b, 20, 3); /* message 5 whole */
    CHECK_EQ(push(7, 40), FL_ERR_FULL);
    fl_packetizer_commit();
    fl_stats(&st);
    CHECK_EQ(st.messages_dropped, 2);
    t_drain(20);
    CHECK_EQ(rx->msg[2][2], 3);
    CHECK_EQ(rx->msg[3][2], 4);
    CHECK_EQ(rx->dup + rx->bad_crc + rx->bad_length + rx->orphan + rx->incomplete, 0);
    CHECK(!fl_packetizer_has_data());
}

/* A randomized link: pushes of random sizes, pulls at random mtus, uploads delivered (commit),
 * lost (rewind), delivered but unacknowledged (rewind: the receiver drops the replay as
 * duplicates), refused (drop_pending), and resets. Every message the receiver assembles is
 * intact, and each pushed message arrives exactly once unless it was evicted or abandoned. */
static unsigned seen[4096], bad_content;

static void on_msg(const uint8_t *m, size_t len)
{
    unsigned id;
    size_t k;
    if (m[0] != 0x42) {
        return;
    }
    id = m[2] | (unsigned)m[3] << 8;
    for (k = 4; k < len; k++) {
        bad_content += m[k] != (uint8_t)(id * 31 + k - 2);
    }
    if (id < 4096) {
        seen[id]++;
    } else {
        bad_content++;
    }
}

static void randomized_link(void)
{
    t_rx_t *rx = &rx_;
    uint32_t x = 0x9e3779b9u;
    unsigned next_id = 1, step, id, lost_ids = 0, gone = 0;
    size_t i, k;
    fl_stats_t st;
    uint8_t payload[300];
#define RAND() (x ^= x << 13, x ^= x >> 17, x ^= x << 5, x)
    memset(seen, 0, sizeof seen);
    bad_content = 0;
    t_boot_fresh();
    fl_posix_set_area_sizes(4096, 2048, 4096);
    fl_posix_fill_storage(0);
    fl_init();
    t_rx_init(rx);
    rx->on_msg = on_msg;
    for (step = 0; step < 3000; step++) {
        unsigned op = RAND() % 16;
        if (op < 6 && next_id < 4000) {
            size_t n = 2 + RAND() % 200;
            payload[0] = (uint8_t)next_id;
            payload[1] = (uint8_t)(next_id >> 8);
            for (k = 2; k < n; k++) {
                payload[k] = (uint8_t)(next_id * 31 + k);
            }
            (void)fl_vendor_record(0x42, payload, n);
            next_id++;
        } else if (op < 15) {
            size_t mtu = 8 + RAND() % 120, count = 1 + RAND() % 12;
            unsigned fate = RAND() % 10;
            memset(&a, 0, sizeof a);
            t_pull(&a, mtu, count);
            if (fate < 6) { /* delivered */
                for (i = 0; i < a.n; i++) {
                    t_rx_chunk(rx, a.data[i], a.len[i]);
                }
                fl_packetizer_commit();
            } else if (fate < 8) { /* lost */
                fl_packetizer_rewind();
            } else if (fate < 9) { /* delivered, answer lost: retried with the same mtu */
                for (i = 0; i < a.n; i++) {
                    t_rx_chunk(rx, a.data[i], a.len[i]);
                }
                fl_packetizer_rewind();
                memset(&b, 0, sizeof b);
                t_pull(&b, mtu, a.n);
                CHECK_EQ(b.n, a.n);
                for (i = 0; i < a.n; i++) {
                    CHECK_EQ(b.len[i], a.len[i]);
                    CHECK_MEM(b.data[i], a.data[i], a.len[i]);
                    t_rx_chunk(rx, b.data[i], b.len[i]);
                }
                fl_packetizer_commit();
            } else { /* refused */
                fl_packetizer_drop_pending();
            }
        } else {
            fl_stats(&st); /* counters are per boot */
            gone += st.messages_dropped + st.messages_abandoned;
            t_reboot();
        }
    }
    /* deliver the rest reliably */
    for (;;) {
        memset(&a, 0, sizeof a);
        if (!t_pull(&a, 64, 50)) {
            break;
        }
        for (i = 0; i < a.n; i++) {
            t_rx_chunk(rx, a.data[i], a.len[i]);
        }
        fl_packetizer_commit();
    }
    CHECK_EQ(rx->bad_crc + rx->bad_length + rx->incomplete, 0);
    CHECK_EQ(bad_content, 0);
    fl_stats(&st);
    for (id = 1; id < next_id; id++) {
        if (seen[id] > 1) {
            fl_t_fail(__FILE__, __LINE__, "message %u received %u times", id, seen[id]);
            return;
        }
        lost_ids += !seen[id];
    }
    /* every vendor message not received was counted as evicted or abandoned (so were some
     * context and reboot messages) */
    gone += st.messages_dropped + st.messages_abandoned;
    printf("     %u messages, %u received, %u lost, %u counted as evicted or abandoned\n", next_id - 1, next_id - 1 - lost_ids, lost_ids, gone);
    CHECK(lost_ids <= gone);
    CHECK(lost_ids + 2 * 300 >= gone);
#undef RAND
}

void suite_packetizer(void)
{
    fl_t_suite("packetizer");
    RUN(order_context_coredump_events);
    RUN(chunk_sizes_and_mtu_bounds);
    RUN(rewind_reproduces_bytes);
    RUN(commit_removes_only_whole_messages);
    RUN(drop_pending_starts_a_new_session);
    RUN(session_ids_differ);
    RUN(mtu_change);
    RUN(eviction_while_sending);
    RUN(randomized_link);
}
