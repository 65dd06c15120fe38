/* diff.c - comparing two matched models field by field (see diff.h).
 *
 * The walk follows the new model's structure; an entity the revision drops
 * is listed right after the nearest earlier entity that survives (its
 * "anchor"), so removals appear where they stood.  A removed or added
 * project is one change plus one per indicator, never one per field. */
#include "diff.h"
#include "diff_match.h"
#include "textdiff.h"
#include "xalloc.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Texts that differ less than this (textdiff_ratio) are one changed text
 * rather than a removed and an added one (activities, notes, milestones). */
#define DIFF_TEXT_PAIR_SIMILARITY 0.5

typedef struct D {
    Strat *s;
    Interner *names;
    const Model *a, *b;
    DiffResult *r;
    Match vp, sec, proj, ind;
    /* the entity being compared */
    DiffEntity ent;
    const char *id, *path, *project, *title;
    size_t title_len;
    const Date *when;           /* a milestone's date */
    const Indicator *path_ind;  /* path made on the first change (most have none) */
    bool counted;
} D;

/* ---- values ---------------------------------------------------------- */

static DiffVal v_null(void) { return (DiffVal){.t = DV_NULL}; }

static DiffVal v_text(const Text *t)
{
    if (!t || !t->bytes) return v_null();
    return (DiffVal){.t = DV_TEXT, .s = t->bytes, .len = t->len};
}

static DiffVal v_word(const char *w)
{
    if (!w) return v_null();
    return (DiffVal){.t = DV_TEXT, .s = w, .len = strlen(w)};
}

static DiffVal v_num(double x) { return (DiffVal){.t = DV_NUM, .num = x}; }

static DiffVal v_date(const Item *it)
{
    if (!it) return v_null();
    return (DiffVal){.t = DV_DATE, .date = &it->u.per.a};
}

/* A measure's date, rebuilt (an item keeps it without its span, ast.h) where
 * the change that shows it can point at it. */
static const Date *date_of(D *d, const Item *it)
{
    Date *c = ARENA_NEW(&d->s->arena, Date);
    *c = item_date(it);
    return c;
}

static DiffVal v_measure(D *d, const Item *it)
{
    if (!it) return v_null();
    return (DiffVal){.t = DV_MEASURE, .num = item_num(it), .unit = item_unit(it), .has_num = true,
                     .date = item_has_date(it) ? date_of(d, it) : NULL};
}

static DiffVal v_target(D *d, const Item *it)
{
    if (!it) return v_null();
    /* An undated target carries the resolved date (the period's end): JSON
     * prints it, text shows only a date that was written. */
    DiffVal v = {.t = DV_TARGET, .op = it->op, .date = item_date_valid(it) ? date_of(d, it) : NULL};
    if (target_is_text(it)) {
        v.s = it->u.m.text.bytes;
        v.len = it->u.m.text.len;
    } else {
        v.has_num = true;
        v.num = item_num(it);
        v.unit = item_unit(it);
    }
    return v;
}

static DiffVal v_status(const Item *it)
{
    if (!it) return v_null();
    return (DiffVal){.t = DV_STATUS, .word = it->u.w.word.name, .s = it->u.w.text.bytes,
                     .len = it->u.w.text.bytes ? it->u.w.text.len : 0};
}

static DiffVal v_milestone(const Item *it)
{
    return (DiffVal){.t = DV_MILESTONE, .date = &it->u.txt.date, .s = it->u.txt.text.bytes,
                     .len = it->u.txt.text.len};
}

/* ---- equality -------------------------------------------------------- */

static bool same_text(D *d, const char *x, size_t xl, const char *y, size_t yl)
{
    if (!x || !y) return !x && !y;
    if (xl == yl && memcmp(x, y, xl) == 0) return true;
    return text_norm(d->names, x, xl) == text_norm(d->names, y, yl);
}

static bool same_t(D *d, const Text *x, const Text *y)
{
    return same_text(d, x->bytes, x->len, y->bytes, y->len);
}

static bool same_word(D *d, const char *x, const char *y)
{
    return same_text(d, x, x ? strlen(x) : 0, y, y ? strlen(y) : 0);
}

/* Dates mean the end of their interval ("by R2.3" = by 2020-03-31). */
static bool same_date(const Date *x, const Date *y)
{
    if (!x || !y) return !x && !y;
    return x->last == y->last;
}

/* Dates mean the end of their interval, and a measure without one differs
 * from a measure with one. */
static bool same_measure(D *d, const Item *x, const Item *y)
{
    if (!x || !y) return !x && !y;
    if (item_num(x) != item_num(y) || !same_word(d, item_unit(x), item_unit(y))) return false;
    if (!item_has_date(x) || !item_has_date(y)) return !item_has_date(x) && !item_has_date(y);
    return item_date_last(x) == item_date_last(y);
}

