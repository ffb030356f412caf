/*
 * Trace events: an error the firmware noticed and survived.
 *
 * Reasons are declared in the application's FL_TRACE_REASONS_DEF file
 * (default "faultline_trace_reasons.def"), one line each, numbered from 1 in order:
 *
 *     FL_TRACE_REASON(flash_write_failed)
 *     FL_TRACE_REASON(i2c_nak)
 *
 * FL_TRACE(flash_write_failed) records the reason with the caller's pc and lr;
 * FL_TRACE_STATUS(i2c_nak, -5) adds a status code. Both are ISR-safe and cost one call.
 */
#ifndef FAULTLINE_TRACE_H
#define FAULTLINE_TRACE_H

#include <stdbool.h>
#include <stdint.h>

#include "faultline/config.h"

typedef enum {
    FL_TRACE_REASON_NONE = 0,
#define FL_TRACE_REASON(name) FL_TRACE_REASON_##name,
#include FL_TRACE_REASONS_DEF
#undef FL_TRACE_REASON
    FL_TRACE_REASON_COUNT
} fl_trace_reason_t;

/* Queue a trace message. The pc recorded is this call's return address (the call site);
 * lr is the caller's own return address, which the macros pass. Returns 0, or FL_ERR_FULL when
 * older messages were dropped for room. ISR-safe. */
int fl_trace_record(uint32_t reason, uint32_t lr, bool has_status, int32_t status);

/* Same, with an explicit pc (for wrappers and host ports whose return addresses are not the
 * device's). ISR-safe. */
int fl_trace_record_pc(uint32_t reason, uint32_t pc, uint32_t lr, bool has_status,
                       int32_t status);

#if defined(__GNUC__)
#define FL_TRACE_LR_() ((uint32_t)(uintptr_t)__builtin_return_address(0))
#else
#define FL_TRACE_LR_() 0u
#endif

#define FL_TRACE(reason) fl_trace_record(FL_TRACE_REASON_##reason, FL_TRACE_LR_(), false, 0)
#define FL_TRACE_STATUS(reason, status) \
    fl_trace_record(FL_TRACE_REASON_##reason, FL_TRACE_LR_(), true, (status))

#endif
