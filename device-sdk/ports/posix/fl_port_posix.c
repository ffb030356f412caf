/* The posix port: see fl_posix.h. */
#if !defined(_POSIX_C_SOURCE) || _POSIX_C_SOURCE < 200809L
#undef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif

#include "fl_posix.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "faultline/faultline.h"
#include "faultline/platform/device_info.h"
#include "faultline/platform/lock.h"
#include "faultline/platform/reset.h"
#include "faultline/platform/storage.h"
#include "faultline/platform/time.h"

#if defined(__SANITIZE_ADDRESS__)
#define NO_ASAN __attribute__((no_sanitize_address))
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define NO_ASAN __attribute__((no_sanitize_address))
#endif
#endif
#ifndef NO_ASAN
#define NO_ASAN
#endif

enum { A_EVENTS, A_LOG, A_CORE, A_REBOOT, A_COUNT };

static uint64_t ev_mem[FL_POSIX_MAX_EVENT_BYTES / 8];
static uint64_t log_mem[FL_POSIX_MAX_LOG_BYTES / 8];
static uint64_t core_mem[FL_POSIX_MAX_COREDUMP_BYTES / 8];
static uint64_t reboot_mem[FL_REBOOT_INFO_BYTES / 8];

static const char *const names[A_COUNT] = {"events.bin", "log.bin", "coredump.bin",
                                           "reboot.bin"};
static size_t sizes[A_COUNT] = {8192, 2048, 4096, FL_REBOOT_INFO_BYTES};
static uint8_t *mapped[A_COUNT];

static uint8_t *area(int a)
{
    static uint8_t *const statics[A_COUNT] = {(uint8_t *)ev_mem, (uint8_t *)log_mem,
                                              (uint8_t *)core_mem, (uint8_t *)reboot_mem};
    return mapped[a] ? mapped[a] : statics[a];
}

static size_t cap(size_t v, size_t max)
{
    return v < max ? v : max;
}

void fl_posix_set_area_sizes(size_t events, size_t log, size_t coredump)
{
    sizes[A_EVENTS] = events;
    sizes[A_LOG] = log;
    sizes[A_CORE] = coredump;
}

static size_t area_size(int a)
{
    static const size_t max[A_COUNT] = {FL_POSIX_MAX_EVENT_BYTES, FL_POSIX_MAX_LOG_BYTES,
                                        FL_POSIX_MAX_COREDUMP_BYTES, FL_REBOOT_INFO_BYTES};
    return mapped[a] ? sizes[a] : cap(sizes[a], max[a]);
}

static void unmap_all(void)
{
    int a;
    for (a = 0; a < A_COUNT; a++) {
        if (mapped[a]) {
            munmap(mapped[a], sizes[a]);
            mapped[a] = NULL;
        }
    }
}

