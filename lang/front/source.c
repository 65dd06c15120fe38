/* source.c - source files and their line tables. */
#include "source.h"
#include "spin.h"
#include "xalloc.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

void src_init(SrcSet *s) { s->files = NULL; s->n = s->cap = 0; s->lock = NULL; }

void src_share(SrcSet *s)
{
    if (!s->lock) s->lock = spin_new();
}

void src_free(SrcSet *s)
{
    for (size_t i = 0; i < s->n; i++) {
        SrcFile *f = s->files[i];
        free(f->path);
        free(f->realpath);
        free(f->text);
        free(f->lines);
        free(f->cps);
        free(f);
    }
    free(s->files);
    free(s->lock);
    src_init(s);
}

SrcFile *src_file(const SrcSet *s, uint32_t id)
{
    spin_lock(s->lock);
    SrcFile *f = id < s->n ? s->files[id] : NULL;
    spin_unlock(s->lock);
    return f;
}

uint32_t src_add(SrcSet *s, const char *path, const char *realpath, char *text, size_t len)
{
    SrcFile *f = xcalloc(1, sizeof *f);
    f->path = xstrdup(path);
    f->realpath = realpath ? xstrdup(realpath) : NULL;
    f->text = text;
    f->len = len;
    spin_lock(s->lock);
    XGROW(s->files, s->cap, s->n + 1);
    s->files[s->n] = f;
    uint32_t id = (uint32_t)s->n++;
    f->order = id;
    spin_unlock(s->lock);
    return id;
}

static void build_lines(SrcFile *f)
{
    size_t cap = 64, n = 0;
    uint32_t *l = xmalloc(cap * sizeof *l);
    l[n++] = 0;
    const char *p = f->text, *end = f->text + f->len;
    while ((p = memchr(p, '\n', (size_t)(end - p))) != NULL) {
        p++;
        XGROW(l, cap, n + 1);
        l[n++] = (uint32_t)(p - f->text);
    }
    f->lines = l;
    f->nlines = n;
}

static size_t line_index(SrcFile *f, uint32_t off)
{
    if (!f->lines) build_lines(f);
    size_t lo = 0, hi = f->nlines;     /* last line start <= off */
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (f->lines[mid] <= off) lo = mid; else hi = mid;
    }
    return lo;
}

static bool starts_cp(char c) { return ((unsigned char)c & 0xC0) != 0x80; }

/* Code points in text[0, off).  A file with many diagnostics on one long line
 * would otherwise pay for the whole line once per diagnostic. */
static size_t cps_before(SrcFile *f, uint32_t off)
{
    if (!f->cps) {
        size_t nblk = f->len / SRC_CP_STEP + 1;
        f->cps = xmalloc(nblk * sizeof *f->cps);
        uint32_t n = 0;
        for (size_t b = 0; b < nblk; b++) {
            f->cps[b] = n;
            size_t end = (b + 1) * SRC_CP_STEP < f->len ? (b + 1) * SRC_CP_STEP : f->len;
            for (size_t i = b * SRC_CP_STEP; i < end; i++) n += starts_cp(f->text[i]);
        }
    }
    size_t n = f->cps[off / SRC_CP_STEP];
    for (uint32_t i = off - off % SRC_CP_STEP; i < off; i++) n += starts_cp(f->text[i]);
    return n;
}

void src_linecol(SrcFile *f, uint32_t off, int *line, int *col)
{
    if (off > f->len) off = (uint32_t)f->len;
    size_t li = line_index(f, off);
    uint32_t bol = f->lines[li];
    size_t c;
    if (off - bol < SRC_CP_STEP) {
        c = 0;
        for (uint32_t i = bol; i < off; i++) c += starts_cp(f->text[i]);
    } else {
        c = cps_before(f, off) - cps_before(f, bol);
    }
    *line = (int)li + 1;
    *col = (int)c + 1;
}

void src_line_bounds(SrcFile *f, uint32_t off, uint32_t *bol, uint32_t *eol)
{
    if (off > f->len) off = (uint32_t)f->len;
    size_t li = line_index(f, off);
    *bol = f->lines[li];
    uint32_t e = li + 1 < f->nlines ? f->lines[li + 1] - 1 : (uint32_t)f->len;
    if (e > *bol && f->text[e - 1] == '\r') e--;
    *eol = e;
}
