/* fl_init, the event buffer, statistics, vendor messages. */
#include "fl_internal.h"

fl_state_t fl__s;

#define FL_EV_MAGIC 0x31564c46u  /* "FLV1" */
#define FL_LOG_MAGIC 0x314c4c46u /* "FLL1" */

typedef struct {
    uint8_t type;
    fl_enc_fn enc;
    const void *arg;
} body_t;

static void enc_body(fl_sink_t *s, const void *arg)
{
    const body_t *b = (const body_t *)arg;
    fl__emit_byte(s, b->type);
    fl__emit_byte(s, FL_CONTEXT_ID);
    b->enc(s, b->arg);
}

int fl__push_locked(uint8_t type, fl_enc_fn enc, const void *arg)
{
    fl_ring_t *r = &fl__s.ev;
    fl_ring_hdr_t h;
    body_t b;
    uint32_t n;
    int rc = FL_OK;
    b.type = type;
    b.enc = enc;
    b.arg = arg;
    n = fl__measure(enc_body, &b);
    if (n > FL_RING_MAX_RECORD || n + 2 > r->cap) {
        fl__s.stats.messages_too_big++;
        return FL_ERR_TOO_BIG;
    }
    for (;;) {
        fl__ring_hdr(r, &h);
        if (r->cap - h.used >= n + 2) {
            break;
        }
        if (!fl__pk_on_drop()) {
            fl__s.stats.messages_dropped++;
        }
        fl__ring_pop(r);
        rc = FL_ERR_FULL;
    }
    fl__ring_append(r, n, enc_body, &b);
    return rc;
}

int fl__push(uint8_t type, fl_enc_fn enc, const void *arg)
{
    int rc;
    if (!fl__s.inited) {
        return FL_ERR_STATE;
    }
    fl_port_lock();
    rc = fl__push_locked(type, enc, arg);
    fl_port_unlock();
    return rc;
}

typedef struct {
    const void *p;
    size_t n;
} blob_t;

static void enc_blob(fl_sink_t *s, const void *arg)
{
    const blob_t *b = (const blob_t *)arg;
    fl__emit(s, b->p, b->n);
}

int fl_vendor_record(uint8_t type, const void *payload, size_t len)
{
    blob_t b;
    if (type < 0x40 || type > 0x7f) {
        return FL_ERR_INVALID;
    }
    b.p = payload;
    b.n = len;
    return fl__push(type, enc_blob, &b);
}

void fl_stats(fl_stats_t *out)
{
    fl_port_lock();
    *out = fl__s.stats;
    fl_port_unlock();
}

void fl_init(void)
{
    uint8_t *mem;
    size_t size = 0;
    uint8_t session;
    fl__zero(&fl__s, sizeof fl__s);
    mem = fl_port_event_storage(&size);
    fl__ring_open(&fl__s.ev, mem, size, FL_EV_MAGIC);
#if FL_LOG_ENABLE
    size = 0;
    mem = fl_port_log_storage(&size);
    fl__ring_open(&fl__s.log, mem, size, FL_LOG_MAGIC);
#endif
    fl__coredump_init();
    fl__metrics_init();
    session = fl__reboot_init();
    fl__pk_init(session);
    fl__s.inited = 1;
    fl__reboot_queue();
    if (FL_LOG_ENABLE && fl__s.last.unexpected) {
        (void)fl_log_upload();
    }
}
