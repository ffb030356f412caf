/* The packetizer: context message, stored coredump, then queued messages, framed (protocol
 * §3) and cut into chunks (§4, §5). */
#include "fl_internal.h"

#define PK fl__s.pk

typedef char fl_max_mtu_check[FL_MAX_MTU >= 8 && FL_MAX_MTU <= 0xffff ? 1 : -1];

enum { K_NONE, K_CTX, K_CORE, K_RING };

typedef struct {
    int kind;
    uint32_t roff; /* K_RING: offset of the record in the event buffer */
} msg_t;

void fl__pk_init(uint8_t session)
{
    PK.session = session;
    PK.flags = FL_PK_RESYNC | FL_PK_C_RESYNC | FL_PK_CTX;
}

static void new_session(void)
{
    fl__s.stats.messages_dropped += PK.evicted; /* given up: they were in flight */
    PK.evicted = 0;
    PK.session = fl__reboot_new_session();
    PK.pulled = 0;
    PK.off = 0;
    PK.c_off = 0;
    PK.blen = 0;
    PK.mtu = 0;
    PK.c_seq = PK.seq;
    PK.flags = (uint8_t)((PK.flags & (FL_PK_CTX | FL_PK_CORE)) | FL_PK_RESYNC | FL_PK_C_RESYNC);
}

bool fl__pk_on_drop(void)
{
    unsigned pre = ((PK.flags & FL_PK_CTX) ? 1u : 0u) + ((PK.flags & FL_PK_CORE) ? 1u : 0u);
    if (PK.pulled > pre) {
        /* A message pulled since the commit is gone: a commit still forgets it, a rewind can
         * no longer reproduce it. */
        PK.pulled--;
        PK.evicted++;
        PK.flags |= FL_PK_LOST;
        if (!pre) {
            PK.c_off = 0;
        }
        return true;
    }
    if (PK.pulled == pre && (PK.off || (!pre && PK.c_off))) {
        /* The message being sent is gone: what the receiver has of it is useless. */
        PK.off = 0;
        PK.blen = 0;
        if (!pre) {
            PK.c_off = 0;
        }
        PK.session = fl__reboot_new_session();
        PK.flags |= FL_PK_RESYNC | FL_PK_LOST;
    }
    return false;
}

/* A dump stored during this boot joins the queue at a clean message boundary. */
static void latch_core(void)
{
    if (!PK.pulled && !PK.off && !PK.c_off && fl__s.cd_state == FL_CD_STORED) {
        PK.flags |= FL_PK_CORE;
    }
}

/* The message in slot i (0 = the one at the commit point). */
static int slot(uint32_t i, uint32_t *roff)
{
    const fl_ring_t *r = &fl__s.ev;
    fl_ring_hdr_t h;
    if (PK.flags & FL_PK_CTX) {
        if (!i--) {
            return K_CTX;
        }
    }
    if (PK.flags & FL_PK_CORE) {
        if (!i--) {
            return K_CORE;
        }
    }
    if (!r->cap) {
        return K_NONE;
    }
    fl__ring_hdr(r, &h);
    *roff = h.head;
    for (;;) {
        if (!h.used) {
            return K_NONE;
        }
        if (!i--) {
            return K_RING;
        }
        h.used -= 2 + fl__ring_reclen(r, *roff);
        *roff = fl__ring_next(r, *roff);
    }
}

static void str(fl_sink_t *s, uint8_t key, const char *p)
{
    if (p) {
        fl__pb_bytes(s, key, p, fl__strlen(p));
    }
}

/* Message body: type, context id, payload. */
static void enc_msg(fl_sink_t *s, const void *arg)
{
    const msg_t *m = (const msg_t *)arg;
    const fl_ring_t *r = &fl__s.ev;
    fl_device_info_t d;
    if (m->kind == K_RING) {
        fl__ring_emit(r, fl__ring_wrap(r, m->roff + 2), fl__ring_reclen(r, m->roff), s);
        return;
    }
    fl__emit_byte(s, m->kind == K_CTX ? FL_MSG_CONTEXT : FL_MSG_COREDUMP);
    fl__emit_byte(s, FL_CONTEXT_ID);
    if (m->kind == K_CORE) {
        fl__coredump_payload(s, NULL);
        return;
    }
    fl__zero(&d, sizeof d);
    fl_port_device_info(&d);
    str(s, FL_PB_LEN(1), d.software_type);
    str(s, FL_PB_LEN(2), d.software_version);
    str(s, FL_PB_LEN(3), d.hardware_version);
    fl__pb_bytes(s, FL_PB_LEN(4), d.build_id, d.build_id ? d.build_id_len : 0);
}

