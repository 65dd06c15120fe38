/* import_match.c - each record of the data against the plan (import.h).
 *
 * A record names an indicator, a date and a value.  Against the plan's
 * actuals of that indicator, dated the same day (dates match on the last
 * day of their interval: R2.3, 2020-03-31 and FY2019 are one day), it is
 * new (added), equal (skipped) or a contradiction (an error, or with
 * --replace a replacement).  Two records for one indicator and day must
 * agree.  Every problem is a diagnostic at the cell. */
#include "cellval.h"
#include "daymap.h"
#include "ind_lookup.h"
#include "import.h"
#include "numtext.h"
#include "utf8.h"
#include "xalloc.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct Matcher {
    Strat *s;
    const Model *m;
    const Sheet *sh;
    const ImportOptions *o;
    ImportRun *run;
    IndLookup look;
    DayMap acts;                /* (indicator, day) -> the first act in run */
    DayMap plan;                /* (indicator, day) -> index of the first such actual */
} Matcher;

static bool same_value(double a, double b)
{
    double scale = fmax(1.0, fmax(fabs(a), fabs(b)));
    return fabs(a - b) <= 1e-9 * scale;
}

/* NFKC'd copy of a unit, so that ％ is %, ｋｍ is km. */
static char *unit_key(const char *s, size_t n)
{
    return utf8_is_ascii(s, n) ? xstrndup(s, n) : utf8_nfkc(s, n);
}

static const Indicator *find_indicator(Matcher *x, const Record *r)
{
    const char *name;
    size_t n;
    cell_trimmed(r->ind, &name, &n);
    bool amb;
    const Indicator *ind = lookup_find(&x->look, x->s, x->m, name, n, &amb);
    if (ind) return ind;
    if (amb) {
        Diag *g = diag_add(&x->s->diags, SEV_ERROR, "import-indicator", r->ind->span,
                           "more than one indicator has the title '%.*s'", (int)n, name);
        cell_note(g, x->sh, r->ind);
        diag_help(g, "name the indicator by its id");
        return NULL;
    }
    char *z = xstrndup(name, n);
    Diag *g = diag_add(&x->s->diags, SEV_ERROR, "import-indicator", r->ind->span,
                       "no indicator '%s' in the plan", z);
    cell_note(g, x->sh, r->ind);
    const char *near = lookup_suggest(&x->look, z);
    if (near) diag_help(g, "did you mean '%s'?", near);
    else diag_help(g, "name an indicator by its id or its exact title");
    free(z);
    return NULL;
}

/* The record's date, checked; false after a diagnostic. */
static bool record_date(Matcher *x, const Record *r, DateSpec *d)
{
    if (r->spec) { *d = *r->spec; return true; }
    CellRead cr = r->date ? cell_date(r->date, d) : CV_BLANK;
    if (cr == CV_BLANK) {
        Diag *g = diag_add(&x->s->diags, SEV_ERROR, "import-date", r->value->span,
                           "this value has no date");
        cell_note(g, x->sh, r->value);
        return false;
    }
    if (cr == CV_BAD) {
        Diag *g = diag_add(&x->s->diags, SEV_ERROR, "import-date", r->date->span,
                           "'%.*s' is not a date", (int)(r->date->len > 40 ? 40 : r->date->len),
                           r->date->text);
        cell_note(g, x->sh, r->date);
        diag_help(g, "dates are written 2020-03-31, 2020/3/31, 2020-03, 2020, FY2020, R2.3.31, "
                     "R2.3, R2, R元.12, 令和2年3月, 令和2年度 or R2年度");
        return false;
    }
    char msg[256], hint[160];
    DateCheck ck = date_validate(d, msg, sizeof msg, hint, sizeof hint);
    if (ck == DATE_INVALID) {
        Diag *g = diag_add(&x->s->diags, SEV_ERROR, "import-date", r->date->span, DIAG_TEXT, msg);
        cell_note(g, x->sh, r->date);
        if (hint[0]) diag_help(g, DIAG_TEXT, hint);
        return false;
    }
    if (ck == DATE_AFTER_ERA) {
        Diag *g = diag_add(&x->s->diags, x->s->diags.strict ? SEV_ERROR : SEV_WARNING,
                           "date-after-era", r->date->span, DIAG_TEXT, msg);
        cell_note(g, x->sh, r->date);
        if (hint[0]) diag_help(g, DIAG_TEXT, hint);
        date_in_its_era(d);
    }
    return true;
}

