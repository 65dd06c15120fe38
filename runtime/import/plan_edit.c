/* plan_edit.c - the new actuals written into the plan's text (import.h).
 *
 * The plan is edited as text, not reprinted: every byte the import does not
 * add or replace stays as it was, comments and blank lines included.  A
 * replacement rewrites only the number of the plan's actual.  A new actual
 * goes on a line of its own in the canonical layout, where plan_spot.c
 * says. */
#include "import.h"
#include "plan_spot.h"
#include "xalloc.h"

#include <stdlib.h>
#include <string.h>

struct Edit {
    uint32_t at, del;           /* replace del bytes at offset at */
    char *ins;                  /* malloc'd */
    size_t len, cap;
    uint32_t seq;               /* ties at one offset keep their order */
};
typedef struct Edit Edit;

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
                tmp[o++] = item_date_last(ind->actuals[v[b]]) < item_date_last(ind->actuals[v[a]])
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
        if (item_date_valid(ind->actuals[i])) order[nord++] = i;
    sort_by_day(ind, order, nord);
    size_t next = 0;
    long latest = -1;               /* greatest source index among those on or before */
    size_t cur = (size_t)-1;        /* the edit being filled */
    for (size_t i = 0; i < n; i++) {
        while (next < nord && item_date_last(ind->actuals[order[next]]) <= adds[i]->last) {
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
        Value ev = item_value(a->existing);
        Span ns = value_num_span(&ev);
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
