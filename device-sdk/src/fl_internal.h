/*
 * Internal declarations shared by the SDK's sources. Not part of the public API.
 */
#ifndef FL_INTERNAL_H
#define FL_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "faultline/faultline.h"
#include "faultline/platform/device_info.h"
#include "faultline/platform/lock.h"
#include "faultline/platform/reset.h"
#include "faultline/platform/storage.h"
#include "faultline/platform/time.h"

#if defined(__GNUC__)
#define FL_NOINLINE __attribute__((noinline))
#else
#define FL_NOINLINE
#endif

/* Message types (protocol §9.1). */
enum {
    FL_MSG_CONTEXT = 0x01,
    FL_MSG_HEARTBEAT = 0x02,
    FL_MSG_TRACE = 0x03,
    FL_MSG_REBOOT = 0x04,
    FL_MSG_LOGS = 0x05,
    FL_MSG_COREDUMP = 0x06
};

/* Protobuf keys of fields 1-15: (field << 3) | wire type. */
#define FL_PB_VARINT(f) ((uint8_t)((f) << 3))
#define FL_PB_LEN(f) ((uint8_t)(((f) << 3) | 2))
/* Or-ed into the key given to fl__pb: emit the field even when its value is 0 (optional). */
#define FL_PB_ALWAYS 0x100u

/* ---- encoding (fl_encode.c) ---- */

uint16_t fl__crc16(uint16_t crc, const void *data, size_t n);

/* Byte copy, fill with zero and string length. The SDK uses these instead of the C library's
 * so that it links no libc code: newlib's speed-optimised memcpy, memset and strlen cost
 * ~700 B of flash on a Cortex-M4, more than the SDK's largest subsystem, for copies of a few
 * dozen bytes. The ports may use them too. */
void fl__copy(void *dst, const void *src, size_t n);
void fl__zero(void *dst, size_t n);
size_t fl__strlen(const char *s);
size_t fl__varint_size(uint64_t v);
size_t fl__put_varint(uint8_t *p, uint64_t v);
uint64_t fl__zigzag(int64_t v);

/*
 * A sink receives a stream of bytes produced by an encoder and
 *  - counts them (pos),
 *  - optionally updates a CRC over them (crc_on),
 *  - copies those with stream offsets in [skip, skip + room) to out[at ...], wrapping at cap
 *    (a ring) — room 0 copies nothing.
 * Every message is produced by running its encoder into a sink: once to measure it, once per
 * chunk to cut a window out of it, or once to write it into a ring. Encoders are
 * deterministic, so the passes agree.
 */
typedef struct {
    uint8_t *out;
    uint32_t skip;
    uint32_t room;
    uint32_t at;
    uint32_t cap;
    uint32_t pos;
    uint16_t crc;
    uint8_t crc_on;
} fl_sink_t;

typedef void (*fl_enc_fn)(fl_sink_t *s, const void *arg);

void fl__sink_count(fl_sink_t *s, bool crc);
void fl__emit(fl_sink_t *s, const void *data, size_t n);
void fl__emit_byte(fl_sink_t *s, uint8_t b);
void fl__emit_varint(fl_sink_t *s, uint64_t v);
/* key(s) | varint: skipped when v is 0 unless key has FL_PB_ALWAYS. */
void fl__pb(fl_sink_t *s, unsigned key, uint64_t v);
/* key | varint(n) | data; skipped when n is 0. */
void fl__pb_bytes(fl_sink_t *s, uint8_t key, const void *data, size_t n);
/* Bytes the encoder produces. */
uint32_t fl__measure(fl_enc_fn enc, const void *arg);
/* Size of a varint field with its key, 0 when it would be skipped (value 0). */
size_t fl__pb_size(uint64_t v);

/* Capture time (field 15) when the port has a wall clock and FL_SEND_CAPTURE_TIME is set. */
typedef struct {
    uint64_t ms;
    bool valid;
} fl_when_t;
void fl__now(fl_when_t *w);
void fl__pb_when(fl_sink_t *s, const fl_when_t *w);

/* ---- rings of length-prefixed records (fl_ring.c) ----
 * The area starts with a header {magic, head, used, crc}; records follow in the rest, each a
 * 2-byte little-endian length then that many bytes, wrapping at the end of the area. */
typedef struct {
    uint8_t *mem; /* the port's area: header, then data */
    uint32_t cap; /* data bytes; 0 = no ring */
} fl_ring_t;

typedef struct {
    uint32_t magic;
    uint32_t head;
    uint32_t used;
    uint32_t crc;
} fl_ring_hdr_t;

#define FL_RING_MAX_RECORD 0xffffu

void fl__ring_open(fl_ring_t *r, uint8_t *mem, size_t size, uint32_t magic);
void fl__ring_hdr(const fl_ring_t *r, fl_ring_hdr_t *h);
void fl__ring_save(fl_ring_t *r, fl_ring_hdr_t *h);
uint32_t fl__ring_wrap(const fl_ring_t *r, uint32_t off);
void fl__ring_read(const fl_ring_t *r, uint32_t off, void *dst, uint32_t n);
uint32_t fl__ring_reclen(const fl_ring_t *r, uint32_t off);
/* Offset of the record after the one at off. */
uint32_t fl__ring_next(const fl_ring_t *r, uint32_t off);
void fl__ring_emit(const fl_ring_t *r, uint32_t off, uint32_t n, fl_sink_t *s);
void fl__ring_pop(fl_ring_t *r);
void fl__ring_clear(fl_ring_t *r);
uint32_t fl__ring_count(const fl_ring_t *r);
/* Append a record of n bytes produced by enc (n must be what enc produces). The caller made
 * room. */
