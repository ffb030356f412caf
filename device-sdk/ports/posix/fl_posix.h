/*
 * The posix port (Linux, macOS): storage, clocks, lock, reset and crash capture for running
 * the SDK in a host program — a gateway daemon, a simulator, the SDK's own tests.
 *
 * Storage areas are static arrays (lost when the process ends, like RAM across a power loss)
 * unless fl_posix_use_state_dir is called before fl_init: then each area is a file in that
 * directory, mapped into memory, so a killed process (a simulated power loss) finds its queued
 * messages, reboot record, coredump and log lines again at the next fl_init.
 *
 * fl_port_reset (and so fl_reboot and fl_crash) ends the process with _exit(0), after calling
 * the reset hook if one is set: a test hook may longjmp out instead.
 */
#ifndef FAULTLINE_POSIX_H
#define FAULTLINE_POSIX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "faultline/platform/device_info.h"

/* Largest areas the static (non-file) storage provides. */
#define FL_POSIX_MAX_EVENT_BYTES 65536u
#define FL_POSIX_MAX_LOG_BYTES 16384u
#define FL_POSIX_MAX_COREDUMP_BYTES 16384u

/* Area sizes in bytes (defaults: events 8192, log 2048, coredump 4096). Before fl_init (and
 * before fl_posix_use_state_dir). Static storage caps them at the maxima above. */
void fl_posix_set_area_sizes(size_t events, size_t log, size_t coredump);

/* Keep the areas in files under dir (created if missing: events.bin, log.bin, coredump.bin,
 * reboot.bin). Returns 0, or -1 (errno set) when the directory or a file cannot be used.
 * Call before fl_init; fl_posix_use_state_dir(NULL) returns to static storage. */
int fl_posix_use_state_dir(const char *dir);

/* Fill every area with byte b (tests: b = 0 is a fresh RAM, anything else garbage). */
void fl_posix_fill_storage(uint8_t b);

/* Fake clocks for tests. Uptime: fixed at ms until set or advanced again. Epoch: a fake
 * wall clock that advances with the fake uptime; fl_posix_set_epoch_valid(false) makes
 * fl_port_epoch_ms report no clock. fl_posix_use_real_clocks returns to CLOCK_MONOTONIC (since
 * the first call) and CLOCK_REALTIME. */
void fl_posix_set_uptime_ms(uint64_t ms);
void fl_posix_advance_ms(uint64_t ms);
void fl_posix_set_epoch_ms(uint64_t ms);
void fl_posix_set_epoch_valid(bool valid);
void fl_posix_use_real_clocks(void);

/* What fl_port_device_info reports (the strings are not copied). Default: serial
 * "posix-0001", software "main" "0.0.0-posix", hardware "host". */
void fl_posix_set_device_info(const fl_device_info_t *info);

/* What fl_port_hw_reset_reason reports (default FL_REBOOT_POWER_ON: a process start is a
 * power-on). */
void fl_posix_set_hw_reset_reason(uint32_t reason);

/* Called by fl_port_reset before the process exits; a test may longjmp out of it. */
void fl_posix_set_reset_hook(void (*hook)(void));

/* Replace fl_port_memory_readable (default: everything is readable). */
void fl_posix_set_memory_readable_hook(bool (*readable)(uintptr_t start, uint32_t len));

/* Called before each write to the coredump area (tests: a fault in the middle of a capture
 * is a hook that longjmps out). NULL removes it. */
void fl_posix_set_coredump_write_hook(void (*hook)(size_t offset, size_t len));

#endif
