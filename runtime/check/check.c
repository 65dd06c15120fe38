/* check.c - the driver: runs the rule families over a model (see check.h).
 * What the families share is in check_util.c, so they never call back here. */
#include "check_ctx.h"
#include "rules.h"

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
    }
    check_dates(&c);
    check_values(&c);
    check_stale(&c);
    check_complete(&c);
    check_assess(&c);
    check_revision(&c);
}
