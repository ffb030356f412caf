#include "board.h"

#define REG32(addr) (*(volatile uint32_t *)(addr))

/* CMSDK APB UART0. */
#define UART0_DATA REG32(0x40004000u)
#define UART0_STATE REG32(0x40004004u)
#define UART0_CTRL REG32(0x40004008u)
#define UART0_BAUDDIV REG32(0x40004010u)
#define UART_STATE_TX_FULL (1u << 0)
#define UART_CTRL_TX_EN (1u << 0)

/* SysTick on the processor clock (25 MHz on MPS2). */
#define SYST_CSR REG32(0xE000E010u)
#define SYST_RVR REG32(0xE000E014u)
#define SYST_CVR REG32(0xE000E018u)
#define CORE_HZ 25000000u

/* CMSDK APB watchdog; its interrupt is wired to the NMI. */
#define WDOG_LOAD REG32(0x40008000u)
#define WDOG_CTRL REG32(0x40008008u)
#define WDOG_LOCK REG32(0x40008C00u)
#define WDOG_CTRL_INTEN (1u << 0)
#define WDOG_CTRL_RESEN (1u << 1)
#define WDOG_UNLOCK_KEY 0x1ACCE551u

static volatile uint32_t s_ticks;

void SysTick_Handler(void) { s_ticks++; }

uint32_t board_ticks(void) { return s_ticks; }

void board_init(void) {
    UART0_BAUDDIV = CORE_HZ / 115200u; /* ≥ 16, as the CMSDK UART requires */
    UART0_CTRL = UART_CTRL_TX_EN;
    SYST_RVR = CORE_HZ / 1000u - 1u;
    SYST_CVR = 0;
    SYST_CSR = 7u; /* processor clock, interrupt, enable */
}

void uart_write(const char *s, size_t n) {
    for (size_t i = 0; i < n; i++) {
        while (UART0_STATE & UART_STATE_TX_FULL) {
        }
        UART0_DATA = (uint8_t)s[i];
    }
}

void uart_puts(const char *s) {
    size_t n = 0;
    while (s[n] != '\0') {
        n++;
    }
    uart_write(s, n);
}

void uart_put_hex(uint32_t v) {
    char out[10] = {'0', 'x'};
    for (int i = 0; i < 8; i++) {
        out[2 + i] = "0123456789abcdef"[(v >> (28 - 4 * i)) & 0xFu];
    }
    uart_write(out, sizeof out);
}

void uart_put_dec(uint32_t v) {
    char out[10];
    int n = 0;
    do {
        out[sizeof out - 1 - n++] = (char)('0' + v % 10u);
        v /= 10u;
    } while (v != 0);
    uart_write(&out[sizeof out - n], (size_t)n);
}

void board_watchdog_start(uint32_t timeout_ms) {
    WDOG_LOCK = WDOG_UNLOCK_KEY;
    WDOG_LOAD = timeout_ms * (CORE_HZ / 1000u);
    WDOG_CTRL = WDOG_CTRL_INTEN | WDOG_CTRL_RESEN;
    WDOG_LOCK = 0;
}

/* ARM semihosting: operation in r0, argument block in r1, BKPT 0xAB. */
#define SYS_GET_CMDLINE 0x15
#define SYS_EXIT_EXTENDED 0x20
#define ADP_STOPPED_APPLICATION_EXIT 0x20026

static int semihost(int op, void *arg) {
    register int r0 __asm("r0") = op;
    register void *r1 __asm("r1") = arg;
    __asm volatile("bkpt 0xab" : "+r"(r0) : "r"(r1) : "memory");
    return r0;
}

int board_cmdline(char *buf, size_t size) {
    struct {
        char *buf;
        int len;
    } block = {buf, (int)size};
    if (size == 0 || semihost(SYS_GET_CMDLINE, &block) != 0) {
        return 0;
    }
    return 1;
}

void board_exit(int status) {
    uint32_t block[2] = {ADP_STOPPED_APPLICATION_EXIT, (uint32_t)status};
    for (;;) {
        semihost(SYS_EXIT_EXTENDED, block);
    }
}
