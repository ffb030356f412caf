/*
 * HTTP upload for the posix port: POST /api/v1/chunks/{serial} (protocol §6.2) over a plain
 * socket, with the device's chunk stream from the packetizer.
 *
 * fl_http_upload pulls up to max_chunks chunks of mtu bytes, posts them as one upload body
 * (each chunk prefixed by its LEB128 length) and acts on the answer as the protocol's response
 * table says:
 *
 *   202            commit; go on with the next upload until nothing is left
 *   429, 503       wait Retry-After seconds (1 when absent), post the same body again
 *   other 5xx,     wait with exponential backoff (backoff_ms, doubling up to backoff_max_ms),
 *   no answer      post the same body again
 *   400, 413       drop the chunks (fl_packetizer_drop_pending: counted, new session); go on
 *   401, 403       rewind and stop: FL_HTTP_AUTH (data kept)
 *   anything else  rewind and stop: FL_HTTP_REFUSED (data kept)
 *
 * After max_attempts posts of one body without a 202 it rewinds and returns
 * FL_HTTP_RETRY_LATER: the same chunks are pulled again next time.
 */
#ifndef FAULTLINE_HTTP_UPLOAD_H
#define FAULTLINE_HTTP_UPLOAD_H

#include <stddef.h>
#include <stdint.h>

typedef struct {
    const char *host; /* name or address, e.g. "127.0.0.1" */
    uint16_t port;
    const char *project_key; /* Faultline-Project-Key */
    const char *serial;      /* NULL: the serial of fl_port_device_info */
    size_t mtu;              /* chunk size; 0: 1024 */
    size_t max_chunks;       /* chunks per upload; 0: 64 */
    size_t max_body;         /* bytes per upload body; 0: 65536 */
    unsigned timeout_ms;     /* connect/send/receive timeout; 0: 10000 */
    unsigned max_attempts;   /* posts of one body before giving up; 0: 5 */
    unsigned backoff_ms;     /* first wait after a 5xx or no answer; 0: 1000 */
    unsigned backoff_max_ms; /* 0: 3600000 */
    /* Stop once this many chunks were delivered in total (the last upload is cut to land on
     * it): FL_HTTP_LIMIT. 0: no limit. For power-loss tests. */
    size_t chunk_limit;
    /* Hooks, may be NULL. sleep_ms replaces the real wait (tests). before_commit runs after a
     * 202, before fl_packetizer_commit. */
    void (*sleep_ms)(void *ctx, unsigned ms);
    void (*before_commit)(void *ctx, size_t chunks);
    void *ctx;
} fl_http_config_t;

typedef struct {
    size_t uploads;  /* answered by 202 */
    size_t chunks;   /* delivered (in those uploads) */
    size_t retries;  /* posts of a body that had been posted before */
    size_t dropped;  /* uploads dropped after 400/413 */
    int last_status; /* HTTP status of the last answer, -1: no answer */
} fl_http_stats_t;

typedef enum {
    FL_HTTP_DONE = 0,          /* everything queued was delivered */
    FL_HTTP_LIMIT = 1,         /* chunk_limit reached */
    FL_HTTP_RETRY_LATER = -1,  /* no 202 after max_attempts; data kept */
    FL_HTTP_AUTH = -2,         /* 401/403: reconfigure; data kept */
    FL_HTTP_REFUSED = -3,      /* another status; data kept */
    FL_HTTP_NO_MEMORY = -4
} fl_http_result_t;

/* Deliver everything the packetizer has. stats may be NULL. Thread context. */
fl_http_result_t fl_http_upload(const fl_http_config_t *cfg, fl_http_stats_t *stats);

/* One POST of body to the chunks endpoint. Returns the HTTP status, or -1 when there was no
 * answer; *retry_after_s gets the Retry-After header (seconds) or -1. */
int fl_http_post(const fl_http_config_t *cfg, const uint8_t *body, size_t len,
                 int *retry_after_s);

#endif