int fl_posix_use_state_dir(const char *dir)
{
    int a;
    unmap_all();
    if (!dir) {
        return 0;
    }
    if (mkdir(dir, 0755) != 0 && errno != EEXIST) {
        return -1;
    }
    for (a = 0; a < A_COUNT; a++) {
        char path[4096];
        struct stat st;
        void *p;
        int fd;
        if ((size_t)snprintf(path, sizeof path, "%s/%s", dir, names[a]) >= sizeof path) {
            errno = ENAMETOOLONG;
            goto fail;
        }
        fd = open(path, O_RDWR | O_CREAT, 0644);
        if (fd < 0) {
            goto fail;
        }
        if (fstat(fd, &st) != 0 || ((size_t)st.st_size != sizes[a] &&
                                    ftruncate(fd, (off_t)sizes[a]) != 0)) {
            close(fd);
            goto fail;
        }
        p = mmap(NULL, sizes[a], PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
        close(fd);
        if (p == MAP_FAILED) {
            goto fail;
        }
        mapped[a] = (uint8_t *)p;
    }
    return 0;
fail:
    a = errno;
    unmap_all();
    errno = a;
    return -1;
}

void fl_posix_fill_storage(uint8_t b)
{
    int a;
    for (a = 0; a < A_COUNT; a++) {
        memset(area(a), b, area_size(a));
    }
}

uint8_t *fl_port_event_storage(size_t *size)
{
    *size = area_size(A_EVENTS);
    return area(A_EVENTS);
}

uint8_t *fl_port_log_storage(size_t *size)
{
    *size = area_size(A_LOG);
    return area(A_LOG);
}

void *fl_port_reboot_info(void)
{
    return area(A_REBOOT);
}

size_t fl_port_coredump_size(void)
{
    return area_size(A_CORE);
}

static void (*core_write_hook)(size_t, size_t);

void fl_posix_set_coredump_write_hook(void (*hook)(size_t offset, size_t len))
{
    core_write_hook = hook;
}

/* Copies from wherever the fault handler points (the stack, around ASan's redzones). */
NO_ASAN void fl_port_coredump_write(size_t offset, const void *data, size_t len)
{
    const volatile uint8_t *s = (const volatile uint8_t *)data;
    uint8_t *d = area(A_CORE);
    size_t i;
    if (core_write_hook) {
        core_write_hook(offset, len);
    }
    if (offset > area_size(A_CORE) || len > area_size(A_CORE) - offset) {
        return;
    }
    for (i = 0; i < len; i++) {
        d[offset + i] = s[i];
    }
}

void fl_port_coredump_read(size_t offset, void *data, size_t len)
{
    if (offset > area_size(A_CORE) || len > area_size(A_CORE) - offset) {
        memset(data, 0xff, len);
        return;
    }
    memcpy(data, area(A_CORE) + offset, len);
}

void fl_port_coredump_clear(void)
{
    memset(area(A_CORE), 0xff, area_size(A_CORE)); /* like erased flash */
}

/* ---- clocks ---- */

static int fake_uptime;
static uint64_t fake_uptime_ms;
static int fake_epoch;
static uint64_t fake_epoch_base; /* epoch at fake uptime 0 */
static int epoch_invalid;

static uint64_t real_ms(clockid_t id)
{
    struct timespec ts;
    clock_gettime(id, &ts);
    return (uint64_t)ts.tv_sec * 1000u + (uint64_t)ts.tv_nsec / 1000000u;
}

uint64_t fl_port_uptime_ms(void)
{
    static uint64_t start;
    uint64_t now;
    if (fake_uptime) {
        return fake_uptime_ms;
    }
    now = real_ms(CLOCK_MONOTONIC);
    if (!start) {
        start = now ? now : 1;
    }
    return now - start;
}

bool fl_port_epoch_ms(uint64_t *out)
{
    if (epoch_invalid) {
        return false;
    }
    *out = fake_epoch ? fake_epoch_base + fl_port_uptime_ms() : real_ms(CLOCK_REALTIME);
    return true;
}

void fl_posix_set_uptime_ms(uint64_t ms)
{
    uint64_t epoch = 0;
    bool keep = fake_epoch && fl_port_epoch_ms(&epoch);
    fake_uptime = 1;
    fake_uptime_ms = ms;
    if (keep) {
        fake_epoch_base = epoch - ms; /* the wall clock does not jump */
    }
}

void fl_posix_advance_ms(uint64_t ms)
{
    if (!fake_uptime) {
        fl_posix_set_uptime_ms(fl_port_uptime_ms());
    }
    fake_uptime_ms += ms;
}

void fl_posix_set_epoch_ms(uint64_t ms)
{
    fake_epoch = 1;
    epoch_invalid = 0;
    fake_epoch_base = ms - fl_port_uptime_ms();
}

void fl_posix_set_epoch_valid(bool valid)
{
    epoch_invalid = !valid;
}

void fl_posix_use_real_clocks(void)
{
    fake_uptime = 0;
    fake_epoch = 0;
    epoch_invalid = 0;
}

/* ---- device, lock, reset ---- */

static fl_device_info_t device = {"posix-0001", "main", "0.0.0-posix", "host", NULL, 0};

void fl_posix_set_device_info(const fl_device_info_t *info)
{
    device = *info;
}

void fl_port_device_info(fl_device_info_t *info)
{
    *info = device;
}

static pthread_mutex_t mutex = PTHREAD_MUTEX_INITIALIZER;

void fl_port_lock(void)
{
    pthread_mutex_lock(&mutex);
}

void fl_port_unlock(void)
{
    pthread_mutex_unlock(&mutex);
}

static uint32_t hw_reason = FL_REBOOT_POWER_ON;
static void (*reset_hook)(void);
static bool (*readable_hook)(uintptr_t, uint32_t);

void fl_posix_set_hw_reset_reason(uint32_t reason)
{
    hw_reason = reason;
}

uint32_t fl_port_hw_reset_reason(void)
{
    return hw_reason;
}

void fl_posix_set_reset_hook(void (*hook)(void))
{
    reset_hook = hook;
}

void fl_posix_set_memory_readable_hook(bool (*readable)(uintptr_t start, uint32_t len))
{
    readable_hook = readable;
}

bool fl_port_memory_readable(uintptr_t start, uint32_t len)
{
    return readable_hook ? readable_hook(start, len) : true;
}

void fl_port_reset(void)
{
    if (reset_hook) {
        reset_hook();
    }
    _exit(0);
}

/* A software crash: a synthetic register set (zeros, pc = the caller, sp = here) and the
 * stack from this frame up, then a reset. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
void fl_crash(uint32_t reason)
{
    fl_crash_regs_t r;
    memset(&r, 0, sizeof r);
    r.arch = FL_ARCH_ARM_CORTEX_M;
#if defined(__GNUC__)
    r.regs[FL_REG_PC] = (uint32_t)(uintptr_t)__builtin_return_address(0);
#endif
    r.regs[FL_REG_SP] = (uint32_t)(uintptr_t)&r;
    r.stack_start = (uintptr_t)&r;
    r.stack_end = 0;
    fl_coredump_capture(&r, reason);
    fl_port_reset();
}
