/* eval.c - the evaluator: rate, pace, status and roll-ups (doc/report.md).
 *
 * Dates are day numbers meaning "the end of that day": an actual `at R2.3`
 * is as of the end of 2020-03-31, a target `by FY2020` is due at the end of
 * 2021-03-31, and a period starts at the end of the day before its first
 * day.  The expected pace is then a plain ratio of day differences. */
#include "eval.h"
#include "rollup.h"

#include <math.h>
#include <string.h>

enum { EVAL_NO_DAY = INT32_MIN };

#define EVAL_EPS 1e-9

static const char *const WHY_EN[WHY__COUNT] = {
    "",
    "qualitative target: the declared status stands",
    "no numeric target",
    "no actual at or before the report date",
    "a decreasing indicator needs a baseline",
    "the target equals the baseline",
    "the target is 0 and there is no baseline",
};
static const char *const WHY_JA[WHY__COUNT] = {
    "",
    "定性目標（記載の評価による）",
    "数値目標なし",
    "基準日までの実績なし",
    "減少目標には基準値が必要",
    "目標値が基準値と同じ",
    "目標値が0で基準値なし",
};

const char *eval_why_text(EvalWhy w, bool ja)
{
    if (w >= WHY__COUNT) return "";
    return ja ? WHY_JA[w] : WHY_EN[w];
}

static DayNum item_day(const Item *it)
{
    const Date *d = item_date(it);
    return d->valid ? d->last : EVAL_NO_DAY;
}

/* The latest actual dated at or before as_of (the later one in the source
 * wins a tie), and the one before it for the trend. */
static void pick_actuals(const Indicator *ind, DayNum as_of, IndicatorEval *e)
{
    const Item *best = NULL, *prev = NULL;
    for (uint32_t i = 0; i < ind->nactuals; i++) {
        const Item *a = ind->actuals[i];
        DayNum d = item_day(a);
        if (d == EVAL_NO_DAY || d > as_of) continue;
        if (!best || d >= item_day(best)) {
            prev = best;
            best = a;
        } else if (!prev || d >= item_day(prev)) {
            prev = a;
        }
    }
    e->actual = best;
    e->prev_actual = prev;
}

/* The earliest numeric target due on or after as_of; if all are past due,
 * the last one.  Targets are in date order, undated (no period) last. */
static const Item *pick_target(const Indicator *ind, DayNum as_of)
{
    const Item *last = NULL;
    for (uint32_t i = 0; i < ind->ntargets; i++) {
        const Item *t = ind->targets[i];
        if (target_is_text(t)) continue;
        DayNum d = item_day(t);
        if (d == EVAL_NO_DAY || d >= as_of) return t;
        last = t;
    }
    return last;
}

static void set_why(IndicatorEval *e, EvalWhy w)
{
    e->why_code = w;
    e->why = WHY_EN[w];
}

static void pace(const Model *m, const Indicator *ind, DayNum as_of, IndicatorEval *e)
{
    e->start = EVAL_NO_DAY;
    if (ind->baseline && item_has_date(ind->baseline) && item_date(ind->baseline)->valid)
        e->start = item_date(ind->baseline)->last;
    else if (m->period && m->period->u.per.a.valid)
        e->start = m->start - 1;
    DayNum due = item_day(e->target);
    if (e->start == EVAL_NO_DAY || due == EVAL_NO_DAY) return;
    e->has_expected = true;
    if (due <= e->start) {              /* due at or before the start: all of it is due */
        e->expected = 1;
        return;
    }
    double x = (double)(as_of - e->start) / (double)(due - e->start);
    e->expected = x < 0 ? 0 : x > 1 ? 1 : x;
}

static void rate(const Indicator *ind, IndicatorEval *e)
{
    double t = item_num(e->target), a = item_num(e->actual);
    if (ind->baseline) {
        double b = item_num(ind->baseline);
        if (fabs(t - b) < EVAL_EPS) { set_why(e, WHY_TARGET_IS_BASE); return; }
        e->rate = (a - b) / (t - b);
    } else if (ind->direction < 0) {
        set_why(e, WHY_DECREASE_NO_BASE);
        return;
    } else if (fabs(t) < EVAL_EPS) {
        set_why(e, WHY_TARGET_ZERO);
        return;
    } else {
        e->rate = a / t;
    }
    e->has_rate = true;
}

/* A straight line through the last two actuals, read at the target date. */
static void forecast(IndicatorEval *e)
{
    if (!e->prev_actual || !e->target) return;
    DayNum d1 = item_day(e->prev_actual), d2 = item_day(e->actual), due = item_day(e->target);
    if (d1 == d2 || due == EVAL_NO_DAY) return;
    double v1 = item_num(e->prev_actual), v2 = item_num(e->actual);
    e->forecast = v2 + (v2 - v1) / (double)(d2 - d1) * (double)(due - d2);
    e->has_forecast = true;
}

static Status status_from_rate(const Thresholds *th, const IndicatorEval *e)
{
    if (e->rate > 1 + EVAL_EPS) return ST_EXCEEDED;
    if (e->rate >= 1 - EVAL_EPS) return ST_ACHIEVED;
    /* No target date: judged as if the target were due now. */
    double x = e->has_expected ? e->expected : 1;
    if (e->rate >= th->on_track * x - EVAL_EPS) return ST_ON_TRACK;
    if (e->rate >= th->below * x - EVAL_EPS) return ST_BELOW;
    return ST_FAR_BELOW;
}

/* Without a rate, a target that is met is still met: the actual against the
 * target value, in the indicator's direction. */
