/* plan_edit.c - the new actuals written into the plan's text (import.h).
 *
 * The plan is edited as text, not reprinted: every byte the import does not
 * add or replace stays as it was, comments and blank lines included.  A
 * replacement rewrites only the number of the plan's actual.  A new actual
 * goes on a line of its own in the canonical layout, at the indentation of
 * the line it follows, in date order among the indicator's actuals:
 *   - after the last actual dated on or before it;
 *   - else before the first actual (and the comment lines above it);
 *   - else, with no actuals yet, after the last target or baseline;
 *   - else at the end of the indicator's block, which is opened when the
 *     indicator has none. */
#include "import.h"
#include "xalloc.h"

#include <stdlib.h>
#include <string.h>

typedef struct Edit {
    uint32_t at, del;           /* replace del bytes at offset at */
    char *ins;                  /* malloc'd */
    size_t len, cap;
    uint32_t seq;               /* ties at one offset keep their order */
} Edit;

typedef struct Plan {
    const char *t;
    uint32_t n;
    const char *nl;             /* the file's line end: "\n" or "\r\n" */
    Edit *edits;
    size_t nedits, cap;
} Plan;

static void put(Edit *e, const char *s, size_t n)
{
    XGROW(e->ins, e->cap, e->len + n + 1);
    memcpy(e->ins + e->len, s, n);
    e->len += n;
    e->ins[e->len] = '\0';
}

static void puts_(Edit *e, const char *s) { put(e, s, strlen(s)); }

static Edit *new_edit(Plan *p, uint32_t at, uint32_t del)
{
    XGROW(p->edits, p->cap, p->nedits + 1);
    Edit *e = &p->edits[p->nedits];
    memset(e, 0, sizeof *e);
    e->at = at;
    e->del = del;
    e->seq = (uint32_t)p->nedits++;
    return e;
}

static uint32_t line_start(const Plan *p, uint32_t off)
{
    while (off > 0 && p->t[off - 1] != '\n') off--;
    return off;
}

/* The blanks that start the line holding off. */
static void indent_of(const Plan *p, uint32_t off, const char **s, size_t *n)
{
    uint32_t b = line_start(p, off), e = b;
    while (e < p->n && (p->t[e] == ' ' || p->t[e] == '\t')) e++;
    *s = p->t + b;
    *n = e - b;
}

/* Where a line after an item ending at off can start: after the end of its
 * line, if the rest of that line is blanks or a comment; else 0. */
static uint32_t line_after(const Plan *p, uint32_t off)
{
    uint32_t i = off;
    while (i < p->n && (p->t[i] == ' ' || p->t[i] == '\t' || p->t[i] == '\r')) i++;
    if (i < p->n && p->t[i] != '\n' && p->t[i] != '#') return 0;
    while (i < p->n && p->t[i] != '\n') i++;
    return i < p->n ? i + 1 : 0;
}

static bool blank_before(const Plan *p, uint32_t off)
{
    for (uint32_t i = line_start(p, off); i < off; i++)
        if (p->t[i] != ' ' && p->t[i] != '\t') return false;
    return true;
}

static bool comment_line(const Plan *p, uint32_t bol)
{
    uint32_t i = bol;
    while (i < p->n && (p->t[i] == ' ' || p->t[i] == '\t')) i++;
    return i < p->n && p->t[i] == '#';
}

/* The line of `actual V U at D`, without indentation or line end.  The
 * unit is written when the item it follows writes one. */
static void actual_text(Edit *e, const ImportAct *a, const char *unit)
{
    puts_(e, "actual ");
    puts_(e, a->num);
    if (unit) { puts_(e, " "); puts_(e, unit); }
    puts_(e, " at ");
    puts_(e, a->date);
}

/* Where and how one indicator's new actuals go. */
typedef enum { AT_LINE, AFTER_ON_LINE, BEFORE_ON_LINE, NEW_BLOCK, INTO_EMPTY } Mode;

typedef struct Spot {
    Mode mode;
    uint32_t at;
    const char *ind;            /* indentation of the new lines */
    size_t nind;
    const char *outer;          /* the indicator's own (NEW_BLOCK, INTO_EMPTY) */
    size_t nouter;
    const char *unit;           /* written after the number, or NULL */
} Spot;

static const Item *last_of(const Item *items, int k1, int k2)
{
    const Item *found = NULL;
    for (const Item *it = items; it; it = it->next)
        if (it->kind == k1 || it->kind == k2) found = it;
    return found;
}

static const char *unit_written(const Item *it)
{
    return it && (it->kind == IT_ACTUAL || it->kind == IT_TARGET || it->kind == IT_BASELINE)
               ? item_unit(it) : NULL;
}

