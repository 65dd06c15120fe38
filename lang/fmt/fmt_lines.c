/* fmt_lines.c - output lines, column alignment and rendering (see fmt_lines.h). */
#include "fmt_lines.h"
#include "utf8.h"
#include "xalloc.h"

#include <stdlib.h>
#include <string.h>

enum { COMMENT_GAP = 2 };   /* at least two spaces before a trailing comment */

void fmt_lines_init(FmtLines *l, size_t src_len, size_t src_lines)
{
    memset(l, 0, sizeof *l);
    l->cap = src_len + src_len / 8 + 64;
    l->buf = xcalloc_big(l->cap);
    l->ncap = src_lines + src_lines / 8 + 16;
    l->lines = xcalloc_big(l->ncap * sizeof *l->lines);
}

void fmt_lines_free(FmtLines *l)
{
    free(l->buf);
    free(l->lines);
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

/* Extra spaces inserted after each line's head (title alignment). */
static void align_heads(const FmtLines *l, uint32_t *pad)
{
    for (size_t i = 0; i < l->n;) {
        const FmtLine *a = &l->lines[i];
        size_t j = i + 1;
        if (a->key) {
            while (j < l->n && l->lines[j].key == a->key && l->lines[j].indent == a->indent) j++;
        }
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
static void align_comments(const FmtLines *l, const uint32_t *pad, uint32_t *col)
{
    for (size_t i = 0; i < l->n;) {
        const FmtLine *a = &l->lines[i];
        if (a->blank || !a->comment_len) { i++; continue; }
        size_t j = i, max = 0;
        while (j < l->n && !l->lines[j].blank && l->lines[j].comment_len
               && l->lines[j].indent == a->indent) {
            const FmtLine *b = &l->lines[j];
            size_t w = b->indent + pad[j] + utf8_width(l->buf + b->code, b->code_len);
            if (w > max) max = w;
            j++;
        }
        for (size_t k = i; k < j; k++) col[k] = max + COMMENT_GAP;
        i = j;
    }
}

static void spaces(char **out, size_t *len, size_t *cap, size_t n)
{
    XGROW(*out, *cap, *len + n + 1);
    memset(*out + *len, ' ', n);
    *len += n;
}

static void bytes(char **out, size_t *len, size_t *cap, const char *s, size_t n)
{
    XGROW(*out, *cap, *len + n + 1);
    memcpy(*out + *len, s, n);
    *len += n;
}

char *fmt_lines_render(FmtLines *l, size_t *len)
{
    uint32_t *pad = xcalloc_big((l->n + 1) * sizeof *pad);     /* widths of one line: below 4 G */
    uint32_t *col = xcalloc_big((l->n + 1) * sizeof *col);
    align_heads(l, pad);
    align_comments(l, pad, col);
    size_t n = 0, cap = l->len + l->n * 8 + 1;
    char *out = xcalloc_big(cap);
    for (size_t i = 0; i < l->n; i++) {
        const FmtLine *ln = &l->lines[i];
        if (!ln->blank) {
            const char *code = l->buf + ln->code;
            size_t width = ln->indent;
            if (ln->code_len) spaces(&out, &n, &cap, ln->indent);
            if (pad[i]) {
                bytes(&out, &n, &cap, code, ln->head_len);
                spaces(&out, &n, &cap, pad[i]);
                bytes(&out, &n, &cap, code + ln->head_len, ln->code_len - ln->head_len);
                width += pad[i];
            } else {
                bytes(&out, &n, &cap, code, ln->code_len);
            }
            if (ln->comment_len) {
                width += utf8_width(code, ln->code_len);
                spaces(&out, &n, &cap, col[i] > width ? col[i] - width : 1);
                bytes(&out, &n, &cap, l->buf + ln->comment, ln->comment_len);
            }
        }
        bytes(&out, &n, &cap, "\n", 1);
    }
    free(pad);
    free(col);
    out[n] = '\0';
    *len = n;
    return out;
}
