/* Coredump capture (fault-handler context) and its Coredump message (thread context). */
#include "fl_internal.h"

#define FL_CD_MAGIC 0x31434c46u /* "FLC1" */
#define NREG (1 + FL_COREDUMP_MAX_EXTRA_REGIONS)

/* The commit word, written last: the header's CRC in the high half, how it ended in the low
 * half: COMMIT_DONE, or COMMIT_INTERRUPTED | the number of regions written completely before
 * a fault interrupted the capture. Anything else there (erased flash, stale RAM) means the
 * capture never finished: everything is sent, flagged truncated. */
#define COMMIT_DONE 0xc0deu
#define COMMIT_INTERRUPTED 0x7c00u

enum { F_HAS_AT = 1u, F_TRUNCATED = 2u };

/* Layout of the coredump area: this header, then the regions' bytes back to back. */
typedef struct {
    uint32_t magic;
    uint32_t commit;
    uint32_t arch;
    uint32_t reason;
    uint32_t at_lo;
    uint32_t at_hi;
    uint32_t flags;
    uint32_t regs[FL_REG_COUNT];
    uint32_t addr[NREG];
    uint32_t len[NREG];
    uint32_t crc;
} hdr_t;

#ifdef FL_TESTING
uintptr_t fl__test_mem_bias;
static bool compress = FL_COREDUMP_COMPRESS;
void fl__test_set_compress(bool on)
{
    compress = on;
}
#define COMPRESS compress
#define MEM(a) ((const void *)((a) + fl__test_mem_bias))
#else
#define COMPRESS FL_COREDUMP_COMPRESS
#define MEM(a) ((const void *)(a))
#endif

static uint16_t hdr_crc(const hdr_t *h)
{
    return fl__crc16(0xffffu, &h->arch, offsetof(hdr_t, crc) - offsetof(hdr_t, arch));
}

static void put_commit(uint16_t how)
{
    uint32_t c = ((uint32_t)fl__s.cd_crc << 16) | how;
    fl_port_coredump_write(offsetof(hdr_t, commit), &c, sizeof c);
    fl__s.cd_state = FL_CD_STORED;
}

