/* rollup.c - grades and the sections of each grouping (rollup.h). */
#include "rollup.h"
#include "grade.h"
#include "xalloc.h"

#include <stdlib.h>
#include <string.h>

/* The grade of the projects that name no sector (viewpoint): the rounded
 * mean of their indicators' grades that have data, like a sector's. */
static int none_grade(const Evaluation *ev, const Grading *gr, const EvalGroup *G)
{
    uint32_t n = 0;
    for (uint32_t i = 0; i < G->nprojects; i++) n += G->projects[i]->nindicators;
    const Indicator **inds = xmalloc((n ? n : 1) * sizeof *inds);
    int *grades = xmalloc((n ? n : 1) * sizeof *grades);
    bool *data = xmalloc((n ? n : 1) * sizeof *data);
    uint32_t k = 0;
    for (uint32_t i = 0; i < G->nprojects; i++)
        for (uint32_t j = 0; j < G->projects[i]->nindicators; j++) inds[k++] = G->projects[i]->indicators[j];
    int grade = grade_group(gr, ev, inds, n, grades, data);     /* as a sector's */
    free(inds);
    free(grades);
    free(data);
    return grade;
}

/* Each declared sector (viewpoint) with the projects that name it, in the
 * model's order; then the projects that name none, if there are any.  A
 * group keeps an array of its own size: one the size of all projects for
 * each of them would grow as sectors times projects. */
static EvalGrouping grouping(const Evaluation *ev, const Grading *gr, bool sec, Arena *a)
{
    const Model *m = ev->model;
    uint32_t n = sec ? m->nsectors : m->nviewpoints;
    EvalGrouping out = {ARENA_ARRAY(a, EvalGroup, n + 1), 0};
    const Project **members = xmalloc((m->nprojects ? m->nprojects : 1) * sizeof *members);
    for (uint32_t g = 0; g <= n; g++) {
        EvalGroup *G = &out.groups[out.n];
        G->nprojects = 0;
        const void *target = g == n ? NULL : sec ? (const void *)m->sectors[g] : (const void *)m->viewpoints[g];
        for (uint32_t i = 0; i < m->nprojects; i++) {
            const Project *p = m->projects[i];
            const Ref *refs = sec ? p->sectors : p->viewpoints;
            uint32_t nrefs = sec ? p->nsectors : p->nviewpoints;
            bool in = false, any = false;
            for (uint32_t j = 0; j < nrefs; j++) {
                if (!refs[j].target) continue;
                any = true;
                if (target && refs[j].target == target) in = true;
            }
            if (g == n) in = !any;
            if (in) members[G->nprojects++] = p;
        }
        G->projects = ARENA_ARRAY(a, const Project *, G->nprojects ? G->nprojects : 1);
        memcpy(G->projects, members, G->nprojects * sizeof *members);
        if (g < n) {
            G->entity = sec ? &m->sectors[g]->e : &m->viewpoints[g]->e;
            G->eval = sec ? &ev->sectors[g] : &ev->viewpoints[g];
            G->grade = sec ? gr->sectors[g] : gr->viewpoints[g];
        } else {
            if (G->nprojects == 0) break;
            G->eval = sec ? &ev->no_sector : &ev->no_viewpoint;
            G->grade = none_grade(ev, gr, G);
        }
        out.n++;
    }
    free(members);
    return out;
}

void eval_rollups(Evaluation *ev, Arena *a)
{
    const Model *m = ev->model;
    Grading *gr = grade_all(ev, a);
    ev->grading = gr;
    EvalGroup *all = ARENA_NEW(a, EvalGroup);
    all->projects = (const Project **)m->projects;
    all->nprojects = m->nprojects;
    ev->by[EG_PROJECT] = (EvalGrouping){all, 1};
    ev->by[EG_SECTOR] = grouping(ev, gr, true, a);
    ev->by[EG_VIEWPOINT] = grouping(ev, gr, false, a);
}
