/* A tiny test framework: CHECK* macros fail the current test (printing what failed) and
 * return from it; fl_t_run runs one test; fl_t_summary prints the counts, returns the exit
 * status. */
#ifndef FL_TEST_H
#define FL_TEST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

void fl_t_fail(const char *file, int line, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
bool fl_t_mem(const char *file, int line, const char *what, const void *a, const void *b,
              size_t n);
void fl_t_run(const char *name, void (*fn)(void));
void fl_t_suite(const char *name);
int fl_t_summary(void);

#define CHECK(c)                                       \
    do {                                               \
        if (!(c)) {                                    \
            fl_t_fail(__FILE__, __LINE__, "%s", #c);   \
            return;                                    \
        }                                              \
    } while (0)

#define CHECK_EQ(a, b)                                                                   \
    do {                                                                                 \
        long long a_ = (long long)(a), b_ = (long long)(b);                              \
        if (a_ != b_) {                                                                  \
            fl_t_fail(__FILE__, __LINE__, "%s == %s: %lld (0x%llx) != %lld (0x%llx)", #a, \
                      #b, a_, (unsigned long long)a_, b_, (unsigned long long)b_);        \
            return;                                                                      \
        }                                                                                \
    } while (0)

#define CHECK_MEM(a, b, n)                                                \
    do {                                                                  \
        if (!fl_t_mem(__FILE__, __LINE__, #a " == " #b, (a), (b), (n))) { \
            return;                                                       \
        }                                                                 \
    } while (0)

#define RUN(fn) fl_t_run(#fn, fn)

#endif
