/* table.c - bordered text tables aligned by display width (table.h). */
#include "table.h"

#include <stdlib.h>
#include <string.h>
#include "utf8.h"
#include "xalloc.h"

typedef struct Cell {
    char *text;
    const char *sgr;
} Cell;

typedef struct Col {
    bool right;
    size_t max;         /* 0: no limit */
    size_t width;       /* widest line of any cell, after wrapping */
} Col;

struct Table {
    size_t ncols;
    size_t fit;         /* the widest a printed line may be; 0: no limit */
    Col *cols;
    Cell *cells;        /* nrows x ncols */
    size_t nrows, cap;  /* rows */
    size_t filled;      /* cells set in the current row */
};

Table *table_new(size_t ncols)
{
    Table *t = xcalloc(1, sizeof *t);
    t->ncols = ncols;
    t->cols = xcalloc(ncols ? ncols : 1, sizeof *t->cols);
    return t;
}

void table_free(Table *t)
{
    if (!t) return;
    for (size_t i = 0; i < t->nrows * t->ncols; i++) free(t->cells[i].text);
    free(t->cells);
    free(t->cols);
    free(t);
}

void table_col(Table *t, size_t col, bool right, size_t max_width)
{
    if (col >= t->ncols) return;
    t->cols[col].right = right;
    t->cols[col].max = max_width;
}

void table_fit(Table *t, size_t width)
{
    t->fit = width;
}

void table_row(Table *t)
{
    if (t->nrows == t->cap) {
        t->cap = t->cap ? 2 * t->cap : 8;
        t->cells = xrealloc(t->cells, t->cap * t->ncols * sizeof *t->cells);
    }
    memset(&t->cells[t->nrows * t->ncols], 0, t->ncols * sizeof *t->cells);
    t->nrows++;
    t->filled = 0;
}

void table_cell(Table *t, const char *text, const char *sgr)
{
    if (t->nrows == 0) table_row(t);
    if (t->filled >= t->ncols) return;
    Cell *c = &t->cells[(t->nrows - 1) * t->ncols + t->filled++];
    c->text = xstrdup(text ? text : "");
    c->sgr = sgr;
}

/* One wrapped line of s starting at *pos, at most max columns wide (max 0:
 * the rest).  Breaks after the last space that fits if there is one, else
 * before the first code point that does not fit (always taking at least
 * one, so a character wider than max still makes progress). */
static void next_line(const char *s, size_t *pos, size_t max, size_t *start, size_t *len)
{
    size_t n = strlen(s), i = *pos, w = 0, space = 0, wspace = 0;
    int32_t cp = 0;
    *start = i;
    if (max == 0) { *len = n - i; *pos = n; return; }
    while (i < n) {
        int k = utf8_decode(s + i, n - i, &cp);
        if (k < 1) k = 1;
        size_t cw = utf8_width(s + i, (size_t)k);
        if (w + cw > max && i > *start) {
            if (cp == ' ') { space = i; wspace = w; }  /* the text before it fits whole */
            break;
        }
        w += cw;
        i += (size_t)k;
        if (cp == ' ') { space = i; wspace = w; }
    }
    /* Japanese breaks anywhere: a space early in the line ("目標: 山口県…")
     * is no better a place than where the line is full. */
    bool cjk_here = i < n && cp >= 0x80 && cp != ' ';
    if (i < n && space > *start && !(cjk_here && 2 * wspace < max)) i = space;
    *len = i - *start;
    /* Drop the space a line was broken at, and any that follow. */
    while (*len > 0 && s[*start + *len - 1] == ' ' && i < n) (*len)--;
    while (i < n && s[i] == ' ') i++;
    *pos = i;
}

static size_t count_lines(const char *s, size_t max)
{
    size_t pos = 0, n = 0, st, len;
    do {
        next_line(s, &pos, max, &st, &len);
        n++;
    } while (s[pos]);
    return n;
}

static void measure(Table *t)
{
    for (size_t c = 0; c < t->ncols; c++) {
        Col *col = &t->cols[c];
        col->width = 0;
        for (size_t r = 0; r < t->nrows; r++) {
            const char *s = t->cells[r * t->ncols + c].text;
            if (!s) continue;
            size_t pos = 0, st, len;
            do {
                next_line(s, &pos, col->max, &st, &len);
                size_t w = utf8_width(s + st, len);
                if (w > col->width) col->width = w;
            } while (s[pos]);
        }
    }
}

static void rule(const Table *t, FILE *out)
{
    fputc('+', out);
    for (size_t c = 0; c < t->ncols; c++) {
        for (size_t i = 0; i < t->cols[c].width + 2; i++) fputc('-', out);
        fputc('+', out);
    }
    fputc('\n', out);
}

static void pad(FILE *out, size_t n)
{
    while (n--) fputc(' ', out);
}

