/* fmt_lines.c - output lines, column alignment and rendering (see fmt_lines.h). */
#include "fmt_lines.h"
#include "utf8.h"
#include "xalloc.h"

#include <stdlib.h>
#include <string.h>

enum { COMMENT_GAP = 2 };   /* at least two spaces before a trailing comment */

enum { LINES_FIRST = 256, BUF_FIRST = 16 * 1024, SINK_PIECE = 64 * 1024 };

void fmt_lines_init(FmtLines *l, size_t src_len, FmtSink sink, void *ctx)
{
    memset(l, 0, sizeof *l);
    l->cap = BUF_FIRST;
    l->buf = xmalloc(l->cap);
    l->ncap = LINES_FIRST;
    l->lines = xmalloc(l->ncap * sizeof *l->lines);
    l->sink = sink;
    l->sink_ctx = ctx;
    /* calloc'd big blocks are fresh pages, touched only as they are written. */
    l->outcap = sink ? 2 * SINK_PIECE : src_len + src_len / 8 + 64;
    l->out = xcalloc_big(l->outcap);
}

void fmt_lines_free(FmtLines *l)
{
    free(l->buf);
    free(l->lines);
    free(l->out);
    memset(l, 0, sizeof *l);
}

static void put(FmtLines *l, const char *s, size_t n)
{
    XGROW(l->buf, l->cap, l->len + n + 1);
    memcpy(l->buf + l->len, s, n);
    l->len += n;
}

FmtLine *fmt_line_new(FmtLines *l, uint32_t indent)
{
    XGROW(l->lines, l->ncap, l->n + 1);
    FmtLine *ln = &l->lines[l->n++];
    memset(ln, 0, sizeof *ln);
    ln->indent = indent;
    ln->code = l->len;
    return ln;
}

FmtLine *fmt_line_last(FmtLines *l) { return l->n ? &l->lines[l->n - 1] : NULL; }

/* Code is only ever appended to the last line, so it stays contiguous in buf. */
void fmt_line_append(FmtLines *l, const char *s, size_t n)
{
    put(l, s, n);
    l->lines[l->n - 1].code_len += n;
}

void fmt_line_comment(FmtLines *l, const char *s, size_t n)
{
    FmtLine *ln = &l->lines[l->n - 1];
    ln->comment = l->len;
    put(l, s, n);
    ln->comment_len = n;
}

void fmt_line_blank(FmtLines *l)
{
    FmtLine *ln = fmt_line_new(l, 0);
    ln->blank = true;
}

size_t fmt_line_width(const FmtLines *l)
{
    const FmtLine *ln = &l->lines[l->n - 1];
    return ln->indent + utf8_width(l->buf + ln->code, ln->code_len);
}

/* b continues a's run of aligned heads (a sector after a sector). */
static bool same_head_run(const FmtLine *a, const FmtLine *b)
{
    return a->key && b->key == a->key && b->indent == a->indent;
}

/* b continues a's run of trailing comments. */
static bool same_comment_run(const FmtLine *a, const FmtLine *b)
{
    return !a->blank && a->comment_len && !b->blank && b->comment_len && b->indent == a->indent;
}

/* Extra spaces inserted after each of lines[0..n)'s head (title alignment). */
static void align_heads(const FmtLines *l, size_t n, uint32_t *pad)
{
    for (size_t i = 0; i < n;) {
        size_t j = i + 1;
        while (j < n && same_head_run(&l->lines[j - 1], &l->lines[j])) j++;
        if (j - i > 1) {
            size_t max = 0;
            for (size_t k = i; k < j; k++) {
                size_t hw = utf8_width(l->buf + l->lines[k].code, l->lines[k].head_len);
                if (hw > max) max = hw;
            }
            for (size_t k = i; k < j; k++)
                pad[k] = max - utf8_width(l->buf + l->lines[k].code, l->lines[k].head_len);
        }
        i = j;
    }
}

/* Column of each trailing comment: a run of consecutive commented lines at
 * one indentation shares the column two spaces after its longest code. */
