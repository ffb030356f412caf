/* Encoding primitives, sinks and the line export. */
#include <string.h>

#include "faultline/export.h"
#include "fl_internal.h"
#include "fl_test.h"
#include "t_util.h"

static void crc_check_value(void)
{
    CHECK_EQ(fl__crc16(0xffff, "123456789", 9), 0x29b1);
    CHECK_EQ(fl__crc16(0xffff, "", 0), 0xffff);
    /* incremental = one shot */
    CHECK_EQ(fl__crc16(fl__crc16(0xffff, "1234", 4), "56789", 5), 0x29b1);
}

static void varints(void)
{
    static const struct {
        uint64_t v;
        size_t n;
        uint8_t b[10];
    } cases[] = {
        {0, 1, {0x00}},
        {127, 1, {0x7f}},
        {128, 2, {0x80, 0x01}},
        {300, 2, {0xac, 0x02}},
        {3600, 2, {0x90, 0x1c}},
        {0x20007e00u, 5, {0x80, 0xfc, 0x81, 0x80, 0x02}},
        {1768473000000ull, 6, {0xc0, 0xf0, 0xd1, 0x89, 0xbc, 0x33}},
        {UINT64_MAX, 10, {0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01}},
    };
    size_t i;
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        uint8_t out[10];
        CHECK_EQ(fl__varint_size(cases[i].v), cases[i].n);
        CHECK_EQ(fl__put_varint(out, cases[i].v), cases[i].n);
        CHECK_MEM(out, cases[i].b, cases[i].n);
    }
}

static void zigzag(void)
{
    CHECK_EQ(fl__zigzag(0), 0);
    CHECK_EQ(fl__zigzag(-1), 1);
    CHECK_EQ(fl__zigzag(1), 2);
    CHECK_EQ(fl__zigzag(-60), 119);
    CHECK_EQ(fl__zigzag(3712), 7424);
    CHECK(fl__zigzag(INT64_MAX) == UINT64_MAX - 1);
    CHECK(fl__zigzag(INT64_MIN) == UINT64_MAX);
    CHECK_EQ(fl__zigzag(INT32_MIN), 0xffffffffull);
}

static void sink_windows(void)
{
    fl_sink_t s;
    uint8_t out[8];
    memset(out, '.', sizeof out);
    fl__sink_count(&s, true);
    s.out = out;
    s.skip = 3;
    s.room = 4;
    s.cap = UINT32_MAX;
    fl__emit(&s, "01", 2);
    fl__emit(&s, "23456789", 8);
    CHECK_EQ(s.pos, 10);
    CHECK_MEM(out, "3456....", 8);
    CHECK_EQ(s.crc, fl__crc16(0xffff, "0123456789", 10));
    /* without a CRC, spans outside the window are skipped whole */
    memset(out, '.', sizeof out);
    fl__sink_count(&s, false);
    s.out = out;
    s.skip = 4;
    s.room = 3;
    s.cap = UINT32_MAX;
    fl__emit(&s, "0123", 4);
    fl__emit(&s, "45", 2);
    fl__emit(&s, "6789", 4);
    CHECK_MEM(out, "456.....", 8);
    /* a ring: writes wrap at cap */
    memset(out, '.', sizeof out);
    fl__sink_count(&s, false);
    s.out = out;
    s.cap = 8;
    s.at = 6;
    s.room = 5;
    fl__emit(&s, "abcde", 5);
    CHECK_MEM(out, "cde...ab", 8);
}

static void protobuf_fields(void)
{
    fl_sink_t s;
    uint8_t out[32];
    static const uint8_t want[] = {0x08, 0x96, 0x01, 0x18, 0x00, 0x22, 0x02, 'h', 'i'};
    fl__sink_count(&s, false);
    s.out = out;
    s.room = sizeof out;
    s.cap = UINT32_MAX;
    fl__pb(&s, FL_PB_VARINT(1), 150);
    fl__pb(&s, FL_PB_VARINT(2), 0); /* default: omitted */
    fl__pb(&s, FL_PB_VARINT(3) | FL_PB_ALWAYS, 0);
    fl__pb_bytes(&s, FL_PB_LEN(4), "hi", 2);
    fl__pb_bytes(&s, FL_PB_LEN(5), "", 0);
    CHECK_EQ(s.pos, sizeof want);
    CHECK_MEM(out, want, sizeof want);
    CHECK_EQ(fl__pb_size(0), 0);
    CHECK_EQ(fl__pb_size(300), 3);
}

static void export_lines(void)
{
    static const struct {
        const char *in, *out;
    } b64[] = {{"f", "Zg=="}, {"fo", "Zm8="}, {"foo", "Zm9v"}, {"foob", "Zm9vYg=="},
               {"fooba", "Zm9vYmE="}, {"foobar", "Zm9vYmFy"}};
    static const uint8_t bin[] = {0xc0, 0x07, 0xff, 0x00, 0xfb};
    char line[64];
    size_t i, n;
    for (i = 0; i < sizeof b64 / sizeof b64[0]; i++) {
        char want[32];
        size_t k = strlen(b64[i].in);
        strcpy(want, "FL1:C ");
        strcat(want, b64[i].out);
        strcat(want, "\n");
        n = fl_export_chunk_line((const uint8_t *)b64[i].in, k, line, sizeof line);
        CHECK_EQ(n, strlen(want));
        CHECK(strcmp(line, want) == 0);
        CHECK_EQ(FL_EXPORT_CHUNK_LINE_MAX(k), n + 1);
        /* exactly enough room, and one byte less */
        CHECK_EQ(fl_export_chunk_line((const uint8_t *)b64[i].in, k, line, n + 1), n);
        CHECK_EQ(fl_export_chunk_line((const uint8_t *)b64[i].in, k, line, n), 0);
    }
    n = fl_export_chunk_line(bin, sizeof bin, line, sizeof line);
    CHECK(strcmp(line, "FL1:C wAf/APs=\n") == 0);
    CHECK_EQ(fl_export_chunk_line(bin, 0, line, sizeof line), 0);
    t_boot_fresh();
    n = fl_export_device_line(line, sizeof line);
    CHECK(strcmp(line, "FL1:D posix-0001\n") == 0);
    CHECK_EQ(n, 17);
    CHECK_EQ(fl_export_device_line(line, 18), 17);
    CHECK_EQ(fl_export_device_line(line, 17), 0);
}

void suite_encode(void)
{
    fl_t_suite("encoding");
    RUN(crc_check_value);
    RUN(varints);
    RUN(zigzag);
    RUN(sink_windows);
    RUN(protobuf_fields);
    RUN(export_lines);
}