void fl__ring_append(fl_ring_t *r, uint32_t n, fl_enc_fn enc, const void *arg);

/* ---- state ---- */

/* Packetizer flags. */
enum {
    FL_PK_RESYNC = 1,   /* the next START chunk carries RESYNC + session */
    FL_PK_C_RESYNC = 2, /* FL_PK_RESYNC at the last commit */
    FL_PK_CTX = 4,      /* the context message is still to be sent (first slot) */
    FL_PK_CORE = 8,     /* the stored coredump is in the slot after the context */
    FL_PK_LOST = 16     /* a message pulled since the commit was evicted: no exact rewind */
};

typedef struct {
    uint32_t off;   /* framed bytes of the current message already pulled */
    uint32_t c_off; /* off at the last commit (of the first slot) */
    uint32_t blen;  /* body length of the current message, 0 = not measured */
    uint16_t pulled; /* messages fully pulled since the last commit */
    uint16_t mtu;    /* mtu of the chunks pulled since the last commit, 0 = none */
    uint16_t crc;    /* CRC of the current message's body */
    uint16_t evicted; /* pulled whole since the commit, then evicted: lost unless committed */
    uint8_t seq;
    uint8_t c_seq;
    uint8_t session;
    uint8_t flags;
} fl_pk_t;

enum { FL_CD_NONE = 0, FL_CD_STORED = 1, FL_CD_CAPTURING = 2 };

/* Metric counts with a floor of 1 for array sizes. */
#define FL__NINT (FL_METRIC_INT_COUNT ? FL_METRIC_INT_COUNT : 1)
#define FL__NSTR (FL_METRIC_STR_COUNT ? FL_METRIC_STR_COUNT : 1)

typedef enum {
#define FL_METRIC_COUNTER(name)
#define FL_METRIC_GAUGE(name)
#define FL_METRIC_TIMER(name) FL_TIMER_SLOT_##name,
#define FL_METRIC_STRING(name)
#include "faultline/metrics_list.h"
#undef FL_METRIC_COUNTER
#undef FL_METRIC_GAUGE
#undef FL_METRIC_TIMER
#undef FL_METRIC_STRING
    FL_TIMER_COUNT
} fl_timer_slot_t;
#define FL__NTIMER (FL_TIMER_COUNT ? FL_TIMER_COUNT : 1)
#define FL__NEXTRA (FL_COREDUMP_MAX_EXTRA_REGIONS ? FL_COREDUMP_MAX_EXTRA_REGIONS : 1)

typedef struct {
    fl_ring_t ev;
    fl_ring_t log;
    fl_pk_t pk;
    fl_stats_t stats;
    fl_reboot_info_t last;
    /* metrics */
    int32_t mval[FL__NINT];
    uint32_t tstart[FL__NTIMER];
    uint32_t mlast; /* uptime (low 32 bits) of the last collect */
    uint8_t mset[(FL_METRIC_INT_COUNT + FL_METRIC_STR_COUNT + 8) / 8];
    uint8_t trun[(FL_TIMER_COUNT + 8) / 8];
    char mstr[FL__NSTR][FL_METRIC_STRING_MAX + 1]; /* enum counts: no #if possible */
    /* coredump */
    uintptr_t cd_addr[FL__NEXTRA]; /* fl_coredump_add_region */
    uint32_t cd_len[FL__NEXTRA];
    uint16_t cd_crc; /* header CRC of the capture in progress */
    uint8_t cd_state;
    uint8_t cd_done; /* regions completely written by the capture in progress */
    uint8_t inited;
} fl_state_t;

extern fl_state_t fl__s;

/* Queue a message body (type, context id, payload from enc). The _locked variant expects the
 * caller to hold the lock. */
int fl__push(uint8_t type, fl_enc_fn enc, const void *arg);
int fl__push_locked(uint8_t type, fl_enc_fn enc, const void *arg);

/* Packetizer: the event buffer is about to drop its oldest record. Returns true when all of
 * it had been pulled (it is in flight, not lost). Lock held. */
bool fl__pk_on_drop(void);
void fl__pk_init(uint8_t session);

/* Reboot: decode the reset at fl_init (fills fl__s.last, returns the session id) and queue
 * the reboot message; bump the session counter (lock held). */
uint8_t fl__reboot_init(void);
void fl__reboot_queue(void);
uint8_t fl__reboot_new_session(void);
/* Unexpected resets since the last call (kept across resets, at most 255), then 0. Lock held. */
uint32_t fl__reboot_take_unreported(void);

void fl__metrics_init(void);

/* Coredump: validate the stored dump at fl_init; emit its payload (protocol §10.6). */
void fl__coredump_init(void);
void fl__coredump_payload(fl_sink_t *s, const void *arg);

#ifdef FL_TESTING
/* Test hooks (host tests only). */
void fl__test_pk_state(uint8_t session, uint8_t seq, bool resync, bool context);
void fl__test_set_compress(bool on);
/* Added to region addresses before memory is read during a capture, so a test can capture a
 * host buffer as if it were at a device address. */
extern uintptr_t fl__test_mem_bias;
#endif

#endif
