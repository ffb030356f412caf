#include "t_util.h"

#include "fl_internal.h"

#include <stdio.h>
#include <string.h>

static const fl_device_info_t default_info = {"posix-0001", "main", "0.0.0-posix", "host", NULL,
                                              0};

void t_boot_fresh(void)
{
    fl_posix_use_state_dir(NULL);
    fl_posix_set_area_sizes(8192, 2048, 4096);
    fl_posix_fill_storage(0);
    fl_posix_set_uptime_ms(0);
    fl_posix_set_epoch_ms(T_EPOCH_MS);
    fl_posix_set_device_info(&default_info);
    fl_posix_set_hw_reset_reason(FL_REBOOT_POWER_ON);
    fl_posix_set_memory_readable_hook(NULL);
    fl_posix_set_coredump_write_hook(NULL);
    fl__test_set_compress(true);
    fl__test_mem_bias = 0;
    fl_posix_set_reset_hook(NULL);
    fl_init();
}

void t_reboot(void)
{
    fl_init();
}

size_t t_pull(t_chunks_t *c, size_t mtu, size_t max)
{
    size_t got = 0, n;
    while ((!max || got < max) && c->n < T_MAX_CHUNKS &&
           (n = fl_packetizer_next(c->data[c->n], mtu)) > 0) {
        c->len[c->n++] = n;
        got++;
    }
    return got;
}

size_t t_drain(size_t mtu)
{
    static uint8_t buf[T_MAX_CHUNK];
    size_t n = 0;
    while (fl_packetizer_next(buf, mtu) > 0) {
        n++;
        fl_packetizer_commit();
    }
    return n;
}

uint16_t t_crc16(const uint8_t *p, size_t n)
{
    uint16_t crc = 0xffff;
    while (n--) {
        int i;
        crc ^= (uint16_t)(*p++ << 8);
        for (i = 0; i < 8; i++) {
            crc = (crc & 0x8000) ? (uint16_t)((crc << 1) ^ 0x1021) : (uint16_t)(crc << 1);
        }
    }
    return crc;
}

void t_rx_init(t_rx_t *rx)
{
    memset(rx, 0, sizeof *rx);
}

unsigned t_rx_errors(const t_rx_t *rx)
{
    return rx->dup + rx->missing + rx->orphan + rx->incomplete + rx->bad_length + rx->bad_crc;
}

/* Protocol §7.1, written from the spec. */
void t_rx_chunk(t_rx_t *rx, const uint8_t *c, size_t n)
{
    uint8_t seq;
    size_t at = 1;
    bool new_session = false;
    if (!n) {
        return;
    }
    seq = c[0] & 0x3f;
    if (c[0] & 0x40) {
        if (n < 2) {
            rx->bad_length++;
            return;
        }
        if (!rx->has_session || c[1] != rx->session || !rx->has_expect) {
            new_session = true;
            rx->has_session = true;
            rx->session = c[1];
            rx->sessions++;
        }
        at = 2;
    }
    if (new_session) {
        if (rx->in_msg) {
            rx->missing++;
            rx->in_msg = false;
        }
    } else if (rx->has_expect) {
        unsigned d = (unsigned)(seq - rx->expect) & 63u;
        if (d >= 32) {
            rx->dup++;
            return;
        }
        if (d >= 1 && rx->in_msg) {
            rx->missing++;
            rx->in_msg = false;
        }
    }
    rx->has_expect = true;
    rx->expect = (uint8_t)((seq + 1) & 63);
    if (c[0] & 0x80) {
        size_t len = 0, k;
        unsigned shift = 0;
        if (rx->in_msg) {
            rx->incomplete++;
            rx->in_msg = false;
        }
        for (k = 0; k < 3 && at + k < n; k++) {
            len |= (size_t)(c[at + k] & 0x7f) << shift;
            shift += 7;
            if (!(c[at + k] & 0x80)) {
                break;
            }
        }
        if (k == 3 || at + k >= n || len < 2 || len > T_MAX_MSG) {
            rx->bad_length++;
            return;
        }
        at += k + 1;
        rx->in_msg = true;
        rx->want = len;
        rx->have = 0;
    } else if (!rx->in_msg) {
        rx->orphan++;
        return;
    }
    if (rx->have + (n - at) > rx->want + 2) {
        rx->bad_length++;
        rx->in_msg = false;
        return;
    }
    memcpy(rx->partial + rx->have, c + at, n - at);
    rx->have += n - at;
    if (rx->have == rx->want + 2) {
        uint16_t crc = t_crc16(rx->partial, rx->want);
        rx->in_msg = false;
        if (rx->partial[rx->want] != (crc >> 8) || rx->partial[rx->want + 1] != (crc & 0xff)) {
            rx->bad_crc++;
            return;
        }
        rx->by_type[rx->partial[0]]++;
        if (rx->on_msg) {
            rx->on_msg(rx->partial, rx->want);
        }
        if (rx->nmsg < T_MAX_MSGS) {
            memcpy(rx->msg[rx->nmsg], rx->partial, rx->want);
            rx->mlen[rx->nmsg++] = rx->want;
        }
    }
}

void t_rx_all(t_rx_t *rx, const t_chunks_t *c)
{
    size_t i;
    for (i = 0; i < c->n; i++) {
        t_rx_chunk(rx, c->data[i], c->len[i]);
    }
}