static void after_item(const Plan *p, const Item *it, Spot *sp)
{
    indent_of(p, it->span.start, &sp->ind, &sp->nind);
    uint32_t at = line_after(p, it->span.end);
    sp->mode = at ? AT_LINE : AFTER_ON_LINE;
    sp->at = at ? at : it->span.end;
    if (!blank_before(p, it->span.start)) {   /* it shares its line: indent as a child */
        sp->ind = NULL;
    }
}

/* prev: the last actual (in source order) dated on or before the new one. */
static void spot_for(const Plan *p, const Indicator *ind, const Item *prev, Spot *sp)
{
    memset(sp, 0, sizeof *sp);
    const Item *ii = ind->e.item;
    indent_of(p, ii->span.start, &sp->outer, &sp->nouter);
    const Item *first = ind->nactuals ? ind->actuals[0] : NULL;
    if (prev) {
        after_item(p, prev, sp);
        sp->unit = unit_written(prev);
        return;
    }
    if (first) {
        sp->unit = unit_written(first);
        indent_of(p, first->span.start, &sp->ind, &sp->nind);
        if (!blank_before(p, first->span.start)) {
            sp->mode = BEFORE_ON_LINE;
            sp->at = first->span.start;
            return;
        }
        /* Above the comment lines that belong to it, below what precedes it. */
        uint32_t floor = ii->span.start;
        for (const Item *it = ii->u.ent.items; it && it != first; it = it->next) floor = it->span.end;
        uint32_t at = line_start(p, first->span.start);
        while (at > 0) {
            uint32_t up = line_start(p, at - 1);
            if (up < floor || !comment_line(p, up)) break;
            at = up;
        }
        sp->mode = AT_LINE;
        sp->at = at;
        return;
    }
    const Item *anchor = last_of(ii->u.ent.items, IT_TARGET, IT_BASELINE);
    if (anchor) {
        after_item(p, anchor, sp);
        sp->unit = unit_written(anchor);
        return;
    }
    if (!(ii->flags & IF_BLOCK)) {
        sp->mode = NEW_BLOCK;
        sp->at = ii->span.end;
        return;
    }
    uint32_t rb = ii->u.ent.rbrace.start;
    if (!ii->u.ent.items && line_start(p, rb) <= ii->span.start) {
        sp->mode = INTO_EMPTY;         /* indicator x "X" {} */
        sp->at = rb;
        return;
    }
    if (blank_before(p, rb)) {
        sp->mode = AT_LINE;
        sp->at = line_start(p, rb);
        if (ii->u.ent.items) indent_of(p, ii->u.ent.items->span.start, &sp->ind, &sp->nind);
        return;
    }
    sp->mode = BEFORE_ON_LINE;         /* `... }` on one line */
    sp->at = rb;
    indent_of(p, rb, &sp->ind, &sp->nind);
}

/* The indentation of new lines, when the spot has none of its own: one
 * level (two spaces) inside the indicator. */
static void put_indent(Edit *e, const Spot *sp)
{
    if (sp->ind && sp->mode != NEW_BLOCK && sp->mode != INTO_EMPTY) {
        put(e, sp->ind, sp->nind);
        return;
    }
    put(e, sp->outer, sp->nouter);
    puts_(e, "  ");
}

static void add_line(Plan *p, Edit *e, const Spot *sp, const ImportAct *a)
{
    switch (sp->mode) {
    case AT_LINE:
        put_indent(e, sp);
        actual_text(e, a, sp->unit);
        puts_(e, p->nl);
        break;
    case BEFORE_ON_LINE:
        actual_text(e, a, sp->unit);
        puts_(e, p->nl);
        put_indent(e, sp);
        break;
    default:
        puts_(e, p->nl);
        put_indent(e, sp);
        actual_text(e, a, sp->unit);
        break;
    }
}

static int by_indicator(const void *x, const void *y)
{
    const ImportAct *a = *(const ImportAct *const *)x, *b = *(const ImportAct *const *)y;
    if (a->ind->index != b->ind->index) return a->ind->index < b->ind->index ? -1 : 1;
    if (a->last != b->last) return a->last < b->last ? -1 : 1;
    return a->seq < b->seq ? -1 : a->seq > b->seq;
}

static int by_offset(const void *x, const void *y)
{
    const Edit *a = x, *b = y;
    if (a->at != b->at) return a->at < b->at ? -1 : 1;
    return a->seq < b->seq ? -1 : a->seq > b->seq;
}

/* Sorts actual indices by their day, stably (a merge sort: qsort has no
 * context argument, and this keeps no global state). */
