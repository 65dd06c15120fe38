/* check_util.c - what the rule families share (check_ctx.h): adding a
 * finding at its registered severity, dates and source text for messages. */
#include "check_ctx.h"
#include "i18n.h"
#include "rules.h"
#include "xalloc.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

Diag *check_add(CheckCtx *c, const char *rule, Span span, const char *fmt, ...)
{
    const Rule *r = rule_find(rule);
    Severity sev = r ? r->severity : SEV_ERROR;   /* unit tests keep every id registered */
    va_list ap, ap2;
    va_start(ap, fmt);
    va_copy(ap2, ap);
    const char *tr = i18n_msg(fmt);
    int n = vsnprintf(NULL, 0, tr, ap);
    va_end(ap);
    size_t sz = (size_t)(n < 0 ? 0 : n) + 1;
    char *msg = xmalloc(sz);
    vsnprintf(msg, sz, tr, ap2);
    va_end(ap2);
    Diag *g = diag_add(&c->s->diags, sev, rule, span, DIAG_TEXT, msg);
    free(msg);
    return g;
}

const char *check_item_noun(const Item *it)
{
    switch (it->kind) {
    case IT_BASELINE: return _("baseline");
    case IT_TARGET:   return _("target");
    case IT_ACTUAL:   return _("actual");
    default:          return item_kind_name((ItemKind)it->kind);
    }
}

const char *check_iso(DayNum n, char buf[16])
{
    date_iso(n, buf);
    return buf;
}

Span check_keyword_span(const Item *it)
{
    Span kw = it->span;
    uint32_t n = (uint32_t)strlen(item_kind_name((ItemKind)it->kind));
    if (kw.end - kw.start > n) kw.end = kw.start + n;
    return kw;
}

bool check_item_date(const Item *it, DayNum *last)
{
    if (!(it->flags & IF_DATE) && it->kind != IT_ACTUAL) return false;
    if (!item_date_valid(it)) return false;
    *last = item_date_last(it);
    return true;
}

const char *check_text(CheckCtx *c, Span sp, int *len)
{
    SrcFile *f = src_file(c->s->src, sp.file);
    if (!f || sp.end < sp.start || sp.end > f->len) { *len = 0; return ""; }
    *len = (int)(sp.end - sp.start);
    return f->text + sp.start;
}

void check_note_report_date(CheckCtx *c, Diag *g)
{
    char x[16];
    if (c->date.from == ASOF_TODAY)
        diag_note(g, NULL, "the strategy has no as_of, so the report date is today (%s)",
                  check_iso(c->date.day, x));
    else if (c->date.from == ASOF_OPTION)
        diag_note(g, NULL, "the report date %s is set by --as-of", check_iso(c->date.day, x));
}