/* A target without `by` is due at the end of the period: two such targets
 * have the same date even when the revision moves the period (that change
 * is reported once, as the period's). */
static bool same_target(D *d, const Item *x, const Item *y)
{
    if (x->op != y->op || target_is_text(x) != target_is_text(y)) return false;
    if (target_is_text(x)) {
        if (!same_t(d, &x->u.m.text, &y->u.m.text)) return false;
    } else if (item_num(x) != item_num(y) || !same_word(d, item_unit(x), item_unit(y))) {
        return false;
    }
    if (!item_has_date(x) && !item_has_date(y)) return true;
    return item_date_valid(x) && item_date_valid(y) && item_date_last(x) == item_date_last(y);
}

static bool same_status(D *d, const Item *x, const Item *y)
{
    if (!x || !y) return !x && !y;
    return x->u.w.word.name == y->u.w.word.name && same_t(d, &x->u.w.text, &y->u.w.text);
}

/* ---- emitting -------------------------------------------------------- */

static void enter(D *d, DiffEntity e, const char *id, const char *path, const char *project,
                  const Text *title)
{
    d->ent = e;
    d->id = id;
    d->path = path;
    d->project = project;
    d->title = title ? title->bytes : NULL;
    d->title_len = title && title->bytes ? title->len : 0;
    d->when = NULL;
    d->path_ind = NULL;
    d->counted = false;
}

static const char *path_of(D *d, const Project *p, const Indicator *ind);

static DiffChange *push(D *d, DiffKind k)
{
    DiffResult *r = d->r;
    if (!d->path && d->path_ind) d->path = path_of(d, d->path_ind->project, d->path_ind);
    XGROW(r->v, r->cap, r->n + 1);
    DiffChange *c = &r->v[r->n++];
    memset(c, 0, sizeof *c);
    c->kind = k;
    c->entity = d->ent;
    c->id = d->id;
    c->path = d->path;
    c->project = d->project;
    c->title = d->title;
    c->title_len = d->title_len;
    c->when = d->when;
    switch (k) {
    case DK_ADDED:   r->added++; break;
    case DK_REMOVED: r->removed++; break;
    case DK_RENAMED: r->renamed++; break;
    case DK_MOVED:   r->moved++; break;
    case DK_CHANGED:
        if (!d->counted) r->changed++;
        d->counted = true;
        break;
    }
    return c;
}

static DiffChange *changed(D *d, const char *field, DiffVal o, DiffVal n)
{
    DiffChange *c = push(d, DK_CHANGED);
    c->field = field;
    c->old = o;
    c->new_ = n;
    if (o.has_num && n.has_num && o.num != 0 && o.num != n.num) {
        c->has_rel = true;
        c->rel = (n.num - o.num) / fabs(o.num);
    }
    return c;
}

static void text_field(D *d, const char *field, const Text *x, const Text *y, bool long_text)
{
    if (same_t(d, x, y)) return;
    DiffChange *c = changed(d, field, v_text(x), v_text(y));
    c->inline_text = long_text && x->bytes && y->bytes;
}

/* Lists of texts (activities, notes): equal texts pair up by hash whatever
 * their order; the rest pair in order when similar enough to be one text
 * revised, else they are removed and added. */
static void text_list(D *d, const char *field, const Text *a, uint32_t na, const Text *b, uint32_t nb)
{
    /* Nearly every list is unchanged, byte for byte: no need to normalise it. */
    if (na == nb) {
        uint32_t k = 0;
        while (k < na && a[k].len == b[k].len && memcmp(a[k].bytes, b[k].bytes, a[k].len) == 0) k++;
        if (k == na) return;
    }
    PtrMap heads;
    ptrmap_init(&heads);
    int32_t *next = xmalloc((na ? na : 1) * sizeof *next);
    bool *used_a = xcalloc(na ? na : 1, 1), *used_b = xcalloc(nb ? nb : 1, 1);
    for (uint32_t i = na; i-- > 0;) {         /* reverse, so each chain runs in order */
        const char *k = text_norm(d->names, a[i].bytes, a[i].len);
        void *h = ptrmap_get(&heads, k);
        next[i] = h ? (int32_t)((uintptr_t)h - 1) : -1;
        ptrmap_put(&heads, k, (void *)(uintptr_t)(i + 1));
    }
    for (uint32_t j = 0; j < nb; j++) {
        const char *k = text_norm(d->names, b[j].bytes, b[j].len);
        void *h = ptrmap_get(&heads, k);
        if (!h) continue;
        int32_t i = (int32_t)((uintptr_t)h - 1);
        used_a[i] = used_b[j] = true;
        if (next[i] >= 0) ptrmap_put(&heads, k, (void *)(uintptr_t)(next[i] + 1));
        else ptrmap_put(&heads, k, NULL);
    }
    uint32_t i = 0, j = 0;
    for (;;) {
        while (i < na && used_a[i]) i++;
        while (j < nb && used_b[j]) j++;
        if (i >= na && j >= nb) break;
        if (i < na && j < nb &&
            text_similarity(a[i].bytes, a[i].len, b[j].bytes, b[j].len) >= DIFF_TEXT_PAIR_SIMILARITY) {
            text_field(d, field, &a[i], &b[j], true);
            i++, j++;
        } else if (i < na) {
            changed(d, field, v_text(&a[i]), v_null());
            i++;
        } else {
            changed(d, field, v_null(), v_text(&b[j]));
            j++;
        }
    }
    free(next);
    free(used_a);
    free(used_b);
    ptrmap_free(&heads);
}

