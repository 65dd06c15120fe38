/* check_stale.c - data that stopped coming in: the latest actual at the
 * report date is older than thresholds.stale_days. */
#include "check_ctx.h"

#include <string.h>

void check_stale(CheckCtx *c)
{
    double limit = c->m->thresholds.stale_days;
    for (uint32_t i = 0; i < c->m->nindicators; i++) {
        const Indicator *ind = c->m->indicators[i];
        const Item *latest = NULL;
        DayNum ld = 0;
        for (uint32_t j = 0; j < ind->nactuals; j++) {
            DayNum d;
            if (!check_item_date(ind->actuals[j], &d) || d > c->date.day) continue;
            if (!latest || d > ld) { latest = ind->actuals[j]; ld = d; }
        }
        if (!latest) continue;
        /* Past its last target's date an indicator is finished, not stale. */
        DayNum due = 0;
        bool has_due = false;
        for (uint32_t j = 0; j < ind->ntargets; j++) {
            const Item *t = ind->targets[j];
            if (item_date_valid(t)) {
                DayNum d = item_date_last(t);
                if (!has_due || d > due) due = d;
                has_due = true;
            }
        }
        if (has_due && ld >= due) continue;
        double age = (double)c->date.day - (double)ld;
        if (age <= limit) continue;
        char x[16], y[16];
        Diag *g = check_add(c, "stale-data", item_date_span(latest),
                            "the latest actual of '%s' (%s) is %.0f days old at the report date %s",
                            check_id(&ind->e), check_iso(ld, x), age, check_iso(c->date.day, y));
        if (c->m->thresholds.item)
            diag_note(g, &c->m->thresholds.item->span, "the limit is %g days", limit);
        else
            diag_note(g, NULL, "the limit is %g days (set stale_days in thresholds { } to change it)", limit);
        check_note_report_date(c, g);
    }
}