size_t fl_packetizer_next(uint8_t *buf, size_t mtu)
{
    msg_t m;
    fl_sink_t s;
    uint32_t flen, take, h = 1;
    bool locked = true;
    if (!fl__s.inited || mtu < 8 || mtu > FL_MAX_MTU) {
        return 0;
    }
    fl_port_lock();
    if (PK.mtu && PK.mtu != mtu) {
        new_session(); /* the chunks since the commit cannot be reproduced at this mtu */
    }
    latch_core();
    m.kind = slot(PK.pulled, &m.roff);
    if (m.kind == K_NONE) {
        fl_port_unlock();
        return 0;
    }
    if (m.kind != K_RING) {
        /* Not in the event buffer: no need to keep interrupts out while it is encoded. */
        fl_port_unlock();
        locked = false;
    }
    if (!PK.blen) {
        fl__sink_count(&s, true);
        enc_msg(&s, &m);
        PK.blen = s.pos;
        PK.crc = s.crc;
    }
    flen = (uint32_t)fl__varint_size(PK.blen) + PK.blen + 2;
    buf[0] = PK.seq;
    if (!PK.off) {
        buf[0] |= 0x80;
        if (PK.flags & FL_PK_RESYNC) {
            buf[0] |= 0x40;
            buf[1] = PK.session;
            h = 2;
        }
    }
    take = (uint32_t)mtu - h;
    if (take > flen - PK.off) {
        take = flen - PK.off;
    }
    fl__sink_count(&s, false);
    s.out = buf + h;
    s.skip = PK.off;
    s.room = take;
    s.cap = UINT32_MAX;
    fl__emit_varint(&s, PK.blen);
    enc_msg(&s, &m);
    fl__emit_byte(&s, (uint8_t)(PK.crc >> 8));
    fl__emit_byte(&s, (uint8_t)PK.crc);
    if (!locked) {
        fl_port_lock();
    }
    if (h == 2) {
        PK.flags &= (uint8_t)~FL_PK_RESYNC;
    }
    PK.seq = (uint8_t)((PK.seq + 1) & 0x3f);
    PK.off += take;
    if (PK.off == flen) {
        PK.pulled++;
        PK.off = 0;
        PK.blen = 0;
    }
    PK.mtu = (uint16_t)mtu;
    fl_port_unlock();
    return h + take;
}

bool fl_packetizer_has_data(void)
{
    uint32_t roff;
    int k;
    if (!fl__s.inited) {
        return false;
    }
    fl_port_lock();
    latch_core();
    k = slot(PK.pulled, &roff);
    fl_port_unlock();
    return k != K_NONE;
}

/* Forget the message in the first slot. Lock held; returns true when the coredump area must
 * be cleared (after the lock is released: flash erases are slow). */
static bool remove_front(void)
{
    if (PK.flags & FL_PK_CTX) {
        PK.flags &= (uint8_t)~FL_PK_CTX;
    } else if (PK.flags & FL_PK_CORE) {
        PK.flags &= (uint8_t)~FL_PK_CORE;
        fl__s.cd_state = FL_CD_NONE;
        return true;
    } else {
        fl__ring_pop(&fl__s.ev);
    }
    return false;
}

static void clear_core(bool clear)
{
    if (clear) {
        fl_port_coredump_clear();
    }
}

void fl_packetizer_commit(void)
{
    bool clear = false;
    if (!fl__s.inited) {
        return;
    }
    fl_port_lock();
    for (; PK.pulled; PK.pulled--) {
        clear |= remove_front();
    }
    PK.c_off = PK.off;
    PK.c_seq = PK.seq;
    PK.mtu = 0;
    PK.evicted = 0; /* delivered after all */
    PK.flags = (uint8_t)((PK.flags & ~(FL_PK_C_RESYNC | FL_PK_LOST)) |
                         ((PK.flags & FL_PK_RESYNC) ? FL_PK_C_RESYNC : 0));
    fl_port_unlock();
    clear_core(clear);
}

void fl_packetizer_rewind(void)
{
    if (!fl__s.inited) {
        return;
    }
    fl_port_lock();
    if (PK.flags & FL_PK_LOST) {
        new_session();
    } else {
        PK.seq = PK.c_seq;
        PK.off = PK.c_off;
        PK.pulled = 0;
        PK.blen = 0;
        PK.flags = (uint8_t)((PK.flags & ~FL_PK_RESYNC) |
                             ((PK.flags & FL_PK_C_RESYNC) ? FL_PK_RESYNC : 0));
    }
    fl_port_unlock();
}

void fl_packetizer_drop_pending(void)
{
    bool clear = false;
    uint32_t n;
    if (!fl__s.inited) {
        return;
    }
    fl_port_lock();
    n = PK.pulled + (PK.off > (PK.pulled ? 0u : PK.c_off) ? 1u : 0u);
    while (n--) {
        clear |= remove_front();
        fl__s.stats.messages_abandoned++;
    }
    new_session();
    fl_port_unlock();
    clear_core(clear);
}

#ifdef FL_TESTING
void fl__test_pk_state(uint8_t session, uint8_t seq, bool resync, bool context)
{
    PK.session = session;
    PK.seq = seq;
    PK.c_seq = seq;
    PK.pulled = 0;
    PK.off = 0;
    PK.c_off = 0;
    PK.blen = 0;
    PK.mtu = 0;
    PK.flags = (uint8_t)((PK.flags & FL_PK_CORE) | (resync ? FL_PK_RESYNC | FL_PK_C_RESYNC : 0) |
                         (context ? FL_PK_CTX : 0));
}
#endif
