/* MPS2 board support as QEMU models it: CMSDK UART0, SysTick, CMSDK watchdog, semihosting. */
#ifndef BOARD_H
#define BOARD_H

#include <stddef.h>
#include <stdint.h>

/* UART0 at 115200 8N1 (QEMU ignores the rate), SysTick at 1 kHz. */
void board_init(void);

void uart_write(const char *s, size_t n);
void uart_puts(const char *s);           /* s as is */
void uart_put_hex(uint32_t v);           /* 0x%08x */
void uart_put_dec(uint32_t v);

/* Milliseconds since board_init, from SysTick. */
uint32_t board_ticks(void);

/* Start the CMSDK watchdog: an NMI after timeout_ms, a reset after twice that. */
void board_watchdog_start(uint32_t timeout_ms);

/* Semihosting (needs -semihosting-config enable=on). The command line QEMU was given with
 * arg=... options, joined by spaces; false when semihosting is off or it does not fit. */
int board_cmdline(char *buf, size_t size);
void board_exit(int status) __attribute__((noreturn));

#endif