/* The unit the record gives (its unit cell, or % written with the value)
 * must be the indicator's. */
static bool record_unit(Matcher *x, const Record *r, const Indicator *ind, bool percent)
{
    const char *u = NULL;
    size_t un = 0;
    const Cell *cell = NULL;
    if (r->unit && !cell_is_blank(r->unit)) {
        cell_trimmed(r->unit, &u, &un);
        cell = r->unit;
    } else if (percent) {
        u = "%";
        un = 1;
        cell = r->value;
    }
    if (!u) return true;
    char *got = unit_key(u, un);
    char *want = ind->unit ? unit_key(ind->unit, strlen(ind->unit)) : NULL;
    bool ok = want && strcmp(got, want) == 0;
    if (ok && percent && strcmp(want, "%") != 0) ok = false;
    if (!ok) {
        Diag *g;
        if (!ind->unit) {
            g = diag_add(&x->s->diags, SEV_ERROR, "import-unit", cell->span,
                         "the value is in '%s', but indicator '%s' declares no unit", got,
                         ent_id(&ind->e)->name);
            cell_note(g, x->sh, cell);
        } else {
            g = diag_add(&x->s->diags, SEV_ERROR, "import-unit", cell->span,
                         "the value is in '%s', but indicator '%s' is measured in '%s'", got,
                         ent_id(&ind->e)->name, ind->unit);
            cell_note(g, x->sh, cell);
            const Item *unit = ind_unit_item(ind);
            if (unit) diag_note(g, &unit->span, "the unit is declared here");
        }
        diag_help(g, "convert the value to the indicator's unit");
    }
    free(got);
    free(want);
    return ok;
}

static ImportAct *add_act(Matcher *x, ImportActKind kind, const Indicator *ind, double v,
                          const DateSpec *d, DayNum last)
{
    ImportRun *run = x->run;
    XGROW(run->acts, run->cap, run->n + 1);
    ImportAct *a = &run->acts[run->n];
    memset(a, 0, sizeof *a);
    a->kind = (uint8_t)kind;
    a->ind = ind;
    a->value = v;
    a->last = last;
    a->seq = (uint32_t)run->n;
    char buf[NUMTEXT_MAX], date[64];
    num_spell(v, buf);
    date_render(d, date, sizeof date);
    a->num = arena_strdup(&x->s->arena, buf);
    a->date = arena_strdup(&x->s->arena, date);
    daymap_add(&x->acts, ind->index, last, (int32_t)run->n);
    run->n++;
    return a;
}

/* Against what the plan and the earlier records say. */
static void decide(Matcher *x, const Record *r, const Indicator *ind, double v, const DateSpec *d,
                   DayNum last)
{
    int32_t prior = daymap_get(&x->acts, ind->index, last);
    if (prior >= 0) {
        const ImportAct *a = &x->run->acts[prior];
        if (same_value(a->value, v)) return;    /* the data repeats itself */
        Diag *g = diag_add(&x->s->diags, SEV_ERROR, "import-conflict", r->value->span,
                           "the data gives '%s' two values for %s: %s and %.*s",
                           ent_id(&ind->e)->name, a->date, a->num, (int)r->value->len, r->value->text);
        cell_note(g, x->sh, r->value);
        diag_help(g, "keep one of the two rows");
        return;
    }
    int32_t had = daymap_get(&x->plan, ind->index, last);
    if (had >= 0) {
        const Item *it = ind->actuals[had];
        if (same_value(item_num(it), v)) {
            add_act(x, IA_SKIP, ind, v, d, last)->existing = it;
            return;
        }
        if (x->o->replace) {
            add_act(x, IA_REPLACE, ind, v, d, last)->existing = it;
            return;
        }
        char num[NUMTEXT_MAX], was[NUMTEXT_MAX];
        num_spell(v, num);
        num_spell(item_num(it), was);
        Diag *g = diag_add(&x->s->diags, SEV_ERROR, "import-conflict", r->value->span,
                           "'%s' is %s at this date in the plan, %s in the data",
                           ent_id(&ind->e)->name, was, num);
        cell_note(g, x->sh, r->value);
        diag_note(g, &it->span, "the plan's actual");
        diag_help(g, "pass --replace to take the data's value");
        return;
    }
    add_act(x, IA_ADD, ind, v, d, last);
}

