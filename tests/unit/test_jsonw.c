/* test_jsonw.c - numbers print as the shortest decimal that reads back as the
 * same double, in plain notation for ordinary magnitudes, whichever path
 * (integer digits or printf) produces them; output survives the writer's
 * own buffer filling up. */
#include <criterion/criterion.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jsonw.h"

static void expect(double v, const char *want)
{
    char b[64];
    json_format_double(v, b, sizeof b);
    cr_expect_str_eq(b, want, "%.17g printed as %s, want %s", v, b, want);
    cr_expect(strtod(b, NULL) == v, "%s does not read back as %.17g", b, v);
}

Test(jsonw, shortest_plain_numbers)
{
    expect(0, "0");
    expect(1, "1");
    expect(-7, "-7");
    expect(0.1, "0.1");
    expect(0.05, "0.05");
    expect(-2.5, "-2.5");
    expect(123.456, "123.456");
    expect(12508, "12508");
    expect(17053.1, "17053.1");
    expect(0.000001, "0.000001");
    expect(0.123456789, "0.123456789");
    expect(999999999999999, "999999999999999");
}

Test(jsonw, numbers_beyond_the_integer_path)
{
    expect(0.1 + 0.2, "0.30000000000000004");   /* 17 digits */
    expect(1.0 / 3, "0.3333333333333333");
    expect(1e-7, "1e-07");                      /* tiny: exponent form */
    expect(1e20, "1e+20");
    expect(1234567890123456.0, "1234567890123456");
    expect(0.0123456789012, "0.0123456789012");  /* 12 decimals */
}

Test(jsonw, long_output_through_the_buffer)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    cr_assert_not_null(f);
    JsonW w;
    json_init(&w, f, false);
    json_arr(&w);
    for (int i = 0; i < 20000; i++) json_num(&w, i + 0.5);
    json_arr_end(&w);
    json_end(&w);
    fclose(f);
    /* "[0.5,1.5,...,19999.5]\n" */
    cr_assert(len > 100000);
    cr_expect(strncmp(buf, "[0.5,1.5,2.5,", 13) == 0);
    cr_expect_str_eq(buf + len - 10, ",19999.5]\n");
    int commas = 0;
    for (size_t i = 0; i < len; i++) commas += buf[i] == ',';
    cr_expect_eq(commas, 19999);
    free(buf);
}

/* The shortest %g that reads back, in plain notation for ordinary
 * magnitudes: what json_format_double must print, computed the slow way. */
static void reference(double v, char *buf, size_t size)
{
    if (v == 0) { snprintf(buf, size, "0"); return; }
    for (int prec = 1; prec <= 17; prec++) {
        snprintf(buf, size, "%.*g", prec, v);
        if (strtod(buf, NULL) == v) break;
    }
    if (strchr(buf, 'e') && fabs(v) >= 1e-6 && fabs(v) < 1e17) {
        for (int dec = 0; dec <= 20; dec++) {
            snprintf(buf, size, "%.*f", dec, v);
            if (strtod(buf, NULL) == v) break;
        }
    }
}

/* Values as reports produce them (k / 10^d, rates, large counts) and
 * arbitrary doubles: the fast digits agree with printf's everywhere. */
Test(jsonw, fast_digits_agree_with_printf)
{
    unsigned long long x = 88172645463325252ULL;     /* xorshift: a fixed sequence */
    int differ = 0;
    for (int i = 0; i < 200000; i++) {
        x ^= x << 13; x ^= x >> 7; x ^= x << 17;
        double v;
        switch (i % 4) {
        case 0: v = (double)(x % 100000000000ULL) / 1e6; break;        /* 6 decimals */
        case 1: v = (double)(x % 1000000ULL) / (double)(1ULL << (x % 20)); break;
        case 2: v = -(double)(x % 100000ULL) / 1e1; break;
        default: {
            double u;
            uint64_t bits = (x & 0x000FFFFFFFFFFFFFULL) | ((uint64_t)(1000 + x % 80) << 52);
            memcpy(&u, &bits, sizeof u);                               /* ~1e-7 .. 1e17 */
            v = u;
        }
        }
        char a[64], b[64];
        json_format_double(v, a, sizeof a);
        reference(v, b, sizeof b);
        if (strcmp(a, b) != 0 && differ++ < 5) cr_log_error("%.17g: '%s', printf '%s'", v, a, b);
    }
    cr_expect_eq(differ, 0);
}
