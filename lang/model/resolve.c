/* resolve.c - from syntax tree to model: placement, entities, references,
 * includes, fiscal-year dates.
 *
 * The grammar lets any item stand in any block; here each item is checked
 * against where it stands, so a misplaced item gets a message in words
 * ("'unit' belongs in an indicator") instead of a token list. */
#include "i18n.h"
#include "strat.h"
#include "fileio.h"
#include "suggest.h"
#include "utf8.h"
#include "xalloc.h"

#include <errno.h>
#include <libgen.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

/* A growable array of pointers, copied into the arena when done.  The
 * per-entity ones are scratch buffers kept in R and reused, so resolving
 * costs no malloc per entity (tests/alloc/run.sh). */
typedef struct Vec { void **v; size_t n, cap; } Vec;

static void vec_push(Vec *v, void *p)
{
    XGROW(v->v, v->cap, v->n + 1);
    v->v[v->n++] = p;
}

static void **vec_finish(Arena *a, Vec *v, uint32_t *n)
{
    void **out = ARENA_ARRAY(a, void *, v->n);
    if (v->n) memcpy(out, v->v, v->n * sizeof *out);
    *n = (uint32_t)v->n;
    v->n = 0;
    return out;
}

static void vec_release(Vec *v)
{
    free(v->v);
    v->v = NULL;
    v->n = v->cap = 0;
}

typedef struct R {
    Strat *s;
    Model *m;
    Vec viewpoints, sectors, projects, indicators, milestones;
    Vec dates;                  /* every FY date, to re-derive its interval at the end */
    Vec measure_dates;          /* the same for measures (Item *), which keep the last day alone */
    const char *include_stack[STRAT_MAX_INCLUDE_DEPTH + 1];
    const char *include_shown[STRAT_MAX_INCLUDE_DEPTH + 1];  /* the same, as messages name them */
    int include_depth;
    const char *root_dir;       /* includes may not leave it (nor include paths) */
    const Item *fiscal_item;
    const Item *scale_item;
    Vec notes;                  /* the strategy's, from every file */
    /* Scratch, one set per nesting level (indicator inside project). */
    Vec ind_notes, ind_targets, ind_actuals;
    Vec prj_notes, prj_sectors, prj_viewpoints, prj_acts, prj_inds;
    Vec ent_notes;
} R;

/* ---- placement ------------------------------------------------------------ */

typedef enum { IN_STRATEGY, IN_ENTITY /* viewpoint, sector */, IN_PROJECT, IN_INDICATOR, IN_SCALE } Where;

static const char *where_name(Where w)
{
    return w == IN_STRATEGY ? _("a strategy") : w == IN_PROJECT ? _("a project")
         : w == IN_INDICATOR ? _("an indicator") : w == IN_SCALE ? _("a scale") : _("a viewpoint or sector");
}

/* Where each kind of item belongs, for the message. */
static const char *home_of(ItemKind k)
{
    switch (k) {
    case IT_PERIOD: case IT_FISCAL_YEAR: case IT_AS_OF: case IT_REVISES: case IT_INCLUDE:
    case IT_GOAL: case IT_VIEWPOINT: case IT_SECTOR: case IT_PROJECT: case IT_MILESTONE:
    case IT_THRESHOLDS: case IT_SCALE:
        return _("the strategy block");
    case IT_GRADE:
        return _("a scale block");
    case IT_SECTORS: case IT_VIEWPOINTS: case IT_ACTIVITY: case IT_OWNER: case IT_INDICATOR:
    case IT_ASSESSMENT:
        return _("a project");
    case IT_UNIT: case IT_BASELINE: case IT_TARGET: case IT_ACTUAL: case IT_STATUS:
    case IT_DIRECTION: case IT_KIND: case IT_SOURCE:
        return _("an indicator");
    case IT_STRATEGY:
        return _("the top of a file, once");
    default:
        return _("a block");
    }
}

static void misplaced(R *r, const Item *it, Where w)
{
    Span kw = it->span;
    kw.end = kw.start + (uint32_t)strlen(item_kind_name((ItemKind)it->kind));
    if (kw.end > it->span.end) kw.end = it->span.end;
    Diag *g = diag_add(&r->s->diags, SEV_ERROR, "misplaced-item", kw,
                       "'%s' cannot stand in %s", item_kind_name((ItemKind)it->kind), where_name(w));
    diag_help(g, "'%s' belongs in %s", item_kind_name((ItemKind)it->kind), home_of((ItemKind)it->kind));
}

static Span keyword_span(const Item *it)
{
    Span kw = it->span;
    uint32_t n = (uint32_t)strlen(item_kind_name((ItemKind)it->kind));
    if (kw.end - kw.start > n) kw.end = kw.start + n;
    return kw;
}

/* An item that may be given once per block. */
static bool once(R *r, const Item **slot, const Item *it)
{
    if (*slot) {
        Diag *g = diag_add(&r->s->diags, SEV_ERROR, "duplicate-item", keyword_span(it),
                           "'%s' is given more than once", item_kind_name((ItemKind)it->kind));
        Span first = keyword_span(*slot);
        diag_note(g, &first, "first given here");
        return false;
    }
    *slot = it;
    return true;
}

/* Only FY dates depend on `fiscal_year starts`; the others are final already. */
static void track_date(R *r, DateVal *d, bool valid)
{
    if (valid && d->spec.form == DF_FY) vec_push(&r->dates, d);
}

/* Only a written date counts here: an undated target is given the period's
 * end, and IF_DATE_VALID, at the end of resolve(). */
static void track_measure_date(R *r, Item *it)
{
    if ((it->flags & IF_DATE_VALID) && it->u.m.spec.form == DF_FY) vec_push(&r->measure_dates, it);
}

/* ---- entities --------------------------------------------------------------- */

static const char *kind_word(EntityKind k)
{
    /* The keywords; N_: also the nouns of messages, through kind_noun. */
    static const char *const w[] = {N_("strategy"), N_("viewpoint"), N_("sector"), N_("project"),
                                    N_("indicator")};
    return w[k];
}

