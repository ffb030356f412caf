/*
 * The heartbeat's metric list, expanded as an X-macro: the SDK's built-in metrics first, then
 * the application's FL_METRICS_DEF. Deliberately without an include guard: every expansion
 * includes it again, after defining FL_METRIC_COUNTER, FL_METRIC_GAUGE, FL_METRIC_TIMER and
 * FL_METRIC_STRING (one argument, the name). An expansion that does not care about units
 * leaves FL_METRIC_COUNTER_UNIT / FL_METRIC_GAUGE_UNIT undefined: they then expand to the
 * one-argument forms. See metrics.h.
 */
#ifndef FL_METRIC_COUNTER_UNIT
#define FL_METRIC_COUNTER_UNIT(name, unit) FL_METRIC_COUNTER(name)
#define FL__LIST_COUNTER_UNIT
#endif
#ifndef FL_METRIC_GAUGE_UNIT
#define FL_METRIC_GAUGE_UNIT(name, unit) FL_METRIC_GAUGE(name)
#define FL__LIST_GAUGE_UNIT
#endif

#if FL_METRICS_BUILTIN
/* Maintained by the SDK at each fl_heartbeat_collect (sdk-guides/metrics.md §4). */
FL_METRIC_GAUGE_UNIT(fl_uptime_s, "s")
FL_METRIC_COUNTER(fl_unexpected_reboots)
FL_METRIC_GAUGE(fl_crash_free)
#endif
#include FL_METRICS_DEF

#ifdef FL__LIST_COUNTER_UNIT
#undef FL_METRIC_COUNTER_UNIT
#undef FL__LIST_COUNTER_UNIT
#endif
#ifdef FL__LIST_GAUGE_UNIT
#undef FL_METRIC_GAUGE_UNIT
#undef FL__LIST_GAUGE_UNIT
#endif
