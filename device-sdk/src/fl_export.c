/* Text lines for byte-stream links (include/faultline/export.h). */
#include "faultline/export.h"

#include "fl_internal.h"

static size_t put(char *out, size_t at, const char *s)
{
    while (*s) {
        out[at++] = *s++;
    }
    return at;
}

size_t fl_export_device_line(char *out, size_t size)
{
    fl_device_info_t d;
    size_t n;
    fl__zero(&d, sizeof d);
    fl_port_device_info(&d);
    if (!d.serial || !d.serial[0] || fl__strlen(d.serial) + 8 > size) {
        return 0;
    }
    n = put(out, put(out, 0, "FL1:D "), d.serial);
    out[n++] = '\n';
    out[n] = 0;
    return n;
}

size_t fl_export_chunk_line(const uint8_t *chunk, size_t n, char *out, size_t size)
{
    static const char b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    size_t i, at;
    if (!n || n > (SIZE_MAX - 8) / 4 || FL_EXPORT_CHUNK_LINE_MAX(n) > size) {
        return 0;
    }
    at = put(out, 0, "FL1:C ");
    for (i = 0; i < n; i += 3) {
        uint32_t v = (uint32_t)chunk[i] << 16;
        unsigned k;
        if (i + 1 < n) {
            v |= (uint32_t)chunk[i + 1] << 8;
        }
        if (i + 2 < n) {
            v |= chunk[i + 2];
        }
        for (k = 0; k < 4; k++) {
            out[at + k] = (k <= n - i) ? b64[(v >> (18 - 6 * k)) & 63u] : '=';
        }
        at += 4;
    }
    out[at++] = '\n';
    out[at] = 0;
    return at;
}