static const char *kind_noun(EntityKind k) { return _(kind_word(k)); }

static PtrMap *map_for(Model *m, EntityKind k)
{
    switch (k) {
    case EK_VIEWPOINT: return &m->viewpoint_by_id;
    case EK_SECTOR:    return &m->sector_by_id;
    case EK_PROJECT:   return &m->project_by_id;
    default:           return &m->indicator_by_id;
    }
}

const Text NO_TEXT;
const Ident NO_IDENT;

/* The words `direction` takes (+1, -1) and those `kind` takes (IK_OUTPUT on). */
static const char *const DIRECTIONS[] = {"increase", "decrease"};
static const char *const KINDS[] = {"output", "outcome"};
enum { NDIRECTIONS = sizeof DIRECTIONS / sizeof *DIRECTIONS, NKINDS = sizeof KINDS / sizeof *KINDS };

/* Which of words[0..n) w is, or -1. */
static int word_index(const char *w, const char *const *words, int n)
{
    for (int i = 0; i < n; i++)
        if (strcmp(w, words[i]) == 0) return i;
    return -1;
}

static bool is_direction(const char *w) { return word_index(w, DIRECTIONS, NDIRECTIONS) >= 0; }

/* A first direction that names none is unread, so a later one that does
 * counts (the resolver's rule). */
const Item *ind_direction_item(const Indicator *ind)
{
    if (!(ind->has & HAS_DIRECTION)) return NULL;
    for (const Item *c = ind->e.item->u.ent.items; c; c = c->next)
        if (c->kind == IT_DIRECTION && is_direction(c->u.w.word.name)) return c;
    return NULL;
}

const Text *ind_source(const Indicator *ind)
{
    const Text *t = &NO_TEXT;
    if (!(ind->has & HAS_SOURCE)) return t;
    for (const Item *c = ind->e.item->u.ent.items; c; c = c->next)
        if (c->kind == IT_SOURCE) t = &c->u.txt.text;
    return t;
}

const char *ind_kind_word(const Indicator *ind)
{
    return ind->kind == IK_NONE ? NULL : KINDS[ind->kind - IK_OUTPUT];
}

static void entity_init(R *r, Entity *e, EntityKind k, const Item *it)
{
    e->kind = k;
    e->renamed_from = &NO_IDENT;
    e->item = it;
    if (k == EK_STRATEGY || !ent_id(e)->name) return;
    Entity *prev = ptrmap_get(map_for(r->m, k), ent_id(e)->name);
    if (prev) {
        Diag *g = diag_add(&r->s->diags, SEV_ERROR, "duplicate-definition", ent_id(e)->span,
                           "%s '%s' is defined more than once", kind_noun(k), ent_id(e)->name);
        diag_note(g, &ent_id(prev)->span, "first defined here");
        return;
    }
    ptrmap_put(map_for(r->m, k), ent_id(e)->name, e);
}

/* Items every entity block accepts; true if handled. */
static bool common_item(R *r, Entity *e, const Item *it, Vec *notes)
{
    if (it->kind == IT_NOTE) {
        vec_push(notes, (void *)&it->u.txt.text);
        return true;
    }
    if (it->kind == IT_RENAMED_FROM) {
        if (e->renamed_from->name) {
            Diag *g = diag_add(&r->s->diags, SEV_ERROR, "duplicate-item", keyword_span(it),
                               "'renamed_from' is given more than once");
            diag_note(g, &e->renamed_from->span, "first given here");
        } else {
            e->renamed_from = &it->u.w.word;
        }
        return true;
    }
    return false;
}

static void finish_notes(R *r, Entity *e, Vec *notes)
{
    Text **p = (Text **)vec_finish(&r->s->arena, notes, &e->nnotes);
    e->notes = ARENA_ARRAY(&r->s->arena, Text, e->nnotes);
    for (uint32_t i = 0; i < e->nnotes; i++) e->notes[i] = *p[i];
}

/* Words people write for a closed set's members, for "did you mean" where
 * the edit distance is no guide (概ね順調 is 概ね目標通り; result is outcome). */
typedef struct Synonym { const char *word, *means; } Synonym;

static const char *synonym(const char *w, const Synonym *syn, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(w, syn[i].word) == 0) return syn[i].means;
    return NULL;
}

/* The nearest of names, or what a synonym means. */
static const char *nearest(const char *w, const char *const *names, size_t n, const Synonym *syn,
                           size_t nsyn)
{
    const char *s = synonym(w, syn, nsyn);
    if (s) return s;
    /* Case is no mistake worth a second try: Decrease, ON_TRACK. */
    char low[64];
    size_t k = 0;
    for (; k < sizeof low - 1 && w[k]; k++) low[k] = (char)(w[k] >= 'A' && w[k] <= 'Z' ? w[k] + 32 : w[k]);
    low[k] = '\0';
    for (size_t i = 0; i < n; i++)
        if (strcmp(low, names[i]) == 0) return names[i];
    return suggest_closest(low, names, n);
}

static const Synonym STATUS_SYNONYMS[] = {
    {"順調", "概ね目標通り"}, {"概ね順調", "概ね目標通り"}, {"おおむね順調", "概ね目標通り"},
    {"概ね目標どおり", "概ね目標通り"}, {"おおむね目標通り", "概ね目標通り"},
    {"達成", "目標を達成"}, {"目標達成", "目標を達成"}, {"上回る", "目標を上回る"},
    {"目標超過", "目標を上回る"}, {"遅れ", "目標を下回る"}, {"やや遅れ", "目標を下回る"},
    {"未達成", "目標を下回る"}, {"下回る", "目標を下回る"}, {"大幅な遅れ", "目標を大幅に下回る"},
    {"大幅に遅れ", "目標を大幅に下回る"}, {"データなし", "no_data"}, {"未評価", "no_data"},
    {"ontrack", "on_track"}, {"on-track", "on_track"}, {"far-below", "far_below"},
    {"no-data", "no_data"}, {"nodata", "no_data"}, {"done", "achieved"}, {"met", "achieved"},
    {"behind", "below"}, {"delayed", "below"}, {"ahead", "exceeded"}};

