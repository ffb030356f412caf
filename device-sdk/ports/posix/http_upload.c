/* HTTP upload over plain POSIX sockets: see http_upload.h. */
#if !defined(_POSIX_C_SOURCE) || _POSIX_C_SOURCE < 200809L
#undef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif

#include "http_upload.h"

#include <errno.h>
#include <netdb.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#include "faultline/faultline.h"
#include "faultline/platform/device_info.h"

#define DEF(v, d) ((v) ? (v) : (d))

static int send_all(int fd, const void *p, size_t n)
{
    const char *c = (const char *)p;
    while (n) {
        ssize_t k = send(fd, c, n, 0);
        if (k < 0 && errno == EINTR) {
            continue;
        }
        if (k <= 0) {
            return -1;
        }
        c += k;
        n -= (size_t)k;
    }
    return 0;
}

static int connect_to(const fl_http_config_t *cfg)
{
    struct addrinfo hints, *res, *ai;
    struct timeval tv;
    char port[8];
    int fd = -1;
    unsigned t = DEF(cfg->timeout_ms, 10000u);
    memset(&hints, 0, sizeof hints);
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    snprintf(port, sizeof port, "%u", (unsigned)cfg->port);
    if (getaddrinfo(cfg->host, port, &hints, &res) != 0) {
        return -1;
    }
    tv.tv_sec = (time_t)(t / 1000u);
    tv.tv_usec = (suseconds_t)((t % 1000u) * 1000u);
    for (ai = res; ai; ai = ai->ai_next) {
        fd = socket(ai->ai_family, ai->ai_socktype, ai->ai_protocol);
        if (fd < 0) {
            continue;
        }
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
        if (connect(fd, ai->ai_addr, ai->ai_addrlen) == 0) {
            break;
        }
        close(fd);
        fd = -1;
    }
    freeaddrinfo(res);
    return fd;
}

/* Value of header name in the response head, or NULL. */
static const char *header(const char *head, const char *name)
{
    size_t n = strlen(name);
    const char *p = strstr(head, "\r\n");
    while (p && p[2] != '\r' && p[2]) {
        p += 2;
        if (strncasecmp(p, name, n) == 0 && p[n] == ':') {
            p += n + 1;
            while (*p == ' ' || *p == '\t') {
                p++;
            }
            return p;
        }
        p = strstr(p, "\r\n");
    }
    return NULL;
}

int fl_http_post(const fl_http_config_t *cfg, const uint8_t *body, size_t len,
                 int *retry_after_s)
{
    char req[1024], resp[2048];
    const char *serial = cfg->serial, *v;
    fl_device_info_t d;
    size_t got = 0;
    int fd, n, status = -1;
    *retry_after_s = -1;
    if (!serial) {
        memset(&d, 0, sizeof d);
        fl_port_device_info(&d);
        serial = d.serial ? d.serial : "";
    }
    n = snprintf(req, sizeof req,
                 "POST /api/v1/chunks/%s HTTP/1.1\r\n"
                 "Host: %s:%u\r\n"
                 "Faultline-Project-Key: %s\r\n"
                 "Content-Type: application/octet-stream\r\n"
                 "Content-Length: %zu\r\n"
                 "Connection: close\r\n\r\n",
                 serial, cfg->host, (unsigned)cfg->port, cfg->project_key ? cfg->project_key : "",
                 len);
    if (n < 0 || (size_t)n >= sizeof req) {
        return -1;
    }
    fd = connect_to(cfg);
    if (fd < 0) {
        return -1;
    }
    if (send_all(fd, req, (size_t)n) == 0 && send_all(fd, body, len) == 0) {
        /* Read until the head is complete; the body (JSON for humans) is not needed. */
        for (;;) {
            ssize_t k = recv(fd, resp + got, sizeof resp - 1 - got, 0);
            if (k < 0 && errno == EINTR) {
                continue;
            }
            if (k <= 0) {
                break;
            }
            got += (size_t)k;
            resp[got] = 0;
            if (strstr(resp, "\r\n\r\n") || got == sizeof resp - 1) {
                break;
            }
        }
        resp[got] = 0;
        if (got > 12 && strncmp(resp, "HTTP/1.", 7) == 0 && strstr(resp, "\r\n")) {
            status = atoi(resp + 9);
            v = header(resp, "Retry-After");
            if (v) {
                *retry_after_s = atoi(v);
            }
        }
    }
    close(fd);
    return status > 0 ? status : -1;
}

