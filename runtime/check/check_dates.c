/* check_dates.c - dates that contradict each other: the period, targets,
 * actual series, milestones.  (revises-period is in check_revision.c.) */
#include "check_ctx.h"

enum { MILESTONE_SLACK_DAYS = 5 * 365 + 1 };   /* "sensible range": doc/checks.md */

static void period(CheckCtx *c)
{
    const Item *p = c->m->period;
    if (!p || !p->u.per.a.valid || !p->u.per.b.valid) return;
    const Date *a = &p->u.per.a, *b = &p->u.per.b;
    if (a->first <= b->last) return;
    char x[16], y[16];
    int na, nb;
    const char *ta = check_text(c, a->span, &na), *tb = check_text(c, b->span, &nb);
    Diag *g = check_add(c, "period-order", a->span,
                        "the period starts on %s (%.*s) after it ends on %s (%.*s)",
                        check_iso(a->first, x), na, ta, check_iso(b->last, y), nb, tb);
    diag_note(g, &b->span, "the period ends here");
}

/* as_of before the period starts, or after it ends. */
static void as_of(CheckCtx *c)
{
    const Item *it = c->m->as_of_item;
    if (!it || !c->has_period || !it->u.per.a.valid) return;
    DayNum d = it->u.per.a.last;
    if (d >= c->m->start && d <= c->m->end) return;
    char x[16], y[16], z[16];
    Diag *g = d < c->m->start
        ? check_add(c, "as-of-outside-period", it->u.per.a.span,
                    "as_of is %s, before the start of the strategy period", check_iso(d, x))
        : check_add(c, "as-of-outside-period", it->u.per.a.span,
                    "as_of is %s, after the end of the strategy period", check_iso(d, x));
    diag_note(g, &c->m->period->span, "the period runs from %s to %s", check_iso(c->m->start, y),
              check_iso(c->m->end, z));
}

/* A target due on or before its baseline was measured. */
static void before_baseline(CheckCtx *c, const Indicator *ind)
{
    const Item *baseline = ind_baseline(ind);
    DayNum base;
    if (!baseline || !check_item_date(baseline, &base)) return;
    for (uint32_t i = 0; i < ind->ntargets; i++) {
        const Item *t = ind->targets[i];
        DayNum d;
        if (!(t->flags & IF_DATE) || !check_item_date(t, &d) || d > base) continue;
        char x[16], y[16];
        int n;
        const char *txt = check_text(c, item_date_span(t), &n);
        /* Two sentences, not one with a fragment: a translation orders its words. */
        Diag *g = d == base
            ? check_add(c, "target-before-baseline", item_date_span(t),
                        "target of '%s' is due %s (%.*s), the day of its baseline (%s)",
                        check_id(&ind->e), check_iso(d, x), n, txt, check_iso(base, y))
            : check_add(c, "target-before-baseline", item_date_span(t),
                        "target of '%s' is due %s (%.*s), before its baseline (%s)",
                        check_id(&ind->e), check_iso(d, x), n, txt, check_iso(base, y));
        Span at = item_date_span(baseline);
        diag_note(g, &at, "the baseline is dated here");
    }
}

static void targets(CheckCtx *c, const Indicator *ind)
{
    before_baseline(c, ind);
    if (!c->has_period) return;
    for (uint32_t i = 0; i < ind->ntargets; i++) {
        const Item *t = ind->targets[i];
        DayNum d;
        if (!(t->flags & IF_DATE) || !check_item_date(t, &d)) continue;
        if (d >= c->m->start && d <= c->m->end) continue;
        char x[16], y[16], z[16];
        int n;
        const char *txt = check_text(c, item_date_span(t), &n);
        Diag *g = d < c->m->start
            ? check_add(c, "target-outside-period", item_date_span(t),
                        "target of '%s' is due %s (%.*s), before the strategy period",
                        check_id(&ind->e), check_iso(d, x), n, txt)
            : check_add(c, "target-outside-period", item_date_span(t),
                        "target of '%s' is due %s (%.*s), after the strategy period",
                        check_id(&ind->e), check_iso(d, x), n, txt);
        diag_note(g, &c->m->period->span, "the period runs from %s to %s",
                  check_iso(c->m->start, y), check_iso(c->m->end, z));
    }
}

