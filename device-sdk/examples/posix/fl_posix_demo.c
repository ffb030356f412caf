/*
 * fl-posix-demo: the Faultline SDK in a host program.
 *
 * Each run is one boot of a device: it records a heartbeat, a trace and a few log lines
 * (values derived from --tag so that runs can be told apart), optionally crashes, then sends
 * everything queued — over HTTP to a Faultline server, as FL1 text lines on stdout (what a
 * UART would carry to `faultline bridge`), or into a file of LEB128-prefixed chunks.
 *
 *   fl-posix-demo --http 127.0.0.1:8080 --key KEY --serial dev-1 --tag 3
 *   fl-posix-demo --state-dir /tmp/dev-1 --crash      (next run sends the coredump)
 *   fl-posix-demo --uart | faultline bridge ...
 *
 * Test options: --state-dir keeps the storage areas in files, so a killed run (a power loss)
 * loses nothing queued; --cut-after-chunks K makes the run deliver K chunks (HTTP: posted,
 * 202, committed), pull the next ones without sending them, and _exit(0) — a power loss in the
 * middle of sending, at a message boundary or inside a message.
 */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "faultline/export.h"
#include "faultline/faultline.h"
#include "fl_posix.h"
#include "http_upload.h"

static const char usage[] =
    "usage: fl-posix-demo [options]\n"
    "  --serial S            device serial (default posix-0001)\n"
    "  --version V           software version (default 1.0.0)\n"
    "  --tag N               run tag: recorded values derive from it (default 1)\n"
    "  --no-record           record nothing, only send what is queued\n"
    "  --crash               record, then crash (assert); the next run sends the coredump\n"
    "  --state-dir DIR       keep the storage areas in files under DIR\n"
    "  --http HOST:PORT      send over HTTP (with --key)\n"
    "  --key K               project key\n"
    "  --uart                print FL1 lines on stdout\n"
    "  --raw-chunks FILE     append LEB128-prefixed chunks to FILE\n"
    "  --mtu N               chunk size (default: 1024 over HTTP, 64 otherwise)\n"
    "  --max-chunks N        chunks per HTTP upload (default 64)\n"
    "  --cut-after-chunks K  simulate a power loss after K chunks were delivered\n"
    "  --cut-before-commit   with --http: lose power when the upload that reaches K chunks\n"
    "                        got its 202, before the commit (at-least-once: resent)\n";

static unsigned long num(const char *s, const char *what)
{
    char *end;
    unsigned long v;
    errno = 0;
    v = strtoul(s, &end, 10);
    if (errno || *end || !*s) {
        fprintf(stderr, "fl-posix-demo: bad %s: %s\n", what, s);
        exit(1);
    }
    return v;
}

static uint8_t build_id[20];

static void set_device(const char *serial, const char *version)
{
    static fl_device_info_t d;
    unsigned i;
    for (i = 0; i < sizeof build_id; i++) {
        build_id[i] = (uint8_t)(0xb0 + i);
    }
    d.serial = serial;
    d.software_type = "posix-demo";
    d.software_version = version;
    d.hardware_version = "host";
    d.build_id = build_id;
    d.build_id_len = sizeof build_id;
    fl_posix_set_device_info(&d);
}

static void record(unsigned long tag)
{
    char line[64];
    unsigned long i;
    fl_metric_set(FL_METRIC(run_tag), (int32_t)tag);
    for (i = 0; i < 10; i++) {
        fl_metric_add(FL_METRIC(loops), (int32_t)tag);
    }
    fl_metric_set(FL_METRIC(battery_mv), (int32_t)(3700 + tag));
    fl_metric_set(FL_METRIC(temperature_c), -(int32_t)tag);
    fl_metric_timer_start(FL_METRIC(work_ms));
    fl_metric_timer_stop(FL_METRIC(work_ms));
    snprintf(line, sizeof line, "tag-%lu", tag);
    fl_metric_set_string(FL_METRIC_STR(fw_state), line);
    (void)fl_heartbeat_collect();

    (void)FL_TRACE_STATUS(sensor_timeout, -(int32_t)tag);

    snprintf(line, sizeof line, "run %lu: started", tag);
    fl_log(FL_LOG_INFO, line);
    snprintf(line, sizeof line, "run %lu: battery low", tag);
    fl_log(FL_LOG_WARN, line);
    snprintf(line, sizeof line, "run %lu: sensor timeout", tag);
    fl_log(FL_LOG_ERROR, line);
    (void)fl_log_upload();
}

