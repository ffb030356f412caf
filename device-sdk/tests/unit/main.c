#include "fl_test.h"
int main(void) { return fl_t_summary(); }
