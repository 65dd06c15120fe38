/* grade.c - the scales' rules (see grade.h and doc/report.md). */
#include "grade.h"
#include "xalloc.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define GRADE_EPS 1e-9

bool grade_has_data(const IndicatorEval *e)
{
    if (e->actual) return true;
    const Indicator *ind = e->ind;
    return ind && ind->qualitative && ind_status(ind) && (ind->declared_known || ind->declared_grade >= 0);
}

/* Direction-aware change against the baseline, as a fraction of it:
 * +0.2 is 20 % better than the baseline, whichever way is better.  From a
 * baseline of 0 any change is infinitely large: +inf better, -inf worse. */
static bool change(const IndicatorEval *e, double *out)
{
    const Indicator *ind = e->ind;
    const Item *base = ind ? ind_baseline(ind) : NULL;
    if (!e->actual || !base) return false;
    double a = item_num(e->actual), b = item_num(base);
    double d = (a - b) * (e->dir < 0 ? -1 : 1);
    if (fabs(d) < GRADE_EPS) *out = 0;
    else if (b == 0) *out = d > 0 ? INFINITY : -INFINITY;
    else *out = d / fabs(b);
    return true;
}

static bool operand(const IndicatorEval *e, const Operand *o, double *v)
{
    if (o->is_num) { *v = o->num; return true; }
    const char *n = o->var.name;
    const Indicator *ind = e->ind;
    if (strcmp(n, "rate") == 0) { *v = e->rate; return e->has_rate; }
    if (strcmp(n, "expected") == 0) { *v = e->expected; return e->has_expected; }
    if (strcmp(n, "progress") == 0) {
        if (!e->has_rate || !e->has_expected || e->expected <= 0) return false;
        *v = e->rate / e->expected;
        return true;
    }
    if (strcmp(n, "expected_at_data") == 0) { *v = e->expected_data; return e->has_expected_data; }
    if (strcmp(n, "progress_at_data") == 0) {
        if (!e->has_rate || !e->has_expected_data || e->expected_data <= 0) return false;
        *v = e->rate / e->expected_data;
        return true;
    }
    if (strcmp(n, "change") == 0) return change(e, v);
    if (strcmp(n, "actual") == 0) { if (!e->actual) return false; *v = item_num(e->actual); return true; }
    if (strcmp(n, "target") == 0) {
        if (!e->target || target_is_text(e->target)) return false;
        *v = item_num(e->target);
        return true;
    }
    if (strcmp(n, "baseline") == 0) {
        const Item *base = ind ? ind_baseline(ind) : NULL;
        if (!base) return false;
        *v = item_num(base);
        return true;
    }
    return false;
}

static bool cond_true(const IndicatorEval *e, const Cond *c)
{
    switch ((CondKind)c->kind) {
    case COND_AND: return cond_true(e, c->l) && cond_true(e, c->r);
    case COND_OR:  return cond_true(e, c->l) || cond_true(e, c->r);
    case COND_PRED: {
        const char *p = c->pred.name;
        if (strcmp(p, "always") == 0) return true;
        if (strcmp(p, "has_data") == 0) return grade_has_data(e);
        if (strcmp(p, "no_data") == 0) return !grade_has_data(e);
        if (strcmp(p, "qualitative") == 0) return e->ind && e->ind->qualitative;
        return false;
    }
    case COND_CMP: {
        double a, b;
        if (!operand(e, &c->a, &a) || !operand(e, &c->b, &b)) return false;
        switch ((CmpOp)c->cmp) {
        case CMP_GE: return a >= b - GRADE_EPS;
        case CMP_LE: return a <= b + GRADE_EPS;
        case CMP_EQ: return fabs(a - b) <= GRADE_EPS;
        case CMP_GT: return a > b + GRADE_EPS;
        case CMP_LT: return a < b - GRADE_EPS;
        }
        return false;
    }
    }
    return false;
}

enum { NAT_A, NAT_B, NAT_F, NAT_N };
enum { MUN_S, MUN_A, MUN_B, MUN_C, MUN_NONE };

/* The grade a qualitative indicator declares, or -1. */
static int declared_grade(const IndicatorEval *e)
{
    const Indicator *ind = e->ind;
    return ind && ind->qualitative && ind_status(ind) ? ind->declared_grade : -1;
}

int grade_indicator(const Scale *s, const IndicatorEval *e)
{
    int declared = declared_grade(e);
    switch (s->kind) {
    case SCALE_SEED:
        return (int)e->status;
    case SCALE_NATIONAL: {
        /* A: progress at or above the share of the period elapsed at the
         * latest data date; B: less; F: the action itself is the KPI (or
         * the grade a qualitative KPI declares); N: no data yet. */
        if (declared >= 0) return declared;
        if (e->ind && e->ind->qualitative) return NAT_F;
        if (!e->actual) return NAT_N;
        if (e->maintain) return e->met ? NAT_A : NAT_B;
        if (!e->has_rate) return e->met ? NAT_A : NAT_N;
        double x = e->has_expected_data ? e->expected_data : e->has_expected ? e->expected : 1;
        return e->rate >= x - GRADE_EPS ? NAT_A : NAT_B;
    }
    case SCALE_MUNICIPAL: {
        /* S: beyond the target (a line to hold: held); A: better than the
         * baseline; B: the same or at most 10 % worse (△10%以内); C: worse
         * than that; −: cannot be measured. */
        if (declared >= 0) return declared;
        if (!e->actual) return MUN_NONE;
        if (e->status == ST_EXCEEDED || (e->maintain && e->met)) return MUN_S;
        double c;
        if (!change(e, &c)) return MUN_NONE;
        if (c > 0) return MUN_A;
        if (c < -0.1 - GRADE_EPS) return MUN_C;
        return MUN_B;
    }
    case SCALE_CUSTOM:
        if (declared >= 0) return declared;
        for (uint32_t i = 0; i < s->ngrades; i++)
            if (cond_true(e, s->grades[i].when)) return (int)i;
        return (int)s->ngrades - 1;   /* no condition held: the worst grade */
    }
    return 0;
}