static void entity_fields(D *d, const Entity *a, const Entity *b)
{
    text_field(d, "title", ent_title(a), ent_title(b), false);
    text_field(d, "title_en", ent_en(a), ent_en(b), false);
    text_list(d, "note", a->notes, a->nnotes, b->notes, b->nnotes);
}

static void renamed(D *d, const Entity *a, uint8_t how)
{
    if (how != MATCH_DECLARED && how != MATCH_INFERRED) return;
    DiffChange *c = push(d, DK_RENAMED);
    c->old_id = ent_id(a)->name;
    c->old = v_word(ent_id(a)->name);
    c->new_ = v_word(d->id);
    c->inferred = how == MATCH_INFERRED;
}

/* ---- anchors: where a removed entity is listed ------------------------ */

typedef struct Anchors {
    int32_t *head;      /* [j + 1]: first removed after new entity j; [0]: before all */
    int32_t *next;      /* per old entity */
} Anchors;

static void anchors_build(Anchors *an, const Match *m)
{
    an->head = xmalloc((m->nb + 1) * sizeof *an->head);
    an->next = xmalloc((m->na ? m->na : 1) * sizeof *an->next);
    int32_t *anchor = xmalloc((m->na ? m->na : 1) * sizeof *anchor);
    for (uint32_t j = 0; j <= m->nb; j++) an->head[j] = -1;
    int32_t last = -1;
    for (uint32_t i = 0; i < m->na; i++) {
        if (m->a2b[i] >= 0) last = m->a2b[i];
        anchor[i] = last;
    }
    for (uint32_t i = m->na; i-- > 0;) {
        if (m->a2b[i] >= 0) continue;
        an->next[i] = an->head[anchor[i] + 1];
        an->head[anchor[i] + 1] = (int32_t)i;
    }
    free(anchor);
}

static void anchors_free(Anchors *an)
{
    free(an->head);
    free(an->next);
}

/* ---- strategy, goal -------------------------------------------------- */

static DiffVal v_period(const Item *it)
{
    if (!it) return v_null();
    return (DiffVal){.t = DV_PERIOD, .date = &it->u.per.a, .date2 = &it->u.per.b};
}

/* A scale as one word: a preset's name, or a declared scale's id with its
 * grades ("kpi (A, B, N)"), so a change of grades shows as a change. */
static const char *scale_desc(D *d, const Scale *sc)
{
    if (sc->kind != SCALE_CUSTOM) return sc->name;
    size_t n = strlen(sc->name) + 4;
    for (uint32_t i = 0; i < sc->ngrades; i++) n += strlen(sc->grades[i].id) + 2;
    char *out = arena_alloc(&d->s->arena, n);
    strcpy(out, sc->name);
    strcat(out, " (");
    for (uint32_t i = 0; i < sc->ngrades; i++) {
        if (i) strcat(out, ", ");
        strcat(out, sc->grades[i].id);
    }
    strcat(out, ")");
    return out;
}

