/*
 * The board-specific part of the port contract: clocks and device identity. Everything else
 * (faults, reset, lock, storage) comes from ports/cortex-m.
 */
#include <stddef.h>
#include <string.h>

#include "board.h"
#include "example.h"
#include "faultline/platform/device_info.h"
#include "faultline/platform/time.h"

/* The GNU build id note the linker writes (-Wl,--build-id), placed by mps2.ld. */
typedef struct {
    uint32_t namesz;
    uint32_t descsz;
    uint32_t type;
    char name[4]; /* "GNU" */
    uint8_t desc[];
} build_id_note_t;

extern const build_id_note_t __build_id_note;

static char s_serial[65] = "qemu-" BOARD_NAME;

void example_set_serial(const char *serial, size_t len) {
    if (len > 0 && len < sizeof s_serial) {
        memcpy(s_serial, serial, len);
        s_serial[len] = '\0';
    }
}

/* The version the example reports; `make DEFS=-DFL_EXAMPLE_VERSION=1.2.0` builds another
 * release of it (tests use that for regressions). */
#ifndef FL_EXAMPLE_VERSION
#define FL_EXAMPLE_VERSION 1.0.0
#endif
#define EXAMPLE_STR_(x) #x
#define EXAMPLE_STR(x) EXAMPLE_STR_(x)

void fl_port_device_info(fl_device_info_t *info) {
    info->serial = s_serial;
    info->software_type = "qemu-example";
    info->software_version = EXAMPLE_STR(FL_EXAMPLE_VERSION);
    info->hardware_version = "mps2-" BOARD_NAME;
    if (__build_id_note.namesz == 4 && memcmp(__build_id_note.name, "GNU", 4) == 0) {
        info->build_id = __build_id_note.desc;
        info->build_id_len = __build_id_note.descsz;
    } else {
        info->build_id = NULL;
        info->build_id_len = 0;
    }
}

uint64_t fl_port_uptime_ms(void) { return board_ticks(); }

/* No RTC on MPS2: capture times are left out. */
bool fl_port_epoch_ms(uint64_t *out) {
    (void)out;
    return false;
}
