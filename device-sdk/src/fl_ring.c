/* Rings of length-prefixed records in a port-provided area (event buffer, log buffer). */
#include "fl_internal.h"

#define HDR ((uint32_t)sizeof(fl_ring_hdr_t))

static uint16_t hdr_crc(const fl_ring_hdr_t *h)
{
    return fl__crc16(0xffffu, h, offsetof(fl_ring_hdr_t, crc));
}

void fl__ring_hdr(const fl_ring_t *r, fl_ring_hdr_t *h)
{
    fl__copy(h, r->mem, sizeof *h);
}

void fl__ring_save(fl_ring_t *r, fl_ring_hdr_t *h)
{
    h->crc = hdr_crc(h);
    fl__copy(r->mem, h, sizeof *h);
}

uint32_t fl__ring_wrap(const fl_ring_t *r, uint32_t off)
{
    return off >= r->cap ? off - r->cap : off;
}

void fl__ring_read(const fl_ring_t *r, uint32_t off, void *dst, uint32_t n)
{
    uint8_t *d = (uint8_t *)dst;
    while (n--) {
        *d++ = r->mem[HDR + off];
        off = fl__ring_wrap(r, off + 1);
    }
}

uint32_t fl__ring_reclen(const fl_ring_t *r, uint32_t off)
{
    uint8_t b[2];
    fl__ring_read(r, off, b, 2);
    return (uint32_t)b[0] | ((uint32_t)b[1] << 8);
}

uint32_t fl__ring_next(const fl_ring_t *r, uint32_t off)
{
    return fl__ring_wrap(r, fl__ring_wrap(r, off + 2) + fl__ring_reclen(r, off));
}

void fl__ring_emit(const fl_ring_t *r, uint32_t off, uint32_t n, fl_sink_t *s)
{
    uint32_t first = r->cap - off;
    if (first > n) {
        first = n;
    }
    fl__emit(s, r->mem + HDR + off, first);
    fl__emit(s, r->mem + HDR, n - first);
}

void fl__ring_clear(fl_ring_t *r)
{
    fl_ring_hdr_t h;
    fl__ring_hdr(r, &h);
    h.head = 0;
    h.used = 0;
    fl__ring_save(r, &h);
}

void fl__ring_open(fl_ring_t *r, uint8_t *mem, size_t size, uint32_t magic)
{
    fl_ring_hdr_t h;
    uint32_t off, left;
    r->mem = mem;
    r->cap = 0;
    if (!mem || size < HDR + 16u) {
        return;
    }
    if (size - HDR > 0x7fffffffu) {
        size = 0x7fffffffu;
    }
    r->cap = (uint32_t)size - HDR;
    fl__ring_hdr(r, &h);
    /* Valid when the header checks and its records exactly fill `used`. */
    if (h.magic == magic && h.crc == hdr_crc(&h) && h.head < r->cap &&
        h.used <= r->cap) {
        off = h.head;
        left = h.used;
        while (left >= 2) {
            uint32_t n = 2 + fl__ring_reclen(r, off);
            if (n == 2 || n > left) {
                break;
            }
            left -= n;
            off = fl__ring_next(r, off);
        }
        if (left == 0) {
            return;
        }
    }
    h.magic = magic;
    h.head = 0;
    h.used = 0;
    fl__ring_save(r, &h);
}

void fl__ring_pop(fl_ring_t *r)
{
    fl_ring_hdr_t h;
    fl__ring_hdr(r, &h);
    if (h.used) {
        h.used -= 2 + fl__ring_reclen(r, h.head);
        h.head = fl__ring_next(r, h.head);
        fl__ring_save(r, &h);
    }
}

uint32_t fl__ring_count(const fl_ring_t *r)
{
    fl_ring_hdr_t h;
    uint32_t n = 0, off;
    fl__ring_hdr(r, &h);
    for (off = h.head; h.used; n++) {
        h.used -= 2 + fl__ring_reclen(r, off);
        off = fl__ring_next(r, off);
    }
    return n;
}

typedef struct {
    uint32_t n;
    fl_enc_fn enc;
    const void *arg;
} rec_t;

static void enc_record(fl_sink_t *s, const void *arg)
{
    const rec_t *rec = (const rec_t *)arg;
    fl__emit_byte(s, (uint8_t)rec->n);
    fl__emit_byte(s, (uint8_t)(rec->n >> 8));
    rec->enc(s, rec->arg);
}

void fl__ring_append(fl_ring_t *r, uint32_t n, fl_enc_fn enc, const void *arg)
{
    fl_ring_hdr_t h;
    fl_sink_t s;
    rec_t rec;
    rec.n = n;
    rec.enc = enc;
    rec.arg = arg;
    fl__ring_hdr(r, &h);
    fl__sink_count(&s, false);
    s.out = r->mem + HDR;
    s.cap = r->cap;
    s.at = fl__ring_wrap(r, h.head + h.used);
    s.room = n + 2;
    enc_record(&s, &rec);
    h.used += n + 2;
    fl__ring_save(r, &h);
}
