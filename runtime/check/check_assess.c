/* check_assess.c - a declared assessment more favourable than the status
 * computed from the project's indicators (the rules of stratc report). */
#include "check_ctx.h"
#include "eval.h"
#include "grade.h"
#include "i18n.h"

#include <string.h>

/* Why an indicator has no rate, in the message language: eval's reasons are
 * msgids ("" is not: gettext would answer with the catalog's header). */
static const char *why_text(const IndicatorEval *e)
{
    return e->why_code == WHY_NONE ? "" : _(eval_why_text(e->why_code, false));
}

/* The note under the finding: "'value_added' computes on_track: 98.1 of
 * 115 億円, 85% achieved where 67% was due" (the figures when there are). */
static void responsible(Diag *g, const IndicatorEval *e, const Indicator *ind, const char *grade)
{
    double due = e->expected;     /* at the latest data on the national scale */
    const char *unit = ind->unit ? ind->unit : "";
    const char *sep = ind->unit ? " " : "";
    if (!e->actual || !e->target)
        diag_note(g, &ent_id(&ind->e)->span, "'%s' computes %s", check_id(&ind->e), grade);
    else if (!e->has_rate)      /* a line to hold, or no baseline: the figures and why */
        diag_note(g, &ent_id(&ind->e)->span, "'%s' computes %s: %g against %s%g%s%s (%s)", check_id(&ind->e),
                  grade, item_num(e->actual), e->target->op == OP_GE ? ">= " : e->target->op == OP_LE ? "<= " : "",
                  item_num(e->target), sep, unit, why_text(e));
    else if (!e->has_expected)
        diag_note(g, &ent_id(&ind->e)->span, "'%s' computes %s: %g of %g%s%s, %.0f%% achieved",
                  check_id(&ind->e), grade, item_num(e->actual), item_num(e->target), sep, unit,
                  e->rate * 100);
    else
        diag_note(g, &ent_id(&ind->e)->span, "'%s' computes %s: %g of %g%s%s, %.0f%% achieved where %.0f%% was due",
                  check_id(&ind->e), grade, item_num(e->actual), item_num(e->target), sep, unit,
                  e->rate * 100, due * 100);
}

/* A declared scale (national A/B/F/N, municipal, custom): grades, best first. */
static void graded(CheckCtx *c, const Evaluation *ev)
{
    const Model *m = c->m;
    const Scale *s = m->scale;
    const Grading *gr = ev->grading;          /* the evaluator graded them */
    for (uint32_t i = 0; i < m->nprojects; i++) {
        const Project *p = m->projects[i];
        int want = p->assessed_grade, got = gr->projects[i];
        if (!p->assessment || want < 0 || got < 0 || got == gr->no_data || want == gr->no_data) continue;
        if (want >= got) continue;
        char d[16];
        Diag *g = check_add(c, "assessment-optimistic", p->assessment->u.w.word.span,
                            "project '%s' is assessed '%s', but its indicators grade '%s' on the %s scale as of %s",
                            check_id(&p->e), s->grades[want].id, s->grades[got].id, s->name,
                            check_iso(c->date.day, d));
        for (uint32_t j = 0; j < p->nindicators; j++) {
            uint32_t k = p->indicators[j]->index;
            const IndicatorEval *e = &ev->indicators[k];
            if (grade_has_data(e) && gr->indicators[k] > want && gr->indicators[k] != gr->no_data)
                responsible(g, e, p->indicators[j], s->grades[gr->indicators[k]].id);
        }
        diag_help(g, "lower the assessment, or check the indicators named");
    }
}

/* Each quantitative indicator's declared status (a grade of the scale, or
 * one of the seed's statuses) against the one computed. */
static void indicators(CheckCtx *c, const Evaluation *ev)
{
    const Model *m = c->m;
    const Scale *s = m->scale;
    int no_data = -1;
    if (s->kind != SCALE_SEED) {
        IndicatorEval none;
        memset(&none, 0, sizeof none);
        none.status = ST_NO_DATA;
        no_data = grade_indicator(s, &none);
    }
    for (uint32_t i = 0; i < m->nindicators; i++) {
        const Indicator *ind = m->indicators[i];
        const IndicatorEval *e = &ev->indicators[i];
        const Item *status = ind_status(ind);
        if (!status || ind->qualitative || !e->actual) continue;
        const char *want, *got;
        if (ind->declared_grade >= 0 && s->kind != SCALE_SEED) {
            int g = grade_indicator(s, e);
            if (g == no_data || ind->declared_grade == no_data || ind->declared_grade >= g) continue;
            want = s->grades[ind->declared_grade].id;
            got = s->grades[g].id;
        } else if (ind->declared_known) {
            if (e->status == ST_NO_DATA || ind->declared == ST_NO_DATA || ind->declared >= e->status) continue;
            want = status_name(ind->declared);
            got = status_name(e->status);
        } else {
            continue;
        }
        char d[16];
        Diag *g = check_add(c, "indicator-optimistic", status->u.w.word.span,
                            "indicator '%s' declares '%s', but its figures compute '%s' as of %s",
                            check_id(&ind->e), want, got, check_iso(c->date.day, d));
        responsible(g, e, ind, got);
        diag_help(g, "correct the declared status, or the figures");
    }
}

void check_assess(CheckCtx *c)
{
    const Model *m = c->m;
    /* A file with errors evaluates on what survived them: no verdicts from that. */
    if (!m->nprojects || c->front_end_errors) return;
    Evaluation *ev = evaluate(m, c->date.day, &c->s->arena);
    indicators(c, ev);
    if (m->scale && m->scale->kind != SCALE_SEED) { graded(c, ev); return; }
    for (uint32_t i = 0; i < m->nprojects; i++) {
        const Project *p = m->projects[i];
        Status computed = ev->projects[i].status;
        if (!p->assessment || !p->assessed_known || computed == ST_NO_DATA) continue;
        if (p->assessed >= computed) continue;
        char d[16];
        Diag *g = check_add(c, "assessment-optimistic", p->assessment->u.w.word.span,
                            "project '%s' is assessed '%s', but its indicators compute '%s' as of %s",
                            check_id(&p->e), status_name(p->assessed), status_name(computed),
                            check_iso(c->date.day, d));
        for (uint32_t j = 0; j < p->nindicators; j++) {
            const IndicatorEval *e = &ev->indicators[p->indicators[j]->index];
            if (e->status != ST_NO_DATA && e->status > p->assessed)
                responsible(g, e, p->indicators[j], status_name(e->status));
        }
        diag_help(g, "lower the assessment, or check the indicators named");
    }
}
