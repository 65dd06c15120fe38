/* textdiff.c - Myers' diff over code points, with a bound (see textdiff.h).
 *
 * The result is the list of matching runs ("blocks"); everything between
 * two blocks is one edit region, printed as its deletion then its
 * insertion.  One-character matches between two edits are folded into the
 * edit: `[-持続的-]{+力強い+}` reads better than a confetti of single
 * characters that happen to coincide. */
#include "textdiff.h"
#include "utf8.h"
#include "xalloc.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct Block { size_t a, b, len; } Block;   /* code point indices */

typedef struct Cps {
    int32_t *cp;
    size_t *off;                /* byte offset of each code point; off[n] = byte length */
    size_t n;
} Cps;

static void decode(const char *s, size_t len, Cps *c)
{
    size_t n = len + 1;         /* at most one code point per byte */
    c->cp = xmalloc(n * sizeof *c->cp);
    c->off = xmalloc((n + 1) * sizeof *c->off);
    size_t i = 0, k = 0;
    while (i < len && k < n) {
        int32_t cp;
        int w = utf8_decode(s + i, len - i, &cp);
        if (w < 0) { cp = 0x110000 + (unsigned char)s[i]; w = 1; }
        c->off[k] = i;
        c->cp[k++] = cp;
        i += (size_t)w;
    }
    c->off[k] = len;
    c->n = k;
}

typedef struct Blocks { Block *v; size_t n, cap; } Blocks;

static void push_block(Blocks *bl, size_t a, size_t b, size_t len)
{
    if (!len) return;
    XGROW(bl->v, bl->cap, bl->n + 1);
    bl->v[bl->n++] = (Block){a, b, len};
}

/* Myers' greedy forward search, keeping each round's V to walk back.
 * Appends the matching runs of a[0..n) and b[0..m) (offset by base) in
 * reverse order; false when more than TEXTDIFF_MAX_EDITS edits are needed. */
static bool myers(const int32_t *a, size_t n, const int32_t *b, size_t m,
                  size_t base, Blocks *rev)
{
    long N = (long)n, M = (long)m;
    long limit = N + M < TEXTDIFF_MAX_EDITS ? N + M : TEXTDIFF_MAX_EDITS;
    long off = limit + 1;
    long *v = xcalloc((size_t)(2 * limit + 3), sizeof *v);
    long *trace = NULL;         /* round d's V[-d..d] starts at d*d */
    size_t tcap = 0;
    long found = -1;
    for (long d = 0; d <= limit && found < 0; d++) {
        for (long k = -d; k <= d; k += 2) {
            long x;
            if (k == -d || (k != d && v[off + k - 1] < v[off + k + 1])) x = v[off + k + 1];
            else x = v[off + k - 1] + 1;
            long y = x - k;
            while (x < N && y < M && a[x] == b[y]) { x++; y++; }
            v[off + k] = x;
            if (x >= N && y >= M) found = d;
        }
        XGROW(trace, tcap, (size_t)((d + 1) * (d + 1)));
        memcpy(trace + d * d, v + off - d, (size_t)(2 * d + 1) * sizeof *v);
    }
    free(v);
    if (found < 0) { free(trace); return false; }

    long x = N, y = M;
    for (long d = found; d > 0; d--) {
        const long *pv = trace + (d - 1) * (d - 1) + (d - 1);   /* pv[k], k in [-(d-1), d-1] */
        long k = x - y, pk;
        if (k == -d || (k != d && pv[k - 1] < pv[k + 1])) pk = k + 1;
        else pk = k - 1;
        long px = pv[pk], py = px - pk;
        long mx = pk == k + 1 ? px : px + 1;      /* where the snake of round d starts */
        long my = mx - k;
        push_block(rev, base + (size_t)mx, base + (size_t)my, (size_t)(x - mx));
        x = px;
        y = py;
    }
    push_block(rev, base, base, (size_t)x);    /* round 0's snake from (0,0) */
    free(trace);
    return true;
}

static void add_seg(TextDiff *d, size_t *cap, TextOp op, size_t off, size_t len)
{
    if (!len) return;
    XGROW(d->segs, *cap, d->n + 1);
    d->segs[d->n++] = (TextSeg){op, off, len};
}

void textdiff(const char *a, size_t alen, const char *b, size_t blen, TextDiff *out)
{
    memset(out, 0, sizeof *out);
    size_t cap = 0;
    Cps A, B;
    decode(a, alen, &A);
    decode(b, blen, &B);
    out->old_cp = A.n;
    out->new_cp = B.n;

    size_t p = 0, q = 0;
    while (p < A.n && p < B.n && A.cp[p] == B.cp[p]) p++;
    while (q < A.n - p && q < B.n - p && A.cp[A.n - 1 - q] == B.cp[B.n - 1 - q]) q++;

    Blocks bl = {0}, rev = {0};
    push_block(&bl, 0, 0, p);
    size_t n = A.n - p - q, m = B.n - p - q;
    bool ok = n + m <= TEXTDIFF_MAX_CP && myers(A.cp + p, n, B.cp + p, m, p, &rev);
    /* myers() works in the core's coordinates offset by p on both sides. */
    if (ok)
        for (size_t i = rev.n; i-- > 0;) push_block(&bl, rev.v[i].a, rev.v[i].b, rev.v[i].len);
    else
        out->whole = true;
    free(rev.v);
    push_block(&bl, A.n - q, B.n - q, q);

    /* Merge touching blocks, then fold single-character matches between edits. */
    size_t w = 0;
    for (size_t i = 0; i < bl.n; i++) {
        out->same_cp += bl.v[i].len;
        if (w && bl.v[w - 1].a + bl.v[w - 1].len == bl.v[i].a && bl.v[w - 1].b + bl.v[w - 1].len == bl.v[i].b)
            bl.v[w - 1].len += bl.v[i].len;
        else
            bl.v[w++] = bl.v[i];
    }
    bl.n = w;
    w = 0;
    for (size_t i = 0; i < bl.n; i++) {
        Block k = bl.v[i];
        bool edit_before = k.a > 0 || k.b > 0;
        bool edit_after = k.a + k.len < A.n || k.b + k.len < B.n;
        if (k.len < 2 && edit_before && edit_after) continue;
        bl.v[w++] = k;
    }
    bl.n = w;

    size_t ia = 0, ib = 0;
    for (size_t i = 0; i <= bl.n; i++) {
        size_t ea = i < bl.n ? bl.v[i].a : A.n, eb = i < bl.n ? bl.v[i].b : B.n;
        add_seg(out, &cap, TD_DELETE, A.off[ia], A.off[ea] - A.off[ia]);
        add_seg(out, &cap, TD_INSERT, B.off[ib], B.off[eb] - B.off[ib]);
        if (i == bl.n) break;
        add_seg(out, &cap, TD_EQUAL, A.off[ea], A.off[ea + bl.v[i].len] - A.off[ea]);
        ia = ea + bl.v[i].len;
        ib = eb + bl.v[i].len;
    }
    free(bl.v);
    free(A.cp); free(A.off);
    free(B.cp); free(B.off);
}

void textdiff_free(TextDiff *d)
{
    free(d->segs);
    d->segs = NULL;
    d->n = 0;
}

double textdiff_ratio(const TextDiff *d)
{
    size_t total = d->old_cp + d->new_cp;
    return total ? 2.0 * (double)d->same_cp / (double)total : 1.0;
}

double text_similarity(const char *a, size_t alen, const char *b, size_t blen)
{
    TextDiff d;
    textdiff(a, alen, b, blen, &d);
    double r = textdiff_ratio(&d);
    textdiff_free(&d);
    return r;
}
