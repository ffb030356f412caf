/* Port contract: who the device is and what it runs (sent in the context message). */
#ifndef FAULTLINE_PLATFORM_DEVICE_INFO_H
#define FAULTLINE_PLATFORM_DEVICE_INFO_H

#include <stddef.h>
#include <stdint.h>

typedef struct {
    const char *serial;           /* 1-64 chars of A-Z a-z 0-9 - _ . : (used by transports) */
    const char *software_type;    /* e.g. "main" */
    const char *software_version; /* e.g. "1.4.2" */
    const char *hardware_version; /* e.g. "evt-2" */
    const uint8_t *build_id;      /* GNU build id of the running image, may be NULL */
    size_t build_id_len;
} fl_device_info_t;

/* Fill *info; the strings must stay valid for the program's life. Called from thread
 * context only. */
void fl_port_device_info(fl_device_info_t *info);

#endif
