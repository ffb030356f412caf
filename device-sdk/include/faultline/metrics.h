/*
 * Heartbeat metrics.
 *
 * Metrics are declared once, in the application's FL_METRICS_DEF file (default
 * "faultline_metrics.def"), one line each:
 *
 *     FL_METRIC_COUNTER(wifi_reconnects)     summed over the interval, reset to 0 after
 *     FL_METRIC_GAUGE(battery_mv)            last value set in the interval
 *     FL_METRIC_TIMER(radio_on_ms)           milliseconds between start and stop, summed
 *     FL_METRIC_STRING(last_error)           a short text (≤ FL_METRIC_STRING_MAX chars)
 *
 * Counters and gauges may name a unit, a short string literal (UTF-8, no quote or backslash):
 *
 *     FL_METRIC_COUNTER_UNIT(flash_written, "B")
 *     FL_METRIC_GAUGE_UNIT(battery_mv, "mV")
 *
 * Timers are in "ms"; strings have none.
 *
 * Integer metrics (counters, gauges, timers) travel positionally in the heartbeat's `values`
 * in declaration order; strings travel in `texts` after them, in declaration order. Names never
 * travel: the server names values from the build's metadata, keyed by its GNU build id — the
 * section .faultline.metrics that this list writes into the ELF (names, kinds, units; it is
 * not loaded, so it costs no flash) or, without it, the DWARF of fl_metric_id_t below
 * (sdk-guides/metrics.md). A metric not updated in an interval is sent as 0 with its bit set
 * in `unset`.
 *
 * With FL_METRICS_BUILTIN (config.h, default 1) the SDK's own metrics come first, maintained
 * by fl_heartbeat_collect: fl_uptime_s, fl_unexpected_reboots, fl_crash_free. Names starting
 * with fl_ are reserved for them.
 *
 * Recording is one call: fl_metric_add(FL_METRIC(wifi_reconnects), 1).
 */
#ifndef FAULTLINE_METRICS_H
#define FAULTLINE_METRICS_H

#include <stdint.h>

#include "faultline/config.h"

/* Integer metric ids, in declaration order (the built-in ones first). */
typedef enum {
#define FL_METRIC_COUNTER(name) FL_METRIC_ID_##name,
#define FL_METRIC_GAUGE(name) FL_METRIC_ID_##name,
#define FL_METRIC_TIMER(name) FL_METRIC_ID_##name,
#define FL_METRIC_STRING(name)
#include "faultline/metrics_list.h"
#undef FL_METRIC_COUNTER
#undef FL_METRIC_GAUGE
#undef FL_METRIC_TIMER
#undef FL_METRIC_STRING
    FL_METRIC_INT_COUNT
} fl_metric_id_t;

/* String metric ids, in declaration order. */
typedef enum {
#define FL_METRIC_COUNTER(name)
#define FL_METRIC_GAUGE(name)
#define FL_METRIC_TIMER(name)
#define FL_METRIC_STRING(name) FL_METRIC_STR_ID_##name,
#include "faultline/metrics_list.h"
#undef FL_METRIC_COUNTER
#undef FL_METRIC_GAUGE
#undef FL_METRIC_TIMER
#undef FL_METRIC_STRING
    FL_METRIC_STR_COUNT
} fl_metric_str_id_t;

#define FL_METRIC(name) FL_METRIC_ID_##name
#define FL_METRIC_STR(name) FL_METRIC_STR_ID_##name

/* Counter: add delta (may be negative). ISR-safe. */
void fl_metric_add(fl_metric_id_t id, int32_t delta);

/* Gauge (or any integer metric): set the value. ISR-safe. */
void fl_metric_set(fl_metric_id_t id, int32_t value);

/* Timer: start / stop; the running time is added to the metric at stop, and a timer still
 * running at heartbeat time contributes the time so far. Starting a running timer or stopping
 * a stopped one does nothing. ISR-safe. */
void fl_metric_timer_start(fl_metric_id_t id);
void fl_metric_timer_stop(fl_metric_id_t id);

/* String metric: copy up to FL_METRIC_STRING_MAX bytes of value. ISR-safe. */
void fl_metric_set_string(fl_metric_str_id_t id, const char *value);

/* Read the current value of an integer metric (tests, local display). ISR-safe. */
int32_t fl_metric_get(fl_metric_id_t id);

/* Close the current interval: queue a heartbeat message covering the time since the previous
 * one (or since fl_init), then reset counters and timers to 0 and mark every metric unset.
 * Gauges and strings are also marked unset but keep their last value for fl_metric_get.
 * Returns 0, or FL_ERR_FULL when the event buffer dropped older messages to make room.
 * Thread context (not ISR-safe: encodes a whole message). */
int fl_heartbeat_collect(void);

#endif
