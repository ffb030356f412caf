/* Trace events. */
#include "fl_internal.h"

typedef struct {
    uint32_t reason, pc, lr;
    int32_t status;
    bool has_status;
    fl_when_t when;
} trace_arg_t;

static void enc_trace(fl_sink_t *s, const void *arg)
{
    const trace_arg_t *a = (const trace_arg_t *)arg;
    fl__pb(s, FL_PB_VARINT(1), a->reason);
    fl__pb(s, FL_PB_VARINT(2), a->pc);
    fl__pb(s, FL_PB_VARINT(3), a->lr);
    if (a->has_status) {
        /* sint32: zigzag over 32 bits. */
        uint32_t z = ((uint32_t)a->status << 1) ^ (a->status < 0 ? UINT32_MAX : 0u);
        fl__pb(s, FL_PB_VARINT(4) | FL_PB_ALWAYS, z);
    }
    fl__pb_when(s, &a->when);
}

int fl_trace_record_pc(uint32_t reason, uint32_t pc, uint32_t lr, bool has_status,
                       int32_t status)
{
    trace_arg_t a;
    a.reason = reason;
    a.pc = pc;
    a.lr = lr;
    a.status = status;
    a.has_status = has_status;
    fl__now(&a.when);
    return fl__push(FL_MSG_TRACE, enc_trace, &a);
}

FL_NOINLINE int fl_trace_record(uint32_t reason, uint32_t lr, bool has_status, int32_t status)
{
    uint32_t pc = 0;
#if defined(__GNUC__)
    pc = (uint32_t)(uintptr_t)__builtin_return_address(0);
#endif
    return fl_trace_record_pc(reason, pc, lr, has_status, status);
}
