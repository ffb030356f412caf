/* The posix port: file-backed storage across a killed process, and the HTTP upload against a
 * scripted server. */
#if !defined(_POSIX_C_SOURCE) || _POSIX_C_SOURCE < 200809L
#undef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include "fl_internal.h"
#include "fl_test.h"
#include "http_upload.h"
#include "t_util.h"

static char dir[256];

static void make_dir(void)
{
    snprintf(dir, sizeof dir, "/tmp/fl-posix-test-XXXXXX");
    if (!mkdtemp(dir)) {
        dir[0] = 0;
    }
}

static void remove_dir(void)
{
    static const char *const files[] = {"events.bin", "log.bin", "coredump.bin", "reboot.bin"};
    char p[300];
    size_t i;
    fl_posix_use_state_dir(NULL);
    for (i = 0; i < 4; i++) {
        snprintf(p, sizeof p, "%s/%s", dir, files[i]);
        unlink(p);
    }
    rmdir(dir);
}

/* A child process records and dies without cleanup; the parent, as the next boot, finds it
 * all again. */
static void state_dir_survives_a_killed_process(void)
{
    pid_t pid;
    int status = -1;
    t_rx_t *rx;
    size_t n;
    const uint8_t *p;
    make_dir();
    CHECK(dir[0]);
    t_boot_fresh();
    pid = fork();
    CHECK(pid >= 0);
    if (pid == 0) {
        if (fl_posix_use_state_dir(dir) != 0) {
            _exit(2);
        }
        fl_init();
        (void)fl_vendor_record(0x41, "kept", 4);
        fl_log(FL_LOG_ERROR, "last words");
        fl_reboot_mark(FL_REBOOT_HARD_FAULT, true, 0x1234, 0x5678);
        _exit(0); /* power lost */
    }
    CHECK(waitpid(pid, &status, 0) == pid);
    CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    CHECK_EQ(fl_posix_use_state_dir(dir), 0);
    fl_init();
    CHECK_EQ(fl_reboot_last()->reason, FL_REBOOT_HARD_FAULT);
    CHECK_EQ(fl_reboot_last()->boot_count, 2);
    rx = t_sent(20);
    CHECK_EQ(t_rx_errors(rx), 0);
    /* context, the child's boot reboot message, its vendor message, ours, its log lines */
    CHECK_EQ(rx->nmsg, 5);
    p = t_msg(rx, 0x41, 0, &n);
    CHECK(p && n == 4 && memcmp(p, "kept", 4) == 0);
    CHECK_EQ(t_msg_count(rx, 0x04), 2);
    CHECK_EQ(t_msg_count(rx, 0x05), 1);
    /* sent and committed: gone from the files too */
    fl_posix_use_state_dir(NULL);
    CHECK_EQ(fl_posix_use_state_dir(dir), 0);
    fl_init();
    CHECK_EQ(fl_reboot_last()->boot_count, 3);
    rx = t_sent(20);
    CHECK_EQ(rx->nmsg, 2); /* context and this boot's reboot message */
    remove_dir();
    CHECK_EQ(fl_posix_use_state_dir("/nonexistent/dir/x"), -1);
}

/* ---- a scripted HTTP server ---- */

typedef struct {
    const char *responses[8]; /* full response heads, in order; then 202 */
    int count;
    int listen_fd;
    uint16_t port;
    pthread_t th;
    /* recorded */
    int requests;
    uint8_t bodies[8][4096];
    size_t lens[8];
    char heads[8][1024];
} server_t;

static server_t srv;

