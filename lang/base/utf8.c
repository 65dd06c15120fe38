/* utf8.c - UTF-8 helpers over utf8proc. */
#include "utf8.h"
#include "xalloc.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

/* Length of the well-formed sequence at p (Unicode Table 3-7), or 0.  The
 * lead byte fixes the length and the range of the second byte, which shuts
 * out overlongs (C0, C1, E0 80..9F, F0 80..8F), surrogates (ED A0..BF) and
 * code points past U+10FFFF (F4 90.., F5..FF); later bytes are 80..BF.
 * The same verdict as utf8proc_iterate, without a call per character
 * (test_utf8.c compares the two on every sequence of up to three bytes). */
size_t utf8_seq_len(const unsigned char *p, size_t n)
{
    unsigned char b = p[0], lo = 0x80, hi = 0xBF;
    size_t k;
    if (b < 0x80) return 1;
    if (b < 0xC2) return 0;
    if (b < 0xE0) k = 2;
    else if (b < 0xF0) { k = 3; if (b == 0xE0) lo = 0xA0; else if (b == 0xED) hi = 0x9F; }
    else if (b < 0xF5) { k = 4; if (b == 0xF0) lo = 0x90; else if (b == 0xF4) hi = 0x8F; }
    else return 0;
    if (n < k || p[1] < lo || p[1] > hi) return 0;
    for (size_t j = 2; j < k; j++)
        if ((p[j] & 0xC0) != 0x80) return 0;
    return k;
}

size_t utf8_invalid_at(const char *s, size_t len, bool nul_is_invalid)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    while (i < len) {
        /* ASCII fast path: eight bytes at a time while all are < 0x80. */
        while (i + 8 <= len) {
            uint64_t w;
            memcpy(&w, p + i, 8);
            if (w & 0x8080808080808080ULL) break;
            if (nul_is_invalid && ((w - 0x0101010101010101ULL) & ~w & 0x8080808080808080ULL))
                break;
            i += 8;
        }
        if (i >= len) break;
        if (p[i] < 0x80) {
            if (p[i] == 0 && nul_is_invalid) return i;
            i++;
            continue;
        }
        /* The common three-byte form (most CJK: E1..EC, EE, EF lead bytes,
         * whose second byte may be any continuation) inline; the rest,
         * with their narrower second bytes, through utf8_seq_len. */
        unsigned char b = p[i];
        if (b >= 0xE1 && b <= 0xEF && b != 0xED && i + 3 <= len
            && (p[i + 1] & 0xC0) == 0x80 && (p[i + 2] & 0xC0) == 0x80) {
            i += 3;
            continue;
        }
        size_t n = utf8_seq_len(p + i, len - i);
        if (n == 0) return i;
        i += n;
    }
    return len;
}

int utf8_decode(const char *s, size_t len, int32_t *cp)
{
    utf8proc_int32_t c;
    utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)len, &c);
    if (n < 1) return -1;
    *cp = c;
    return (int)n;
}

size_t utf8_codepoints(const char *s, size_t len)
{
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80) n++;
    return n;
}

size_t utf8_width(const char *s, size_t len)
{
    size_t w = 0, i = 0;
    while (i < len) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) { w++; i++; continue; }
        int32_t cp;
        int n = utf8_decode(s + i, len - i, &cp);
        if (n < 0) { w++; i++; continue; }
        int cw = utf8proc_charwidth(cp);
        w += cw < 0 ? 1 : (size_t)cw;
        i += (size_t)n;
    }
    return w;
}

size_t utf8_width_cstr(const char *s) { return utf8_width(s, strlen(s)); }

bool utf8_is_ascii(const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if ((unsigned char)s[i] >= 0x80) return false;
    return true;
}

char *utf8_nfkc(const char *s, size_t len)
{
    utf8proc_uint8_t *out = NULL;
    utf8proc_ssize_t n = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)len, &out,
                                      UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT);
    if (n < 0) return xstrndup(s, len);
    return (char *)out;
}
