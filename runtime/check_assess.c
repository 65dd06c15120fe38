/* check_assess.c - a declared assessment more favourable than the status
 * computed from the project's indicators (the rules of stratc report). */
#include "check_ctx.h"
#include "eval.h"

static void responsible(CheckCtx *c, Diag *g, const IndicatorEval *e, const Indicator *ind)
{
    const char *unit = ind->unit ? ind->unit : "";
    const char *sep = ind->unit ? " " : "";
    if (e->actual && e->target && e->has_rate && e->has_expected)
        diag_note(g, &ind->e.id.span, "'%s' computes %s: %g of %g%s%s, %.0f%% achieved where %.0f%% was due",
                  check_id(&ind->e), status_name(e->status), item_num(e->actual), item_num(e->target),
                  sep, unit, e->rate * 100, e->expected * 100);
    else if (e->actual && e->target && e->has_rate)
        diag_note(g, &ind->e.id.span, "'%s' computes %s: %g of %g%s%s, %.0f%% achieved",
                  check_id(&ind->e), status_name(e->status), item_num(e->actual), item_num(e->target),
                  sep, unit, e->rate * 100);
    else
        diag_note(g, &ind->e.id.span, "'%s' computes %s", check_id(&ind->e), status_name(e->status));
    (void)c;
}

void check_assess(CheckCtx *c)
{
    const Model *m = c->m;
    /* A file with errors evaluates on what survived them: no verdicts from that. */
    if (!m->nprojects || c->front_end_errors) return;
    Evaluation *ev = evaluate(m, c->report, &c->s->arena);
    for (uint32_t i = 0; i < m->nprojects; i++) {
        const Project *p = m->projects[i];
        Status computed = ev->projects[i].status;
        if (!p->assessment || !p->assessed_known || computed == ST_NO_DATA) continue;
        if (p->assessed >= computed) continue;
        char d[16];
        Diag *g = check_add(c, "assessment-optimistic", p->assessment->u.w.word.span,
                            "project '%s' is assessed '%s', but its indicators compute '%s' as of %s",
                            check_id(&p->e), status_name(p->assessed), status_name(computed),
                            check_iso(c->report, d));
        for (uint32_t j = 0; j < p->nindicators; j++) {
            const IndicatorEval *e = &ev->indicators[p->indicators[j]->index];
            if (e->status != ST_NO_DATA && e->status > p->assessed) responsible(c, g, e, p->indicators[j]);
        }
        diag_help(g, "lower the assessment, or check the indicators named");
    }
}
