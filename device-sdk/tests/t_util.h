/* Helpers shared by the host tests: boots on the posix port, a chunk collector, a small
 * protocol receiver (§7.1) and a protobuf field reader. */
#ifndef T_UTIL_H
#define T_UTIL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "faultline/faultline.h"
#include "fl_posix.h"

#define T_MAX_CHUNKS 1024
#define T_MAX_CHUNK 1024
#define T_MAX_MSGS 128
#define T_MAX_MSG 16384

/* 2026-01-15T09:30:00Z, the fixtures' capture clock. */
#define T_EPOCH_MS 1768469400000ull

/* Fresh device: storage zeroed (a first power-on), fake clocks (uptime 0, epoch T_EPOCH_MS),
 * default sizes and device info, fl_init. */
void t_boot_fresh(void);
/* Simulated reset: fl_init again on the same storage. */
void t_reboot(void);

typedef struct {
    size_t n;
    size_t len[T_MAX_CHUNKS];
    uint8_t data[T_MAX_CHUNKS][T_MAX_CHUNK];
} t_chunks_t;

/* Pull up to max chunks (0: until none) of mtu into c (appended); returns how many. */
size_t t_pull(t_chunks_t *c, size_t mtu, size_t max);
/* Pull and commit everything. Returns the number of chunks. */
size_t t_drain(size_t mtu);

/* A receiver: reassembles chunks into message bodies, counting what it rejects. */
typedef struct {
    bool has_expect, has_session;
    uint8_t expect, session;
    bool in_msg;
    size_t want, have;
    uint8_t partial[T_MAX_MSG + 2];
    size_t nmsg;
    size_t mlen[T_MAX_MSGS];
    uint8_t msg[T_MAX_MSGS][T_MAX_MSG];
    unsigned dup, missing, orphan, incomplete, bad_length, bad_crc, sessions;
    unsigned by_type[256]; /* complete messages, also those past T_MAX_MSGS */
    void (*on_msg)(const uint8_t *body, size_t len); /* every complete message, if set */
} t_rx_t;

void t_rx_init(t_rx_t *rx);
void t_rx_chunk(t_rx_t *rx, const uint8_t *c, size_t n);
void t_rx_all(t_rx_t *rx, const t_chunks_t *c);
unsigned t_rx_errors(const t_rx_t *rx);

/* Protobuf reading: the idx-th occurrence of field (0-based). */
bool t_pb_varint(const uint8_t *p, size_t n, unsigned field, unsigned idx, uint64_t *v);
bool t_pb_bytes(const uint8_t *p, size_t n, unsigned field, unsigned idx, const uint8_t **out,
                size_t *len);
size_t t_pb_count(const uint8_t *p, size_t n, unsigned field);
/* Packed varints of field into out (up to max); returns the count, or -1. */
int t_pb_packed(const uint8_t *p, size_t n, unsigned field, uint64_t *out, int max);
int64_t t_unzigzag(uint64_t v);

/* LEB128-prefixed chunk file (a fixture .bin) into c. Returns false when unreadable. */
bool t_read_upload(const char *path, t_chunks_t *c);

/* The words encoding (region encoding 1) decoded, for round trips; returns the byte count or
 * -1 when malformed. */
long t_decode_words(uint32_t start, const uint8_t *p, size_t n, uint8_t *out, size_t cap);

uint16_t t_crc16(const uint8_t *p, size_t n);

#endif

/* Pull and commit everything at mtu into the shared receiver (reset first); returns it. */
t_rx_t *t_sent(size_t mtu);
/* Payload of the idx-th received message of type (NULL when absent). */
const uint8_t *t_msg(const t_rx_t *rx, uint8_t type, unsigned idx, size_t *len);
size_t t_msg_count(const t_rx_t *rx, uint8_t type);
