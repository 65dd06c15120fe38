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

#include "date.h"
#include "i18n.h"

enum { EVAL_NO_DAY = INT32_MIN };

#define EVAL_EPS 1e-9

/* Also the msgids of check's findings (check_assess.c translates them). */
static const char *const WHY_EN[WHY__COUNT] = {
    "",
    N_("qualitative target: the declared status stands"),
    N_("no numeric target"),
    N_("no actual at or before the report date"),
    N_("a decreasing indicator needs a baseline"),
    N_("the target equals the baseline"),
    N_("the target is 0 and there is no baseline"),
    N_("a target below 0 needs a baseline"),
    N_("the baseline already meets this floor or ceiling: met or not met"),
};
static const char *const WHY_JA[WHY__COUNT] = {
    "",
    "定性目標（記載の評価による）",
    "数値目標なし",
    "基準日までの実績なし",
    "減少目標には基準値が必要",
    "目標値が基準値と同じ",
    "目標値が0で基準値なし",
    "負の目標値には基準値が必要",
    "基準値が既に満たす下限・上限目標（達成か否か）",
};

const char *eval_why_text(EvalWhy w, bool ja)
{
    if (w >= WHY__COUNT) return "";
    return ja ? WHY_JA[w] : WHY_EN[w];
}

static DayNum item_day(const Item *it)
{
    return item_date_valid(it) ? item_date_last(it) : EVAL_NO_DAY;
}

/* The latest actual dated at or before as_of (the later one in the source
 * wins a tie) into e; returns the one before it, for the trend. */
static const Item *pick_actuals(const Indicator *ind, DayNum as_of, IndicatorEval *e)
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
    return prev;
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

/* The month after the one a day ends, when the day is a month's last:
 * y * 12 + m - 1 of the next day, so month ends subtract to whole months. */
static bool month_end(DayNum d, long *idx)
{
    int y, m, dd;
    civil_from_days(d + 1, &y, &m, &dd);
    *idx = (long)y * 12 + m - 1;
    return dd == 1;
}

/* The share of start..due elapsed at now, clamped to 0..1.  In months when
 * all three are month ends and `months` (the national reviews count in
 * years: 2 of 9 years is 2/9, not 731/3288 days); else in days. */
static double elapsed(DayNum start, DayNum now, DayNum due, bool months)
{
    if (due <= start) return 1;          /* due at or before the start: all of it is due */
    long s, n, d;
    double x;
    if (months && month_end(start, &s) && month_end(now, &n) && month_end(due, &d) && d > s)
        x = (double)(n - s) / (double)(d - s);
    else
        x = (double)(now - start) / (double)(due - start);
    return x < 0 ? 0 : x > 1 ? 1 : x;
}

/* base: the indicator's baseline or NULL, looked up once by eval_indicator
 * for this and the helpers below. */
static void pace(const Model *m, const Item *base, DayNum as_of, IndicatorEval *e)
{
    e->start = EVAL_NO_DAY;
    if (base && item_has_date(base) && item_date_valid(base)) e->start = item_date_last(base);
    else if (m->period && m->period->u.per.a.valid)
        e->start = m->start - 1;
    DayNum due = item_day(e->target);
    if (e->start == EVAL_NO_DAY || due == EVAL_NO_DAY) return;
    e->has_expected = true;
    e->expected = elapsed(e->start, as_of, due, false);
    if (e->actual) {
        e->has_expected_data = true;
        e->expected_data = elapsed(e->start, item_day(e->actual), due, true);
        /* The national reviews judge pace at the latest data, everywhere:
         * the expected column, the value needed now, status and grade. */
        if (m->scale && m->scale->pace_at_data) e->expected = e->expected_data;
    }
}

/* Which way is better for this target: a comparator says it; else the way
 * from the baseline to the target; else the indicator's direction. */
static int target_dir(const Indicator *ind, const Item *base, const Item *t)
{
    if (t->op == OP_GE) return 1;
    if (t->op == OP_LE) return -1;
    if (base) {
        double b = item_num(base), v = item_num(t);
        if (fabs(v - b) >= EVAL_EPS) return v > b ? 1 : -1;
    }
    return ind->direction < 0 ? -1 : 1;
}

/* A floor or ceiling the baseline already meets (維持: "95 % or more every
 * year" from 96.2 %), or a target equal to the baseline: there is no way
 * to go, only a line to hold. */
static bool maintains(const Item *base, const Item *t, int dir)
{
    if (!base) return false;
    double gap = (item_num(base) - item_num(t)) * dir;
    if (fabs(gap) < EVAL_EPS) return true;
    return (t->op == OP_GE || t->op == OP_LE) && gap > 0;
}

