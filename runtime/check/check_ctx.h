/* check_ctx.h - what the rule families of check*.c share (internal). */
#ifndef STRAT_CHECK_CTX_H
#define STRAT_CHECK_CTX_H

#include "check.h"

typedef struct CheckCtx {
    Strat *s;
    Model *m;
    bool has_period;            /* m->start <= m->end are valid */
    ReportDate date;            /* the report date, its source and the document's date */
    bool front_end_errors;      /* the file has errors: values may be missing */
    bool syntax_errors;         /* ... syntax errors: findings are held back (check.c) */
} CheckCtx;

/* Adds the note that says where the report date came from, when the file
 * does not say it itself (today, or --as-of). */
void check_note_report_date(CheckCtx *c, Diag *g);

/* A finding of a registered rule, at its registered severity.  fmt is an
 * English msgid, translated here (xgettext --keyword=check_add:4). */
Diag *check_add(CheckCtx *c, const char *rule, Span span, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* The source text of a span, for messages ("%.*s"). */
const char *check_text(CheckCtx *c, Span sp, int *len);
/* An entity's id for messages ("?" if a syntax error left it out). */
static inline const char *check_id(const Entity *e) { return ent_id(e)->name ? ent_id(e)->name : "?"; }
/* A value item's kind for messages ("baseline"), in the message language. */
const char *check_item_noun(const Item *it);
/* "2020-03-31" into buf. */
const char *check_iso(DayNum n, char buf[16]);
/* The span of an item's keyword (`actual` in `actual 3 at R2`). */
Span check_keyword_span(const Item *it);
/* A valid date's span and last day, or false. */
bool check_item_date(const Item *it, DayNum *last);

void check_dates(CheckCtx *c);
void check_values(CheckCtx *c);
void check_stale(CheckCtx *c);
void check_complete(CheckCtx *c);
void check_assess(CheckCtx *c);
void check_revision(CheckCtx *c);

#endif
