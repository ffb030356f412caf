/*
 * Line export for byte-stream links (UART, a debug console, a log file).
 *
 * A device without its own network prints its chunks as text lines; `faultline bridge` on a
 * host reads them from the stream (other output may be interleaved on other lines) and posts
 * the chunks to the server under the announced serial:
 *
 *     FL1:D <serial>\n                 the device announces its serial (once per boot is enough)
 *     FL1:C <chunk, base64>\n          one chunk, standard base64 (RFC 4648) with = padding
 *
 * A chunk line for an mtu of n bytes is 7 + 4 * ceil(n / 3) characters long (35 for a 20-byte
 * chunk, 1375 for 1024), plus the NUL these functions write after the line.
 *
 *     char line[FL_EXPORT_CHUNK_LINE_MAX(20)];
 *     uint8_t chunk[20];
 *     size_t n, len;
 *     uart_write(line, fl_export_device_line(line, sizeof line));
 *     while ((n = fl_packetizer_next(chunk, sizeof chunk)) > 0) {
 *         len = fl_export_chunk_line(chunk, n, line, sizeof line);
 *         uart_write(line, len);
 *         fl_packetizer_commit();   // a UART has no acknowledgement: printed = delivered
 *     }
 */
#ifndef FAULTLINE_EXPORT_H
#define FAULTLINE_EXPORT_H

#include <stddef.h>
#include <stdint.h>

/* Buffer size (including the NUL) for a chunk line of up to n chunk bytes. */
#define FL_EXPORT_CHUNK_LINE_MAX(n) (7u + 4u * (((n) + 2u) / 3u) + 1u)

/* Buffer size for the device line (a serial is at most 64 characters). */
#define FL_EXPORT_DEVICE_LINE_MAX (6u + 64u + 1u + 1u)

/* Write "FL1:D <serial>\n" (serial from fl_port_device_info) and a NUL into out. Returns the
 * line's length without the NUL, or 0 when it does not fit in size bytes (or the serial is
 * empty). Thread context. */
size_t fl_export_device_line(char *out, size_t size);

/* Write "FL1:C <base64 of the n chunk bytes>\n" and a NUL into out. Returns the line's length
 * without the NUL, or 0 when it does not fit in size bytes or n is 0. Any context. */
size_t fl_export_chunk_line(const uint8_t *chunk, size_t n, char *out, size_t size);

#endif
