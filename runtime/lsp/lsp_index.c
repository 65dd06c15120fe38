/* lsp_index.c - where every id is written: the definitions of the strategy,
 * viewpoints, sectors, projects and indicators, the references to sectors
 * and viewpoints in projects, and each renamed_from, which names an entity
 * of the revised strategy (check loads it into the same session).
 * Definition, references, rename and hover all start from the occurrence
 * under the cursor. */
#include "lsp_int.h"
#include "xalloc.h"

#include <stdlib.h>
#include <string.h>

typedef struct Occs { Occurrence *v; size_t n, cap; } Occs;

static void add(Occs *o, Span sp, const Entity *target, bool is_def)
{
    XGROW(o->v, o->cap, o->n + 1);
    o->v[o->n++] = (Occurrence){sp, target, is_def, false};
}

static void def(Occs *o, const Entity *e)
{
    if (ent_id(e)->name) add(o, ent_id(e)->span, e, true);
}

/* The model of the file m revises, if check loaded it. */
static const Model *revised(const LspDoc *d, const Model *m)
{
    if (!m->revises_path) return NULL;
    for (size_t i = 0; i < d->strat.nmodels; i++) {
        const Model *r = d->strat.models[i];
        if (r != m && r->ast && strcmp(r->path, m->revises_path) == 0) return r;
    }
    return NULL;
}

static void renamed(Occs *o, const Model *old, const Entity *e)
{
    if (!e->renamed_from->name) return;
    const PtrMap *map = e->kind == EK_VIEWPOINT ? &old->viewpoint_by_id
                      : e->kind == EK_SECTOR    ? &old->sector_by_id
                      : e->kind == EK_PROJECT   ? &old->project_by_id
                      : e->kind == EK_INDICATOR ? &old->indicator_by_id : NULL;
    const Entity *t = map ? ptrmap_get(map, e->renamed_from->name) : NULL;
    if (!t) return;
    add(o, e->renamed_from->span, t, false);
    o->v[o->n - 1].revised = true;
}

Occurrence *lsp_occurrences(LspDoc *d, size_t *n)
{
    Occs o = {NULL, 0, 0};
    const Model *m = d->model;
    if (m) {
        def(&o, &m->e);
        for (uint32_t i = 0; i < m->nviewpoints; i++) def(&o, &m->viewpoints[i]->e);
        for (uint32_t i = 0; i < m->nsectors; i++) def(&o, &m->sectors[i]->e);
        for (uint32_t i = 0; i < m->nindicators; i++) def(&o, &m->indicators[i]->e);
        for (uint32_t i = 0; i < m->nprojects; i++) {
            const Project *p = m->projects[i];
            def(&o, &p->e);
            /* Sector and Viewpoint start with their Entity. */
            for (uint32_t j = 0; j < p->nsectors; j++)
                add(&o, p->sectors[j].id.span, (const Entity *)p->sectors[j].target, false);
            for (uint32_t j = 0; j < p->nviewpoints; j++)
                add(&o, p->viewpoints[j].id.span, (const Entity *)p->viewpoints[j].target, false);
        }
        const Model *old = revised(d, m);
        if (old) {
            for (uint32_t i = 0; i < m->nviewpoints; i++) renamed(&o, old, &m->viewpoints[i]->e);
            for (uint32_t i = 0; i < m->nsectors; i++) renamed(&o, old, &m->sectors[i]->e);
            for (uint32_t i = 0; i < m->nprojects; i++) renamed(&o, old, &m->projects[i]->e);
            for (uint32_t i = 0; i < m->nindicators; i++) renamed(&o, old, &m->indicators[i]->e);
        }
    }
    *n = o.n;
    return o.v;
}

const Occurrence *lsp_occurrence_at(const Occurrence *occ, size_t n, uint32_t file, uint32_t off)
{
    for (size_t i = 0; i < n; i++) {
        const Span *s = &occ[i].span;
        /* The cursor just after an id still names it (a word's end). */
        if (s->file == file && s->start <= off && off <= s->end) return &occ[i];
    }
    return NULL;
}
