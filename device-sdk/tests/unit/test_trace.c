/* Trace events, and recording from several threads at once. */
#include <pthread.h>
#include <string.h>

#include "fl_internal.h"
#include "fl_test.h"
#include "t_util.h"

typedef struct {
    uint64_t reason, pc, lr, status, at;
    bool has_status, has_at;
} tr_t;

static bool trace_msg(const t_rx_t *rx, unsigned idx, tr_t *t)
{
    size_t n;
    const uint8_t *p = t_msg(rx, 0x03, idx, &n);
    memset(t, 0, sizeof *t);
    if (!p) {
        return false;
    }
    (void)t_pb_varint(p, n, 1, 0, &t->reason);
    (void)t_pb_varint(p, n, 2, 0, &t->pc);
    (void)t_pb_varint(p, n, 3, 0, &t->lr);
    t->has_status = t_pb_varint(p, n, 4, 0, &t->status);
    t->has_at = t_pb_varint(p, n, 15, 0, &t->at);
    return true;
}

static void macros_record_reason_pc_lr_status(void)
{
    t_rx_t *rx;
    tr_t t;
    t_boot_fresh();
    t_drain(64);
    fl_posix_advance_ms(500);
    CHECK_EQ(FL_TRACE(flash_write_failed), FL_OK);
    CHECK_EQ(FL_TRACE_STATUS(i2c_nak, -5), FL_OK);
    CHECK_EQ(FL_TRACE_STATUS(sensor_timeout, 7), FL_OK);
    fl_posix_set_epoch_valid(false);
    CHECK_EQ(fl_trace_record_pc(FL_TRACE_REASON_sensor_timeout, 0x08004a3cu, 0, true,
                                INT32_MIN),
             FL_OK);
    rx = t_sent(20);
    CHECK_EQ(t_rx_errors(rx), 0);
    CHECK_EQ(t_msg_count(rx, 0x03), 4);
    CHECK(trace_msg(rx, 0, &t));
    CHECK_EQ(t.reason, 1);
    CHECK(t.pc != 0); /* this test's call site (low 32 bits on a 64-bit host) */
    CHECK(!t.has_status);
    CHECK(t.has_at);
    CHECK_EQ(t.at, T_EPOCH_MS + 500);
    CHECK(trace_msg(rx, 1, &t));
    CHECK_EQ(t.reason, 2);
    CHECK(t.has_status);
    CHECK_EQ(t.status, 9); /* zigzag(-5) */
    CHECK(trace_msg(rx, 2, &t));
    CHECK_EQ(t.reason, 3);
    CHECK_EQ(t.status, 14);
    CHECK(trace_msg(rx, 3, &t));
    CHECK_EQ(t.pc, 0x08004a3cu);
    CHECK_EQ(t.lr, 0);
    CHECK_EQ(t.status, 0xffffffffu); /* zigzag(INT32_MIN), as sint32 */
    CHECK(!t.has_at);
}

static void *recorder(void *arg)
{
    int i;
    (void)arg;
    for (i = 0; i < 300; i++) {
        (void)FL_TRACE_STATUS(i2c_nak, i);
        fl_metric_add(FL_METRIC(loops), 1);
        fl_log(FL_LOG_WARN, "from a thread");
    }
    return NULL;
}

/* Recording from other threads while this one pulls: no torn message, every count adds up. */
static void concurrent_recording(void)
{
    static t_rx_t all;
    pthread_t th[3];
    fl_stats_t st;
    t_rx_t *rx;
    size_t traces, i, n;
    uint8_t buf[64];
    t_boot_fresh();
    t_drain(64);
    t_rx_init(&all);
    for (i = 0; i < 3; i++) {
        CHECK(pthread_create(&th[i], NULL, recorder, NULL) == 0);
    }
    for (i = 0; i < 2000; i++) {
        while ((n = fl_packetizer_next(buf, 8 + i % 50)) > 0) {
            t_rx_chunk(&all, buf, n);
            fl_packetizer_commit();
        }
    }
    for (i = 0; i < 3; i++) {
        pthread_join(th[i], NULL);
    }
    CHECK_EQ(fl_metric_get(FL_METRIC(loops)), 900);
    rx = t_sent(64);
    /* A message evicted while it was being sent is cut short by a new session (the receiver
     * drops its partial copy as missing); nothing else may go wrong. */
    CHECK_EQ(t_rx_errors(&all), all.missing);
    CHECK_EQ(t_rx_errors(rx), 0);
    fl_stats(&st);
    traces = t_msg_count(&all, 0x03) + t_msg_count(rx, 0x03);
    CHECK_EQ(traces + st.messages_dropped, 900);
    CHECK(all.missing <= st.messages_dropped);
    CHECK_EQ(fl_log_upload() + fl_log_dropped(), 900);
}

void suite_trace(void)
{
    fl_t_suite("trace");
    RUN(macros_record_reason_pc_lr_status);
    RUN(concurrent_recording);
}