static void print_row(const Table *t, size_t r, FILE *out, bool color)
{
    const Cell *row = &t->cells[r * t->ncols];
    size_t height = 1;
    bool *wrapped = xcalloc(t->ncols, sizeof *wrapped);
    for (size_t c = 0; c < t->ncols; c++)
        if (row[c].text) {
            size_t h = count_lines(row[c].text, t->cols[c].max);
            if (h > height) height = h;
            wrapped[c] = h > 1;
        }
    size_t *pos = xcalloc(t->ncols, sizeof *pos);
    for (size_t line = 0; line < height; line++) {
        fputc('|', out);
        for (size_t c = 0; c < t->ncols; c++) {
            const char *s = row[c].text ? row[c].text : "";
            size_t st = pos[c], len = 0;
            if (s[pos[c]]) next_line(s, &pos[c], t->cols[c].max, &st, &len);
            size_t w = utf8_width(s + st, len), gap = t->cols[c].width - w;
            /* Wrapped text reads left to right even in a column of numbers. */
            bool right = t->cols[c].right && !wrapped[c];
            fputc(' ', out);
            if (right) pad(out, gap);
            bool sgr = color && row[c].sgr && len > 0;
            if (sgr) fprintf(out, "\033[%sm", row[c].sgr);
            fwrite(s + st, 1, len, out);
            if (sgr) fputs("\033[0m", out);
            if (!right) pad(out, gap);
            fputs(" |", out);
        }
        fputc('\n', out);
    }
    free(pos);
    free(wrapped);
}

/* The narrowest a column is made to fit; narrower, a table reads worse
 * than the same rows as "heading: value" lines. */
enum { MIN_COL = 6 };

static size_t total_width(const Table *t)
{
    size_t w = 1;
    for (size_t c = 0; c < t->ncols; c++) w += t->cols[c].width + 3;
    return w;
}

/* The column to narrow next: the widest, the first column (what each row
 * is) counted at half its width; in the first pass not the numbers
 * (right-aligned) nor the last column (the status), which read worst
 * wrapped.  ncols if none can be narrowed. */
static size_t to_narrow(const Table *t, bool all)
{
    size_t widest = t->ncols, best = 0;
    for (size_t c = 0; c < t->ncols; c++) {
        if (!all && (t->cols[c].right || (c + 1 == t->ncols && c > 0))) continue;
        size_t w = c == 0 ? t->cols[c].width / 2 : t->cols[c].width;
        if (t->cols[c].width > MIN_COL && (widest == t->ncols || w > best)) {
            widest = c;
            best = w;
        }
    }
    return widest;
}

/* Narrows columns a display column at a time until the table fits; false
 * if it cannot, even with every column at MIN_COL. */
static bool fit(Table *t)
{
    measure(t);
    while (t->fit && total_width(t) > t->fit) {
        size_t c = to_narrow(t, false);
        if (c == t->ncols) c = to_narrow(t, true);
        if (c == t->ncols) return false;
        t->cols[c].max = t->cols[c].width - 1;
        measure(t);
    }
    return true;
}

/* Too narrow for a table: each row as its first cell (what the row is),
 * then "heading: value" lines, wrapped. */
static void print_records(const Table *t, FILE *out, bool color)
{
    for (size_t r = 1; r < t->nrows; r++) {
        for (size_t c = 0; c < t->ncols; c++) {
            const Cell *h = &t->cells[c], *v = &t->cells[r * t->ncols + c];
            if (!v->text || !*v->text) continue;
            if (c == 0) {
                text_wrap(out, v->text, t->fit, "", "", color ? v->sgr : NULL);
                continue;
            }
            char *line = xmalloc(strlen(h->text ? h->text : "") + strlen(v->text) + 3);
            strcpy(line, h->text ? h->text : "");
            strcat(line, ": ");
            strcat(line, v->text);
            text_wrap(out, line, t->fit, "  ", "    ", color ? v->sgr : NULL);
            free(line);
        }
        if (r + 1 < t->nrows) fputc('\n', out);
    }
}

void table_print(Table *t, FILE *out, bool color)
{
    if (!fit(t)) {
        print_records(t, out, color);
        return;
    }
    rule(t, out);
    for (size_t r = 0; r < t->nrows; r++) {
        print_row(t, r, out, color);
        if (r == 0) rule(t, out);
    }
    if (t->nrows > 1) rule(t, out);
}

void text_wrap(FILE *out, const char *s, size_t width, const char *first, const char *rest, const char *sgr)
{
    size_t pos = 0, st, len;
    const char *indent = first;
    do {
        size_t iw = utf8_width(indent, strlen(indent));
        size_t max = !width ? 0 : width > iw + 2 ? width - iw : 2;
        next_line(s, &pos, max, &st, &len);
        fputs(indent, out);
        if (sgr) fprintf(out, "\033[%sm", sgr);
        fwrite(s + st, 1, len, out);
        if (sgr) fputs("\033[0m", out);
        fputc('\n', out);
        indent = rest;
    } while (s[pos]);
}
