/*
 * Faultline device SDK: the one header an application includes.
 *
 * Call fl_init once at boot, after the port's storage is usable and before any other fl_*
 * call. Every public name starts with fl_ / FL_.
 */
#ifndef FAULTLINE_H
#define FAULTLINE_H

#include <stdint.h>

#include "faultline/config.h"
#include "faultline/coredump.h"
#include "faultline/log.h"
#include "faultline/metrics.h"
#include "faultline/packetizer.h"
#include "faultline/reboot.h"
#include "faultline/trace.h"

/* Error codes (negative). */
#define FL_OK 0
#define FL_ERR_FULL (-1)    /* queued, but older data was dropped to make room */
#define FL_ERR_TOO_BIG (-2) /* the message can never fit in the event buffer; not queued */
#define FL_ERR_STATE (-3)   /* called before fl_init */

/* Validate or initialise the port's storage areas, decode the reason of the last reset,
 * queue the reboot message (and the log buffer after an unexpected reset), and start a new
 * packetizer session. Thread context, once per boot. */
void fl_init(void);

/* Counters of data the SDK had to throw away, since fl_init. */
typedef struct {
    uint32_t messages_dropped; /* oldest queued messages evicted by a full event buffer */
    uint32_t messages_too_big; /* messages larger than the whole event buffer */
    uint32_t messages_abandoned; /* dropped by fl_packetizer_drop_pending */
    uint32_t log_lines_dropped;
} fl_stats_t;

void fl_stats(fl_stats_t *out);

#endif