static void strategy(D *d)
{
    const Model *a = d->a, *b = d->b;
    enter(d, DE_STRATEGY, ent_id(&b->e)->name, ent_id(&b->e)->name, NULL, ent_title(&b->e));
    if (ent_id(&a->e)->name != ent_id(&b->e)->name)
        renamed(d, &a->e, b->e.renamed_from->name == ent_id(&a->e)->name ? MATCH_DECLARED : MATCH_INFERRED);
    text_field(d, "title", ent_title(&a->e), ent_title(&b->e), false);
    text_field(d, "title_en", ent_en(&a->e), ent_en(&b->e), false);
    bool same_period = !a->period == !b->period &&
                       (!a->period || (a->period->u.per.a.first == b->period->u.per.a.first &&
                                       a->period->u.per.b.last == b->period->u.per.b.last));
    if (!same_period) changed(d, "period", v_period(a->period), v_period(b->period));
    if (a->fy_start != b->fy_start) changed(d, "fiscal_year", v_num(a->fy_start), v_num(b->fy_start));
    if (a->fy_named_by_end != b->fy_named_by_end)
        changed(d, "fiscal_year_named_by", v_word(a->fy_named_by_end ? "end" : "start"),
                v_word(b->fy_named_by_end ? "end" : "start"));
    if (!a->as_of_item != !b->as_of_item || (a->as_of_item && a->as_of != b->as_of))
        changed(d, "as_of", v_date(a->as_of_item), v_date(b->as_of_item));
    const Thresholds *ta = &a->thresholds, *tb = &b->thresholds;
    if (ta->on_track != tb->on_track)
        changed(d, "thresholds.on_track", v_num(ta->on_track), v_num(tb->on_track));
    if (ta->below != tb->below) changed(d, "thresholds.below", v_num(ta->below), v_num(tb->below));
    if (ta->stale_days != tb->stale_days)
        changed(d, "thresholds.stale_days", v_num(ta->stale_days), v_num(tb->stale_days));
    const char *sa = scale_desc(d, a->scale), *sb = scale_desc(d, b->scale);
    if (strcmp(sa, sb) != 0) changed(d, "scale", v_word(sa), v_word(sb));
    text_list(d, "note", a->e.notes, a->e.nnotes, b->e.notes, b->e.nnotes);

    static const Text none;
    const Text *ga = a->goal && (a->goal->flags & IF_TEXT) ? &a->goal->u.txt.text : &none;
    const Text *gb = b->goal && (b->goal->flags & IF_TEXT) ? &b->goal->u.txt.text : &none;
    enter(d, DE_GOAL, NULL, "goal", NULL, NULL);
    if (!ga->bytes && gb->bytes) push(d, DK_ADDED)->new_ = v_text(gb);
    else if (ga->bytes && !gb->bytes) push(d, DK_REMOVED)->old = v_text(ga);
    else text_field(d, "text", ga, gb, true);
}

/* ---- viewpoints, sectors --------------------------------------------- */

static void simple_removed(D *d, DiffEntity k, const Entity *e)
{
    enter(d, k, ent_id(e)->name, ent_id(e)->name, NULL, ent_title(e));
    push(d, DK_REMOVED)->old = v_text(ent_title(e));
}

static void simple_entities(D *d, DiffEntity k, const Match *m, void *const *A, void *const *B)
{
    Anchors an;
    anchors_build(&an, m);
    for (int32_t i = an.head[0]; i >= 0; i = an.next[i]) simple_removed(d, k, ent_at(A, (uint32_t)i));
    for (uint32_t j = 0; j < m->nb; j++) {
        const Entity *e = ent_at(B, j);
        enter(d, k, ent_id(e)->name, ent_id(e)->name, NULL, ent_title(e));
        if (m->b2a[j] < 0) {
            push(d, DK_ADDED)->new_ = v_text(ent_title(e));
        } else {
            const Entity *o = ent_at(A, (uint32_t)m->b2a[j]);
            renamed(d, o, m->how[j]);
            entity_fields(d, o, e);
        }
        for (int32_t i = an.head[j + 1]; i >= 0; i = an.next[i])
            simple_removed(d, k, ent_at(A, (uint32_t)i));
    }
    anchors_free(&an);
}

/* ---- indicators ------------------------------------------------------ */

static int cmp_item_date(const void *x, const void *y)
{
    const Item *a = *(const Item *const *)x, *b = *(const Item *const *)y;
    DayNum da = item_order_day(a), db = item_order_day(b);
    if (da != db) return da < db ? -1 : 1;
    return a->span.start < b->span.start ? -1 : a->span.start > b->span.start;
}

/* Targets: with as many on both sides, in date order, the k-th is the k-th
 * (so "30 by FY2020" -> "40 by FY2023" is one change); otherwise they pair
 * by date and the rest are added or removed.  Actuals always pair by date. */
static void measures(D *d, const char *field, const Item *const *a, uint32_t na,
                     const Item *const *b, uint32_t nb, bool positional,
                     bool (*same)(D *, const Item *, const Item *), DiffVal (*val)(D *, const Item *))
{
    if (na == nb) {             /* the common case, unchanged: no sorting */
        uint32_t k = 0;
        while (k < na && same(d, a[k], b[k])) k++;
        if (k == na) return;
    }
    const Item **sa = xmalloc((na ? na : 1) * sizeof *sa), **sb = xmalloc((nb ? nb : 1) * sizeof *sb);
    memcpy(sa, a, na * sizeof *sa);
    memcpy(sb, b, nb * sizeof *sb);
    qsort(sa, na, sizeof *sa, cmp_item_date);
    qsort(sb, nb, sizeof *sb, cmp_item_date);
    uint32_t i = 0, j = 0;
    while (i < na || j < nb) {
        const Item *x = i < na ? sa[i] : NULL, *y = j < nb ? sb[j] : NULL;
        if (x && y && !positional) {
            DayNum dx = item_order_day(x), dy = item_order_day(y);
            if (dx < dy) y = NULL;
            else if (dy < dx) x = NULL;
        }
        if (x && y) {
            if (!same(d, x, y)) changed(d, field, val(d, x), val(d, y));
        } else {
            changed(d, field, val(d, x), val(d, y));
        }
        i += x != NULL;
        j += y != NULL;
    }
    free(sa);
    free(sb);
}

