/* Encoding primitives: CRC-16/CCITT-FALSE, LEB128 varints, zigzag, protobuf fields, sinks. */
#include "fl_internal.h"

/* Keep the compiler from turning these loops back into calls of memcpy/memset/strlen. */
#if defined(__clang__)
#define FL_NO_LIBC_IDIOMS __attribute__((no_builtin))
#elif defined(__GNUC__)
#define FL_NO_LIBC_IDIOMS __attribute__((optimize("no-tree-loop-distribute-patterns")))
#else
#define FL_NO_LIBC_IDIOMS
#endif

FL_NO_LIBC_IDIOMS void fl__copy(void *dst, const void *src, size_t n)
{
    uint8_t *d = (uint8_t *)dst;
    const uint8_t *s = (const uint8_t *)src;
    while (n--) {
        *d++ = *s++;
    }
}

FL_NO_LIBC_IDIOMS void fl__zero(void *dst, size_t n)
{
    uint8_t *d = (uint8_t *)dst;
    while (n--) {
        *d++ = 0;
    }
}

FL_NO_LIBC_IDIOMS size_t fl__strlen(const char *s)
{
    size_t n = 0;
    while (s[n] != '\0') {
        n++;
    }
    return n;
}

uint16_t fl__crc16(uint16_t crc, const void *data, size_t n)
{
    const uint8_t *p = (const uint8_t *)data;
    while (n--) {
        unsigned i;
        crc ^= (uint16_t)(*p++ << 8);
        for (i = 0; i < 8; i++) {
            crc = (crc & 0x8000u) ? (uint16_t)((crc << 1) ^ 0x1021u) : (uint16_t)(crc << 1);
        }
    }
    return crc;
}

size_t fl__varint_size(uint64_t v)
{
    size_t n = 1;
    while (v >= 0x80u) {
        v >>= 7;
        n++;
    }
    return n;
}

size_t fl__put_varint(uint8_t *p, uint64_t v)
{
    size_t n = 0;
    while (v >= 0x80u) {
        p[n++] = (uint8_t)(v | 0x80u);
        v >>= 7;
    }
    p[n++] = (uint8_t)v;
    return n;
}

uint64_t fl__zigzag(int64_t v)
{
    /* (n << 1) ^ (n >> 63) with the arithmetic shift written portably. */
    return ((uint64_t)v << 1) ^ (v < 0 ? UINT64_MAX : 0u);
}

void fl__sink_count(fl_sink_t *s, bool crc)
{
    fl__zero(s, sizeof *s);
    s->crc = 0xffffu;
    s->crc_on = crc;
}

void fl__emit(fl_sink_t *s, const void *data, size_t n)
{
    const uint8_t *p = (const uint8_t *)data;
    /* Spans wholly outside the window cost nothing when no CRC is wanted. */
    if (!s->crc_on &&
        (s->pos + n <= s->skip || (s->pos >= s->skip && s->pos - s->skip >= s->room))) {
        s->pos += (uint32_t)n;
        return;
    }
    while (n--) {
        uint8_t b = *p++;
        uint32_t i = s->pos++ - s->skip;
        if (s->crc_on) {
            s->crc = fl__crc16(s->crc, &b, 1);
        }
        if (i < s->room) {
            i += s->at;
            if (i >= s->cap) {
                i -= s->cap;
            }
            s->out[i] = b;
        }
    }
}

void fl__emit_byte(fl_sink_t *s, uint8_t b)
{
    fl__emit(s, &b, 1);
}

void fl__emit_varint(fl_sink_t *s, uint64_t v)
{
    uint8_t b[10];
    fl__emit(s, b, fl__put_varint(b, v));
}

void fl__pb(fl_sink_t *s, unsigned key, uint64_t v)
{
    if (v || (key & FL_PB_ALWAYS)) {
        fl__emit_byte(s, (uint8_t)key);
        fl__emit_varint(s, v);
    }
}

void fl__pb_bytes(fl_sink_t *s, uint8_t key, const void *data, size_t n)
{
    if (n) {
        fl__emit_byte(s, key);
        fl__emit_varint(s, n);
        fl__emit(s, data, n);
    }
}

size_t fl__pb_size(uint64_t v)
{
    return v ? 1 + fl__varint_size(v) : 0;
}

uint32_t fl__measure(fl_enc_fn enc, const void *arg)
{
    fl_sink_t s;
    fl__sink_count(&s, false);
    enc(&s, arg);
    return s.pos;
}

void fl__now(fl_when_t *w)
{
#if FL_SEND_CAPTURE_TIME
    w->valid = fl_port_epoch_ms(&w->ms);
#else
    w->valid = false;
    w->ms = 0;
#endif
}

void fl__pb_when(fl_sink_t *s, const fl_when_t *w)
{
    if (w->valid) {
        fl__pb(s, FL_PB_VARINT(15) | FL_PB_ALWAYS, w->ms);
    }
}