/* The longest readable prefix of [start, start + len), to 4 bytes. */
static uint32_t clamp(uintptr_t start, uint32_t len)
{
    uint32_t lo = 0, hi = len;
    if (!len || fl_port_memory_readable(start, len)) {
        return len;
    }
    while (hi - lo > 4) {
        uint32_t mid = lo + (((hi - lo) / 2 + 3) & ~3u);
        if (fl_port_memory_readable(start, mid)) {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    return lo;
}

void fl_coredump_capture(const fl_crash_regs_t *regs, uint32_t reason)
{
    hdr_t h;
    fl_when_t w;
    uintptr_t src[NREG];
    uint32_t want[NREG];
    size_t size, off;
    unsigned i;
    fl_reboot_mark(reason, true, regs->regs[FL_REG_PC], regs->regs[FL_REG_LR]);
    size = fl_port_coredump_size();
    if (fl__s.cd_state != FL_CD_NONE || size < sizeof h) {
        return; /* keep the stored dump; or no room at all */
    }
    fl__zero(&h, sizeof h);
    h.magic = FL_CD_MAGIC;
    h.arch = regs->arch;
    h.reason = reason;
    fl__now(&w);
    if (w.valid) {
        h.flags = F_HAS_AT;
        h.at_lo = (uint32_t)w.ms;
        h.at_hi = (uint32_t)(w.ms >> 32);
    }
    fl__copy(h.regs, regs->regs, sizeof h.regs);
    src[0] = regs->stack_start;
    want[0] = FL_COREDUMP_STACK_BYTES;
    if (regs->stack_end) {
        uintptr_t top =
            regs->stack_end > regs->stack_start ? regs->stack_end - regs->stack_start : 0;
        if (top < want[0]) {
            want[0] = (uint32_t)top;
        }
    }
    for (i = 1; i < NREG; i++) {
        src[i] = fl__s.cd_addr[i - 1];
        want[i] = fl__s.cd_len[i - 1];
    }
    off = sizeof h;
    for (i = 0; i < NREG; i++) {
        uint32_t n = clamp(src[i], want[i]);
        if (n > size - off) {
            n = (uint32_t)(size - off);
            h.flags |= F_TRUNCATED;
        }
        h.addr[i] = (uint32_t)src[i];
        h.len[i] = n;
        off += n;
    }
    h.crc = hdr_crc(&h);
    fl__s.cd_crc = (uint16_t)h.crc;
    fl__s.cd_state = FL_CD_CAPTURING;
    /* Everything but the commit word, then the memory, then the commit word. */
    fl_port_coredump_write(0, &h.magic, sizeof h.magic);
    fl_port_coredump_write(offsetof(hdr_t, arch), &h.arch, sizeof h - offsetof(hdr_t, arch));
    off = sizeof h;
    for (i = 0; i < NREG; i++) {
        fl__s.cd_done = (uint8_t)i;
        if (h.len[i]) {
            fl_port_coredump_write(off, MEM(src[i]), h.len[i]);
        }
        off += h.len[i];
    }
    put_commit(COMMIT_DONE);
}

void fl_coredump_mark_interrupted(void)
{
    if (fl__s.cd_state == FL_CD_CAPTURING) {
        put_commit(COMMIT_INTERRUPTED | fl__s.cd_done);
    }
}

int fl_coredump_add_region(const void *start, uint32_t len)
{
    unsigned i;
    for (i = 0; i < FL_COREDUMP_MAX_EXTRA_REGIONS; i++) {
        if (!fl__s.cd_len[i]) {
            fl__s.cd_addr[i] = (uintptr_t)start;
            fl__s.cd_len[i] = len;
            return FL_OK;
        }
    }
    return len ? FL_ERR_FULL : FL_OK;
}

bool fl_coredump_pending(void)
{
    return fl__s.cd_state == FL_CD_STORED;
}

/* The stored header when the area holds a dump (committed or not), else NULL. */
static const hdr_t *load(hdr_t *h)
{
    fl_port_coredump_read(0, h, sizeof *h);
    return h->magic == FL_CD_MAGIC && h->crc == hdr_crc(h) ? h : NULL;
}

void fl__coredump_init(void)
{
    hdr_t h;
    if (fl_port_coredump_size() < sizeof h) {
        return;
    }
    if (load(&h)) {
        fl__s.cd_state = FL_CD_STORED;
    } else if (h.magic == FL_CD_MAGIC) {
        fl_port_coredump_clear(); /* a damaged header */
    }
}

static uint32_t le32(const uint8_t *p)
{
    return (uint32_t)p[0] | ((uint32_t)p[1] << 8) | ((uint32_t)p[2] << 16) | ((uint32_t)p[3] << 24);
}

/* The `data` bytes of a region: n bytes of the area at off, raw or with encoding 1 (words). */
static void region_data(fl_sink_t *s, uint32_t off, uint32_t start, uint32_t n, bool compress)
{
    uint8_t in[16], g[17];
    uint32_t words = 0;
    if (compress) {
        fl__emit_varint(s, n);
        words = n / 4;
        n %= 4;
    }
    while (words) {
        unsigned k = words < 4 ? (unsigned)words : 4u, i, o = 1;
        fl_port_coredump_read(off, in, 4 * k);
        off += 4 * k;
        words -= k;
        g[0] = 0;
        for (i = 0; i < k; i++) {
            uint32_t v = le32(in + 4 * i);
            unsigned t = v == 0 ? 0u : v < 0x100u ? 1u : (v >> 16) == (start >> 16) ? 2u : 3u;
            unsigned len = t == 3 ? 4u : t;
            fl__copy(g + o, in + 4 * i, len); /* little-endian: the low bytes come first */
            o += len;
            g[0] = (uint8_t)(g[0] | (t << (2 * i)));
        }
        fl__emit(s, g, o);
    }
    while (n) {
        unsigned k = n < 16 ? (unsigned)n : 16u;
        fl_port_coredump_read(off, in, k);
        fl__emit(s, in, k);
        off += k;
        n -= k;
    }
}

void fl__coredump_payload(fl_sink_t *s, const void *arg)
{
    hdr_t h;
    uint32_t off = sizeof h, n = 0, how;
    unsigned i, regions = NREG;
    (void)arg;
    if (!load(&h)) {
        return;
    }
    how = (h.commit >> 16) == h.crc ? (h.commit & 0xffffu) : 0;
    if ((how & 0xff00u) == COMMIT_INTERRUPTED) {
        regions = how & 0xffu; /* the region being written when the fault came is not sent */
    }
    fl__pb(s, FL_PB_VARINT(1), h.arch);
    fl__pb(s, FL_PB_VARINT(2), h.reason);
    for (i = 0; i < FL_REG_COUNT; i++) {
        n += (uint32_t)fl__varint_size(h.regs[i]);
    }
    fl__emit_byte(s, FL_PB_LEN(3));
    fl__emit_varint(s, n);
    for (i = 0; i < FL_REG_COUNT; i++) {
        fl__emit_varint(s, h.regs[i]);
    }
    for (i = 0; i < NREG; i++) {
        fl_sink_t c;
        uint32_t dlen = h.len[i];
        bool words = COMPRESS;
        if (!h.len[i] || i >= regions) {
            continue;
        }
        if (words) {
            /* Memory that does not compress (random data, 0xa5 stack fill) goes raw: encoding 1
             * would add a tag byte per four words. */
            fl__sink_count(&c, false);
            region_data(&c, off, h.addr[i], h.len[i], true);
            if (c.pos < h.len[i]) {
                dlen = c.pos;
            } else {
                words = false;
            }
        }
        fl__emit_byte(s, FL_PB_LEN(4));
        fl__emit_varint(s, fl__pb_size(h.addr[i]) + 1 + fl__varint_size(dlen) + dlen +
                               (words ? 2u : 0u));
        fl__pb(s, FL_PB_VARINT(1), h.addr[i]);
        fl__emit_byte(s, FL_PB_LEN(2));
        fl__emit_varint(s, dlen);
        region_data(s, off, h.addr[i], h.len[i], words);
        fl__pb(s, FL_PB_VARINT(3), words ? 1u : 0u);
        off += h.len[i];
    }
    fl__pb(s, FL_PB_VARINT(5), (h.flags & F_TRUNCATED) || how != COMMIT_DONE);
    if (h.flags & F_HAS_AT) {
        fl__pb(s, FL_PB_VARINT(15) | FL_PB_ALWAYS, ((uint64_t)h.at_hi << 32) | h.at_lo);
    }
}
