/*
 * Faultline device SDK: the one header an application includes.
 *
 * Call fl_init once at boot, after the port's storage is usable and before any other fl_*
 * call. Every public name starts with fl_ / FL_.
 */
#ifndef FAULTLINE_H
#define FAULTLINE_H

#include <stddef.h>
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
#define FL_ERR_INVALID (-4) /* an argument is out of range */

/* Validate or initialise the port's storage areas, decode the reason of the last reset,
 * queue the reboot message (and the log buffer after an unexpected reset), and start a new
 * packetizer session. Thread context, once per boot. */
void fl_init(void);

/* Counters of data the SDK had to throw away, since fl_init. */
typedef struct {
    uint32_t messages_dropped; /* oldest queued messages evicted by a full event buffer
                                  (not counting those already pulled whole, in flight) */
    uint32_t messages_too_big; /* messages larger than the whole event buffer */
    uint32_t messages_abandoned; /* dropped by fl_packetizer_drop_pending */
    uint32_t log_lines_dropped;
} fl_stats_t;

void fl_stats(fl_stats_t *out);

/* Queue a vendor message (protocol §10.7): type 0x40-0x7f, payload passed through to the
 * vendor's decoder plugin. Returns 0, FL_ERR_FULL (queued, older messages dropped),
 * FL_ERR_TOO_BIG, FL_ERR_INVALID (type out of range) or FL_ERR_STATE. ISR-safe. */
int fl_vendor_record(uint8_t type, const void *payload, size_t len);

#endif
