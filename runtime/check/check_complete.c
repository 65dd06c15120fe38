/* check_complete.c - missing pieces: projects without indicators, indicators
 * without targets or actuals, qualitative ones without a status, sectors and
 * viewpoints nothing refers to, an empty goal. */
#include "check_ctx.h"
#include "xalloc.h"

#include <stdlib.h>
#include <string.h>

static void projects(CheckCtx *c)
{
    const Model *m = c->m;
    uint32_t without = 0;
    for (uint32_t i = 0; i < m->nprojects; i++) without += m->projects[i]->nindicators == 0;
    if (without == 0) return;
    /* A plan whose targets are still to be set: one finding, not one per project. */
    if (without == m->nprojects && m->nprojects > 1) {
        const Ident *id = ent_id(&m->e);
        Span at = id->name ? id->span : check_keyword_span(m->e.item);
        Diag *g = check_add(c, "project-without-indicators", at,
                            "none of the %u projects of '%s' has an indicator yet", without,
                            id->name ? id->name : "");
        diag_help(g, "progress cannot be measured until indicators with targets are added");
        return;
    }
    for (uint32_t i = 0; i < m->nprojects; i++) {
        const Project *p = m->projects[i];
        if (p->nindicators) continue;
        Diag *g = check_add(c, "project-without-indicators", ent_id(&p->e)->span,
                            "project '%s' has no indicator", check_id(&p->e));
        diag_help(g, "add indicator ID \"TITLE\" { target V by D } so its progress can be measured");
    }
}

static void indicator(CheckCtx *c, const Indicator *ind)
{
    if (ind->ntargets == 0) {
        Diag *g = check_add(c, "indicator-without-target", ent_id(&ind->e)->span,
                            "indicator '%s' has no target", check_id(&ind->e));
        diag_help(g, "add target V by D, or a qualitative target \"TEXT\"");
    }
    if (ind->qualitative) {
        if (!ind_status(ind)) {
            Diag *g = check_add(c, "qualitative-without-status", ent_id(&ind->e)->span,
                                "indicator '%s' has only text targets and no declared status",
                                check_id(&ind->e));
            diag_help(g, "a qualitative indicator cannot be computed: add status STATUS \"TEXT\"");
        }
        return;
    }
    if (ind_status(ind) && ind->nactuals == 0) return;   /* declared instead of measured */
    if (c->has_period && c->date.day < c->m->start) return;   /* nothing is due yet */
    const Item *first = NULL;
    for (uint32_t i = 0; i < ind->nactuals; i++) {
        DayNum d;
        if (!check_item_date(ind->actuals[i], &d)) return;   /* a bad date was reported */
        if (d <= c->date.day) return;
        if (!first) first = ind->actuals[i];
    }
    char x[16];
    Diag *g;
    if (first)
        g = check_add(c, "indicator-without-actual", ent_id(&ind->e)->span,
                      "indicator '%s' has no actual value at or before the report date %s",
                      check_id(&ind->e), check_iso(c->date.day, x));
    else
        g = check_add(c, "indicator-without-actual", ent_id(&ind->e)->span,
                      "indicator '%s' has no actual value", check_id(&ind->e));
    if (first) {
        Span at = item_date_span(first);
        diag_note(g, &at, "its first actual comes later");
        check_note_report_date(c, g);
    }
    diag_help(g, "add actual V at D");
}

static bool registered(const PtrMap *map, const Entity *e)
{
    return ent_id(e)->name && ptrmap_get(map, ent_id(e)->name) == e;
}

static void unused(CheckCtx *c)
{
    const Model *m = c->m;
    bool *sec = xcalloc(m->nsectors + 1, sizeof *sec), *vp = xcalloc(m->nviewpoints + 1, sizeof *vp);
    bool unresolved[EK_INDICATOR + 1] = {false};
    for (uint32_t i = 0; i < m->nprojects; i++) {
        const Project *p = m->projects[i];
        for (uint32_t j = 0; j < p->nsectors; j++) unresolved[EK_SECTOR] |= !p->sectors[j].target;
        for (uint32_t j = 0; j < p->nviewpoints; j++) unresolved[EK_VIEWPOINT] |= !p->viewpoints[j].target;
        for (uint32_t j = 0; j < p->nsectors; j++)
            if (p->sectors[j].target) sec[((const Sector *)p->sectors[j].target)->index] = true;
        for (uint32_t j = 0; j < p->nviewpoints; j++)
            if (p->viewpoints[j].target) vp[((const Viewpoint *)p->viewpoints[j].target)->index] = true;
    }
    /* A strategy without projects yet is not the place to say it; nor is a
     * strategy with a misspelt reference (it is probably meant for the one
     * unused), nor a duplicate definition (that error says it). */
    if (m->nprojects) {
        for (uint32_t i = 0; i < m->nsectors; i++)
            if (!sec[i] && !unresolved[EK_SECTOR] && registered(&m->sector_by_id, &m->sectors[i]->e))
                check_add(c, "unused-definition", ent_id(&m->sectors[i]->e)->span,
                          "no project refers to sector '%s'", ent_id(&m->sectors[i]->e)->name);
        for (uint32_t i = 0; i < m->nviewpoints; i++)
            if (!vp[i] && !unresolved[EK_VIEWPOINT] && registered(&m->viewpoint_by_id, &m->viewpoints[i]->e))
                check_add(c, "unused-definition", ent_id(&m->viewpoints[i]->e)->span,
                          "no project refers to viewpoint '%s'", ent_id(&m->viewpoints[i]->e)->name);
    }
    free(sec);
    free(vp);
}

static bool blank(const char *s, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r') continue;
        if (ch == 0xE3 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 && (unsigned char)s[i + 2] == 0x80) {
            i += 2;                 /* U+3000 IDEOGRAPHIC SPACE */
            continue;
        }
        return false;
    }
    return true;
}

static void goal(CheckCtx *c)
{
    const Item *g = c->m->goal;
    if (!g) return;
    const Text *t = &g->u.txt.text;
    if (t->bytes && !blank(t->bytes, t->len)) return;
    Diag *d = check_add(c, "empty-goal", check_keyword_span(g), "the goal has no text");
    diag_help(d, "write the goal: goal \"TEXT\"");
}

void check_complete(CheckCtx *c)
{
    projects(c);
    for (uint32_t i = 0; i < c->m->nindicators; i++) indicator(c, c->m->indicators[i]);
    unused(c);
    goal(c);
}