static void wait_ms(const fl_http_config_t *cfg, unsigned ms)
{
    struct timespec ts;
    if (cfg->sleep_ms) {
        cfg->sleep_ms(cfg->ctx, ms);
        return;
    }
    ts.tv_sec = (time_t)(ms / 1000u);
    ts.tv_nsec = (long)(ms % 1000u) * 1000000L;
    while (nanosleep(&ts, &ts) != 0 && errno == EINTR) {
    }
}

fl_http_result_t fl_http_upload(const fl_http_config_t *cfg, fl_http_stats_t *stats)
{
    fl_http_stats_t dummy;
    size_t mtu = DEF(cfg->mtu, 1024u), max_chunks = DEF(cfg->max_chunks, 64u);
    size_t max_body = DEF(cfg->max_body, 65536u), delivered = 0;
    uint8_t *body, *chunk;
    fl_http_result_t result = FL_HTTP_DONE;
    if (!stats) {
        stats = &dummy;
    }
    memset(stats, 0, sizeof *stats);
    body = (uint8_t *)malloc(max_body);
    chunk = (uint8_t *)malloc(mtu);
    if (!body || !chunk) {
        free(body);
        free(chunk);
        return FL_HTTP_NO_MEMORY;
    }
    for (;;) {
        size_t len = 0, count = 0, n;
        unsigned attempts = 0, backoff = DEF(cfg->backoff_ms, 1000u);
        while (count < max_chunks && len + mtu + 4 <= max_body &&
               !(cfg->chunk_limit && delivered + count >= cfg->chunk_limit) &&
               (n = fl_packetizer_next(chunk, mtu)) > 0) {
            size_t k = n;
            while (k >= 0x80) { /* LEB128 length prefix */
                body[len++] = (uint8_t)(k | 0x80);
                k >>= 7;
            }
            body[len++] = (uint8_t)k;
            memcpy(body + len, chunk, n);
            len += n;
            count++;
        }
        if (!count) {
            if (cfg->chunk_limit && delivered >= cfg->chunk_limit) {
                result = FL_HTTP_LIMIT;
            }
            break;
        }
        for (;;) {
            int retry_after, status = fl_http_post(cfg, body, len, &retry_after);
            stats->last_status = status;
            if (attempts++) {
                stats->retries++;
            }
            if (status == 202) {
                if (cfg->before_commit) {
                    cfg->before_commit(cfg->ctx, count);
                }
                fl_packetizer_commit();
                stats->uploads++;
                stats->chunks += count;
                delivered += count;
                break;
            }
            if (status == 400 || status == 413) {
                fl_packetizer_drop_pending();
                stats->dropped++;
                break;
            }
            if (status == 401 || status == 403 || (status > 0 && status < 500 && status != 429)) {
                fl_packetizer_rewind();
                result = status == 401 || status == 403 ? FL_HTTP_AUTH : FL_HTTP_REFUSED;
                goto out;
            }
            if (attempts >= DEF(cfg->max_attempts, 5u)) {
                fl_packetizer_rewind();
                result = FL_HTTP_RETRY_LATER;
                goto out;
            }
            if (status == 429 || status == 503) {
                wait_ms(cfg, (unsigned)(retry_after >= 0 ? retry_after : 1) * 1000u);
            } else {
                wait_ms(cfg, backoff);
                backoff = backoff > DEF(cfg->backoff_max_ms, 3600000u) / 2
                              ? DEF(cfg->backoff_max_ms, 3600000u)
                              : backoff * 2;
            }
        }
    }
out:
    free(body);
    free(chunk);
    return result;
}