/* Crash with a recognisable pattern on the stack, inside the captured 512 bytes. */
static void crash(unsigned long tag)
{
    volatile char marker[32];
    char text[32];
    unsigned i;
    snprintf(text, sizeof text, "FLSTACK-MARKER-%lu", tag);
    for (i = 0; i < sizeof marker; i++) {
        marker[i] = text[i];
    }
    snprintf(text, sizeof text, "run %lu: crashing", tag);
    fl_log(FL_LOG_ERROR, text);
    fl_crash(FL_REBOOT_ASSERT);
    (void)marker[0];
}

static size_t delivered;
static size_t cut_total;

/* --cut-before-commit: the upload that reaches the cut was stored by the server, but the
 * device dies before it commits: the next boot sends those chunks' messages again. */
static void die_before_commit(void *ctx, size_t chunks)
{
    (void)ctx;
    delivered += chunks;
    if (delivered >= cut_total) {
        fprintf(stderr, "fl-posix-demo: power loss after %zu chunks delivered, before the commit\n",
                delivered);
        fflush(stderr);
        _exit(0);
    }
}

/* A power loss: pull what would be the next upload, never send it, and stop dead. */
static void power_loss(size_t mtu)
{
    uint8_t chunk[1024];
    size_t n, pulled = 0;
    const char *where = "nothing left";
    n = fl_packetizer_next(chunk, mtu);
    if (n) {
        where = (chunk[0] & 0x80) ? "between messages" : "mid-message";
        pulled = 1;
        while (pulled < 4 && fl_packetizer_next(chunk, mtu) > 0) {
            pulled++;
        }
    }
    fprintf(stderr, "fl-posix-demo: power loss after %zu chunks delivered (%s), %zu pulled and not sent\n",
            delivered, where, pulled);
    fflush(stderr);
    fflush(stdout);
    _exit(0);
}

static int send_lines(size_t mtu, size_t cut, bool uart, FILE *raw)
{
    uint8_t chunk[1024];
    char line[FL_EXPORT_CHUNK_LINE_MAX(1024)];
    size_t n;
    if (uart && fl_export_device_line(line, sizeof line)) {
        fputs(line, stdout);
    }
    while ((!cut || delivered < cut) && (n = fl_packetizer_next(chunk, mtu)) > 0) {
        if (uart) {
            if (!fl_export_chunk_line(chunk, n, line, sizeof line)) {
                return 2;
            }
            fputs(line, stdout);
        } else {
            size_t k = n;
            while (k >= 0x80) {
                fputc((int)(k | 0x80) & 0xff, raw);
                k >>= 7;
            }
            fputc((int)k, raw);
            fwrite(chunk, 1, n, raw);
        }
        fl_packetizer_commit();
        delivered++;
    }
    if (uart) {
        fprintf(stdout, "demo: %zu chunks\n", delivered); /* console output between FL1 lines */
    }
    fflush(stdout);
    if (raw) {
        fflush(raw);
    }
    if (cut && delivered >= cut) {
        power_loss(mtu);
    }
    return 0;
}