static Status status_without_rate(const Indicator *ind, const IndicatorEval *e)
{
    double gap = (item_num(e->actual) - item_num(e->target)) * ind->direction;
    if (fabs(gap) < EVAL_EPS) return ST_ACHIEVED;
    return gap > 0 ? ST_EXCEEDED : ST_NO_DATA;
}

static void eval_indicator(const Model *m, const Indicator *ind, DayNum as_of, IndicatorEval *e)
{
    memset(e, 0, sizeof *e);
    e->ind = ind;
    e->status = ST_NO_DATA;
    e->why = "";
    pick_actuals(ind, as_of, e);
    if (ind->qualitative) {
        set_why(e, WHY_QUALITATIVE);
        if (ind->status && ind->declared_known) e->status = ind->declared;
        return;
    }
    e->target = pick_target(ind, as_of);
    if (e->target) pace(m, ind, as_of, e);
    if (!e->target) { set_why(e, WHY_NO_TARGET); return; }

    double t = item_num(e->target);
    double b = ind->baseline ? item_num(ind->baseline) : 0;
    if (e->has_expected) {
        e->needed_now = b + (t - b) * e->expected;
        e->has_needed = true;
    }
    if (!e->actual) { set_why(e, WHY_NO_ACTUAL); return; }

    double left = (t - item_num(e->actual)) * ind->direction;
    e->remaining = left > 0 ? left : 0;
    e->has_remaining = true;
    forecast(e);
    rate(ind, e);
    e->status = e->has_rate ? status_from_rate(&m->thresholds, e) : status_without_rate(ind, e);
}

/* The mean of the scores exceeded 5 .. far_below 1 over the statuses with
 * data, rounded half up: floor(sum / k + 1/2) = floor((2 sum + k) / 2k). */
static Status mean_status(const uint32_t counts[ST__COUNT])
{
    long sum = 0, k = 0;
    for (int s = 0; s < ST_NO_DATA; s++) {
        sum += (long)counts[s] * (5 - s);
        k += counts[s];
    }
    if (k == 0) return ST_NO_DATA;
    return (Status)(5 - (2 * sum + k) / (2 * k));
}

Status rollup_status(const Status *st, size_t n)
{
    uint32_t counts[ST__COUNT] = {0};
    for (size_t i = 0; i < n; i++)
        if (st[i] < ST__COUNT) counts[st[i]]++;
    return mean_status(counts);
}

static void group_add(GroupEval *g, const IndicatorEval *ie, const Project *p)
{
    for (uint32_t i = 0; i < p->nindicators; i++) g->counts[ie[p->indicators[i]->index].status]++;
}

/* A project listed twice under one sector counts once. */
static bool seen_before(const Ref *refs, uint32_t i)
{
    for (uint32_t j = 0; j < i; j++)
        if (refs[j].target == refs[i].target) return true;
    return false;
}

static bool names_any(const Ref *refs, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++)
        if (refs[i].target) return true;
    return false;
}

/* The projects that name no sector (viewpoint), rolled up like a sector. */
static void none_groups(Evaluation *ev)
{
    const Model *m = ev->model;
    for (uint32_t i = 0; i < m->nprojects; i++) {
        const Project *p = m->projects[i];
        if (!names_any(p->sectors, p->nsectors)) group_add(&ev->no_sector, ev->indicators, p);
        if (!names_any(p->viewpoints, p->nviewpoints)) group_add(&ev->no_viewpoint, ev->indicators, p);
    }
    ev->no_sector.status = mean_status(ev->no_sector.counts);
    ev->no_viewpoint.status = mean_status(ev->no_viewpoint.counts);
}

Evaluation *evaluate(const Model *m, DayNum as_of, Arena *a)
{
    Evaluation *ev = ARENA_NEW(a, Evaluation);
    ev->model = m;
    ev->as_of = as_of;
    ev->indicators = ARENA_ARRAY(a, IndicatorEval, m->nindicators);
    ev->projects = ARENA_ARRAY(a, GroupEval, m->nprojects);
    ev->sectors = ARENA_ARRAY(a, GroupEval, m->nsectors);
    ev->viewpoints = ARENA_ARRAY(a, GroupEval, m->nviewpoints);

    for (uint32_t i = 0; i < m->nindicators; i++) {
        eval_indicator(m, m->indicators[i], as_of, &ev->indicators[i]);
        ev->summary[ev->indicators[i].status]++;
    }
    for (uint32_t i = 0; i < m->nprojects; i++) {
        const Project *p = m->projects[i];
        group_add(&ev->projects[i], ev->indicators, p);
        for (uint32_t j = 0; j < p->nsectors; j++) {
            const Sector *s = p->sectors[j].target;
            if (s && !seen_before(p->sectors, j)) group_add(&ev->sectors[s->index], ev->indicators, p);
        }
        for (uint32_t j = 0; j < p->nviewpoints; j++) {
            const Viewpoint *v = p->viewpoints[j].target;
            if (v && !seen_before(p->viewpoints, j))
                group_add(&ev->viewpoints[v->index], ev->indicators, p);
        }
    }
    for (uint32_t i = 0; i < m->nprojects; i++) {
        ev->projects[i].status = mean_status(ev->projects[i].counts);
        ev->project_summary[ev->projects[i].status]++;
    }
    for (uint32_t i = 0; i < m->nsectors; i++) ev->sectors[i].status = mean_status(ev->sectors[i].counts);
    for (uint32_t i = 0; i < m->nviewpoints; i++)
        ev->viewpoints[i].status = mean_status(ev->viewpoints[i].counts);
    none_groups(ev);
    eval_rollups(ev, a);
    return ev;
}