static bool get_varint(const uint8_t *p, size_t n, size_t *at, uint64_t *v)
{
    unsigned shift = 0;
    *v = 0;
    while (*at < n && shift < 64) {
        uint8_t b = p[(*at)++];
        *v |= (uint64_t)(b & 0x7f) << shift;
        if (!(b & 0x80)) {
            return true;
        }
        shift += 7;
    }
    return false;
}

/* Walks fields; calls back with key and value position. */
static bool find(const uint8_t *p, size_t n, unsigned field, unsigned idx, unsigned *wire,
                 uint64_t *v, size_t *vat)
{
    size_t at = 0;
    while (at < n) {
        uint64_t key, val = 0;
        size_t start;
        if (!get_varint(p, n, &at, &key)) {
            return false;
        }
        start = at;
        switch (key & 7) {
        case 0:
            if (!get_varint(p, n, &at, &val)) {
                return false;
            }
            break;
        case 2:
            if (!get_varint(p, n, &at, &val) || val > n - at) {
                return false;
            }
            start = at;
            at += (size_t)val;
            break;
        default:
            return false;
        }
        if ((key >> 3) == field && idx-- == 0) {
            *wire = (unsigned)(key & 7);
            *v = val;
            *vat = start;
            return true;
        }
    }
    return false;
}

bool t_pb_varint(const uint8_t *p, size_t n, unsigned field, unsigned idx, uint64_t *v)
{
    unsigned wire;
    size_t at;
    return find(p, n, field, idx, &wire, v, &at) && wire == 0;
}

bool t_pb_bytes(const uint8_t *p, size_t n, unsigned field, unsigned idx, const uint8_t **out,
                size_t *len)
{
    unsigned wire;
    uint64_t v;
    size_t at;
    if (!find(p, n, field, idx, &wire, &v, &at) || wire != 2) {
        return false;
    }
    *out = p + at;
    *len = (size_t)v;
    return true;
}

size_t t_pb_count(const uint8_t *p, size_t n, unsigned field)
{
    size_t k = 0;
    unsigned wire;
    uint64_t v;
    size_t at;
    while (find(p, n, field, (unsigned)k, &wire, &v, &at)) {
        k++;
    }
    return k;
}

int t_pb_packed(const uint8_t *p, size_t n, unsigned field, uint64_t *out, int max)
{
    const uint8_t *b;
    size_t len, at = 0;
    int k = 0;
    if (!t_pb_bytes(p, n, field, 0, &b, &len)) {
        return -1;
    }
    while (at < len && k < max) {
        if (!get_varint(b, len, &at, &out[k++])) {
            return -1;
        }
    }
    return k;
}

int64_t t_unzigzag(uint64_t v)
{
    return (int64_t)(v >> 1) ^ -(int64_t)(v & 1);
}

bool t_read_upload(const char *path, t_chunks_t *c)
{
    static uint8_t buf[1 << 20];
    FILE *f = fopen(path, "rb");
    size_t n, at = 0;
    if (!f) {
        return false;
    }
    n = fread(buf, 1, sizeof buf, f);
    fclose(f);
    c->n = 0;
    while (at < n) {
        uint64_t len;
        if (!get_varint(buf, n, &at, &len) || len > n - at || len > T_MAX_CHUNK ||
            c->n == T_MAX_CHUNKS) {
            return false;
        }
        memcpy(c->data[c->n], buf + at, (size_t)len);
        c->len[c->n++] = (size_t)len;
        at += (size_t)len;
    }
    return true;
}

long t_decode_words(uint32_t start, const uint8_t *p, size_t n, uint8_t *out, size_t cap)
{
    size_t at = 0, o = 0, words, k;
    uint64_t len;
    if (!get_varint(p, n, &at, &len) || len > cap) {
        return -1;
    }
    words = (size_t)len / 4;
    while (words) {
        size_t in_group = words < 4 ? words : 4;
        uint8_t tag;
        if (at >= n) {
            return -1;
        }
        tag = p[at++];
        if (in_group < 4 && (tag >> (2 * in_group))) {
            return -1;
        }
        for (k = 0; k < in_group; k++) {
            uint32_t w = 0;
            unsigned t = (tag >> (2 * k)) & 3, b, nb = t == 3 ? 4 : t;
            if (at + nb > n) {
                return -1;
            }
            for (b = 0; b < nb; b++) {
                w |= (uint32_t)p[at + b] << (8 * b);
            }
            at += nb;
            if (t == 2) {
                w |= start & 0xffff0000u;
            }
            for (b = 0; b < 4; b++) {
                out[o++] = (uint8_t)(w >> (8 * b));
            }
        }
        words -= in_group;
    }
    k = (size_t)len % 4;
    if (at + k != n) {
        return -1;
    }
    memcpy(out + o, p + at, k);
    return (long)(o + k);
}

t_rx_t *t_sent(size_t mtu)
{
    static t_rx_t rx;
    static uint8_t buf[T_MAX_CHUNK];
    size_t n;
    t_rx_init(&rx);
    while ((n = fl_packetizer_next(buf, mtu)) > 0) {
        t_rx_chunk(&rx, buf, n);
        fl_packetizer_commit();
    }
    return &rx;
}

const uint8_t *t_msg(const t_rx_t *rx, uint8_t type, unsigned idx, size_t *len)
{
    size_t i;
    for (i = 0; i < rx->nmsg; i++) {
        if (rx->msg[i][0] == type && idx-- == 0) {
            *len = rx->mlen[i] - 2;
            return rx->msg[i] + 2;
        }
    }
    *len = 0;
    return NULL;
}

size_t t_msg_count(const t_rx_t *rx, uint8_t type)
{
    return rx->by_type[type];
}