static bool status_word(R *r, const Ident *w, Status *out)
{
    if (status_from_name(w->name, out)) return true;
    /* Both languages: the English names and the Japanese labels. */
    const char *names[2 * ST__COUNT];
    for (int i = 0; i < ST__COUNT; i++) {
        names[i] = status_name((Status)i);
        names[ST__COUNT + i] = status_label_ja((Status)i);
    }
    Diag *g = diag_add(&r->s->diags, SEV_ERROR, "unknown-name", w->span, "unknown status '%s'", w->name);
    const char *best = nearest(w->name, names, 2 * ST__COUNT, STATUS_SYNONYMS,
                               sizeof STATUS_SYNONYMS / sizeof *STATUS_SYNONYMS);
    Status st;
    if (best && status_from_name(best, &st) && strcmp(best, status_name(st)) != 0)
        diag_note(g, NULL, "did you mean '%s' (%s)?", best, status_name(st));
    else if (best)
        diag_note(g, NULL, "did you mean '%s'?", best);
    if (best) diag_fix(g, best);
    diag_help(g, "a status is one of exceeded (目標を上回る), achieved (目標を達成), on_track "
                 "(概ね目標通り), below (目標を下回る), far_below (目標を大幅に下回る) or no_data");
    return false;
}

static int cmp_target(const void *a, const void *b)
{
    const Item *x = *(const Item *const *)a, *y = *(const Item *const *)b;
    DayNum dx = item_order_day(x), dy = item_order_day(y);
    if (dx != dy) return dx < dy ? -1 : 1;
    return x->span.start < y->span.start ? -1 : x->span.start > y->span.start;
}

static void indicator(R *r, Project *p, Item *it)
{
    Indicator *ind = ARENA_NEW(&r->s->arena, Indicator);
    entity_init(r, &ind->e, EK_INDICATOR, it);
    ind->project = p;
    ind->index = (uint32_t)r->indicators.n;
    ind->direction = 1;
    ind->declared_grade = -1;
    vec_push(&r->indicators, ind);
    Vec *notes = &r->ind_notes, *targets = &r->ind_targets, *actuals = &r->ind_actuals;
    bool has_le = false, has_cmp = false;
    const Item *unit = NULL, *baseline = NULL, *status = NULL, *direction = NULL;   /* the first */
    for (Item *c = it->u.ent.items; c; c = c->next) {
        if (common_item(r, &ind->e, c, notes)) continue;
        switch (c->kind) {
        case IT_UNIT:
            if (once(r, &unit, c)) {
                ind->unit = intern(r->s->names, c->u.txt.text.bytes, c->u.txt.text.len);
                ind->has |= HAS_UNIT;
            }
            break;
        case IT_BASELINE:
            if (once(r, &baseline, c)) {
                track_measure_date(r, c);
                ind->has |= HAS_BASELINE;
            }
            break;
        case IT_TARGET:
            vec_push(targets, c);
            if (c->op == OP_LE) has_le = true;
            if (c->op == OP_LE || c->op == OP_GE) has_cmp = true;
            track_measure_date(r, c);
            break;
        case IT_ACTUAL:
            vec_push(actuals, c);
            track_measure_date(r, c);
            break;
        case IT_STATUS:     /* a grade of the scale, known after the walk */
            if (once(r, &status, c)) ind->has |= HAS_STATUS;
            break;
        case IT_DIRECTION:
            if (once(r, &direction, c)) {
                const char *w = c->u.w.word.name;
                int d = word_index(w, DIRECTIONS, NDIRECTIONS);
                if (d >= 0) {
                    ind->direction = d == 0 ? 1 : -1;
                    ind->has |= HAS_DIRECTION;
                } else {
                    /* Unread, as if not written: `target <=` still implies
                     * decrease, and the checks do not contradict a guess. */
                    direction = NULL;
                    static const Synonym syn[] = {
                        {"up", "increase"}, {"higher", "increase"}, {"more", "increase"},
                        {"増加", "increase"}, {"増やす", "increase"},
                        {"down", "decrease"}, {"lower", "decrease"}, {"less", "decrease"},
                        {"減少", "decrease"}, {"減らす", "decrease"}, {"削減", "decrease"},
                        {"低減", "decrease"}};
                    Diag *g = diag_add(&r->s->diags, SEV_ERROR, "unknown-name", c->u.w.word.span,
                                       "unknown direction '%s'", w);
                    const char *best = nearest(w, DIRECTIONS, NDIRECTIONS, syn, sizeof syn / sizeof *syn);
                    if (best) diag_note(g, NULL, "did you mean '%s'?", best);
                    diag_help(g, "a direction is 'increase' or 'decrease'");
                }
            }
            break;
        case IT_KIND: {
            const char *w = c->u.w.word.name;
            int k = word_index(w, KINDS, NKINDS);
            if (k >= 0) {
                ind->kind = (uint8_t)(IK_OUTPUT + k);
            } else {
                static const Synonym syn[] = {
                    {"result", "outcome"}, {"results", "outcome"}, {"impact", "outcome"},
                    {"effect", "outcome"}, {"成果", "outcome"}, {"成果指標", "outcome"},
                    {"activity", "output"}, {"input", "output"}, {"process", "output"},
                    {"活動", "output"}, {"活動指標", "output"}};
                Diag *g = diag_add(&r->s->diags, SEV_ERROR, "unknown-name", c->u.w.word.span,
                                   "unknown indicator kind '%s'", w);
                const char *best = nearest(w, KINDS, NKINDS, syn, sizeof syn / sizeof *syn);
                if (best) diag_note(g, NULL, "did you mean '%s'?", best);
                diag_help(g, "a kind is 'output' (活動指標) or 'outcome' (成果指標)");
            }
            break;
        }
        case IT_SOURCE:     /* the last one written: ind_source() */
            ind->has |= HAS_SOURCE;
            break;
        default:
            misplaced(r, c, IN_INDICATOR);
        }
    }
    /* `target <= V` implies a decreasing indicator unless declared otherwise. */
    if (has_le && !(ind->has & HAS_DIRECTION)) ind->direction = -1;
    finish_notes(r, &ind->e, notes);
    ind->targets = (const Item **)vec_finish(&r->s->arena, targets, &ind->ntargets);
    ind->actuals = (const Item **)vec_finish(&r->s->arena, actuals, &ind->nactuals);
    bool any_num = false;
    for (uint32_t i = 0; i < ind->ntargets; i++) any_num |= !target_is_text(ind->targets[i]);
    ind->qualitative = ind->ntargets > 0 && !any_num;
    /* Neither a direction nor a comparator: the first numeric target that
     * differs from the baseline says which way is better (12 -> 0 decreases),
     * so that rate, status, grade and "reached" agree (doc/report.md). */
    if (!(ind->has & HAS_DIRECTION) && !has_cmp && baseline) {
        double b = item_num(baseline);
        for (uint32_t i = 0; i < ind->ntargets; i++) {
            const Item *t = ind->targets[i];
            if (target_is_text(t) || item_num(t) == b) continue;
            ind->direction = item_num(t) < b ? -1 : 1;
            ind->direction_inferred = true;
            break;
        }
    }
}

