/* Port contract: mutual exclusion around the SDK's shared state. */
#ifndef FAULTLINE_PLATFORM_LOCK_H
#define FAULTLINE_PLATFORM_LOCK_H

/* Enter / leave a critical section. Calls never nest. Functions documented as ISR-safe take
 * this lock, so on a system that records from interrupts it must mask them (bare metal:
 * save PRIMASK and disable; an RTOS: its ISR-safe critical section). The SDK holds it for a
 * bounded time: one message encode, which is ≤ FL_LOG_MAX_LINE + 32 bytes copied for the
 * ISR-safe calls; fl_heartbeat_collect (the metrics) and fl_log_upload (the whole log buffer)
 * copy more, from thread context, and fl_packetizer_next copies at most one chunk's worth of
 * a queued message. */
void fl_port_lock(void);
void fl_port_unlock(void);

#endif
