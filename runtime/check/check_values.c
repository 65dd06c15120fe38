/* check_values.c - units and values: a value in another unit, percentages
 * above 100, targets that the baseline meets or that contradict the
 * indicator's direction, decreasing indicators without a baseline. */
#include "check_ctx.h"
#include "utf8.h"

#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

static bool is_percent(const char *u)
{
    return u && (strcmp(u, "%") == 0 || strcmp(u, "％") == 0);
}

/* The baseline, the numeric targets and the actuals, in that order. */
typedef struct Values { const Item **v; uint32_t n; } Values;

/* In one scratch array reused from indicator to indicator (a million
 * indicators must not leave a million arrays in the arena). */
static Values values_of(const Indicator *ind, const Item ***scratch, size_t *cap)
{
    Values vs;
    XGROW(*scratch, *cap, 1 + (size_t)ind->ntargets + ind->nactuals);
    vs.v = *scratch;
    vs.n = 0;
    const Item *baseline = ind_baseline(ind);
    if (baseline) vs.v[vs.n++] = baseline;
    for (uint32_t i = 0; i < ind->ntargets; i++)
        if (!target_is_text(ind->targets[i])) vs.v[vs.n++] = ind->targets[i];
    for (uint32_t i = 0; i < ind->nactuals; i++) vs.v[vs.n++] = ind->actuals[i];
    return vs;
}

/* u is the unit in use mistyped, not another unit: a plural s (kms for
 * km) or a character typed twice (人人 for 人).  Other near spellings are
 * real units (km2, 件 and 個). */
static bool unit_typo(const char *u, const char *unit)
{
    size_t n = strlen(u), m = strlen(unit);
    if (n == m + 1 && u[n - 1] == 's' && memcmp(u, unit, m) == 0) return true;
    for (size_t i = 0; i < n; ) {
        int32_t cp;
        int k = utf8_decode(u + i, n - i, &cp);
        if (k <= 0) return false;
        /* drop the code point at i if it repeats the one before it */
        if (i > 0 && (size_t)k <= i && memcmp(u + i - k, u + i, (size_t)k) == 0 && n - (size_t)k == m
            && memcmp(u, unit, i) == 0 && memcmp(u + i + k, unit + i, n - i - (size_t)k) == 0)
            return true;
        i += (size_t)k;
    }
    return false;
}

static void units(CheckCtx *c, const Indicator *ind, const Values *vs)
{
    const char *unit = ind->unit;
    const Item *declared = ind_unit_item(ind), *from = declared;
    for (uint32_t i = 0; i < vs->n; i++) {
        const Item *it = vs->v[i];
        const char *u = item_unit(it);
        if (!u) continue;
        if (!unit) { unit = u; from = it; continue; }
        if (u == unit || strcmp(u, unit) == 0) continue;
        Diag *g = check_add(c, "unit-mismatch", item_value_span(it),
                            "%s of '%s' is in '%s', but the indicator is measured in '%s'",
                            check_item_noun(it), check_id(&ind->e), u, unit);
        if (unit_typo(u, unit)) diag_note(g, NULL, "did you mean '%s'?", unit);
        if (from == declared) diag_note(g, &from->span, "the unit is declared here");
        else {
            Span at = item_value_span(from);
            diag_note(g, &at, "the first value is in '%s'", unit);
        }
    }
}

static void percents(CheckCtx *c, const Indicator *ind, const Values *vs)
{
    for (uint32_t i = 0; i < vs->n; i++) {
        const Item *it = vs->v[i];
        const char *u = item_unit(it) ? item_unit(it) : ind->unit;
        if (!is_percent(u) || !(item_num(it) > 100)) continue;
        Diag *g = check_add(c, "percent-range", item_value_span(it),
                            "%s of '%s' is %g %%, above 100 %%",
                            check_item_noun(it), check_id(&ind->e), item_num(it));
        diag_help(g, "a share is at most 100 %%; check the decimal point");
    }
}

