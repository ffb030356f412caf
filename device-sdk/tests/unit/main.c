/* Host unit tests of the SDK on the posix port. FL_TEST_FILTER=substring runs a subset. */
#include "fl_test.h"

void suite_encode(void);
void suite_events(void);
void suite_metrics(void);
void suite_reboot(void);
void suite_trace(void);
void suite_log(void);
void suite_coredump(void);
void suite_packetizer(void);
void suite_posix(void);

int main(void)
{
    suite_encode();
    suite_events();
    suite_metrics();
    suite_reboot();
    suite_trace();
    suite_log();
    suite_coredump();
    suite_packetizer();
    suite_posix();
    return fl_t_summary();
}