static void *serve(void *arg)
{
    server_t *s = (server_t *)arg;
    for (;;) {
        char buf[8192];
        size_t got = 0, need = 0;
        char *end = NULL;
        const char *resp;
        int r = s->requests;
        int fd = accept(s->listen_fd, NULL, NULL);
        if (fd < 0) {
            return NULL;
        }
        for (;;) {
            ssize_t k = recv(fd, buf + got, sizeof buf - 1 - got, 0);
            if (k <= 0) {
                break;
            }
            got += (size_t)k;
            buf[got] = 0;
            if (!end && (end = strstr(buf, "\r\n\r\n")) != NULL) {
                const char *cl = strstr(buf, "Content-Length: ");
                need = (size_t)(end - buf) + 4 + (cl ? (size_t)atoi(cl + 16) : 0);
            }
            if (end && got >= need) {
                break;
            }
        }
        if (r < 8 && end) {
            size_t head = (size_t)(end - buf) + 4;
            memcpy(s->heads[r], buf, head < 1023 ? head : 1023);
            s->lens[r] = got - head;
            memcpy(s->bodies[r], buf + head, s->lens[r]);
        }
        resp = r < s->count ? s->responses[r]
                            : "HTTP/1.1 202 Accepted\r\nContent-Length: 2\r\n\r\n{}";
        s->requests++;
        if (strcmp(resp, "close") != 0) {
            send(fd, resp, strlen(resp), 0);
        }
        close(fd);
    }
}