static const char *path_of(D *d, const Project *p, const Indicator *ind)
{
    return arena_printf(&d->s->arena, "%s/%s", ent_id(&p->e)->name, ent_id(&ind->e)->name);
}

/* `under`: the project it is listed under - the new one when its old
 * project survives (perhaps renamed), else its old project. */
static void indicator_removed(D *d, const Indicator *ind, const Project *under)
{
    enter(d, DE_INDICATOR, ent_id(&ind->e)->name, path_of(d, ind->project, ind), ent_id(&under->e)->name,
          ent_title(&ind->e));
    push(d, DK_REMOVED)->old = v_text(ent_title(&ind->e));
}

static void indicator(D *d, const Indicator *b)
{
    enter(d, DE_INDICATOR, ent_id(&b->e)->name, NULL, ent_id(&b->project->e)->name, ent_title(&b->e));
    d->path_ind = b;
    int32_t i = d->ind.b2a[b->index];
    if (i < 0) {
        push(d, DK_ADDED)->new_ = v_text(ent_title(&b->e));
        return;
    }
    const Indicator *a = d->a->indicators[i];
    renamed(d, &a->e, d->ind.how[b->index]);
    if (d->proj.a2b[a->project->index] != (int32_t)b->project->index) {
        DiffChange *c = push(d, DK_MOVED);
        c->old = v_word(path_of(d, a->project, a));
        c->new_ = v_word(c->path);
    }
    entity_fields(d, &a->e, &b->e);
    if (!same_word(d, a->unit, b->unit)) changed(d, "unit", v_word(a->unit), v_word(b->unit));
    if (a->direction != b->direction)
        changed(d, "direction", v_word(a->direction < 0 ? "decrease" : "increase"),
                v_word(b->direction < 0 ? "decrease" : "increase"));
    if (a->kind != b->kind) changed(d, "kind", v_word(ind_kind_word(a)), v_word(ind_kind_word(b)));
    const Item *ba = ind_baseline(a), *bb = ind_baseline(b);
    if (!same_measure(d, ba, bb)) changed(d, "baseline", v_measure(d, ba), v_measure(d, bb));
    measures(d, "target", a->targets, a->ntargets, b->targets, b->ntargets, a->ntargets == b->ntargets,
             same_target, v_target);
    measures(d, "actual", a->actuals, a->nactuals, b->actuals, b->nactuals, false, same_measure,
             v_measure);
    const Item *sa = ind_status(a), *sb = ind_status(b);
    if (!same_status(d, sa, sb)) changed(d, "status", v_status(sa), v_status(sb));
    text_field(d, "source", ind_source(a), ind_source(b), false);
}

/* ---- projects -------------------------------------------------------- */

static DiffVal v_refs(D *d, const Ref *r, uint32_t n)
{
    DiffVal v = {.t = DV_IDS, .nids = n};
    v.ids = ARENA_ARRAY(&d->s->arena, const char *, n ? n : 1);
    for (uint32_t i = 0; i < n; i++) v.ids[i] = r[i].id.name;
    return v;
}

/* The same set of sectors (or viewpoints), seen through renames: `sectors
 * iot` and `sectors future_tech` agree when future_tech is renamed_from iot. */
static bool same_refs(const Ref *a, uint32_t na, const Ref *b, uint32_t nb, const Match *m,
                      void *const *new_ents)
{
    PtrMap in_a, in_b;
    ptrmap_init(&in_a);
    ptrmap_init(&in_b);
    bool same = true;
    for (uint32_t i = 0; i < na; i++) {
        if (!a[i].target) { same = false; break; }
        uint32_t idx = ((const Viewpoint *)a[i].target)->index;   /* Sector has the same layout */
        int32_t j = m->a2b[idx];
        if (j < 0) { same = false; break; }
        ptrmap_put(&in_a, ent_id(ent_at(new_ents, (uint32_t)j))->name, (void *)1);
    }
    for (uint32_t j = 0; same && j < nb; j++) {
        ptrmap_put(&in_b, b[j].id.name, (void *)1);
        if (!ptrmap_get(&in_a, b[j].id.name)) same = false;
    }
    if (same && in_a.count != in_b.count) same = false;
    ptrmap_free(&in_a);
    ptrmap_free(&in_b);
    return same;
}

