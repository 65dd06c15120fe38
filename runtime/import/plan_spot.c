/* plan_spot.c - where a new actual goes in the plan's text (plan_spot.h).
 *
 * In date order among the indicator's actuals, at the indentation of the
 * line it follows:
 *   - after the last actual dated on or before it;
 *   - else before the first actual (and the comment lines above it);
 *   - else, with no actuals yet, after the last target or baseline;
 *   - else at the end of the indicator's block, which is opened when the
 *     indicator has none.
 * A plan in the canonical layout has one item per line; the other modes
 * keep a plan that is not (`actual 1 at R2 }`) valid. */
#include "plan_spot.h"

#include <string.h>

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
void spot_for(const Plan *p, const Indicator *ind, const Item *prev, Spot *sp)
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
    uint32_t rb = item_rbrace(ii).start;
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
