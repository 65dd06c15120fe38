/* linediff.c - unified line diff (see linediff.h). */
#include "linediff.h"
#include "xalloc.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct Line { const char *s; size_t n; } Line;   /* without its '\n' */

static Line *split(const char *t, size_t len, size_t *n)
{
    size_t cap = 16, k = 0;
    Line *v = xmalloc(cap * sizeof *v);
    size_t i = 0;
    while (i < len) {
        const char *nl = memchr(t + i, '\n', len - i);
        size_t e = nl ? (size_t)(nl - t) : len;
        XGROW(v, cap, k + 1);
        v[k++] = (Line){t + i, e - i};
        i = e + 1;
    }
    *n = k;
    return v;
}

static bool same(const Line *x, const Line *y)
{
    return x->n == y->n && memcmp(x->s, y->s, x->n) == 0;
}

typedef enum { OP_SAME, OP_DEL, OP_INS } Op;
typedef struct Edit { uint8_t op; size_t ai, bi; } Edit;   /* line indices */

/* The edit script: equal prefix, LCS (or replacement) of the middle, equal suffix. */
static Edit *script(const Line *a, size_t na, const Line *b, size_t nb, size_t *ne)
{
    Edit *e = xmalloc((na + nb + 1) * sizeof *e);
    size_t k = 0, p = 0, s = 0;
    while (p < na && p < nb && same(&a[p], &b[p])) p++;
    while (s < na - p && s < nb - p && same(&a[na - 1 - s], &b[nb - 1 - s])) s++;
    for (size_t i = 0; i < p; i++) e[k++] = (Edit){OP_SAME, i, i};
    size_t ma = na - p - s, mb = nb - p - s;
    if (ma && mb && (ma + 1) <= LINEDIFF_MAX_CELLS / (mb + 1)) {
        /* len[i][j]: LCS of a[p+i..] and b[p+j..]. */
        size_t w = mb + 1;
        uint32_t *len = xcalloc((ma + 1) * w, sizeof *len);
        for (size_t i = ma; i-- > 0;)
            for (size_t j = mb; j-- > 0;)
                len[i * w + j] = same(&a[p + i], &b[p + j]) ? len[(i + 1) * w + j + 1] + 1
                               : len[(i + 1) * w + j] >= len[i * w + j + 1] ? len[(i + 1) * w + j]
                                                                            : len[i * w + j + 1];
        size_t i = 0, j = 0;
        while (i < ma || j < mb) {
            if (i < ma && j < mb && same(&a[p + i], &b[p + j])) { e[k++] = (Edit){OP_SAME, p + i, p + j}; i++; j++; }
            else if (j < mb && (i == ma || len[i * w + j + 1] > len[(i + 1) * w + j])) { e[k++] = (Edit){OP_INS, p + i, p + j}; j++; }
            else { e[k++] = (Edit){OP_DEL, p + i, p + j}; i++; }
        }
        free(len);
    } else {
        for (size_t i = 0; i < ma; i++) e[k++] = (Edit){OP_DEL, p + i, p};
        for (size_t j = 0; j < mb; j++) e[k++] = (Edit){OP_INS, p + ma, p + j};
    }
    for (size_t i = 0; i < s; i++) e[k++] = (Edit){OP_SAME, na - s + i, nb - s + i};
    *ne = k;
    return e;
}

static void put_line(FILE *out, char mark, const Line *l)
{
    fputc(mark, out);
    fwrite(l->s, 1, l->n, out);
    fputc('\n', out);
}

size_t linediff_print(const char *a, size_t alen, const char *b, size_t blen, const char *aname,
                      const char *bname, FILE *out)
{
    size_t na, nb, ne;
    Line *la = split(a, alen, &na), *lb = split(b, blen, &nb);
    Edit *e = script(la, na, lb, nb, &ne);
    size_t hunks = 0;
    for (size_t i = 0; i < ne;) {
        if (e[i].op == OP_SAME) { i++; continue; }
        /* A hunk: from CONTEXT lines before this change to CONTEXT after the
         * last change that is at most 2 x CONTEXT equal lines from the next. */
        size_t from = i >= LINEDIFF_CONTEXT ? i - LINEDIFF_CONTEXT : 0, to = i;
        for (size_t j = i; j < ne; j++) {
            if (e[j].op != OP_SAME) { to = j; continue; }
            if (j - to > 2 * LINEDIFF_CONTEXT) break;
        }
        size_t end = to + 1 + LINEDIFF_CONTEXT < ne ? to + 1 + LINEDIFF_CONTEXT : ne;
        while (end > to + 1 && e[end - 1].op != OP_SAME) end--;
        if (hunks++ == 0) fprintf(out, "--- %s\n+++ %s\n", aname, bname);
        size_t ca = 0, cb = 0;
        for (size_t j = from; j < end; j++) {
            if (e[j].op != OP_INS) ca++;
            if (e[j].op != OP_DEL) cb++;
        }
        size_t sa = e[from].ai + (ca ? 1 : 0), sb = e[from].bi + (cb ? 1 : 0);
        fprintf(out, "@@ -%zu,%zu +%zu,%zu @@\n", sa, ca, sb, cb);
        for (size_t j = from; j < end; j++) {
            if (e[j].op == OP_SAME) put_line(out, ' ', &la[e[j].ai]);
            else if (e[j].op == OP_DEL) put_line(out, '-', &la[e[j].ai]);
            else put_line(out, '+', &lb[e[j].bi]);
        }
        i = end;
    }
    free(e);
    free(la);
    free(lb);
    return hunks;
}
