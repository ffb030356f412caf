/* Heartbeat metrics. */
#include "fl_internal.h"

/* Per integer metric: 0 counter, 1 gauge, 2 + slot for a timer. */
enum { KIND_COUNTER = 0, KIND_GAUGE = 1, KIND_TIMER = 2 };

static const uint8_t kinds[FL_METRIC_INT_COUNT + 1] = {
#define FL_METRIC_COUNTER(name) KIND_COUNTER,
#define FL_METRIC_GAUGE(name) KIND_GAUGE,
#define FL_METRIC_TIMER(name) KIND_TIMER + FL_TIMER_SLOT_##name,
#define FL_METRIC_STRING(name)
#include "faultline/metrics_list.h"
#undef FL_METRIC_COUNTER
#undef FL_METRIC_GAUGE
#undef FL_METRIC_TIMER
#undef FL_METRIC_STRING
    0};

#if FL_METRICS_SCHEMA && defined(__GNUC__) && defined(__ELF__)
/* The list's schema for the server (format: sdk-guides/metrics.md §2), one line per metric in
 * declaration order, in a section without the "a" flag: the linker gives it no address and
 * puts it in no segment, so it costs no flash or RAM, and --gc-sections keeps it (only
 * allocated sections are collected). Only this file writes it: one schema per image. */
#define FL__SCHEMA_STR(x) #x
#define FL__SCHEMA_LINE(kind, name, unit) "\t.ascii \"" kind " " FL__SCHEMA_STR(name) unit "\\n\"\n"
#define FL_METRIC_COUNTER(name) FL__SCHEMA_LINE("counter", name, "")
#define FL_METRIC_GAUGE(name) FL__SCHEMA_LINE("gauge", name, "")
#define FL_METRIC_TIMER(name) FL__SCHEMA_LINE("timer", name, " ms")
#define FL_METRIC_STRING(name) FL__SCHEMA_LINE("string", name, "")
#define FL_METRIC_COUNTER_UNIT(name, unit) FL__SCHEMA_LINE("counter", name, " " unit)
#define FL_METRIC_GAUGE_UNIT(name, unit) FL__SCHEMA_LINE("gauge", name, " " unit)
__asm__(".pushsection .faultline.metrics,\"\",%progbits\n"
        "\t.ascii \"faultline-metrics 1\\n\"\n"
#include "faultline/metrics_list.h"
        ".popsection\n");
#undef FL_METRIC_COUNTER
#undef FL_METRIC_GAUGE
#undef FL_METRIC_TIMER
#undef FL_METRIC_STRING
#undef FL_METRIC_COUNTER_UNIT
#undef FL_METRIC_GAUGE_UNIT
#endif

/* Counts as variables: a loop `i < 0` over a constant would trip -Wtype-limits. */
static const unsigned n_int = FL_METRIC_INT_COUNT, n_str = FL_METRIC_STR_COUNT;

static uint32_t now32(void)
{
    return (uint32_t)fl_port_uptime_ms();
}

static void set_bit(uint8_t *bits, unsigned i)
{
    bits[i / 8] = (uint8_t)(bits[i / 8] | (1u << (i % 8)));
}

static bool get_bit(const uint8_t *bits, unsigned i)
{
    return (bits[i / 8] >> (i % 8)) & 1u;
}

void fl__metrics_init(void)
{
    fl__s.mlast = now32();
}

/* op 0: add, 1: set. */
static void update(fl_metric_id_t id, int32_t v, int op)
{
    if ((unsigned)id >= n_int) {
        return;
    }
    fl_port_lock();
    fl__s.mval[id] = op ? v : (int32_t)((uint32_t)fl__s.mval[id] + (uint32_t)v);
    set_bit(fl__s.mset, (unsigned)id);
    fl_port_unlock();
}

void fl_metric_add(fl_metric_id_t id, int32_t delta)
{
    update(id, delta, 0);
}

void fl_metric_set(fl_metric_id_t id, int32_t value)
{
    update(id, value, 1);
}

int32_t fl_metric_get(fl_metric_id_t id)
{
    return (unsigned)id < n_int ? fl__s.mval[id] : 0;
}

/* Timer slot of an integer metric, or -1. */
static int timer_slot(fl_metric_id_t id)
{
    return ((unsigned)id < n_int && kinds[id] >= KIND_TIMER) ? kinds[id] - KIND_TIMER
                                                                            : -1;
}

void fl_metric_timer_start(fl_metric_id_t id)
{
    int t = timer_slot(id);
    if (t < 0) {
        return;
    }
    fl_port_lock();
    if (!get_bit(fl__s.trun, (unsigned)t)) {
        set_bit(fl__s.trun, (unsigned)t);
        fl__s.tstart[t] = now32();
    }
    fl_port_unlock();
}

void fl_metric_timer_stop(fl_metric_id_t id)
{
    int t = timer_slot(id);
    if (t < 0) {
        return;
    }
    fl_port_lock();
    if (get_bit(fl__s.trun, (unsigned)t)) {
        fl__s.trun[t / 8] = (uint8_t)(fl__s.trun[t / 8] & ~(1u << (t % 8)));
        fl__s.mval[id] = (int32_t)((uint32_t)fl__s.mval[id] + (now32() - fl__s.tstart[t]));
        set_bit(fl__s.mset, (unsigned)id);
    }
    fl_port_unlock();
}