static void refs(R *r, Item *c, Vec *out)
{
    for (uint32_t i = 0; i < c->u.list.n; i++) {
        Ref *ref = ARENA_NEW(&r->s->arena, Ref);
        ref->id = c->u.list.ids[i];
        vec_push(out, ref);
    }
}

static Ref *finish_refs(R *r, Vec *v, uint32_t *n)
{
    Ref **p = (Ref **)vec_finish(&r->s->arena, v, n);
    Ref *out = ARENA_ARRAY(&r->s->arena, Ref, *n);
    for (uint32_t i = 0; i < *n; i++) out[i] = *p[i];
    return out;
}

static void project(R *r, Item *it)
{
    Project *p = ARENA_NEW(&r->s->arena, Project);
    entity_init(r, &p->e, EK_PROJECT, it);
    p->index = (uint32_t)r->projects.n;
    vec_push(&r->projects, p);
    Vec *notes = &r->prj_notes, *sectors = &r->prj_sectors, *viewpoints = &r->prj_viewpoints;
    Vec *acts = &r->prj_acts, *inds = &r->prj_inds;
    const Item *owner = NULL;
    size_t first_ind = r->indicators.n;
    for (Item *c = it->u.ent.items; c; c = c->next) {
        if (common_item(r, &p->e, c, notes)) continue;
        switch (c->kind) {
        case IT_SECTORS:    refs(r, c, sectors); break;
        case IT_VIEWPOINTS: refs(r, c, viewpoints); break;
        case IT_ACTIVITY:   vec_push(acts, &c->u.txt.text); break;
        case IT_OWNER:      if (once(r, &owner, c)) p->owner = c->u.txt.text; break;
        case IT_INDICATOR:  indicator(r, p, c); break;
        case IT_ASSESSMENT:
            /* Named in the scale's grades: resolved once the scale is known. */
            once(r, &p->assessment, c);
            break;
        default:
            misplaced(r, c, IN_PROJECT);
        }
    }
    for (size_t i = first_ind; i < r->indicators.n; i++) vec_push(inds, r->indicators.v[i]);
    finish_notes(r, &p->e, notes);
    p->sectors = finish_refs(r, sectors, &p->nsectors);
    p->viewpoints = finish_refs(r, viewpoints, &p->nviewpoints);
    Text **a = (Text **)vec_finish(&r->s->arena, acts, &p->nactivities);
    p->activities = ARENA_ARRAY(&r->s->arena, Text, p->nactivities);
    for (uint32_t i = 0; i < p->nactivities; i++) p->activities[i] = *a[i];
    p->indicators = (Indicator **)vec_finish(&r->s->arena, inds, &p->nindicators);
}

static void simple_entity(R *r, Item *it, EntityKind k)
{
    Vec *notes = &r->ent_notes;
    Entity *e;
    if (k == EK_VIEWPOINT) {
        Viewpoint *v = ARENA_NEW(&r->s->arena, Viewpoint);
        v->index = (uint32_t)r->viewpoints.n;
        vec_push(&r->viewpoints, v);
        e = &v->e;
    } else {
        Sector *v = ARENA_NEW(&r->s->arena, Sector);
        v->index = (uint32_t)r->sectors.n;
        vec_push(&r->sectors, v);
        e = &v->e;
    }
    entity_init(r, e, k, it);
    for (Item *c = it->u.ent.items; c; c = c->next)
        if (!common_item(r, e, c, notes)) misplaced(r, c, IN_ENTITY);
    finish_notes(r, e, notes);
}

static void thresholds(R *r, Item *it)
{
    Thresholds *t = &r->m->thresholds;
    if (!once(r, &t->item, it)) return;
    bool bad = false;       /* compare on_track and below only as written */
    for (Item *c = it->u.ent.items; c; c = c->next) {
        const char *n = c->u.m.name.name;
        double v = item_num(c);
        bool pct = item_unit(c) != NULL;
        if (strcmp(n, "on_track") == 0 || strcmp(n, "below") == 0) {
            if (pct) v /= 100;
            if (v <= 0 || v > 1) {
                Diag *g = diag_add(&r->s->diags, SEV_ERROR, "thresholds", item_value(c).span,
                                   "the '%s' threshold is a share of the expected pace, between 0 and 1 "
                                   "(or 0%% and 100%%)", n);
                diag_help(g, "%s 80 %% means: at least 80 %% of the progress due by the report date", n);
                bad = true;
                continue;
            }
            if (n[0] == 'o') t->on_track = v; else t->below = v;
        } else if (strcmp(n, "stale_days") == 0) {
            if (v < 1) {
                diag_add(&r->s->diags, SEV_ERROR, "thresholds", item_value(c).span,
                         "'stale_days' is a number of days, at least 1");
                continue;
            }
            t->stale_days = v;
        } else {
            static const char *const known[] = {"on_track", "below", "stale_days"};
            Diag *g = diag_add(&r->s->diags, SEV_ERROR, "unknown-name", c->u.m.name.span,
                               "unknown threshold '%s'", n);
            static const Synonym syn[] = {{"ontrack", "on_track"}, {"stale", "stale_days"},
                                          {"far_below", "below"}};
            const char *best = nearest(n, known, 3, syn, sizeof syn / sizeof *syn);
            if (best) { diag_note(g, NULL, "did you mean '%s'?", best); diag_fix(g, best); }
            diag_help(g, "thresholds are on_track, below (shares of the expected pace) and stale_days");
        }
    }
    if (!bad && t->below > t->on_track)
        diag_add(&r->s->diags, SEV_ERROR, "thresholds", it->span,
                 "the 'below' threshold (%g) is above the 'on_track' threshold (%g)", t->below, t->on_track);
}