int grade_rollup(const int *grades, const bool *has_data, size_t n, int no_data)
{
    double sum = 0;
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (!has_data[i]) continue;
        sum += grades[i];
        k++;
    }
    if (!k) return no_data;
    return (int)ceil(sum / (double)k - 0.5 - GRADE_EPS);
}

/* A group's roll-up over the indicators that belong to it. */
int grade_group(const Grading *g, const Evaluation *ev, const Indicator *const *inds, uint32_t n,
                int *scratch_g, bool *scratch_d)
{
    for (uint32_t i = 0; i < n; i++) {
        scratch_g[i] = g->indicators[inds[i]->index];
        /* An indicator graded "cannot be measured" (municipal −, national N
         * for a missing rate) says nothing about progress: it stays out. */
        scratch_d[i] = grade_has_data(&ev->indicators[inds[i]->index]) && scratch_g[i] != g->no_data;
    }
    return grade_rollup(scratch_g, scratch_d, n, g->no_data);
}

static bool refers(const Ref *refs, uint32_t n, const void *target)
{
    for (uint32_t i = 0; i < n; i++)
        if (refs[i].target == target) return true;
    return false;
}

Grading *grade_all(const Evaluation *ev, Arena *a)
{
    const Model *m = ev->model;
    const Scale *s = m->scale;
    Grading *g = ARENA_NEW(a, Grading);
    g->scale = s;
    IndicatorEval none;
    memset(&none, 0, sizeof none);
    none.status = ST_NO_DATA;
    g->no_data = grade_indicator(s, &none);
    g->indicators = ARENA_ARRAY(a, int, m->nindicators ? m->nindicators : 1);
    g->summary = ARENA_ARRAY(a, uint32_t, s->ngrades);
    g->project_summary = ARENA_ARRAY(a, uint32_t, s->ngrades);
    for (uint32_t i = 0; i < m->nindicators; i++) {
        g->indicators[i] = grade_indicator(s, &ev->indicators[i]);
        g->summary[g->indicators[i]]++;
    }
    /* Scratch for one group at a time: freed here, not kept in the arena
     * with the results (13 bytes an indicator at the peak otherwise). */
    uint32_t n = m->nindicators ? m->nindicators : 1;
    int *sg = xmalloc(n * sizeof *sg);
    bool *sd = xmalloc(n * sizeof *sd);
    const Indicator **members = xmalloc(n * sizeof *members);
    g->projects = ARENA_ARRAY(a, int, m->nprojects ? m->nprojects : 1);
    for (uint32_t i = 0; i < m->nprojects; i++) {
        const Project *p = m->projects[i];
        g->projects[i] = grade_group(g, ev, (const Indicator *const *)p->indicators, p->nindicators, sg, sd);
        g->project_summary[g->projects[i]]++;
    }
    /* Sectors and viewpoints: the indicators of the projects that name them. */
    for (int kind = 0; kind < 2; kind++) {
        uint32_t ng = kind ? m->nviewpoints : m->nsectors;
        int *out = ARENA_ARRAY(a, int, ng ? ng : 1);
        for (uint32_t j = 0; j < ng; j++) {
            const void *target = kind ? (const void *)m->viewpoints[j] : (const void *)m->sectors[j];
            uint32_t k = 0;
            for (uint32_t i = 0; i < m->nprojects; i++) {
                const Project *p = m->projects[i];
                bool in = kind ? refers(p->viewpoints, p->nviewpoints, target)
                               : refers(p->sectors, p->nsectors, target);
                if (!in) continue;
                for (uint32_t x = 0; x < p->nindicators; x++) members[k++] = p->indicators[x];
            }
            out[j] = grade_group(g, ev, members, k, sg, sd);
        }
        if (kind) g->viewpoints = out; else g->sectors = out;
    }
    free(sg);
    free(sd);
    free(members);
    return g;
}

Status grade_color(const Grading *gr, int g)
{
    const Scale *s = gr->scale;
    static const Status NATIONAL[] = {ST_ON_TRACK, ST_BELOW, ST_ACHIEVED, ST_NO_DATA};
    static const Status MUNICIPAL[] = {ST_EXCEEDED, ST_ON_TRACK, ST_BELOW, ST_FAR_BELOW, ST_NO_DATA};
    if (g < 0 || (uint32_t)g >= s->ngrades) return ST_NO_DATA;
    switch (s->kind) {
    case SCALE_SEED:      return (Status)g;
    case SCALE_NATIONAL:  return NATIONAL[g];
    case SCALE_MUNICIPAL: return MUNICIPAL[g];
    default: break;
    }
    if (g == gr->no_data) return ST_NO_DATA;
    int n = (int)s->ngrades - (gr->no_data >= 0 ? 1 : 0), rank = g - (g > gr->no_data ? 1 : 0);
    if (rank == 0) return ST_EXCEEDED;
    if (rank >= n - 1) return ST_FAR_BELOW;
    return 2 * rank < n ? ST_ON_TRACK : ST_BELOW;
}

const char *status_color(Status s)
{
    /* ORDER: Status.  The HTML report's badge colours (report_html.c's CSS). */
    static const char *const C[ST__COUNT] = {"#1a7f37", "#2f9e55", "#0969da", "#9a6700", "#cf222e", "#6e7781"};
    return s < ST__COUNT ? C[s] : C[ST_NO_DATA];
}
