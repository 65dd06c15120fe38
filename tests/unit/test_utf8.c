/* test_utf8.c - the byte-class UTF-8 validator agrees with utf8proc. */
#include <criterion/criterion.h>
#include <stdint.h>
#include <stdlib.h>
#include <utf8proc.h>

#include "utf8.h"

static size_t reference(const unsigned char *p, size_t n)
{
    utf8proc_int32_t cp;
    utf8proc_ssize_t k = utf8proc_iterate(p, (utf8proc_ssize_t)n, &cp);
    return k < 1 ? 0 : (size_t)k;
}

/* Where the first invalid sequence starts, by utf8proc (NUL is valid). */
static size_t reference_invalid_at(const unsigned char *p, size_t n)
{
    size_t i = 0;
    while (i < n) {
        size_t k = reference(p + i, n - i);
        if (k == 0) return i;
        i += k;
    }
    return n;
}

/* Every sequence of one, two and three bytes: 16.8 million verdicts. */
Test(utf8, every_short_sequence_as_utf8proc_judges_it)
{
    unsigned char b[3];
    size_t wrong = 0;
    for (uint32_t v = 0; v < (1u << 24); v++) {
        b[0] = (unsigned char)(v >> 16);
        b[1] = (unsigned char)(v >> 8);
        b[2] = (unsigned char)v;
        for (size_t n = 1; n <= 3; n++) {
            if (n < 3 && (v & ((1u << (8 * (3 - n))) - 1))) continue;   /* each prefix once */
            if (utf8_seq_len(b, n) != reference(b, n)) wrong++;
            /* the validator's inline three-byte path and its fallback */
            if (utf8_invalid_at((const char *)b, n, false) != reference_invalid_at(b, n)) wrong++;
        }
    }
    cr_expect_eq(wrong, 0, "%zu sequences judged differently", wrong);
}

/* Four-byte sequences: every lead byte and second byte, with third and
 * fourth bytes from the edges of their ranges and a pseudo-random middle. */
Test(utf8, four_byte_sequences_as_utf8proc_judges_them)
{
    static const unsigned char tails[] = {0x00, 0x7F, 0x80, 0x81, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF};
    uint32_t x = 12345;
    size_t wrong = 0;
    for (unsigned a = 0xE0; a <= 0xFF; a++)
        for (unsigned b1 = 0; b1 <= 0xFF; b1++)
            for (size_t i = 0; i < sizeof tails; i++)
                for (size_t j = 0; j < sizeof tails; j++) {
                    x = x * 1103515245u + 12345u;
                    unsigned char s[4] = {(unsigned char)a, (unsigned char)b1, tails[i],
                                          (unsigned char)(j == 0 ? x >> 16 : tails[j])};
                    if (utf8_seq_len(s, 4) != reference(s, 4)) wrong++;
                }
    cr_expect_eq(wrong, 0, "%zu sequences judged differently", wrong);
}

Test(utf8, invalid_at_finds_the_first_bad_byte)
{
    const char ok[] = "令和2年度 target 30 回";
    cr_expect_eq(utf8_invalid_at(ok, sizeof ok - 1, true), sizeof ok - 1);
    const char surrogate[] = "abc\xED\xA0\x80";
    cr_expect_eq(utf8_invalid_at(surrogate, sizeof surrogate - 1, true), 3);
    const char overlong[] = "abcdefghij\xC0\xAF";
    cr_expect_eq(utf8_invalid_at(overlong, sizeof overlong - 1, true), 10);
    const char cut[] = "\xE4\xBB";
    cr_expect_eq(utf8_invalid_at(cut, sizeof cut - 1, true), 0);
    const char nul[] = "abcdefgh\0ij";
    cr_expect_eq(utf8_invalid_at(nul, sizeof nul - 1, true), 8);
    cr_expect_eq(utf8_invalid_at(nul, sizeof nul - 1, false), sizeof nul - 1);
}