/* ---- scales ------------------------------------------------------------------ */

static const char *const COND_VARS[] = {"rate", "expected", "progress", "change", "actual",
                                        "target", "baseline", "expected_at_data",
                                        "progress_at_data"};
enum { NCOND_VARS = sizeof COND_VARS / sizeof *COND_VARS };
static const char *const COND_PREDS[] = {"has_data", "no_data", "qualitative", "always"};

static bool known_word(R *r, const Ident *w, const char *const *names, size_t n, const char *what)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(w->name, names[i]) == 0) return true;
    Diag *g = diag_add(&r->s->diags, SEV_ERROR, "unknown-name", w->span, "unknown %s '%s'", what, w->name);
    const char *best = suggest_closest(w->name, names, n);
    if (best) { diag_note(g, NULL, "did you mean '%s'?", best); diag_fix(g, best); }
    return false;
}

static void check_cond(R *r, const Cond *c)
{
    switch (c->kind) {
    case COND_AND: case COND_OR:
        check_cond(r, c->l);
        check_cond(r, c->r);
        break;
    case COND_PRED:
        if (!known_word(r, &c->pred, COND_PREDS, 4, _("condition"))) {
            diag_help(r->s->diags.items[r->s->diags.n - 1],
                      "a condition compares rate, expected, progress, expected_at_data, "
                      "progress_at_data, change, actual, target or baseline, or is has_data, "
                      "no_data, qualitative or always");
        }
        break;
    case COND_CMP:
        if (!c->a.is_num) known_word(r, &c->a.var, COND_VARS, NCOND_VARS, _("value"));
        if (!c->b.is_num) known_word(r, &c->b.var, COND_VARS, NCOND_VARS, _("value"));
        break;
    }
}

/* Whether a condition reads the pace to the report date (data = false) or
 * to the latest data date (data = true). */
static bool cond_uses_pace(const Cond *c, bool data)
{
    if (c->kind == COND_AND || c->kind == COND_OR)
        return cond_uses_pace(c->l, data) || cond_uses_pace(c->r, data);
    if (c->kind != COND_CMP) return false;
    for (int i = 0; i < 2; i++) {
        const Operand *o = i ? &c->b : &c->a;
        if (o->is_num) continue;
        const char *n = o->var.name;
        if (data ? strcmp(n, "expected_at_data") == 0 || strcmp(n, "progress_at_data") == 0
                 : strcmp(n, "expected") == 0 || strcmp(n, "progress") == 0)
            return true;
    }
    return false;
}

/* scale national  |  scale ID "TITLE" { grade ID "LABEL" [en "LABEL"] when COND ... } */
static void scale(R *r, Item *it)
{
    const char *name = it->u.ent.id.name;
    if (!(it->flags & IF_BLOCK)) {
        const Scale *p = scale_preset_named(name);
        if (p) { r->m->scale = p; return; }
        static const char *const presets[] = {"seed", "national", "municipal"};
        Diag *g = diag_add(&r->s->diags, SEV_ERROR, "unknown-name", it->u.ent.id.span,
                           "unknown scale '%s'", name);
        const char *best = suggest_closest(name, presets, 3);
        if (best) { diag_note(g, NULL, "did you mean '%s'?", best); diag_fix(g, best); }
        diag_help(g, "the preset scales are seed, national and municipal; declare your own with "
                     "scale ID \"TITLE\" { grade ... }");
        return;
    }
    uint32_t n = 0;
    for (Item *c = it->u.ent.items; c; c = c->next) n += c->kind == IT_GRADE;
    Scale *sc = ARENA_NEW(&r->s->arena, Scale);
    Grade *grades = ARENA_ARRAY(&r->s->arena, Grade, n ? n : 1);
    sc->kind = SCALE_CUSTOM;
    sc->name = name;
    sc->item = it;
    PtrMap seen;
    ptrmap_init(&seen);
    for (Item *c = it->u.ent.items; c; c = c->next) {
        if (c->kind != IT_GRADE) { misplaced(r, c, IN_SCALE); continue; }
        const Item *prev = ptrmap_put(&seen, c->u.gr.id.name, c);
        if (prev) {
            Diag *g = diag_add(&r->s->diags, SEV_ERROR, "duplicate-definition", c->u.gr.id.span,
                               "grade '%s' is defined more than once", c->u.gr.id.name);
            diag_note(g, &prev->u.gr.id.span, "first defined here");
            continue;
        }
        Grade *g = &grades[sc->ngrades++];
        g->id = c->u.gr.id.name;
        g->label_ja = text_dup(&r->s->arena, &c->u.gr.title);
        g->label_en = c->u.gr.en ? text_dup(&r->s->arena, c->u.gr.en) : NULL;
        g->when = c->u.gr.when;
        g->span = c->span;
        check_cond(r, g->when);
        sc->pace_based |= cond_uses_pace(g->when, false) || cond_uses_pace(g->when, true);
        sc->pace_at_data |= cond_uses_pace(g->when, true);
    }
    ptrmap_free(&seen);
    sc->grades = grades;
    if (sc->ngrades == 0) {
        Diag *g = diag_add(&r->s->diags, SEV_ERROR, "scale", it->u.ent.id.span,
                           "scale '%s' has no grades", name);
        diag_help(g, "list its grades best first: grade ID \"LABEL\" when CONDITION");
        return;
    }
    r->m->scale = sc;
}

