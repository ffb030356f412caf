/* The RAM log buffer: a ring of records {level, time (6 bytes LE, all ones = none), text}. */
#include "fl_internal.h"

#if FL_LOG_ENABLE

#define REC_HDR 7u
#define NO_TIME 0xffffffffffffull

typedef struct {
    uint8_t level;
    uint64_t at;
    const char *text;
    uint32_t n;
} line_t;

static void enc_line(fl_sink_t *s, const void *arg)
{
    const line_t *l = (const line_t *)arg;
    unsigned i;
    fl__emit_byte(s, l->level);
    for (i = 0; i < 6; i++) {
        fl__emit_byte(s, (uint8_t)(l->at >> (8 * i)));
    }
    fl__emit(s, l->text, l->n);
}

void fl_log_at(fl_log_level_t level, uint64_t at_ms, const char *msg)
{
    fl_ring_t *r = &fl__s.log;
    fl_ring_hdr_t h;
    line_t l;
    if (!fl__s.inited || !r->cap || (unsigned)level < FL_LOG_MIN_LEVEL ||
        (unsigned)level > FL_LOG_ERROR || !msg) {
        return;
    }
    l.level = (uint8_t)level;
    l.at = at_ms > NO_TIME ? NO_TIME : at_ms;
    l.text = msg;
    for (l.n = 0; l.n < FL_LOG_MAX_LINE && msg[l.n]; l.n++) {
    }
    if (l.n + REC_HDR + 2 > r->cap) {
        l.n = r->cap - REC_HDR - 2;
    }
    fl_port_lock();
    for (;;) {
        fl__ring_hdr(r, &h);
        if (r->cap - h.used >= l.n + REC_HDR + 2) {
            break;
        }
        fl__ring_pop(r);
        fl__s.stats.log_lines_dropped++;
    }
    fl__ring_append(r, l.n + REC_HDR, enc_line, &l);
    fl_port_unlock();
}

void fl_log(fl_log_level_t level, const char *msg)
{
    fl_log_at(level, fl_port_uptime_ms(), msg);
}

uint32_t fl_log_dropped(void)
{
    return fl__s.stats.log_lines_dropped;
}

/* The LogRecord field (key, length, record) of the log line at off. */
static void record(fl_sink_t *s, const fl_ring_t *r, uint32_t off)
{
    uint8_t b[REC_HDR];
    uint64_t at = 0;
    uint32_t n = fl__ring_reclen(r, off) - REC_HDR;
    uint32_t size;
    int i;
    off = fl__ring_wrap(r, off + 2);
    fl__ring_read(r, off, b, REC_HDR);
    for (i = 6; i > 0; i--) {
        at = (at << 8) | b[i];
    }
    size = (uint32_t)(fl__pb_size(b[0]) + (n ? 1 + fl__varint_size(n) + n : 0));
    if (at != NO_TIME) {
        size += (uint32_t)(1 + fl__varint_size(at));
    }
    fl__emit_byte(s, FL_PB_LEN(1));
    fl__emit_varint(s, size);
    if (at != NO_TIME) {
        fl__pb(s, FL_PB_VARINT(1) | FL_PB_ALWAYS, at);
    }
    fl__pb(s, FL_PB_VARINT(2), b[0]);
    if (n) {
        fl__emit_byte(s, FL_PB_LEN(3));
        fl__emit_varint(s, n);
        fl__ring_emit(r, fl__ring_wrap(r, off + REC_HDR), n, s);
    }
}

static void enc_logs(fl_sink_t *s, const void *arg)
{
    const fl_ring_t *r = &fl__s.log;
    fl_ring_hdr_t h;
    uint32_t off;
    (void)arg;
    fl__ring_hdr(r, &h);
    for (off = h.head; h.used; off = fl__ring_next(r, off)) {
        h.used -= 2 + fl__ring_reclen(r, off);
        record(s, r, off);
    }
}

int fl_log_upload(void)
{
    fl_ring_t *r = &fl__s.log;
    int rc = 0;
    uint32_t lines;
    if (!fl__s.inited) {
        return FL_ERR_STATE;
    }
    if (!r->cap) {
        return 0;
    }
    fl_port_lock();
    for (;;) {
        lines = fl__ring_count(r);
        if (!lines) {
            break;
        }
        rc = fl__push_locked(FL_MSG_LOGS, enc_logs, NULL);
        if (rc != FL_ERR_TOO_BIG) {
            fl__ring_clear(r);
            rc = (int)lines;
            break;
        }
        /* Too big for the event buffer as one message: give up the oldest line. */
        fl__s.stats.messages_too_big--;
        fl__ring_pop(r);
        fl__s.stats.log_lines_dropped++;
    }
    fl_port_unlock();
    return rc;
}

#else /* !FL_LOG_ENABLE: the API stays, the code and the buffer go. */

void fl_log_at(fl_log_level_t level, uint64_t at_ms, const char *msg)
{
    (void)level;
    (void)at_ms;
    (void)msg;
}

void fl_log(fl_log_level_t level, const char *msg)
{
    (void)level;
    (void)msg;
}

uint32_t fl_log_dropped(void)
{
    return 0;
}

int fl_log_upload(void)
{
    return 0;
}

#endif
