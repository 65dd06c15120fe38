/* check.c - runs the rule families over a model (see check.h). */
#include "allow.h"
#include "check_ctx.h"
#include "rules.h"
#include "xalloc.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

Diag *check_add(CheckCtx *c, const char *rule, Span span, const char *fmt, ...)
{
    const Rule *r = rule_find(rule);
    Severity sev = r ? r->severity : SEV_ERROR;   /* unit tests keep every id registered */
    va_list ap, ap2;
    va_start(ap, fmt);
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    size_t sz = (size_t)(n < 0 ? 0 : n) + 1;
    char *msg = xmalloc(sz);
    vsnprintf(msg, sz, fmt, ap2);
    va_end(ap2);
    Diag *g = diag_add(&c->s->diags, sev, rule, span, "%s", msg);
    free(msg);
    return g;
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
    const Date *d = &it->u.m.date;
    if (!d->valid) return false;
    *last = d->last;
    return true;
}

const char *check_text(CheckCtx *c, Span sp, int *len)
{
    SrcFile *f = src_file(c->s->src, sp.file);
    if (!f || sp.end < sp.start || sp.end > f->len) { *len = 0; return ""; }
    *len = (int)(sp.end - sp.start);
    return f->text + sp.start;
}

static DayNum today(void)
{
    return (DayNum)(time(NULL) / 86400);
}

/* Findings a syntax error may have caused: a broken line leaves an
 * indicator without its target, a project without its sectors, a value with
 * a word for a unit.  They are held back while the file has syntax errors,
 * so the mistake is the one message; fixing it brings them back if real. */
static bool held_back(const Diag *g, void *arg)
{
    (void)arg;
    const Rule *r = g->rule ? rule_find(g->rule) : NULL;
    if (!r) return false;
    return strcmp(r->family, "completeness") == 0 || strcmp(r->family, "assessments") == 0
        || strcmp(r->family, "staleness") == 0 || strcmp(r->family, "units and values") == 0;
}

void check_model(Strat *s, Model *m, const CheckOptions *opt)
{
    if (!m || !m->ast || !m->e.item) return;   /* no strategy: the front end said so */
    CheckCtx c = {.s = s, .m = m};
    /* A reversed period is reported once (period-order), not through every date. */
    c.has_period = m->period && m->period->u.per.a.valid && m->period->u.per.b.valid
                && m->start <= m->end;
    if (opt && opt->has_as_of) {
        c.report = opt->as_of;
        c.report_from = "--as-of";
    } else if (m->as_of_item && m->as_of_item->u.per.a.valid) {
        c.report = m->as_of;
        c.report_from = "as_of";
    } else {
        c.report = today();
        c.report_from = "today";
    }
    c.doc_date_is_today = !(m->as_of_item && m->as_of_item->u.per.a.valid);
    c.doc_date = c.doc_date_is_today ? today() : m->as_of;
    /* Errors of error rules, not warnings that --werror promoted. */
    for (size_t i = opt ? opt->first_diag : 0; i < s->diags.n; i++) {
        const Diag *g = s->diags.items[i];
        const Rule *r = g->rule ? rule_find(g->rule) : NULL;
        if (g->sev == SEV_ERROR && (!r || r->severity == SEV_ERROR)) c.front_end_errors = true;
        if (g->rule && strcmp(g->rule, "syntax") == 0) c.syntax_errors = true;
    }
    size_t first_check = s->diags.n;
    check_dates(&c);
    check_values(&c);
    check_stale(&c);
    check_complete(&c);
    check_assess(&c);
    check_revision(&c);
    if (c.syntax_errors) diag_drop_if(&s->diags, first_check, held_back, NULL);
    if (!(opt && opt->no_allow)) check_allows(&c, opt ? opt->first_diag : 0);
}