int main(int argc, char **argv)
{
    const char *serial = "posix-0001", *version = "1.0.0", *state = NULL, *http = NULL;
    const char *key = NULL, *raw_path = NULL;
    unsigned long tag = 1, mtu = 0, max_chunks = 64, cut = 0;
    bool no_record = false, do_crash = false, uart = false, before_commit = false;
    fl_stats_t st;
    int i, rc = 0;
    for (i = 1; i < argc; i++) {
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (!strcmp(a, "--no-record")) {
            no_record = true;
        } else if (!strcmp(a, "--crash")) {
            do_crash = true;
        } else if (!strcmp(a, "--uart")) {
            uart = true;
        } else if (!strcmp(a, "--cut-before-commit")) {
            before_commit = true;
        } else if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            fputs(usage, stdout);
            return 0;
        } else if (!v) {
            fputs(usage, stderr);
            return 1;
        } else {
            i++;
            if (!strcmp(a, "--serial")) {
                serial = v;
            } else if (!strcmp(a, "--version")) {
                version = v;
            } else if (!strcmp(a, "--tag")) {
                tag = num(v, "tag");
            } else if (!strcmp(a, "--state-dir")) {
                state = v;
            } else if (!strcmp(a, "--http")) {
                http = v;
            } else if (!strcmp(a, "--key")) {
                key = v;
            } else if (!strcmp(a, "--raw-chunks")) {
                raw_path = v;
            } else if (!strcmp(a, "--mtu")) {
                mtu = num(v, "mtu");
            } else if (!strcmp(a, "--max-chunks")) {
                max_chunks = num(v, "max-chunks");
            } else if (!strcmp(a, "--cut-after-chunks")) {
                cut = num(v, "cut-after-chunks");
            } else {
                fputs(usage, stderr);
                return 1;
            }
        }
    }
    if (!mtu) {
        mtu = http ? 1024 : 64;
    }
    if (mtu < 8 || mtu > 1024 || (http && !key)) {
        fputs(usage, stderr);
        return 1;
    }
    set_device(serial, version);
    if (state && fl_posix_use_state_dir(state) != 0) {
        fprintf(stderr, "fl-posix-demo: state dir %s: %s\n", state, strerror(errno));
        return 1;
    }
    fl_init();
    fprintf(stderr, "fl-posix-demo: boot %u, last reset reason %u%s, crash count %u\n",
            (unsigned)fl_reboot_last()->boot_count, (unsigned)fl_reboot_last()->reason,
            fl_reboot_last()->unexpected ? " (unexpected)" : "",
            (unsigned)fl_reboot_last()->crash_count);
    if (!no_record) {
        record(tag);
    }
    if (do_crash) {
        crash(tag); /* does not return */
    }
    if (http) {
        fl_http_config_t c;
        fl_http_stats_t hs;
        fl_http_result_t r;
        char host[256];
        const char *colon = strrchr(http, ':');
        if (!colon || (size_t)(colon - http) >= sizeof host) {
            fputs(usage, stderr);
            return 1;
        }
        memcpy(host, http, (size_t)(colon - http));
        host[colon - http] = 0;
        memset(&c, 0, sizeof c);
        c.host = host;
        c.port = (uint16_t)num(colon + 1, "port");
        c.project_key = key;
        c.mtu = mtu;
        c.max_chunks = max_chunks;
        c.chunk_limit = before_commit ? 0 : cut;
        if (before_commit && cut) {
            cut_total = cut;
            c.before_commit = die_before_commit;
        }
        c.max_attempts = 3;
        c.backoff_ms = 200;
        r = fl_http_upload(&c, &hs);
        delivered = hs.chunks;
        fprintf(stderr, "fl-posix-demo: %zu chunks in %zu uploads (%zu retries, %zu dropped), last status %d\n",
                hs.chunks, hs.uploads, hs.retries, hs.dropped, hs.last_status);
        if (r == FL_HTTP_LIMIT) {
            power_loss(mtu);
        }
        rc = r == FL_HTTP_DONE ? 0 : r == FL_HTTP_RETRY_LATER ? 3 : 2;
    } else if (uart || raw_path) {
        FILE *raw = NULL;
        if (raw_path && !(raw = fopen(raw_path, "ab"))) {
            fprintf(stderr, "fl-posix-demo: %s: %s\n", raw_path, strerror(errno));
            return 1;
        }
        rc = send_lines(mtu, cut, uart, raw);
        if (raw) {
            fclose(raw);
        }
    }
    fl_stats(&st);
    fprintf(stderr, "fl-posix-demo: dropped %u, too big %u, abandoned %u, log lines dropped %u\n",
            (unsigned)st.messages_dropped, (unsigned)st.messages_too_big,
            (unsigned)st.messages_abandoned, (unsigned)st.log_lines_dropped);
    return rc;
}
