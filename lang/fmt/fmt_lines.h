/* fmt_lines.h - the formatter's output, kept as lines until the end.
 *
 * `stratc fmt` aligns columns across neighbouring lines (the titles of a run
 * of `sector` lines, the trailing comments of a run of commented lines), and
 * that can only be decided once the neighbours exist.  So the printer
 * (fmt.c) builds lines here: indentation, code, an optional trailing comment
 * and, for alignable lines, where the column to align starts; render()
 * then pads and joins them.  Widths are display widths (a Japanese
 * character is two columns), as an editor with a monospaced font shows them.
 *
 * Lines are rendered as soon as nothing to come can align with them
 * (fmt_lines_settle), so only the output and a short tail of lines are held,
 * not a second copy of the whole file in lines: `fmt` of a large plan needs
 * the tree and its output, little more. */
#ifndef STRAT_FMT_LINES_H
#define STRAT_FMT_LINES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct FmtLine {       /* one per output line: 40 bytes (a line is shorter than 4 GB) */
    size_t code;                /* the line's text: offset into FmtLines.buf */
    size_t comment;             /* trailing comment ("# ..."): offset into FmtLines.buf */
    uint32_t code_len, comment_len;   /* comment_len 0: no comment */
    uint32_t indent;            /* leading spaces */
    uint32_t head_len;          /* alignable lines: bytes of code before the aligned column */
    unsigned key;               /* alignable lines: what they declare; 0 = not alignable */
    bool blank;                 /* an empty line between groups */
} FmtLine;

/* Takes a piece of the rendered text (fmt_lines_init). */
typedef void (*FmtSink)(void *ctx, const char *s, size_t n);

typedef struct FmtLines {
    char *buf;                  /* code and comments of the lines not yet rendered */
    size_t len, cap;
    FmtLine *lines;             /* the lines not yet rendered */
    size_t n, ncap;
    size_t chain, checked;      /* lines[chain..n) may still align with a line to come;
                                 * pairs before lines[checked] are known */
    char *out;                  /* what is rendered and not yet handed to sink */
    size_t outlen, outcap;
    FmtSink sink;               /* NULL: the whole text is kept for fmt_lines_render */
    void *sink_ctx;
    bool keep_all;              /* render only at the end: the reference the tests hold
                                 * the streaming render to */
} FmtLines;

/* With a sink, the rendered text goes to it in pieces of some kilobytes and
 * is never whole in memory (finish with fmt_lines_finish).  Without, it is
 * kept, in room for a source of src_len bytes: the canonical layout is about
 * as long, so it is not regrown (and copied); finish with fmt_lines_render. */
void     fmt_lines_init(FmtLines *l, size_t src_len, FmtSink sink, void *ctx);
void     fmt_lines_free(FmtLines *l);

/* Starts a line; later appends go to it. */
FmtLine *fmt_line_new(FmtLines *l, uint32_t indent);
FmtLine *fmt_line_last(FmtLines *l);
void     fmt_line_append(FmtLines *l, const char *s, size_t n);
/* Ends the last line with a trailing comment; nothing may be appended after. */
void     fmt_line_comment(FmtLines *l, const char *s, size_t n);
void     fmt_line_blank(FmtLines *l);
/* Display column just after the last line's code (indent included). */
size_t   fmt_line_width(const FmtLines *l);

/* Every line so far is final (no appends, comments or keys to come): the
 * lines that cannot align with any later one are rendered and dropped. */
void     fmt_lines_settle(FmtLines *l);

/* Aligns and joins the lines; the result (malloc'd, *len bytes, NUL after
 * them; the caller owns it, l holds nothing more) ends in one newline, or is
 * empty when there are no lines. */
char    *fmt_lines_render(FmtLines *l, size_t *len);
/* With a sink: renders the rest and hands it over. */
void     fmt_lines_finish(FmtLines *l);

#endif
