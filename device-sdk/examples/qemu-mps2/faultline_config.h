/* Faultline configuration of the QEMU MPS2 example (FL_CONFIG_HEADER). */
#ifndef FAULTLINE_CONFIG_EXAMPLE_H
#define FAULTLINE_CONFIG_EXAMPLE_H

/* Chunks travel over the UART as FL1:C lines; 64-byte chunks keep the lines short. */
#define FL_EXAMPLE_MTU 64
#define FL_EXAMPLE_MTU_MAX 244

#define FL_COREDUMP_STACK_BYTES 512
#define FL_LOG_MAX_LINE 64
#define FL_METRIC_STRING_MAX 16

/* Port: see device-sdk/ports/cortex-m/fl_cortex_m.h. The guard size must match
 * STACK_GUARD_BYTES in mps2.ld. */
#define FL_CORTEX_M_EVENT_BYTES 2048
#define FL_CORTEX_M_LOG_BYTES 1024
#define FL_CORTEX_M_COREDUMP_BYTES 2048
#define FL_CORTEX_M_STACK_GUARD_BYTES 128

#endif
