/* diag.h - diagnostics: collected, sorted, then printed in one of several forms.
 *
 * The lexer, parser, resolver, checks and every command report through here.
 * Findings are collected rather than printed at once so that output can be
 * sorted by file, line and column (deterministic CI logs) and rendered as
 * gcc-style text, JSON, GitHub workflow commands or SARIF. */
#ifndef STRAT_DIAG_H
#define STRAT_DIAG_H

#include <stdbool.h>
#include <stdio.h>
#include "source.h"

typedef enum { SEV_NOTE, SEV_WARNING, SEV_ERROR } Severity;

typedef struct Diag Diag;
struct Diag {
    Severity sev;
    const char *rule;       /* stable name, documented in doc/checks.md */
    bool located;
    Span span;
    char *msg;
    bool is_help;           /* a "help:" line rather than a "note:" */
    char *fix;              /* NULL, or a replacement for span that resolves it
                             * (did-you-mean, an era date rewritten): editors
                             * offer it as a quick fix */
    Diag *notes;            /* notes and help lines, in order */
    Diag *next;             /* next sibling note */
    size_t seq;             /* order of report, the tie-breaker in sorting */
    uint64_t file_order;    /* its file's SrcFile.order, set when sorting */
};

typedef struct Diags {
    SrcSet *src;
    Diag **items;
    size_t n, cap;
    int errors, warnings;
    bool werror;            /* warnings count (and print) as errors */
    bool strict;            /* warnings marked "strict" become errors */
} Diags;

/* The message functions below take an English format (a gettext msgid,
 * extracted by xgettext --keyword=diag_add:5 and so on) and translate it
 * themselves (i18n.h): call sites write plain literals.  DIAG_TEXT passes a
 * message that is already translated, or is source text, unchanged. */
#define DIAG_TEXT "%s"

void  diag_init(Diags *d, SrcSet *src);
void  diag_free(Diags *d);
Diag *diag_add(Diags *d, Severity sev, const char *rule, Span span, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
Diag *diag_add_global(Diags *d, Severity sev, const char *rule, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
void  diag_note(Diag *parent, const Span *span, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void  diag_help(Diag *parent, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Records the text that, written over the finding's span, fixes it. */
void  diag_fix(Diag *g, const char *replacement);
void  diag_sort(Diags *d);
/* Drops the findings after the first n (and recounts errors and warnings):
 * check summarises a revised file's own diagnostics into one finding. */
void  diag_truncate(Diags *d, size_t n);
/* Drops the findings from index `from` on for which drop() says so (and
 * recounts): check holds back what a syntax error may have caused, and
 * what an allow comment silences.  Returns how many were dropped. */
size_t diag_drop_if(Diags *d, size_t from, bool (*drop)(const Diag *g, void *arg), void *arg);

typedef struct DiagStyle {
    bool color;
} DiagStyle;

void diag_print_text(Diags *d, FILE *out, DiagStyle style);
void diag_print_one(Diags *d, const Diag *g, FILE *out, DiagStyle style);
void diag_print_summary(Diags *d, FILE *out);
void diag_print_json(Diags *d, FILE *out);
void diag_print_github(Diags *d, FILE *out);

/* 1-based line, column (code points) of a span's start and end. */
void diag_position(Diags *d, const Span *s, int *line, int *col, int *eline, int *ecol);
const char *severity_name(Severity s);

/* Colour decision as other command-line tools make it: flag, NO_COLOR, CLICOLOR_FORCE, TERM=dumb, isatty. */
typedef enum { COLOR_AUTO, COLOR_ALWAYS, COLOR_NEVER } ColorMode;
bool color_wanted(ColorMode mode, FILE *stream);

#endif
