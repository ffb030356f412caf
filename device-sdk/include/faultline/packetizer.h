/*
 * Packetizer: turns queued data into protocol v1 chunks (sdk-guides/chunk-protocol.md).
 *
 * The application pulls chunks and sends them over any link:
 *
 *     uint8_t buf[20];
 *     size_t n;
 *     while ((n = fl_packetizer_next(buf, sizeof buf)) > 0) {
 *         if (!link_send(buf, n)) { fl_packetizer_rewind(); break; }   // retry later
 *         fl_packetizer_commit();                                      // delivered
 *     }
 *
 * Several chunks may be pulled before one commit (an HTTP upload of many chunks). Data is
 * removed from the device only by fl_packetizer_commit, for messages whose every chunk was
 * pulled; fl_packetizer_rewind makes the next pulls return the very same bytes again (protocol
 * §5 retransmission), provided the same mtu is used — with a different mtu the pending
 * message is re-chunked in a new session instead. Messages are sent in this order: the
 * context message (once per boot, first), a stored coredump, then the event buffer, oldest
 * first. After a reset, a message that was only partly delivered is sent again whole in the
 * new session; the receiver has dropped its partial copy (missing_chunk), so it is neither
 * lost nor duplicated.
 *
 * Sessions (protocol §5): the first chunk after fl_init, after fl_packetizer_drop_pending
 * and after an mtu change with chunks pending carries RESYNC and a new session id. Ids come
 * from a counter kept in the reboot-info area (+1 per new session, so one boot's id never
 * repeats the previous boot's); when that area held no valid record (a power-on without
 * retained RAM) the counter restarts from a seed taken from the area's old contents and the
 * clocks, as the protocol recommends for devices without non-volatile memory.
 *
 * All functions: thread context, one caller at a time (not ISR-safe).
 */
#ifndef FAULTLINE_PACKETIZER_H
#define FAULTLINE_PACKETIZER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Write the next chunk, at most mtu bytes (8 ≤ mtu ≤ FL_MAX_MTU), into buf. Returns its
 * length, or 0 when there is nothing to send (or mtu is out of range, or before fl_init).
 * Every chunk is mtu bytes except the last of a message. Calling it with an mtu different from
 * the one of chunks pulled and not yet committed rewinds them and starts a new session; after
 * a commit the mtu may change freely. */
size_t fl_packetizer_next(uint8_t *buf, size_t mtu);

/* True when fl_packetizer_next would return a chunk. */
bool fl_packetizer_has_data(void);

/* Every chunk returned since the last commit/rewind was delivered. */
void fl_packetizer_commit(void);

/* Delivery of the chunks since the last commit is uncertain: pull them again. When one of
 * their messages was evicted meanwhile by a full event buffer, the bytes cannot be reproduced:
 * the next chunk then starts a new session with what is left. */
void fl_packetizer_rewind(void);

/* Give up on the chunks since the last commit (e.g. HTTP 400/413): the messages they belong
 * to are dropped (counted in fl_stats_t.messages_abandoned) and the next chunk starts a new
 * session. */
void fl_packetizer_drop_pending(void);

#endif
