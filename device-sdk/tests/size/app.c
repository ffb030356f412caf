/* Size build: a stub port and an application that uses the typical API (10 metrics, trace,
 * logs, coredump, packetizer), so --gc-sections keeps what a real firmware keeps. Never run. */
#include "faultline/faultline.h"
#include "faultline/platform/device_info.h"
#include "faultline/platform/lock.h"
#include "faultline/platform/reset.h"
#include "faultline/platform/storage.h"
#include "faultline/platform/time.h"

/* Port-provided storage: excluded from the SDK's RAM figure (see the .map file). */
static uint32_t port_events[1024 / 4], port_log[512 / 4], port_reboot[8], port_core[1024 / 4];
static volatile uint32_t sink;

uint8_t *fl_port_event_storage(size_t *size) { *size = sizeof port_events; return (uint8_t *)port_events; }
uint8_t *fl_port_log_storage(size_t *size) { *size = sizeof port_log; return (uint8_t *)port_log; }
void *fl_port_reboot_info(void) { return port_reboot; }
size_t fl_port_coredump_size(void) { return sizeof port_core; }
void fl_port_coredump_write(size_t o, const void *d, size_t n) { sink = (uint32_t)(o + n) + *(const uint8_t *)d; }
void fl_port_coredump_read(size_t o, void *d, size_t n) { *(uint8_t *)d = (uint8_t)(o + n); }
void fl_port_coredump_clear(void) { sink = 0; }
uint64_t fl_port_uptime_ms(void) { return sink; }
bool fl_port_epoch_ms(uint64_t *out) { *out = sink; return sink != 0; }
void fl_port_lock(void) { sink++; }
void fl_port_unlock(void) { sink--; }
uint32_t fl_port_hw_reset_reason(void) { return sink; }
bool fl_port_memory_readable(uintptr_t s, uint32_t n) { return s + n > s; }
void fl_port_reset(void) { for (;;) { sink++; } }
void fl_port_device_info(fl_device_info_t *i) { i->serial = "x"; i->software_type = "main"; }
void fl_crash(uint32_t reason) { fl_crash_regs_t r = {0, {0}, 0, 0}; fl_coredump_capture(&r, reason); fl_port_reset(); }

int main(void)
{
    static uint8_t chunk[20];
    size_t n;
    fl_init();
    fl_metric_add(FL_METRIC(wifi_reconnects), 1);
    fl_metric_set(FL_METRIC(battery_mv), 3712);
    fl_metric_timer_start(FL_METRIC(radio_on_ms));
    fl_metric_timer_stop(FL_METRIC(radio_on_ms));
    fl_metric_set_string(FL_METRIC_STR(last_error), "none");
    (void)FL_TRACE(flash_write_failed);
    (void)FL_TRACE_STATUS(i2c_nak, -5);
    fl_log(FL_LOG_INFO, "hello");
    (void)fl_log_upload();
    (void)fl_heartbeat_collect();
    fl_coredump_mark_interrupted();
    (void)fl_coredump_add_region(chunk, sizeof chunk);
    while ((n = fl_packetizer_next(chunk, sizeof chunk)) > 0) {
        if (chunk[0] == 0) {
            fl_packetizer_rewind();
        } else if (chunk[0] == 1) {
            fl_packetizer_drop_pending();
        } else {
            fl_packetizer_commit();
        }
    }
    if (fl_reboot_last()->unexpected) {
        fl_crash(FL_REBOOT_ASSERT);
    }
    return (int)sink;
}