static void align_comments(const FmtLines *l, size_t n, const uint32_t *pad, uint32_t *col)
{
    for (size_t i = 0; i < n;) {
        const FmtLine *a = &l->lines[i];
        if (a->blank || !a->comment_len) { i++; continue; }
        size_t j = i, max = 0;
        while (j < n && (j == i || same_comment_run(&l->lines[j - 1], &l->lines[j]))) {
            const FmtLine *b = &l->lines[j];
            size_t w = b->indent + pad[j] + utf8_width(l->buf + b->code, b->code_len);
            if (w > max) max = w;
            j++;
        }
        for (size_t k = i; k < j; k++) col[k] = max + COMMENT_GAP;
        i = j;
    }
}

static void spaces(FmtLines *l, size_t n)
{
    XGROW(l->out, l->outcap, l->outlen + n + 1);
    memset(l->out + l->outlen, ' ', n);
    l->outlen += n;
}

static void bytes(FmtLines *l, const char *s, size_t n)
{
    XGROW(l->out, l->outcap, l->outlen + n + 1);
    memcpy(l->out + l->outlen, s, n);
    l->outlen += n;
}

/* Appends lines[0..n) to the output: they hold every run they are part of. */
static void render_lines(FmtLines *l, size_t n)
{
    uint32_t *pad = xcalloc(n + 1, sizeof *pad);     /* widths of one line: below 4 G */
    uint32_t *col = xcalloc(n + 1, sizeof *col);
    align_heads(l, n, pad);
    align_comments(l, n, pad, col);
    for (size_t i = 0; i < n; i++) {
        const FmtLine *ln = &l->lines[i];
        if (!ln->blank) {
            const char *code = l->buf + ln->code;
            size_t width = ln->indent;
            if (ln->code_len) spaces(l, ln->indent);
            if (pad[i]) {
                bytes(l, code, ln->head_len);
                spaces(l, pad[i]);
                bytes(l, code + ln->head_len, ln->code_len - ln->head_len);
                width += pad[i];
            } else {
                bytes(l, code, ln->code_len);
            }
            if (ln->comment_len) {
                width += utf8_width(code, ln->code_len);
                spaces(l, col[i] > width ? col[i] - width : 1);
                bytes(l, l->buf + ln->comment, ln->comment_len);
            }
        }
        bytes(l, "\n", 1);
        if (l->sink && l->outlen >= SINK_PIECE) {
            l->sink(l->sink_ctx, l->out, l->outlen);
            l->outlen = 0;
        }
    }
    free(pad);
    free(col);
}

void fmt_lines_settle(FmtLines *l)
{
    if (l->keep_all || l->n == 0) return;
    for (size_t j = l->checked > 0 ? l->checked : 1; j < l->n; j++)
        if (!same_head_run(&l->lines[j - 1], &l->lines[j])
            && !same_comment_run(&l->lines[j - 1], &l->lines[j]))
            l->chain = j;
    l->checked = l->n;
    size_t k = l->chain;
    if (k == 0) return;
    render_lines(l, k);
    /* The lines kept move to the front, and their text with them: a line's
     * code and comment follow the code of the line before it in buf. */
    size_t from = l->lines[k].code;
    for (size_t i = k; i < l->n; i++) {
        l->lines[i].code -= from;
        if (l->lines[i].comment_len) l->lines[i].comment -= from;
    }
    memmove(l->lines, l->lines + k, (l->n - k) * sizeof *l->lines);
    memmove(l->buf, l->buf + from, l->len - from);
    l->len -= from;
    l->n -= k;
    l->chain = 0;
    l->checked = l->n;
}

/* The lines still held, however they end: the file is done. */
static void render_rest(FmtLines *l)
{
    render_lines(l, l->n);
    l->n = l->len = l->chain = l->checked = 0;
}

void fmt_lines_finish(FmtLines *l)
{
    render_rest(l);
    if (l->outlen) l->sink(l->sink_ctx, l->out, l->outlen);
    l->outlen = 0;
}

char *fmt_lines_render(FmtLines *l, size_t *len)
{
    render_rest(l);
    char *out = l->out;
    out[l->outlen] = '\0';
    *len = l->outlen;
    l->out = NULL;
    l->outlen = l->outcap = 0;
    return out;
}
