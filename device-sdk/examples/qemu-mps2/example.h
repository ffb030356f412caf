#ifndef EXAMPLE_H
#define EXAMPLE_H

#include <stddef.h>

/* BOARD_NAME ("an385"...) and BOARD_ID (385...) come from the Makefile. */
#ifndef BOARD_NAME
#error "build with the Makefile: make BOARD=an385|an386|an500"
#endif

/* Use serial (len bytes, not NUL-terminated) instead of "qemu-<board>". */
void example_set_serial(const char *serial, size_t len);

#if defined(FL_EXAMPLE_ZEPHYR_COREDUMP)
#include <stdint.h>
/* Also put [start, start + len) in the Zephyr-format dump (zephyr_coredump.c); up to two. */
void zephyr_coredump_add_region(const void *start, uint32_t len);
#endif

#endif