static void actuals(CheckCtx *c, const Indicator *ind)
{
    const Item *baseline = ind_baseline(ind);
    DayNum base = 0;
    bool has_base = baseline && check_item_date(baseline, &base);
    for (uint32_t i = 0; i < ind->nactuals; i++) {
        const Item *a = ind->actuals[i];
        DayNum d;
        if (!check_item_date(a, &d)) continue;
        Span ds = item_date_span(a);
        char x[16], y[16];
        int n;
        const char *txt = check_text(c, ds, &n);
        if (d > c->date.doc) {
            Diag *g = check_add(c, "actual-after-as-of", ds,
                                "actual of '%s' is dated %s (%.*s), after the report date %s",
                                check_id(&ind->e), check_iso(d, x), n, txt, check_iso(c->date.doc, y));
            if (c->date.doc_is_file) diag_note(g, &c->m->as_of_item->span, "the report date is set here");
            else check_note_report_date(c, g);
        } else if (has_base && d < base) {
            Diag *g = check_add(c, "actual-before-start", ds,
                                "actual of '%s' is dated %s (%.*s), before its baseline (%s)",
                                check_id(&ind->e), check_iso(d, x), n, txt, check_iso(base, y));
            Span at = item_date_span(baseline);
            diag_note(g, &at, "the baseline is dated here");
        } else if (!has_base && c->has_period && d < c->m->start) {
            Diag *g = check_add(c, "actual-before-start", ds,
                                "actual of '%s' is dated %s (%.*s), before the strategy period starts (%s)",
                                check_id(&ind->e), check_iso(d, x), n, txt, check_iso(c->m->start, y));
            diag_help(g, "a value from before the period is the indicator's baseline: baseline V at D");
        }
        /* Two values for one date (anywhere in the series) is an error; a date
         * earlier than its predecessor's, a warning. */
        const Item *same = NULL;
        for (uint32_t j = 0; j < i && !same; j++) {
            DayNum e;
            if (check_item_date(ind->actuals[j], &e) && e == d) same = ind->actuals[j];
        }
        DayNum pd;
        if (same) {
            Diag *g = check_add(c, "actual-same-date", ds, "'%s' has two actual values for %s",
                                check_id(&ind->e), check_iso(d, x));
            Span at = item_date_span(same);
            diag_note(g, &at, "the other value for that date");
        } else if (i > 0 && check_item_date(ind->actuals[i - 1], &pd) && d < pd) {
            Diag *g = check_add(c, "actual-order", ds,
                                "actual of '%s' dated %s comes after one dated %s",
                                check_id(&ind->e), check_iso(d, x), check_iso(pd, y));
            Span at = item_date_span(ind->actuals[i - 1]);
            diag_note(g, &at, "the previous actual is dated here");
            diag_help(g, "write the series oldest first; a date out of order is often mistyped");
        }
    }
}

static void milestones(CheckCtx *c)
{
    const Model *m = c->m;
    for (uint32_t i = 0; i < m->nmilestones; i++) {
        const Date *d = &m->milestones[i]->u.txt.date;
        if (!d->valid) continue;
        char x[16], y[16], z[16];
        if (c->has_period
            && (d->last < m->start - MILESTONE_SLACK_DAYS || d->first > m->end + MILESTONE_SLACK_DAYS)) {
            Diag *g = d->last < m->start
                ? check_add(c, "milestone-range", d->span,
                            "milestone dated %s is more than five years before the strategy period",
                            check_iso(d->last, x))
                : check_add(c, "milestone-range", d->span,
                            "milestone dated %s is more than five years after the strategy period",
                            check_iso(d->last, x));
            diag_note(g, &m->period->span, "the period runs from %s to %s", check_iso(m->start, y),
                      check_iso(m->end, z));
        }
        if (i == 0) continue;
        const Date *p = &m->milestones[i - 1]->u.txt.date;
        if (p->valid && d->last < p->last) {
            Diag *g = check_add(c, "milestone-order", d->span,
                                "milestone dated %s comes after one dated %s",
                                check_iso(d->last, x), check_iso(p->last, y));
            diag_note(g, &p->span, "the previous milestone is dated here");
        }
    }
}

void check_dates(CheckCtx *c)
{
    period(c);
    as_of(c);
    for (uint32_t i = 0; i < c->m->nindicators; i++) {
        const Indicator *ind = c->m->indicators[i];
        targets(c, ind);
        actuals(c, ind);
    }
    milestones(c);
}