static void rate(const Indicator *ind, const Item *base, IndicatorEval *e)
{
    double t = item_num(e->target), a = item_num(e->actual);
    if (e->maintain) {
        e->why_code = base && fabs(t - item_num(base)) < EVAL_EPS ? WHY_TARGET_IS_BASE : WHY_FLOOR;
        return;
    }
    if (base) {
        double b = item_num(base);
        e->rate = (a - b) / (t - b);
    } else if (ind->direction < 0) {
        e->why_code = WHY_DECREASE_NO_BASE;
        return;
    } else if (t <= -EVAL_EPS) {
        e->why_code = WHY_NEGATIVE_NO_BASE;
        return;
    } else if (fabs(t) < EVAL_EPS) {
        e->why_code = WHY_TARGET_ZERO;
        return;
    } else {
        e->rate = a / t;
    }
    e->has_rate = true;
}

/* Whether the indicator counts something that cannot go below 0: its
 * baseline, every actual and the target are all >= 0. */
static bool non_negative(const Indicator *ind, const Item *base, const Item *target)
{
    if (item_num(target) < 0) return false;
    if (base && item_num(base) < 0) return false;
    for (uint32_t i = 0; i < ind->nactuals; i++)
        if (item_num(ind->actuals[i]) < 0) return false;
    return true;
}

/* A straight line through the last two actuals, read at the target date.
 * A count cannot fall below 0: where the line would, the forecast is 0 and
 * the day the line reaches the target is given instead (21 -> 9 waiting
 * children a year later reach 0 well before the due date; -15 means nothing). */
static void forecast(const Indicator *ind, const Item *base, const Item *prev, IndicatorEval *e)
{
    if (!prev || !e->target) return;
    DayNum d1 = item_day(prev), d2 = item_day(e->actual), due = item_day(e->target);
    if (d1 == d2 || due == EVAL_NO_DAY) return;
    double v1 = item_num(prev), v2 = item_num(e->actual);
    double slope = (v2 - v1) / (double)(d2 - d1);
    e->forecast = v2 + slope * (double)(due - d2);
    e->has_forecast = true;
    if (e->forecast >= 0 || !non_negative(ind, base, e->target)) return;
    e->forecast = 0;
    double t = item_num(e->target);
    if (e->met || slope * e->dir <= 0) return;
    double days = (t - v2) / slope;
    if (days < 0 || days > (double)(due - d2)) return;
    e->reach = d2 + (DayNum)ceil(days - EVAL_EPS);
    e->has_reach = true;
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
 * target value, in the target's direction.  A line to hold that is not held
 * is below target; otherwise, short of it, the pace cannot be judged. */
static Status status_without_rate(const IndicatorEval *e)
{
    double gap = (item_num(e->actual) - item_num(e->target)) * e->dir;
    if (e->maintain && e->why_code == WHY_FLOOR) return e->met ? ST_ACHIEVED : ST_BELOW;
    if (fabs(gap) < EVAL_EPS) return ST_ACHIEVED;
    if (gap > 0) return ST_EXCEEDED;
    return e->maintain ? ST_BELOW : ST_NO_DATA;
}

static void needed(const Item *base, IndicatorEval *e)
{
    double t = item_num(e->target);
    if (e->maintain) {                  /* a line to hold is due at every date */
        e->needed_now = t;
        e->has_needed = true;
        return;
    }
    if (!e->has_expected) return;
    double x = e->expected;
    if (base) {
        double b = item_num(base);
        e->needed_now = b + (t - b) * x;
    } else if (e->dir > 0 && t > 0) {   /* from 0: only an increase to a positive target */
        e->needed_now = t * x;
    } else {
        return;
    }
    e->has_needed = true;
}

static void eval_indicator(const Model *m, const Indicator *ind, DayNum as_of, IndicatorEval *e)
{
    memset(e, 0, sizeof *e);
    e->ind = ind;
    e->status = ST_NO_DATA;
    e->dir = ind->direction < 0 ? -1 : 1;
    const Item *prev = pick_actuals(ind, as_of, e);
    if (ind->qualitative) {
        e->why_code = WHY_QUALITATIVE;
        if (ind_status(ind) && ind->declared_known) e->status = ind->declared;
        return;
    }
    e->target = pick_target(ind, as_of);
    if (!e->target) { e->why_code = WHY_NO_TARGET; return; }
    const Item *base = ind_baseline(ind);
    e->dir = (int8_t)target_dir(ind, base, e->target);
    e->maintain = maintains(base, e->target, e->dir);
    pace(m, base, as_of, e);
    needed(base, e);
    if (!e->actual) { e->why_code = WHY_NO_ACTUAL; return; }

    double gap = (item_num(e->actual) - item_num(e->target)) * e->dir;
    e->met = gap >= -EVAL_EPS;
    e->remaining = gap < 0 ? -gap : 0;
    e->has_remaining = true;
    forecast(ind, base, prev, e);
    rate(ind, base, e);
    e->status = e->has_rate ? status_from_rate(&m->thresholds, e) : status_without_rate(e);
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
