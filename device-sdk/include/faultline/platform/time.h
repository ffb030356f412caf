/* Port contract: clocks. */
#ifndef FAULTLINE_PLATFORM_TIME_H
#define FAULTLINE_PLATFORM_TIME_H

#include <stdbool.h>
#include <stdint.h>

/* Milliseconds since boot; monotonic. Called from any context, including ISRs and the fault
 * handler: must not block or take locks. */
uint64_t fl_port_uptime_ms(void);

/* Wall-clock time as Unix epoch milliseconds. Returns false when the device has no valid
 * clock (then capture times are omitted). Same context rules as fl_port_uptime_ms. */
bool fl_port_epoch_ms(uint64_t *out);

#endif
