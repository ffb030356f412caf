/* Reboot-reason tracking in the port's reboot-info area. */
#include "fl_internal.h"

#define FL_RBI_MAGIC 0x31424c46u /* "FLB1" */

enum {
    RBI_MARKED = 1u,     /* a reason was recorded before the reset */
    RBI_UNEXPECTED = 2u, /* ... and it was not asked for */
    RBI_HAS_PC = 4u,
    RBI_SESSION_SHIFT = 8, /* bits 8-15: session counter (low bits of boots + new sessions) */
    RBI_UNREPORTED_SHIFT = 16 /* bits 16-23: unexpected resets no heartbeat has counted yet */
};

typedef struct {
    uint32_t magic;
    uint32_t reason;
    uint32_t flags;
    uint32_t pc;
    uint32_t lr;
    uint32_t crash_count;
    uint32_t boot_count;
    uint32_t crc;
} rbi_t;

typedef char rbi_size_check[sizeof(rbi_t) == FL_REBOOT_INFO_BYTES ? 1 : -1];

static rbi_t *rbi(void)
{
    return (rbi_t *)fl_port_reboot_info();
}

static uint32_t rbi_crc(const rbi_t *r)
{
    return fl__crc16(0xffffu, r, offsetof(rbi_t, crc));
}

static void rbi_seal(rbi_t *r)
{
    r->crc = rbi_crc(r);
}

/* The area, formatted when it holds no valid record. Returns false when it had to format. */
static bool rbi_valid(rbi_t *r)
{
    if (r->magic == FL_RBI_MAGIC && r->crc == rbi_crc(r)) {
        return true;
    }
    fl__zero(r, sizeof *r);
    r->magic = FL_RBI_MAGIC;
    rbi_seal(r);
    return false;
}

bool fl_reboot_is_unexpected(uint32_t reason)
{
    return reason >= FL_REBOOT_BROWN_OUT && reason <= FL_REBOOT_OUT_OF_MEMORY;
}

void fl_reboot_mark(uint32_t reason, bool unexpected, uint32_t pc, uint32_t lr)
{
    rbi_t *r = rbi();
    (void)rbi_valid(r);
    if (r->flags & RBI_MARKED) {
        return; /* the first reason wins */
    }
    if (reason < FL_REBOOT_CUSTOM_BASE) {
        unexpected = fl_reboot_is_unexpected(reason);
    }
    r->reason = reason;
    r->pc = pc;
    r->lr = lr;
    /* pc 0 with an lr is a real pc (a call through a null pointer); both 0: not known */
    r->flags |= RBI_MARKED | (unexpected ? RBI_UNEXPECTED : 0u) | ((pc || lr) ? RBI_HAS_PC : 0u);
    rbi_seal(r);
}

void fl_reboot(uint32_t reason)
{
    fl_reboot_mark(reason, false, 0, 0);
    fl_port_reset();
}

uint8_t fl__reboot_init(void)
{
    rbi_t *r = rbi();
    fl_reboot_info_t *last = &fl__s.last;
    uint32_t session, unreported;
    uint64_t t = fl_port_uptime_ms();
    /* Seed for the session counter in case the area is garbage: after a power-on the session
     * id must not repeat the previous boot's (protocol §5), and nothing remembers it. What
     * the garbage and the clocks hold is as random as a device without a RNG gets. */
    uint16_t seed = fl__crc16(fl__crc16(0xffffu, r, sizeof *r), &t, sizeof t);
    if (fl_port_epoch_ms(&t)) {
        seed = fl__crc16(seed, &t, sizeof t);
    }
    if (!rbi_valid(r)) {
        r->flags = (uint32_t)(seed & 0xffu) << RBI_SESSION_SHIFT;
        /* Power-on (or the area was corrupted): ask the hardware. */
        last->reason = fl_port_hw_reset_reason();
        if (last->reason == FL_REBOOT_UNKNOWN) {
            last->reason = FL_REBOOT_POWER_ON;
        }
        last->unexpected = fl_reboot_is_unexpected(last->reason);
    } else if (r->flags & RBI_MARKED) {
        last->reason = r->reason;
        last->unexpected = (r->flags & RBI_UNEXPECTED) != 0;
        last->has_pc = (r->flags & RBI_HAS_PC) != 0;
        last->pc = r->pc;
        last->lr = r->lr;
    } else {
        /* A reset the firmware did not record: watchdog, pin, a lost power supply... */
        last->reason = fl_port_hw_reset_reason();
        last->unexpected = fl_reboot_is_unexpected(last->reason);
    }
    /* for the heartbeat's fl_unexpected_reboots: resets in a crash loop that no heartbeat
     * got out of are counted by the first heartbeat after it */
    unreported = FL_METRICS_BUILTIN ? (r->flags >> RBI_UNREPORTED_SHIFT) & 0xffu : 0u;
    if (last->unexpected) {
        r->crash_count++;
        unreported += unreported < 0xffu;
    }
    r->boot_count++;
    session = ((r->flags >> RBI_SESSION_SHIFT) + 1u) & 0xffu;
    r->flags = session << RBI_SESSION_SHIFT;
    if (FL_METRICS_BUILTIN) {
        r->flags |= unreported << RBI_UNREPORTED_SHIFT;
    }
    r->reason = 0;
    r->pc = 0;
    r->lr = 0;
    rbi_seal(r);
    last->crash_count = r->crash_count;
    last->boot_count = r->boot_count;
    return (uint8_t)session;
}

uint8_t fl__reboot_new_session(void)
{
    rbi_t *r = rbi();
    (void)rbi_valid(r);
    r->flags = (r->flags & ~0xff00u) | ((r->flags + (1u << RBI_SESSION_SHIFT)) & 0xff00u);
    rbi_seal(r);
    return (uint8_t)(r->flags >> RBI_SESSION_SHIFT);
}

#if FL_METRICS_BUILTIN
uint32_t fl__reboot_take_unreported(void)
{
    rbi_t *r = rbi();
    uint32_t n;
    (void)rbi_valid(r);
    n = (r->flags >> RBI_UNREPORTED_SHIFT) & 0xffu;
    if (n) {
        r->flags &= ~(0xffu << RBI_UNREPORTED_SHIFT);
        rbi_seal(r);
    }
    return n;
}
#endif

typedef struct {
    const fl_reboot_info_t *i;
    fl_when_t when;
} reboot_arg_t;

static void enc_reboot(fl_sink_t *s, const void *arg)
{
    const reboot_arg_t *a = (const reboot_arg_t *)arg;
    const fl_reboot_info_t *i = a->i;
    fl__pb(s, FL_PB_VARINT(1), i->reason);
    fl__pb(s, FL_PB_VARINT(2), i->unexpected);
    if (i->has_pc) {
        fl__pb(s, FL_PB_VARINT(3) | FL_PB_ALWAYS, i->pc);
        fl__pb(s, FL_PB_VARINT(4) | FL_PB_ALWAYS, i->lr);
    }
    fl__pb(s, FL_PB_VARINT(5), i->crash_count);
    fl__pb_when(s, &a->when);
}

void fl__reboot_queue(void)
{
    reboot_arg_t a;
    a.i = &fl__s.last;
    fl__now(&a.when);
    (void)fl__push(FL_MSG_REBOOT, enc_reboot, &a);
}

const fl_reboot_info_t *fl_reboot_last(void)
{
    return &fl__s.last;
}

void fl_reboot_clear_crash_count(void)
{
    rbi_t *r = rbi();
    (void)rbi_valid(r);
    r->crash_count = 0;
    rbi_seal(r);
}
