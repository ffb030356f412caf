/*
 * Compile-time configuration with defaults.
 *
 * An application overrides any of these by defining FL_CONFIG_HEADER to the name of its own
 * header (for example -DFL_CONFIG_HEADER='"faultline_config.h"'), which is included first.
 */
#ifndef FAULTLINE_CONFIG_H
#define FAULTLINE_CONFIG_H

#ifdef FL_CONFIG_HEADER
#include FL_CONFIG_HEADER
#endif

/* The X-macro list of heartbeat metrics (see metrics.h). Must be on the include path. */
#ifndef FL_METRICS_DEF
#define FL_METRICS_DEF "faultline_metrics.def"
#endif

/* 1: the SDK's built-in metrics (uptime, unexpected resets, the crash-free flag) head the
 * metric list, ahead of FL_METRICS_DEF (metrics.h). 0: the heartbeat carries the
 * application's metrics only. */
#ifndef FL_METRICS_BUILTIN
#define FL_METRICS_BUILTIN 1
#endif

/* 1: write the metric list's names, kinds and units into the ELF section .faultline.metrics,
 * which is not loaded (no flash, no RAM); the server names heartbeat values from it. Needs a
 * GNU-compatible compiler and an ELF target; elsewhere nothing is written either way. */
#ifndef FL_METRICS_SCHEMA
#define FL_METRICS_SCHEMA 1
#endif

/* The X-macro list of firmware-defined trace reasons (see trace.h). */
#ifndef FL_TRACE_REASONS_DEF
#define FL_TRACE_REASONS_DEF "faultline_trace_reasons.def"
#endif

/* Context id every message carries (protocol §9.2); a single-image firmware uses 1. */
#ifndef FL_CONTEXT_ID
#define FL_CONTEXT_ID 1
#endif

/* Largest chunk the packetizer is ever asked for. Bounds nothing in RAM: chunks are written
 * straight into the caller's buffer. */
#ifndef FL_MAX_MTU
#define FL_MAX_MTU 1024
#endif

/* Bytes of stack captured in a coredump, from the stack pointer at the fault upwards
 * (including the exception frame). */
#ifndef FL_COREDUMP_STACK_BYTES
#define FL_COREDUMP_STACK_BYTES 512
#endif

/* Extra memory regions a coredump may carry (fl_coredump_add_region). */
#ifndef FL_COREDUMP_MAX_EXTRA_REGIONS
#define FL_COREDUMP_MAX_EXTRA_REGIONS 2
#endif

/* 1: compress coredump memory with region encoding 1 ("words"); 0: send raw bytes. */
#ifndef FL_COREDUMP_COMPRESS
#define FL_COREDUMP_COMPRESS 1
#endif

/* 1: the RAM log buffer (log.h). 0: fl_log* do nothing and the log code is not linked; the
 * port's log area is never asked for. */
#ifndef FL_LOG_ENABLE
#define FL_LOG_ENABLE 1
#endif

/* Longest log line kept in the RAM log buffer; longer lines are cut. */
#ifndef FL_LOG_MAX_LINE
#define FL_LOG_MAX_LINE 96
#endif

/* Minimum level kept by fl_log (0 debug, 1 info, 2 warn, 3 error). */
#ifndef FL_LOG_MIN_LEVEL
#define FL_LOG_MIN_LEVEL 1
#endif

/* Longest value of a string metric, excluding the terminating NUL. */
#ifndef FL_METRIC_STRING_MAX
#define FL_METRIC_STRING_MAX 16
#endif

/* 1: send the capture time (field 15) when the port has a wall clock. */
#ifndef FL_SEND_CAPTURE_TIME
#define FL_SEND_CAPTURE_TIME 1
#endif

#endif /* FAULTLINE_CONFIG_H */