/* A word naming a grade of a non-seed scale: its index, or -1 after an
 * error listing the grades (when `report`). */
static int grade_word(R *r, const Scale *sc, const Ident *w, bool report)
{
    int k = scale_find(sc, w->name);
    if (k >= 0 || !report) return k;
    /* Ids and Japanese labels both name a grade (scale_find). */
    const char **names = xmalloc(2 * sc->ngrades * sizeof *names);
    for (uint32_t j = 0; j < sc->ngrades; j++) {
        names[j] = sc->grades[j].id;
        names[sc->ngrades + j] = sc->grades[j].label_ja;
    }
    Diag *g = diag_add(&r->s->diags, SEV_ERROR, "unknown-name", w->span,
                       "'%s' is not a grade of the %s scale", w->name, sc->name);
    const char *best = suggest_closest(w->name, names, 2 * sc->ngrades);
    if (best) { diag_note(g, NULL, "did you mean '%s'?", best); diag_fix(g, best); }
    size_t len = 0;
    for (uint32_t j = 0; j < sc->ngrades; j++) len += strlen(names[j]) + 2;
    char *list = xmalloc(len + 1);
    list[0] = '\0';
    for (uint32_t j = 0; j < sc->ngrades; j++) {
        if (j) strcat(list, ", ");
        strcat(list, names[j]);
    }
    diag_help(g, "its grades are %s", list);
    free(list);
    free(names);
    return -1;
}

/* Assessments and indicator statuses name grades of the scale, known only
 * after the walk.  An indicator under another scale may still name one of
 * the seed's statuses (`status on_track`), as before scales existed. */
static void resolve_assessments(R *r)
{
    const Scale *sc = r->m->scale;
    for (uint32_t i = 0; i < r->m->nprojects; i++) {
        Project *p = r->m->projects[i];
        p->assessed_grade = -1;
        if (!p->assessment) continue;
        const Ident *w = &p->assessment->u.w.word;
        if (sc->kind == SCALE_SEED) {
            p->assessed_known = status_word(r, w, &p->assessed);
            if (p->assessed_known) p->assessed_grade = (int)p->assessed;
            continue;
        }
        p->assessed_grade = grade_word(r, sc, w, true);
    }
    for (uint32_t i = 0; i < r->m->nindicators; i++) {
        Indicator *ind = r->m->indicators[i];
        const Item *status = ind_status(ind);
        if (!status) continue;
        const Ident *w = &status->u.w.word;
        Status st = ST_NO_DATA;
        if (sc->kind == SCALE_SEED) {
            ind->declared_known = status_word(r, w, &st);
            if (ind->declared_known) {
                ind->declared = (uint8_t)st;
                ind->declared_grade = (int)st;
            }
            continue;
        }
        ind->declared_grade = grade_word(r, sc, w, false);
        if (ind->declared_grade >= 0) continue;
        if (status_from_name(w->name, &st)) {
            ind->declared_known = true;
            ind->declared = (uint8_t)st;
        } else {
            grade_word(r, sc, w, true);
        }
    }
}

/* ---- includes --------------------------------------------------------------- */

static char *dir_of(const char *path)
{
    char *copy = xstrdup(path);
    char *d = xstrdup(dirname(copy));
    free(copy);
    return d;
}

static bool under(const char *path, const char *dir)
{
    size_t n = strlen(dir);
    return strncmp(path, dir, n) == 0 && (path[n] == '/' || (n == 1 && dir[0] == '/'));
}

static void strategy_items(R *r, Item *items);

static void include(R *r, Item *it)
{
    const Text *t = &it->u.txt.text;
    Span at = t->span;
    SrcFile *from = src_file(r->s->src, it->span.file);
    if (r->include_depth >= STRAT_MAX_INCLUDE_DEPTH) {
        diag_add(&r->s->diags, SEV_ERROR, "include", at, "includes nested more than %d deep",
                 STRAT_MAX_INCLUDE_DEPTH);
        return;
    }
    if (!t->len || memchr(t->bytes, '\0', t->len)) {
        diag_add(&r->s->diags, SEV_ERROR, "include", at, "an include needs a file name");
        return;
    }
    const char *name = text_dup(&r->s->arena, t);
    char *path;
    if (name[0] == '/' || !from->realpath) path = xstrdup(name);
    else {
        char *d = dir_of(from->realpath);
        size_t n = strlen(d) + strlen(name) + 2;
        path = xmalloc(n);
        snprintf(path, n, "%s/%s", d, name);
        free(d);
    }
    /* Messages name the file as the author wrote it, relative to the
     * includer: never by an absolute path that depends on the checkout. */
    char *shown;
    {
        char *d = dir_of(from->path);
        size_t n = strlen(d) + strlen(name) + 2;
        shown = xmalloc(n);
        if (name[0] == '/' || strcmp(d, ".") == 0) snprintf(shown, n, "%s", name);
        else snprintf(shown, n, "%s/%s", d, name);
        free(d);
    }
    char *rp = realpath(path, NULL);
    FileKind kind = rp ? file_kind(rp) : FILE_MISSING;
    if (kind != FILE_REGULAR) {
        /* Only regular files: not stdin ("-"), a directory, a FIFO or a device. */
        int e = errno;
        r->s->io_errors++;
        if (!rp || kind == FILE_MISSING)
            diag_add(&r->s->diags, SEV_ERROR, "io", at, "cannot open '%s': %s", shown, strerror(e));
        else if (kind == FILE_DIRECTORY) diag_add(&r->s->diags, SEV_ERROR, "io", at, "'%s' is a directory", shown);
        else diag_add(&r->s->diags, SEV_ERROR, "io", at, "'%s' is not a regular file", shown);
        free(shown);
        free(rp);
        free(path);
        return;
    }
    {
        bool ok = r->root_dir && under(rp, r->root_dir);
        for (size_t i = 0; !ok && i < r->s->opt.ninclude_paths; i++) {
            char *ip = realpath(r->s->opt.include_paths[i], NULL);
            ok = ip && under(rp, ip);
            free(ip);
        }
        if (!ok) {
            Diag *g = diag_add(&r->s->diags, SEV_ERROR, "include", at,
                               "'%s' is outside the strategy's directory", name);
            diag_help(g, "allow its directory with --include-path=DIR");
            free(shown);
            free(rp);
            free(path);
            return;
        }
        for (int i = 0; i < r->include_depth; i++) {
            if (strcmp(r->include_stack[i], rp) == 0) {
                Diag *g = diag_add(&r->s->diags, SEV_ERROR, "include", at, "include cycle: '%s' includes itself", name);
                for (int j = i; j < r->include_depth; j++)
                    diag_note(g, NULL, "'%s' is being included", r->include_shown[j]);
                free(shown);
                free(rp);
                free(path);
                return;
            }
        }
    }
    uint32_t id;
    bool ok = src_load_path(r->s, rp, &at, &id);
    free(path);
    if (!ok) { free(shown); free(rp); return; }
    SrcFile *nf = src_file(r->s->src, id);
    free(nf->path);
    nf->path = shown;
    AstFile *af = parse_file(r->s, id, true);
    it->u.txt.included = af;
    const char *key = arena_strdup(&r->s->arena, rp);
    free(rp);
    r->include_shown[r->include_depth] = nf->path;
    r->include_stack[r->include_depth++] = key;
    if (af) strategy_items(r, af->items);
    r->include_depth--;
}