static void project_removed(D *d, const Project *p)
{
    enter(d, DE_PROJECT, ent_id(&p->e)->name, ent_id(&p->e)->name, NULL, ent_title(&p->e));
    push(d, DK_REMOVED)->old = v_text(ent_title(&p->e));
    for (uint32_t k = 0; k < p->nindicators; k++)
        if (d->ind.a2b[p->indicators[k]->index] < 0) indicator_removed(d, p->indicators[k], p);
}

static void project_fields(D *d, const Project *a, const Project *b)
{
    entity_fields(d, &a->e, &b->e);
    if (!same_refs(a->sectors, a->nsectors, b->sectors, b->nsectors, &d->sec, (void *const *)d->b->sectors))
        changed(d, "sectors", v_refs(d, a->sectors, a->nsectors), v_refs(d, b->sectors, b->nsectors));
    if (!same_refs(a->viewpoints, a->nviewpoints, b->viewpoints, b->nviewpoints, &d->vp,
                   (void *const *)d->b->viewpoints))
        changed(d, "viewpoints", v_refs(d, a->viewpoints, a->nviewpoints),
                v_refs(d, b->viewpoints, b->nviewpoints));
    text_list(d, "activity", a->activities, a->nactivities, b->activities, b->nactivities);
    text_field(d, "owner", &a->owner, &b->owner, false);
    if (!same_status(d, a->assessment, b->assessment))
        changed(d, "assessment", v_status(a->assessment), v_status(b->assessment));
}

/* Removed indicators of a surviving project are anchored within it: after
 * the nearest earlier indicator that stays in the same project, or first. */
typedef struct IndAnchors {
    int32_t *first;     /* per new project */
    int32_t *after;     /* per new indicator */
    int32_t *next;      /* per old indicator */
} IndAnchors;

static void ind_anchors_build(D *d, IndAnchors *an)
{
    const Model *a = d->a, *b = d->b;
    an->first = xmalloc((b->nprojects ? b->nprojects : 1) * sizeof *an->first);
    an->after = xmalloc((b->nindicators ? b->nindicators : 1) * sizeof *an->after);
    an->next = xmalloc((a->nindicators ? a->nindicators : 1) * sizeof *an->next);
    for (uint32_t j = 0; j < b->nprojects; j++) an->first[j] = -1;
    for (uint32_t j = 0; j < b->nindicators; j++) an->after[j] = -1;
    for (uint32_t p = a->nprojects; p-- > 0;) {
        const Project *pa = a->projects[p];
        int32_t q = d->proj.a2b[p];
        if (q < 0) continue;
        int32_t *anchor = xmalloc((pa->nindicators ? pa->nindicators : 1) * sizeof *anchor);
        int32_t last = -1;
        for (uint32_t k = 0; k < pa->nindicators; k++) {
            int32_t j = d->ind.a2b[pa->indicators[k]->index];
            if (j >= 0 && b->indicators[j]->project->index == (uint32_t)q) last = j;
            anchor[k] = last;
        }
        for (uint32_t k = pa->nindicators; k-- > 0;) {
            uint32_t i = pa->indicators[k]->index;
            if (d->ind.a2b[i] >= 0) continue;
            int32_t *head = anchor[k] < 0 ? &an->first[q] : &an->after[anchor[k]];
            an->next[i] = *head;
            *head = (int32_t)i;
        }
        free(anchor);
    }
}

static void projects(D *d)
{
    const Model *a = d->a, *b = d->b;
    Anchors an;
    anchors_build(&an, &d->proj);
    IndAnchors ia;
    ind_anchors_build(d, &ia);
    for (int32_t i = an.head[0]; i >= 0; i = an.next[i]) project_removed(d, a->projects[i]);
    for (uint32_t j = 0; j < b->nprojects; j++) {
        const Project *pb = b->projects[j];
        enter(d, DE_PROJECT, ent_id(&pb->e)->name, ent_id(&pb->e)->name, NULL, ent_title(&pb->e));
        int32_t i = d->proj.b2a[j];
        if (i < 0) {
            push(d, DK_ADDED)->new_ = v_text(ent_title(&pb->e));
        } else {
            renamed(d, &a->projects[i]->e, d->proj.how[j]);
            project_fields(d, a->projects[i], pb);
        }
        for (int32_t k = ia.first[j]; k >= 0; k = ia.next[k]) indicator_removed(d, a->indicators[k], pb);
        for (uint32_t k = 0; k < pb->nindicators; k++) {
            indicator(d, pb->indicators[k]);
            uint32_t g = pb->indicators[k]->index;
            for (int32_t r = ia.after[g]; r >= 0; r = ia.next[r])
                indicator_removed(d, a->indicators[r], pb);
        }
        for (int32_t r = an.head[j + 1]; r >= 0; r = an.next[r]) project_removed(d, a->projects[r]);
    }
    free(ia.first);
    free(ia.after);
    free(ia.next);
    anchors_free(&an);
}

