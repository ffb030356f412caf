#include "fl_test.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

static int runs, failures, failed_now;
static const char *current;
static const char *filter;

void fl_t_fail(const char *file, int line, const char *fmt, ...)
{
    va_list ap;
    failed_now = 1;
    fprintf(stderr, "FAIL %s\n  %s:%d: ", current ? current : "?", file, line);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
}

bool fl_t_mem(const char *file, int line, const char *what, const void *a, const void *b,
              size_t n)
{
    const uint8_t *x = (const uint8_t *)a, *y = (const uint8_t *)b;
    size_t i, from, to;
    for (i = 0; i < n && x[i] == y[i]; i++) {
    }
    if (i == n) {
        return true;
    }
    fl_t_fail(file, line, "%s: %zu bytes differ first at offset %zu", what, n, i);
    from = i >= 8 ? i - 8 : 0;
    to = i + 16 < n ? i + 16 : n;
    fprintf(stderr, "  got:     ");
    for (i = from; i < to; i++) {
        fprintf(stderr, "%02x ", x[i]);
    }
    fprintf(stderr, "\n  expected:");
    for (i = from; i < to; i++) {
        fprintf(stderr, " %02x", y[i]);
    }
    fputc('\n', stderr);
    return false;
}

void fl_t_suite(const char *name)
{
    if (!filter) {
        filter = getenv("FL_TEST_FILTER");
        if (!filter) {
            filter = "";
        }
    }
    printf("-- %s\n", name);
}

void fl_t_run(const char *name, void (*fn)(void))
{
    if (filter && *filter && !strstr(name, filter)) {
        return;
    }
    current = name;
    failed_now = 0;
    runs++;
    fn();
    if (failed_now) {
        failures++;
    } else {
        printf("ok   %s\n", name);
    }
    current = NULL;
}

int fl_t_summary(void)
{
    printf("%d tests, %d passed, %d failed\n", runs, runs - failures, failures);
    return failures ? 1 : 0;
}
