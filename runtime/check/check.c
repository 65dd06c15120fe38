/* check.c - the driver: runs the rule families over a model (see check.h).
 * What the families share is in check_util.c, so they never call back here. */
#include "allow.h"
#include "check_ctx.h"
#include "rules.h"

#include <string.h>

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
    c.date = opt->date;
    /* Errors of error rules, not warnings that --werror promoted. */
    for (size_t i = opt->first_diag; i < s->diags.n; i++) {
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
    if (!opt->no_allow) check_allows(&c, opt->first_diag);
}