static void record(Matcher *x, const Record *r)
{
    double v = 0;
    bool percent = false;
    CellRead vr = r->value ? cell_number(r->value, &v, &percent) : CV_BLANK;
    if (vr == CV_BLANK) return;     /* no value yet: nothing to import */
    if (cell_is_blank(r->ind)) {
        Diag *g = diag_add(&x->s->diags, SEV_ERROR, "import-indicator", r->value->span,
                           "this value has no indicator");
        cell_note(g, x->sh, r->value);
        return;
    }
    const Indicator *ind = find_indicator(x, r);
    if (vr == CV_BAD) {
        Diag *g = diag_add(&x->s->diags, SEV_ERROR, "import-number", r->value->span,
                           "'%.*s' is not a number", (int)(r->value->len > 40 ? 40 : r->value->len),
                           r->value->text);
        cell_note(g, x->sh, r->value);
        diag_help(g, "write digits, such as 1050, 1,050 or 98.1; the unit goes in its own column");
    }
    DateSpec d;
    bool dated = record_date(x, r, &d);
    if (!ind || vr == CV_BAD || !dated) return;
    if (ind->e.item->span.file != x->m->file) {
        Diag *g = diag_add(&x->s->diags, SEV_ERROR, "import-indicator", r->ind->span,
                           "indicator '%s' is declared in an included file", ent_id(&ind->e)->name);
        cell_note(g, x->sh, r->ind);
        diag_note(g, &ent_id(&ind->e)->span, "declared here");
        diag_help(g, "import writes only the plan it is given; add this value to '%s' by hand",
                  src_file(x->s->src, ind->e.item->span.file)->path);
        return;
    }
    if (ind->qualitative) {
        Diag *g = diag_add(&x->s->diags, SEV_ERROR, "import-indicator", r->value->span,
                           "indicator '%s' has a text target: it has a status, not actual values",
                           ent_id(&ind->e)->name);
        cell_note(g, x->sh, r->value);
        diag_note(g, &ent_id(&ind->e)->span, "declared here");
        return;
    }
    if (!record_unit(x, r, ind, percent)) return;
    DayNum first, last;
    date_interval(&d, x->m->fy_start, &first, &last);
    decide(x, r, ind, v, &d, last);
}

bool import_match(Strat *s, const Model *m, const Sheet *sh, const Layout *l,
                  const ImportOptions *o, ImportRun *run)
{
    Matcher x = {.s = s, .m = m, .sh = sh, .o = o, .run = run};
    lookup_init(&x.look, s, m);
    daymap_init(&x.acts);
    daymap_init(&x.plan);
    for (uint32_t k = 0; k < m->nindicators; k++) {
        const Indicator *ind = m->indicators[k];
        for (uint32_t i = 0; i < ind->nactuals; i++)
            if (item_date_valid(ind->actuals[i]))
                daymap_add(&x.plan, ind->index, item_date_last(ind->actuals[i]), (int32_t)i);
    }
    int before = s->diags.errors;
    for (size_t i = 0; i < l->n; i++) record(&x, &l->recs[i]);
    daymap_free(&x.acts);
    daymap_free(&x.plan);
    lookup_free(&x.look);
    return s->diags.errors == before;
}

void import_run_free(ImportRun *run)
{
    free(run->acts);
    memset(run, 0, sizeof *run);
}
