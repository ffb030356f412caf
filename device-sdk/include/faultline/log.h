/*
 * A RAM log buffer with levels.
 *
 * fl_log keeps lines in a ring in the port's log area (fl_port_log_storage; oldest lines
 * overwritten, counted). They leave the device only when asked: fl_log_upload queues them as one logs
 * message (protocol §10.5), and fl_init does so by itself after an unexpected reset, so the
 * lines written before a crash arrive with its coredump.
 */
#ifndef FAULTLINE_LOG_H
#define FAULTLINE_LOG_H

#include <stdint.h>

typedef enum {
    FL_LOG_DEBUG = 0,
    FL_LOG_INFO = 1,
    FL_LOG_WARN = 2,
    FL_LOG_ERROR = 3
} fl_log_level_t;

/* Append one line (cut at FL_LOG_MAX_LINE bytes) with the current uptime. Lines below
 * FL_LOG_MIN_LEVEL are ignored. ISR-safe. */
void fl_log(fl_log_level_t level, const char *msg);

/* fl_log with an explicit time instead of the current uptime (ms; FL_LOG_NO_TIME: the record
 * carries no time). msg is cut at FL_LOG_MAX_LINE bytes. ISR-safe. */
#define FL_LOG_NO_TIME UINT64_MAX
void fl_log_at(fl_log_level_t level, uint64_t at_ms, const char *msg);

/* Queue everything in the log buffer as one logs message (oldest first) and empty it.
 * Returns the number of lines queued, or a negative FL_ERR_* code. When the lines do not fit
 * in the event buffer as one message, the oldest are dropped (counted) until they do.
 * Thread context; holds the lock while it copies the lines into the event buffer. */
int fl_log_upload(void);

/* Lines overwritten before they were uploaded, since fl_init. ISR-safe. */
uint32_t fl_log_dropped(void);

#endif
