/*
 * Port contract: memory that the SDK keeps its data in.
 *
 * The SDK allocates nothing itself. The port hands it four areas; where they live decides
 * what survives what:
 *
 *  - the event buffer (queued messages): RAM in a .noinit section survives a reset, not a
 *    power loss; a file (posix) or battery-backed RAM survives both.
 *  - the coredump area: must survive the reset that follows a crash. Written from the fault
 *    handler, so writes must not use interrupts, locks or the heap.
 *  - the log buffer: like the event buffer, ideally surviving a reset.
 *  - the reboot-info area: a few bytes that must survive resets (.noinit RAM, a backup
 *    register file, an RTC's RAM).
 *
 * The SDK validates every area with a magic and a CRC at fl_init, so garbage after a power-on
 * is detected and the area is reset.
 */
#ifndef FAULTLINE_PLATFORM_STORAGE_H
#define FAULTLINE_PLATFORM_STORAGE_H

#include <stddef.h>
#include <stdint.h>

/* Event buffer: a byte array of *size bytes (≥ 64), 4-byte aligned, directly addressable.
 * Called once, from fl_init. */
uint8_t *fl_port_event_storage(size_t *size);

/* Log buffer: a byte array of *size bytes (≥ 32; 0 disables logging). Keep it in RAM that
 * survives a reset so the lines written before a crash can be sent after it. Called once, from
 * fl_init. */
uint8_t *fl_port_log_storage(size_t *size);

/* Reboot info: FL_REBOOT_INFO_BYTES bytes (see reboot.h), 4-byte aligned, surviving resets.
 * Called from fl_init and from the fault handler. */
void *fl_port_reboot_info(void);

/* Coredump area. Called from the fault handler (write/size) and from thread context
 * (read/size/clear). Offsets are from the start of the area. A flash-backed port erases in
 * fl_port_coredump_clear and programs in fl_port_coredump_write. */
size_t fl_port_coredump_size(void);
void fl_port_coredump_write(size_t offset, const void *data, size_t len);
void fl_port_coredump_read(size_t offset, void *data, size_t len);
void fl_port_coredump_clear(void);

#endif
