/* suggest.c - Levenshtein distance over code points (see suggest.h). */
#include "suggest.h"
#include "utf8.h"
#include "xalloc.h"

#include <stdlib.h>
#include <string.h>

enum { SUGGEST_MAX_CP = 64 };   /* longer names are not worth suggesting for */

static size_t decode_all(const char *s, int32_t *out)
{
    size_t n = 0, i = 0, len = strlen(s);
    while (i < len && n < SUGGEST_MAX_CP) {
        int32_t cp;
        int k = utf8_decode(s + i, len - i, &cp);
        if (k < 0) { cp = (unsigned char)s[i]; k = 1; }
        out[n++] = cp;
        i += (size_t)k;
    }
    return n;
}

size_t edit_distance(const char *a, const char *b)
{
    int32_t x[SUGGEST_MAX_CP], y[SUGGEST_MAX_CP];
    size_t n = decode_all(a, x), m = decode_all(b, y);
    size_t row[SUGGEST_MAX_CP + 1];
    for (size_t j = 0; j <= m; j++) row[j] = j;
    for (size_t i = 1; i <= n; i++) {
        size_t diag = row[0];
        row[0] = i;
        for (size_t j = 1; j <= m; j++) {
            size_t up = row[j];
            size_t best = diag + (x[i - 1] != y[j - 1]);
            if (up + 1 < best) best = up + 1;
            if (row[j - 1] + 1 < best) best = row[j - 1] + 1;
            row[j] = best;
            diag = up;
        }
    }
    return row[m];
}

const char *suggest_closest(const char *name, const char *const *cands, size_t n)
{
    size_t len = utf8_codepoints(name, strlen(name));
    if (len > SUGGEST_MAX_CP) return NULL;
    size_t limit = len <= 3 ? 1 : len <= 8 ? 2 : 3;
    const char *best = NULL;
    size_t bestd = limit + 1;
    for (size_t i = 0; i < n; i++) {
        if (!cands[i] || strcmp(cands[i], name) == 0) continue;
        size_t d = edit_distance(name, cands[i]);
        if (d < bestd) { bestd = d; best = cands[i]; }
    }
    return best;
}