static bool server_start(void)
{
    struct sockaddr_in a;
    socklen_t len = sizeof a;
    int one = 1;
    memset(&srv, 0, sizeof srv);
    srv.listen_fd = socket(AF_INET, SOCK_STREAM, 0);
    setsockopt(srv.listen_fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (bind(srv.listen_fd, (struct sockaddr *)&a, sizeof a) != 0 ||
        listen(srv.listen_fd, 8) != 0 ||
        getsockname(srv.listen_fd, (struct sockaddr *)&a, &len) != 0) {
        return false;
    }
    srv.port = ntohs(a.sin_port);
    return pthread_create(&srv.th, NULL, serve, &srv) == 0;
}

static void server_stop(void)
{
    shutdown(srv.listen_fd, SHUT_RDWR);
    close(srv.listen_fd);
    pthread_join(srv.th, NULL);
}

static unsigned sleeps[16], nsleeps;

static void fake_sleep(void *ctx, unsigned ms)
{
    (void)ctx;
    if (nsleeps < 16) {
        sleeps[nsleeps++] = ms;
    }
}

static fl_http_config_t config(void)
{
    fl_http_config_t c;
    memset(&c, 0, sizeof c);
    c.host = "127.0.0.1";
    c.port = srv.port;
    c.project_key = "k123";
    c.sleep_ms = fake_sleep;
    c.timeout_ms = 5000;
    nsleeps = 0;
    return c;
}

/* The chunks of an upload body. */
static size_t body_chunks(const uint8_t *b, size_t n, t_chunks_t *c)
{
    size_t at = 0;
    c->n = 0;
    while (at < n) {
        size_t len = b[at] & 0x7f, shift = 7;
        while (b[at++] & 0x80) {
            len |= (size_t)(b[at] & 0x7f) << shift;
            shift += 7;
        }
        memcpy(c->data[c->n], b + at, len);
        c->len[c->n++] = len;
        at += len;
    }
    return c->n;
}

static t_chunks_t up;
static t_rx_t rx_;

static void http_delivers_in_batches(void)
{
    fl_http_config_t c;
    fl_http_stats_t st;
    size_t i, r;
    CHECK(server_start());
    t_boot_fresh();
    for (i = 0; i < 10; i++) {
        CHECK_EQ(fl_vendor_record(0x41, "0123456789012345678901234567890123456789", 40),
                 FL_OK);
    }
    c = config();
    c.mtu = 24;
    c.max_chunks = 7;
    CHECK_EQ(fl_http_upload(&c, &st), FL_HTTP_DONE);
    server_stop();
    CHECK_EQ(st.retries, 0);
    CHECK(st.uploads >= 3);
    CHECK_EQ(st.last_status, 202);
    CHECK_EQ(srv.requests, (int)st.uploads);
    CHECK(strstr(srv.heads[0], "POST /api/v1/chunks/posix-0001 HTTP/1.1\r\n"));
    CHECK(strstr(srv.heads[0], "\r\nFaultline-Project-Key: k123\r\n"));
    CHECK(strstr(srv.heads[0], "\r\nContent-Type: application/octet-stream\r\n"));
    t_rx_init(&rx_);
    for (r = 0; r < (size_t)srv.requests && r < 8; r++) {
        CHECK(body_chunks(srv.bodies[r], srv.lens[r], &up) <= 7);
        for (i = 0; i < up.n; i++) {
            CHECK(up.len[i] <= 24);
            t_rx_chunk(&rx_, up.data[i], up.len[i]);
        }
    }
    CHECK_EQ(t_rx_errors(&rx_), 0);
    CHECK_EQ(t_msg_count(&rx_, 0x41), 10);
    CHECK(!fl_packetizer_has_data());
}

static void http_retries_the_same_body(void)
{
    fl_http_config_t c;
    fl_http_stats_t st;
    CHECK(server_start());
    srv.responses[0] = "HTTP/1.1 503 Service Unavailable\r\nRetry-After: 7\r\n\r\n";
    srv.responses[1] = "HTTP/1.1 429 Too Many Requests\r\nretry-after:  2\r\n\r\n";
    srv.responses[2] = "HTTP/1.1 500 Internal Server Error\r\n\r\n";
    srv.responses[3] = "close"; /* no answer */
    srv.responses[4] = "HTTP/1.1 502 Bad Gateway\r\n\r\n";
    srv.count = 5;
    t_boot_fresh();
    c = config();
    c.backoff_ms = 1000;
    c.max_attempts = 10;
    CHECK_EQ(fl_http_upload(&c, &st), FL_HTTP_DONE);
    server_stop();
    CHECK_EQ(srv.requests, 6);
    CHECK_EQ(st.retries, 5);
    CHECK_EQ(st.uploads, 1);
    CHECK_EQ(nsleeps, 5);
    CHECK_EQ(sleeps[0], 7000); /* Retry-After */
    CHECK_EQ(sleeps[1], 2000);
    CHECK_EQ(sleeps[2], 1000); /* exponential backoff */
    CHECK_EQ(sleeps[3], 2000);
    CHECK_EQ(sleeps[4], 4000);
    CHECK(srv.lens[0] > 0);
    CHECK_EQ(srv.lens[5], srv.lens[0]);
    CHECK_MEM(srv.bodies[5], srv.bodies[0], srv.lens[0]);
}

static void http_gives_up_and_keeps_the_data(void)
{
    fl_http_config_t c;
    fl_http_stats_t st;
    CHECK(server_start());
    srv.responses[0] = "HTTP/1.1 500 Oops\r\n\r\n";
    srv.responses[1] = "HTTP/1.1 500 Oops\r\n\r\n";
    srv.responses[2] = "HTTP/1.1 401 Unauthorized\r\n\r\n";
    srv.responses[3] = "HTTP/1.1 404 Not Found\r\n\r\n";
    srv.count = 4;
    t_boot_fresh();
    c = config();
    c.max_attempts = 2;
    CHECK_EQ(fl_http_upload(&c, &st), FL_HTTP_RETRY_LATER);
    CHECK(fl_packetizer_has_data());
    CHECK_EQ(fl_http_upload(&c, &st), FL_HTTP_AUTH);
    CHECK(fl_packetizer_has_data());
    CHECK_EQ(fl_http_upload(&c, &st), FL_HTTP_REFUSED);
    CHECK_EQ(st.last_status, 404);
    CHECK_EQ(fl_http_upload(&c, &st), FL_HTTP_DONE);
    server_stop();
    /* every post carried the same bytes: rewound, pulled again */
    CHECK_EQ(srv.requests, 5);
    CHECK_MEM(srv.bodies[4], srv.bodies[0], srv.lens[0]);
    CHECK_EQ(srv.lens[4], srv.lens[0]);
    /* nobody listening: no answer, retried, then kept */
    c.max_attempts = 3;
    CHECK_EQ(fl_vendor_record(0x41, "x", 1), FL_OK);
    CHECK_EQ(fl_http_upload(&c, &st), FL_HTTP_RETRY_LATER);
    CHECK_EQ(st.last_status, -1);
    CHECK_EQ(st.retries, 2);
    CHECK(fl_packetizer_has_data());
}

static void http_drops_refused_bodies(void)
{
    fl_http_config_t c;
    fl_http_stats_t st;
    fl_stats_t s;
    uint8_t buf[32];
    CHECK(server_start());
    srv.responses[0] = "HTTP/1.1 400 Bad Request\r\n\r\n";
    srv.responses[1] = "HTTP/1.1 413 Payload Too Large\r\n\r\n";
    srv.count = 2;
    t_boot_fresh();
    t_drain(64);
    CHECK_EQ(fl_vendor_record(0x41, "one", 3), FL_OK);
    c = config();
    c.max_chunks = 1;
    CHECK_EQ(fl_http_upload(&c, &st), FL_HTTP_DONE);
    CHECK_EQ(st.dropped, 1);
    fl_stats(&s);
    CHECK_EQ(s.messages_abandoned, 1);
    CHECK_EQ(fl_vendor_record(0x41, "two", 3), FL_OK);
    CHECK_EQ(fl_http_upload(&c, &st), FL_HTTP_DONE);
    CHECK_EQ(fl_vendor_record(0x41, "three", 5), FL_OK);
    CHECK_EQ(fl_http_upload(&c, &st), FL_HTTP_DONE);
    server_stop();
    CHECK_EQ(st.uploads, 1);
    fl_stats(&s);
    CHECK_EQ(s.messages_abandoned, 2);
    /* the upload after a drop starts a new session */
    CHECK_EQ(srv.requests, 3);
    CHECK_EQ(srv.bodies[2][1] & 0xc0, 0xc0);
    CHECK(srv.bodies[2][2] != srv.bodies[1][2]);
    CHECK_EQ(fl_packetizer_next(buf, 32), 0);
}

static void http_chunk_limit(void)
{
    fl_http_config_t c;
    fl_http_stats_t st;
    size_t i;
    CHECK(server_start());
    t_boot_fresh();
    for (i = 0; i < 5; i++) {
        CHECK_EQ(fl_vendor_record(0x41, "0123456789012345678901234567890123456789", 40),
                 FL_OK);
    }
    c = config();
    c.mtu = 20;
    c.max_chunks = 4;
    c.chunk_limit = 10;
    CHECK_EQ(fl_http_upload(&c, &st), FL_HTTP_LIMIT);
    CHECK_EQ(st.chunks, 10);
    CHECK_EQ(srv.requests, 3); /* 4 + 4 + 2 */
    c.chunk_limit = 0;
    CHECK_EQ(fl_http_upload(&c, &st), FL_HTTP_DONE);
    server_stop();
    t_rx_init(&rx_);
    for (i = 0; i < (size_t)srv.requests && i < 8; i++) {
        size_t k;
        body_chunks(srv.bodies[i], srv.lens[i], &up);
        for (k = 0; k < up.n; k++) {
            t_rx_chunk(&rx_, up.data[k], up.len[k]);
        }
    }
    CHECK_EQ(t_rx_errors(&rx_), 0);
    CHECK_EQ(t_msg_count(&rx_, 0x41), 5);
}

void suite_posix(void)
{
    fl_t_suite("posix port");
    RUN(state_dir_survives_a_killed_process);
    RUN(http_delivers_in_batches);
    RUN(http_retries_the_same_body);
    RUN(http_gives_up_and_keeps_the_data);
    RUN(http_drops_refused_bodies);
    RUN(http_chunk_limit);
}