static void sort_by_day(const Indicator *ind, uint32_t *v, size_t n)
{
    if (n < 2) return;
    uint32_t *tmp = xmalloc(n * sizeof *tmp);
    for (size_t w = 1; w < n; w *= 2) {
        for (size_t lo = 0; lo < n; lo += 2 * w) {
            size_t mid = lo + w < n ? lo + w : n, hi = lo + 2 * w < n ? lo + 2 * w : n;
            size_t a = lo, b = mid, o = lo;
            while (a < mid && b < hi)
                tmp[o++] = item_date(ind->actuals[v[b]])->last < item_date(ind->actuals[v[a]])->last
                               ? v[b++] : v[a++];
            while (a < mid) tmp[o++] = v[a++];
            while (b < hi) tmp[o++] = v[b++];
        }
        memcpy(v, tmp, n * sizeof *v);
    }
    free(tmp);
}

/* One indicator's new actuals (sorted by date), grouped by where they go.
 * Its actuals are swept in date order beside them, so that finding each
 * one's predecessor costs a step, not a pass. */
static void add_indicator(Plan *p, const ImportAct **adds, size_t n)
{
    const Indicator *ind = adds[0]->ind;
    uint32_t *order = xmalloc((ind->nactuals + 1) * sizeof *order);
    size_t nord = 0;
    for (uint32_t i = 0; i < ind->nactuals; i++)
        if (item_date(ind->actuals[i])->valid) order[nord++] = i;
    sort_by_day(ind, order, nord);
    size_t next = 0;
    long latest = -1;               /* greatest source index among those on or before */
    size_t cur = (size_t)-1;        /* the edit being filled */
    for (size_t i = 0; i < n; i++) {
        while (next < nord && item_date(ind->actuals[order[next]])->last <= adds[i]->last) {
            if ((long)order[next] > latest) latest = order[next];
            next++;
        }
        Spot sp;
        spot_for(p, ind, latest >= 0 ? ind->actuals[latest] : NULL, &sp);
        if (cur == (size_t)-1 || p->edits[cur].at != sp.at) {
            cur = p->nedits;
            Edit *e = new_edit(p, sp.at, 0);
            if (sp.mode == NEW_BLOCK) puts_(e, " {");
        }
        Edit *e = &p->edits[cur];
        add_line(p, e, &sp, adds[i]);
        bool closes = sp.mode == NEW_BLOCK || sp.mode == INTO_EMPTY;
        if (closes && i + 1 == n) {
            puts_(e, p->nl);
            put(e, sp.outer, sp.nouter);
            if (sp.mode == NEW_BLOCK) puts_(e, "}");
        }
    }
    free(order);
}

char *import_apply(const Model *m, const SrcFile *plan, const ImportRun *run, bool bom,
                   size_t *len)
{
    (void)m;
    Plan p = {.t = plan->text, .n = (uint32_t)plan->len, .nl = "\n"};
    const char *lf = memchr(p.t, '\n', p.n);
    if (lf && lf > p.t && lf[-1] == '\r') p.nl = "\r\n";
    const ImportAct **adds = xmalloc((run->n + 1) * sizeof *adds);
    size_t nadds = 0;
    for (size_t i = 0; i < run->n; i++) {
        const ImportAct *a = &run->acts[i];
        if (a->kind == IA_ADD) adds[nadds++] = a;
        if (a->kind != IA_REPLACE) continue;
        Span ns = value_num_span(&a->existing->u.m.value);
        Edit *e = new_edit(&p, ns.start, ns.end - ns.start);
        puts_(e, a->num);
    }
    qsort(adds, nadds, sizeof *adds, by_indicator);
    for (size_t i = 0; i < nadds;) {
        size_t j = i;
        while (j < nadds && adds[j]->ind == adds[i]->ind) j++;
        add_indicator(&p, adds + i, j - i);
        i = j;
    }
    free(adds);
    if (p.nedits) qsort(p.edits, p.nedits, sizeof *p.edits, by_offset);
    size_t total = p.n + (bom ? 3 : 0) + 1;
    for (size_t i = 0; i < p.nedits; i++) total += p.edits[i].len;
    char *out = xmalloc(total), *o = out;
    if (bom) { memcpy(o, "\xEF\xBB\xBF", 3); o += 3; }
    uint32_t at = 0;
    for (size_t i = 0; i < p.nedits; i++) {
        Edit *e = &p.edits[i];
        memcpy(o, p.t + at, e->at - at);
        o += e->at - at;
        memcpy(o, e->ins, e->len);
        o += e->len;
        at = e->at + e->del;
        free(e->ins);
    }
    memcpy(o, p.t + at, p.n - at);
    o += p.n - at;
    *o = '\0';
    free(p.edits);
    *len = (size_t)(o - out);
    return out;
}