static void direction(CheckCtx *c, const Indicator *ind)
{
    const Item *first_le = NULL, *declared = ind_direction_item(ind);
    for (uint32_t i = 0; i < ind->ntargets && !first_le; i++)
        if (ind->targets[i]->op == OP_LE) first_le = ind->targets[i];
    for (uint32_t i = 0; i < ind->ntargets; i++) {
        const Item *t = ind->targets[i];
        if (declared) {
            bool bad = (t->op == OP_LE && ind->direction > 0) || (t->op == OP_GE && ind->direction < 0);
            if (!bad) continue;
            Diag *g = check_add(c, "target-direction", item_value_span(t),
                                "target %s on '%s', which is declared direction %s",
                                t->op == OP_LE ? "<=" : ">=", check_id(&ind->e),
                                ind->direction > 0 ? "increase" : "decrease");
            diag_note(g, &declared->span, "the direction is declared here");
        } else if (t->op == OP_GE && first_le) {
            Diag *g = check_add(c, "target-direction", item_value_span(t),
                                "target >= on '%s', which another target makes decreasing",
                                check_id(&ind->e));
            Span le = check_keyword_span(first_le);
            diag_note(g, &le, "'target <=' implies direction decrease");
        }
    }
}

static void baseline(CheckCtx *c, const Indicator *ind)
{
    const Item *negative = NULL;
    bool numeric = false;
    for (uint32_t i = 0; i < ind->ntargets; i++) {
        const Item *t = ind->targets[i];
        if (target_is_text(t)) continue;
        numeric = true;
        if (!negative && item_num(t) < 0) negative = t;
    }
    if (!numeric) return;
    const Item *base = ind_baseline(ind);
    if (!base) {
        if (ind->direction < 0) {
            Diag *g = check_add(c, "baseline-missing", ent_id(&ind->e)->span,
                                "'%s' decreases but has no baseline, so no achievement rate can be computed",
                                check_id(&ind->e));
            diag_help(g, "the rate is (baseline - actual) / (baseline - target): add baseline V at D");
        } else if (negative) {
            Diag *g = check_add(c, "baseline-missing", item_value_span(negative),
                                "the target of '%s' is below 0 and it has no baseline, so no achievement "
                                "rate can be computed", check_id(&ind->e));
            diag_help(g, "progress toward a negative target is measured from where it started: add "
                         "baseline V at D");
        }
        return;
    }
    double b = item_num(base);
    for (uint32_t i = 0; i < ind->ntargets; i++) {
        const Item *t = ind->targets[i];
        if (target_is_text(t)) continue;
        double v = item_num(t);
        if (v == b) {
            if (t->op == OP_GE || t->op == OP_LE) continue;     /* a line to hold, as written */
            Diag *g = check_add(c, "target-equals-baseline", item_value_span(t),
                                "target of '%s' equals its baseline (%g): no progress can be measured",
                                check_id(&ind->e), v);
            Span at = item_value_span(base);
            diag_note(g, &at, "the baseline is here");
            diag_help(g, "to hold the baseline, write target >= V (or <= V): met or not met at each date");
        } else if (t->op != OP_GE && t->op != OP_LE
                   && ((ind->direction > 0 && b > v) || (ind->direction < 0 && b < v))) {
            /* Only a declared direction can get here: without one, the
             * direction is read from the baseline and the target.  A
             * comparator the baseline meets is a line to hold (維持). */
            Diag *g = ind->direction > 0
                ? check_add(c, "target-already-met", item_value_span(t),
                            "the baseline of '%s' (%g) already meets its target (%g) for an increasing indicator",
                            check_id(&ind->e), b, v)
                : check_add(c, "target-already-met", item_value_span(t),
                            "the baseline of '%s' (%g) already meets its target (%g) for a decreasing indicator",
                            check_id(&ind->e), b, v);
            Span at = item_value_span(base);
            diag_note(g, &at, "the baseline is here");
            const Item *declared = ind_direction_item(ind);
            if (declared) diag_note(g, &declared->span, "the direction is declared here");
            else diag_help(g, "if lower is better, declare direction decrease");
        }
    }
}

void check_values(CheckCtx *c)
{
    const Item **scratch = NULL;
    size_t cap = 0;
    for (uint32_t i = 0; i < c->m->nindicators; i++) {
        const Indicator *ind = c->m->indicators[i];
        Values vs = values_of(ind, &scratch, &cap);
        units(c, ind, &vs);
        percents(c, ind, &vs);
        direction(c, ind);
        baseline(c, ind);
    }
    free(scratch);
}