void fl_metric_set_string(fl_metric_str_id_t id, const char *value)
{
    size_t n = 0;
    if ((unsigned)id >= n_str) {
        return;
    }
    fl_port_lock();
    while (value && n < FL_METRIC_STRING_MAX && value[n]) {
        fl__s.mstr[id][n] = value[n];
        n++;
    }
    fl__s.mstr[id][n] = 0;
    set_bit(fl__s.mset, n_int + (unsigned)id);
    fl_port_unlock();
}

typedef struct {
    uint32_t now;
    uint32_t duration_s;
    fl_when_t when;
} hb_arg_t;

#if FL_METRICS_BUILTIN
/* ms / 1000 without a 64-bit division (a library call on Cortex-M): long division in 16-bit
 * digits. Saturates at INT32_MAX seconds (68 years). */
static int32_t seconds(uint64_t ms)
{
    uint32_t hi = (uint32_t)(ms >> 32), lo = (uint32_t)ms, cur, q;
    if (hi >= 500u) {
        return INT32_MAX;
    }
    cur = hi << 16 | lo >> 16;
    q = cur / 1000u;
    cur = (cur % 1000u) << 16 | (lo & 0xffffu);
    return (int32_t)(q << 16 | cur / 1000u);
}

/* The built-in metrics, measured at the end of the interval. Lock held. */
static void builtin_metrics(uint64_t now_ms)
{
    uint32_t crashes = fl__reboot_take_unreported();
    fl__s.mval[FL_METRIC_ID_fl_uptime_s] = seconds(now_ms);
    fl__s.mval[FL_METRIC_ID_fl_unexpected_reboots] = (int32_t)crashes;
    fl__s.mval[FL_METRIC_ID_fl_crash_free] = crashes == 0;
    set_bit(fl__s.mset, FL_METRIC_ID_fl_uptime_s);
    set_bit(fl__s.mset, FL_METRIC_ID_fl_unexpected_reboots);
    set_bit(fl__s.mset, FL_METRIC_ID_fl_crash_free);
}
#endif

/* Updated in this interval: recorded, or a timer that is running. */
static bool running(unsigned i)
{
    int t = timer_slot((fl_metric_id_t)i);
    return t >= 0 && get_bit(fl__s.trun, (unsigned)t);
}

/* The value sent for metric i: 0 when unset; a running timer adds the time so far. */
static int64_t value(unsigned i, uint32_t now)
{
    int64_t v = get_bit(fl__s.mset, i) ? fl__s.mval[i] : 0;
    if (running(i)) {
        v += (int64_t)(now - fl__s.tstart[timer_slot((fl_metric_id_t)i)]);
    }
    return v;
}

static void enc_heartbeat(fl_sink_t *s, const void *arg)
{
    const hb_arg_t *a = (const hb_arg_t *)arg;
    unsigned i;
    size_t packed = 0;
    uint8_t unset[(FL__NINT + 7) / 8];
    bool any_unset = false;
    fl__pb(s, FL_PB_VARINT(1), a->duration_s);
    fl__zero(unset, sizeof unset);
    for (i = 0; i < n_int; i++) {
        packed += fl__varint_size(fl__zigzag(value(i, a->now)));
        if (!get_bit(fl__s.mset, i) && !running(i)) {
            set_bit(unset, i);
            any_unset = true;
        }
    }
    if (packed) {
        fl__emit_byte(s, FL_PB_LEN(2));
        fl__emit_varint(s, packed);
        for (i = 0; i < n_int; i++) {
            fl__emit_varint(s, fl__zigzag(value(i, a->now)));
        }
    }
    for (i = 0; i < n_str; i++) {
        const char *t = get_bit(fl__s.mset, n_int + i) ? fl__s.mstr[i] : "";
        size_t n = fl__strlen(t);
        fl__emit_byte(s, FL_PB_LEN(3));
        fl__emit_varint(s, n);
        fl__emit(s, t, n);
    }
    if (any_unset) {
        fl__pb_bytes(s, FL_PB_LEN(4), unset, (n_int + 7) / 8);
    }
    fl__pb_when(s, &a->when);
}

int fl_heartbeat_collect(void)
{
    hb_arg_t a;
    unsigned i;
    int rc;
    if (!fl__s.inited) {
        return FL_ERR_STATE;
    }
    fl__now(&a.when);
    fl_port_lock();
    a.now = now32();
    a.duration_s = (a.now - fl__s.mlast) / 1000u;
#if FL_METRICS_BUILTIN
    builtin_metrics(fl_port_uptime_ms());
#endif
    rc = fl__push_locked(FL_MSG_HEARTBEAT, enc_heartbeat, &a);
    for (i = 0; i < n_int; i++) {
        int t = timer_slot((fl_metric_id_t)i);
        if (kinds[i] != KIND_GAUGE) {
            fl__s.mval[i] = 0;
        }
        if (t >= 0) {
            fl__s.tstart[t] = a.now; /* a running timer goes on in the next interval */
        }
    }
    fl__zero(fl__s.mset, sizeof fl__s.mset);
    fl__s.mlast = a.now;
    fl_port_unlock();
    return rc;
}