/* ---- the strategy ----------------------------------------------------------- */

static void strategy_items(R *r, Item *items)
{
    Model *m = r->m;
    for (Item *c = items; c; c = c->next) {
        if (common_item(r, &m->e, c, &r->notes)) continue;
        switch (c->kind) {
        case IT_PERIOD:
            if (once(r, &m->period, c)) { track_date(r, &c->u.per.a.v, c->u.per.a.valid); track_date(r, &c->u.per.b.v, c->u.per.b.valid); }
            break;
        case IT_FISCAL_YEAR:
            if (once(r, &r->fiscal_item, c)) {
                int mo = month_from_name(c->u.w.word.name);
                if (!mo) {
                    static const char *const months[] = {
                        "january", "february", "march", "april", "may", "june", "july",
                        "august", "september", "october", "november", "december"};
                    Diag *g = diag_add(&r->s->diags, SEV_ERROR, "unknown-name", c->u.w.word.span,
                                       "'%s' is not a month", c->u.w.word.name);
                    const char *best = nearest(c->u.w.word.name, months, 12, NULL, 0);
                    if (best) diag_note(g, NULL, "did you mean '%s'?", best);
                    diag_help(g, "write fiscal_year starts april (or apr, or 4)");
                } else {
                    m->fy_start = mo;
                }
                const Text *by = &c->u.w.text;
                if ((c->flags & IF_TEXT) && text_is(by, "end")) {
                    m->fy_named_by_end = true;
                } else if ((c->flags & IF_TEXT) && !text_is(by, "start")) {
                    Diag *g = diag_add(&r->s->diags, SEV_ERROR, "unknown-name", by->span,
                                       "unknown fiscal year naming '%.*s'", (int)by->len, by->bytes);
                    diag_help(g, "a fiscal year is named_by start (FY2024 starts in 2024, the "
                                 "default) or named_by end (FY2025 ends in 2025)");
                }
            }
            break;
        case IT_AS_OF:
            if (once(r, &m->as_of_item, c)) track_date(r, &c->u.per.a.v, c->u.per.a.valid);
            break;
        case IT_REVISES:    once(r, &m->revises, c); break;
        case IT_INCLUDE:    include(r, c); break;
        case IT_GOAL:       once(r, &m->goal, c); break;
        case IT_VIEWPOINT:  simple_entity(r, c, EK_VIEWPOINT); break;
        case IT_SECTOR:     simple_entity(r, c, EK_SECTOR); break;
        case IT_PROJECT:    project(r, c); break;
        case IT_MILESTONE:
            vec_push(&r->milestones, c);
            track_date(r, &c->u.txt.date.v, c->u.txt.date.valid);
            break;
        case IT_THRESHOLDS: thresholds(r, c); break;
        case IT_SCALE:      if (once(r, &r->scale_item, c)) scale(r, c); break;
        default:            misplaced(r, c, IN_STRATEGY);
        }
    }
}

/* sectors iott -> "unknown sector 'iott'", "did you mean 'iot'?" */
static void resolve_refs(R *r, Ref *refs, uint32_t n, EntityKind k, void **all, uint32_t nall)
{
    for (uint32_t i = 0; i < n; i++) {
        refs[i].target = ptrmap_get(map_for(r->m, k), refs[i].id.name);
        if (refs[i].target) continue;
        Diag *g = diag_add(&r->s->diags, SEV_ERROR, "undefined-reference", refs[i].id.span,
                           "unknown %s '%s'", kind_noun(k), refs[i].id.name);
        const char **names = xmalloc((nall ? nall : 1) * sizeof *names);
        for (uint32_t j = 0; j < nall; j++) names[j] = ent_id((Entity *)all[j])->name;
        const char *best = suggest_closest(refs[i].id.name, names, nall);
        free(names);
        if (best) { diag_note(g, NULL, "did you mean '%s'?", best); diag_fix(g, best); }
        else if (nall == 0) diag_help(g, "declare it with: %s %s \"TITLE\"", kind_word(k), refs[i].id.name);
    }
}

/* FY intervals depend on `fiscal_year starts`, known only after the walk. */
static void fix_dates(R *r)
{
    for (size_t i = 0; i < r->dates.n; i++) {
        DateVal *d = r->dates.v[i];
        if (d->spec.form == DF_FY)
            date_interval_fy(&d->spec, r->m->fy_start, r->m->fy_named_by_end, &d->first, &d->last);
    }
    for (size_t i = 0; i < r->measure_dates.n; i++) {
        Item *it = r->measure_dates.v[i];
        DayNum first;
        date_interval_fy(&it->u.m.spec, r->m->fy_start, r->m->fy_named_by_end, &first, &it->u.m.last);
    }
}

