/* check_ctx.h - what the rule families of check*.c share (internal). */
#ifndef STRAT_CHECK_CTX_H
#define STRAT_CHECK_CTX_H

#include "check.h"

typedef struct CheckCtx {
    Strat *s;
    Model *m;
    bool has_period;            /* m->start <= m->end are valid */
    DayNum report;              /* the report date: --as-of, as_of, or today */
    const char *report_from;    /* "--as-of", "as_of" or "today", for messages */
    DayNum doc_date;            /* the document's own date: as_of, or today */
    bool doc_date_is_today;
    bool front_end_errors;      /* the file has errors: values may be missing */
    bool syntax_errors;         /* ... syntax errors: findings are held back (check.c) */
} CheckCtx;

/* A finding of a registered rule, at its registered severity. */
Diag *check_add(CheckCtx *c, const char *rule, Span span, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* The source text of a span, for messages ("%.*s"). */
const char *check_text(CheckCtx *c, Span sp, int *len);
/* An entity's id for messages ("?" if a syntax error left it out). */
static inline const char *check_id(const Entity *e) { return e->id.name ? e->id.name : "?"; }
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
