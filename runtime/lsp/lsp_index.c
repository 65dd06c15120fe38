/* lsp_index.c - where every id is written: the definitions of the strategy,
 * viewpoints, sectors, projects and indicators, and the references to
 * sectors and viewpoints in projects.  Definition, references, rename and
 * hover all start from the occurrence under the cursor. */
#include "lsp_int.h"
#include "xalloc.h"

#include <stdlib.h>

typedef struct Occs { Occurrence *v; size_t n, cap; } Occs;

static void add(Occs *o, Span sp, const Entity *target, bool is_def)
{
    XGROW(o->v, o->cap, o->n + 1);
    o->v[o->n++] = (Occurrence){sp, target, is_def};
}

static void def(Occs *o, const Entity *e)
{
    if (e->id.name) add(o, e->id.span, e, true);
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