/* The file `revises` names (name, as written), from the file it is written in. */
static char *revises_path(R *r, const Item *it, const char *name)
{
    SrcFile *f = src_file(r->s->src, it->span.file);
    if (name[0] == '/') return arena_strdup(&r->s->arena, name);
    char *d = dir_of(f->path);
    if (strcmp(name, "-") == 0 && strcmp(d, ".") == 0) name = "./-";    /* a file, not stdin */
    char *p = strcmp(d, ".") == 0 ? arena_strdup(&r->s->arena, name)
                                  : arena_printf(&r->s->arena, "%s/%s", d, name);
    free(d);
    return p;
}

Model *resolve(Strat *s, AstFile *ast)
{
    Model *m = ARENA_NEW(&s->arena, Model);
    m->e.renamed_from = &NO_IDENT;
    m->ast = ast;
    m->file = ast ? ast->file : 0;
    m->path = ast ? src_file(s->src, ast->file)->path : "";
    m->fy_start = FY_START_DEFAULT;
    m->thresholds.on_track = THRESHOLD_ON_TRACK_DEFAULT;
    m->thresholds.below = THRESHOLD_BELOW_DEFAULT;
    m->thresholds.stale_days = THRESHOLD_STALE_DAYS_DEFAULT;
    m->scale = scale_preset(SCALE_SEED);
    ptrmap_init(&m->viewpoint_by_id);
    ptrmap_init(&m->sector_by_id);
    ptrmap_init(&m->project_by_id);
    ptrmap_init(&m->indicator_by_id);
    XGROW(s->models, s->capmodels, s->nmodels + 1);    /* its maps are freed by strat_fini */
    s->models[s->nmodels++] = m;
    if (!ast) return m;

    R r;
    memset(&r, 0, sizeof r);
    r.s = s;
    r.m = m;
    SrcFile *f = src_file(s->src, ast->file);
    char *root = f->realpath ? dir_of(f->realpath) : NULL;
    r.root_dir = root;
    if (f->realpath) {
        r.include_shown[r.include_depth] = f->path;
        r.include_stack[r.include_depth++] = f->realpath;
    }

    const Item *strategy = NULL;
    for (Item *it = ast->items; it; it = it->next) {
        if (it->kind != IT_STRATEGY) {
            Diag *g = diag_add(&s->diags, SEV_ERROR, "misplaced-item", keyword_span(it),
                               "'%s' must stand inside the strategy block", item_kind_name((ItemKind)it->kind));
            diag_help(g, "a file holds one block: strategy ID \"TITLE\" { ... }");
            continue;
        }
        if (strategy) {
            Diag *g = diag_add(&s->diags, SEV_ERROR, "duplicate-item", keyword_span(it),
                               "a file holds one strategy");
            Span first = keyword_span(strategy);
            diag_note(g, &first, "the first strategy is here");
            continue;
        }
        strategy = it;
        entity_init(&r, &m->e, EK_STRATEGY, it);
        strategy_items(&r, it->u.ent.items);
    }
    if (!strategy && !ast->items && ast->errors == 0) {
        Span sp = {ast->file, 0, 0};
        Diag *g = diag_add(&s->diags, SEV_ERROR, "syntax", sp, "'%s' holds no strategy", f->path);
        diag_help(g, "a strategy file starts: strategy ID \"TITLE\" { ... }");
    }
    finish_notes(&r, &m->e, &r.notes);

    m->viewpoints = (Viewpoint **)vec_finish(&s->arena, &r.viewpoints, &m->nviewpoints);
    m->sectors = (Sector **)vec_finish(&s->arena, &r.sectors, &m->nsectors);
    m->projects = (Project **)vec_finish(&s->arena, &r.projects, &m->nprojects);
    m->indicators = (Indicator **)vec_finish(&s->arena, &r.indicators, &m->nindicators);
    m->milestones = (const Item **)vec_finish(&s->arena, &r.milestones, &m->nmilestones);

    resolve_assessments(&r);
    for (uint32_t i = 0; i < m->nprojects; i++) {
        Project *p = m->projects[i];
        resolve_refs(&r, p->sectors, p->nsectors, EK_SECTOR, (void **)m->sectors, m->nsectors);
        resolve_refs(&r, p->viewpoints, p->nviewpoints, EK_VIEWPOINT, (void **)m->viewpoints,
                     m->nviewpoints);
    }

    fix_dates(&r);
    Vec *all[] = {&r.dates, &r.measure_dates, &r.notes, &r.viewpoints, &r.sectors, &r.projects,
                  &r.indicators, &r.milestones, &r.ind_notes, &r.ind_targets, &r.ind_actuals, &r.prj_notes,
                  &r.prj_sectors, &r.prj_viewpoints, &r.prj_acts, &r.prj_inds, &r.ent_notes};
    for (size_t i = 0; i < sizeof all / sizeof *all; i++) vec_release(all[i]);
    if (m->period && m->period->u.per.a.valid && m->period->u.per.b.valid) {
        m->start = m->period->u.per.a.first;
        m->end = m->period->u.per.b.last;
    }
    if (m->as_of_item && m->as_of_item->u.per.a.valid) m->as_of = m->as_of_item->u.per.a.last;
    if (m->revises) {
        m->revises_name = text_dup(&r.s->arena, &m->revises->u.txt.text);
        m->revises_path = revises_path(&r, m->revises, m->revises_name);
    }

    /* A target without `by` is due at the end of the period. */
    for (uint32_t i = 0; i < m->nindicators; i++) {
        Indicator *ind = m->indicators[i];
        for (uint32_t j = 0; j < ind->ntargets; j++) {
            Item *t = (Item *)ind->targets[j];
            if (!(t->flags & IF_DATE) && m->period) {
                if (m->period->u.per.b.valid) t->flags |= IF_DATE_VALID;
                t->u.m.last = m->end;
            }
        }
        if (ind->ntargets > 1) qsort(ind->targets, ind->ntargets, sizeof *ind->targets, cmp_target);
    }
    free(root);
    return m;
}