/* ---- milestones ------------------------------------------------------ */

/* A milestone is its date and text: equal ones pair by hash; then the same
 * date with a new text, or the same text with a new date, is a change. */
static const char *milestone_key(D *d, const Item *it, int what)
{
    const Text *t = &it->u.txt.text;
    const char *n = text_norm(d->names, t->bytes, t->len);
    DayNum day = it->u.txt.date.last;
    char *k = what == 0 ? arena_printf(&d->s->arena, "%ld\x1f%s", (long)day, n ? n : "")
            : what == 1 ? arena_printf(&d->s->arena, "%ld", (long)day)
                        : arena_printf(&d->s->arena, "\x1f%s", n ? n : "");
    return intern_cstr(d->names, k);
}

static void milestones(D *d)
{
    const Model *a = d->a, *b = d->b;
    uint32_t na = a->nmilestones, nb = b->nmilestones;
    Match m = {.na = na, .nb = nb};
    m.a2b = xmalloc((na ? na : 1) * sizeof *m.a2b);
    m.b2a = xmalloc((nb ? nb : 1) * sizeof *m.b2a);
    m.how = xcalloc(nb ? nb : 1, 1);
    for (uint32_t i = 0; i < na; i++) m.a2b[i] = -1;
    for (uint32_t j = 0; j < nb; j++) m.b2a[j] = -1;
    for (int what = 0; what < 3; what++) {
        PtrMap heads;
        ptrmap_init(&heads);
        int32_t *next = xmalloc((na ? na : 1) * sizeof *next);
        for (uint32_t i = na; i-- > 0;) {
            if (m.a2b[i] >= 0) continue;
            const char *k = milestone_key(d, a->milestones[i], what);
            void *h = ptrmap_get(&heads, k);
            next[i] = h ? (int32_t)((uintptr_t)h - 1) : -1;
            ptrmap_put(&heads, k, (void *)(uintptr_t)(i + 1));
        }
        for (uint32_t j = 0; j < nb; j++) {
            if (m.b2a[j] >= 0) continue;
            const char *k = milestone_key(d, b->milestones[j], what);
            void *h = ptrmap_get(&heads, k);
            if (!h) continue;
            int32_t i = (int32_t)((uintptr_t)h - 1);
            m.a2b[i] = (int32_t)j;
            m.b2a[j] = i;
            ptrmap_put(&heads, k, next[i] >= 0 ? (void *)(uintptr_t)(next[i] + 1) : NULL);
        }
        free(next);
        ptrmap_free(&heads);
    }
    Anchors an;
    anchors_build(&an, &m);
    for (uint32_t j = 0; j <= nb; j++) {
        if (j > 0) {
            const Item *y = b->milestones[j - 1];
            char iso[16];
            date_iso(y->u.txt.date.last, iso);
            enter(d, DE_MILESTONE, NULL, arena_strdup(&d->s->arena, iso), NULL, &y->u.txt.text);
            d->when = &y->u.txt.date;
            int32_t i = m.b2a[j - 1];
            if (i < 0) {
                push(d, DK_ADDED)->new_ = v_milestone(y);
            } else {
                const Item *x = a->milestones[i];
                if (!same_date(&x->u.txt.date, &y->u.txt.date))
                    changed(d, "date", v_milestone(x), v_milestone(y));
                text_field(d, "text", &x->u.txt.text, &y->u.txt.text, true);
            }
        }
        for (int32_t i = an.head[j]; i >= 0; i = an.next[i]) {
            const Item *x = a->milestones[i];
            char iso[16];
            date_iso(x->u.txt.date.last, iso);
            enter(d, DE_MILESTONE, NULL, arena_strdup(&d->s->arena, iso), NULL, &x->u.txt.text);
            d->when = &x->u.txt.date;
            push(d, DK_REMOVED)->old = v_milestone(x);
        }
    }
    anchors_free(&an);
    match_free(&m);
}

/* ---- matching -------------------------------------------------------- */

/* What an entity says besides its title, for inferring a rename when the
 * title changed too: a project's activities, an indicator's unit and
 * targets, a viewpoint's or sector's notes. */
static const char *content_of(void *ctx, const Entity *e)
{
    D *d = ctx;
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    if (!f) return NULL;
    if (e->kind == EK_PROJECT) {
        const Project *p = (const Project *)e;
        for (uint32_t i = 0; i < p->nactivities; i++)
            fprintf(f, "%s\x1f", text_norm(d->names, p->activities[i].bytes, p->activities[i].len));
    } else if (e->kind == EK_INDICATOR) {
        const Indicator *ind = (const Indicator *)e;
        if (ind->ntargets) fprintf(f, "%s\x1f", ind->unit ? ind->unit : "");
        for (uint32_t i = 0; i < ind->ntargets; i++) {
            const Item *t = ind->targets[i];
            if (target_is_text(t)) fprintf(f, "%c\"%s\"", t->op ? t->op : ' ',
                                           text_norm(d->names, t->u.m.text.bytes, t->u.m.text.len));
            else fprintf(f, "%c%.17g%s", t->op ? t->op : ' ', item_num(t), item_unit(t) ? item_unit(t) : "");
            fprintf(f, "@%ld\x1f", item_has_date(t) ? (long)item_date_last(t) : -1L);
        }
    } else {
        for (uint32_t i = 0; i < e->nnotes; i++)
            fprintf(f, "%s\x1f", text_norm(d->names, e->notes[i].bytes, e->notes[i].len));
    }
    fclose(f);
    const char *k = len ? intern(d->names, buf, len) : NULL;
    free(buf);
    return k;
}

static void match_kind(D *d, Match *m, void *const *A, uint32_t na, void *const *B, uint32_t nb,
                       const int32_t *pa, const int32_t *pb)
{
    MatchSide sa = {A, na, pa, content_of, d}, sb = {B, nb, pb, content_of, d};
    match_entities(d->names, m, &sa, &sb);
}

static void match_all(D *d)
{
    const Model *a = d->a, *b = d->b;
    match_kind(d, &d->vp, (void *const *)a->viewpoints, a->nviewpoints, (void *const *)b->viewpoints,
               b->nviewpoints, NULL, NULL);
    match_kind(d, &d->sec, (void *const *)a->sectors, a->nsectors, (void *const *)b->sectors,
               b->nsectors, NULL, NULL);
    match_kind(d, &d->proj, (void *const *)a->projects, a->nprojects, (void *const *)b->projects,
               b->nprojects, NULL, NULL);
    /* An indicator's rename is inferred only within a project that both
     * files have: its group is the new project's index. */
    int32_t *ga = xmalloc((a->nindicators ? a->nindicators : 1) * sizeof *ga);
    int32_t *gb = xmalloc((b->nindicators ? b->nindicators : 1) * sizeof *gb);
    for (uint32_t i = 0; i < a->nindicators; i++) ga[i] = d->proj.a2b[a->indicators[i]->project->index];
    for (uint32_t j = 0; j < b->nindicators; j++) gb[j] = (int32_t)b->indicators[j]->project->index;
    match_kind(d, &d->ind, (void *const *)a->indicators, a->nindicators, (void *const *)b->indicators,
               b->nindicators, ga, gb);
    free(ga);
    free(gb);
}

void diff_models(Strat *s, const Model *old, const Model *new_, DiffResult *out)
{
    memset(out, 0, sizeof *out);
    out->old_name = old ? old->path : "/dev/null";
    out->new_name = new_ ? new_->path : "/dev/null";
    D d;
    memset(&d, 0, sizeof d);
    d.s = s;
    d.names = s->names;
    d.a = old;
    d.b = new_;
    d.r = out;
    if (!old || !new_) {
        const Model *m = old ? old : new_;
        if (!m) return;
        enter(&d, DE_STRATEGY, ent_id(&m->e)->name, ent_id(&m->e)->name, NULL, ent_title(&m->e));
        DiffChange *c = push(&d, old ? DK_REMOVED : DK_ADDED);
        if (old) c->old = v_text(ent_title(&m->e));
        else c->new_ = v_text(ent_title(&m->e));
        return;
    }
    match_all(&d);
    strategy(&d);
    simple_entities(&d, DE_VIEWPOINT, &d.vp, (void *const *)old->viewpoints, (void *const *)new_->viewpoints);
    simple_entities(&d, DE_SECTOR, &d.sec, (void *const *)old->sectors, (void *const *)new_->sectors);
    projects(&d);
    milestones(&d);
    match_free(&d.vp);
    match_free(&d.sec);
    match_free(&d.proj);
    match_free(&d.ind);
}

void diff_result_free(DiffResult *r)
{
    free(r->v);
    memset(r, 0, sizeof *r);
}

const char *diff_kind_name(DiffKind k)
{
    static const char *const names[] = {"added", "removed", "changed", "renamed", "moved"};
    return names[k];
}

const char *diff_entity_name(DiffEntity e)
{
    static const char *const names[] = {"strategy", "goal", "viewpoint", "sector", "project",
                                        "indicator", "milestone"};
    return names[e];
}
