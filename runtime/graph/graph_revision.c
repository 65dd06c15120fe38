/* graph_revision.c - the picture of a revision: the union of the old and
 * the new model.  An entity is the same node on both sides when `stratc
 * diff` matched it (same id, or renamed); what only the new model has is
 * added, what only the old one has is removed, and so are edges (an
 * indicator moved to another project loses one edge and gains another). */
#include "graph_parts.h"
#include "xalloc.h"

#include <stdlib.h>
#include <string.h>

typedef struct Rev {
    const Model *new_;
    PtrMap renamed[EK_INDICATOR + 1];   /* old id -> new id */
    PtrMap taken[EK_INDICATOR + 1];     /* new ids a rename arrives at */
} Rev;

static const Entity *match(GraphBuild *b, const Entity *old)
{
    const Rev *r = b->ctx;
    const char *id = ent_id(old)->name;
    if (!r->new_ || !id) return NULL;
    const char *to = ptrmap_get(&r->renamed[old->kind], id);
    if (!to) {
        /* Its id went to another entity renamed into it: this one is gone. */
        if (ptrmap_get(&r->taken[old->kind], id)) return NULL;
        to = id;
    }
    return ptrmap_get(gb_model_ids(r->new_, old->kind), to);
}

/* Marks the node of an old entity that lives on; renamed ones say so. */
static void kept(GraphBuild *b, const Entity *old, bool *seen)
{
    const Entity *m = match(b, old);
    if (!m) return;
    uint32_t n = gb_node_of(b, m);
    seen[n] = true;
    if (ent_id(m)->name == ent_id(old)->name) return;
    GraphNode *node = &b->g->nodes[n];
    node->change = GX_RENAMED;
    const char *was = gb_title(b, old);
    if (strcmp(was, node->title) == 0) was = ent_id(old)->name;
    node->detail = arena_printf(&b->g->arena, b->o->ja ? "旧: %s" : "was: %s", was);
}

void graph_of_revision(Graph *g, const Model *old, const Model *new_, const GraphRename *renames,
                       size_t nrenames, const GraphOptions *o)
{
    Rev r = {.new_ = new_};
    for (int k = 0; k <= EK_INDICATOR; k++) {
        ptrmap_init(&r.renamed[k]);
        ptrmap_init(&r.taken[k]);
    }
    for (size_t i = 0; i < nrenames; i++) {
        if (renames[i].kind > EK_INDICATOR) continue;
        ptrmap_put(&r.renamed[renames[i].kind], renames[i].old_id, (void *)renames[i].new_id);
        ptrmap_put(&r.taken[renames[i].kind], renames[i].new_id, (void *)renames[i].new_id);
    }
    GraphBuild b;
    gb_init(&b, g, o, NULL);
    b.match = match;
    b.ctx = &r;
    b.newer = new_;
    g->revision = true;
    const Model *named = new_ ? new_ : old;
    g->name = named ? gb_name(&b, &named->e) : "";
    g->caption = o->ja ? "改定: 追加は緑、削除は赤、名称の変更は黄" : "revision: added green, removed red, renamed yellow";
    if (new_) gb_walk(&b, new_, SIDE_NEW);
    uint32_t nnew = g->nnodes;
    if (old) gb_walk(&b, old, SIDE_OLD);

    bool *seen = xcalloc(g->nnodes ? g->nnodes : 1, 1);
    seen[b.root] = true;
    if (old && new_) {
        for (uint32_t i = 0; i < old->nviewpoints; i++) kept(&b, &old->viewpoints[i]->e, seen);
        for (uint32_t i = 0; i < old->nsectors; i++) kept(&b, &old->sectors[i]->e, seen);
        for (uint32_t i = 0; i < old->nprojects; i++) kept(&b, &old->projects[i]->e, seen);
        for (uint32_t i = 0; i < old->nindicators; i++) kept(&b, &old->indicators[i]->e, seen);
    }
    for (uint32_t i = 0; i < nnew; i++)
        if (!seen[i]) g->nodes[i].change = GX_ADDED;
    free(seen);
    for (uint32_t i = 0; i < g->nedges; i++) {
        uint8_t s = b.edge_sides[i];
        g->edges[i].change = s == SIDE_NEW ? GX_ADDED : s == SIDE_OLD ? GX_REMOVED : GX_SAME;
    }
    gb_fini(&b);
    for (int k = 0; k <= EK_INDICATOR; k++) {
        ptrmap_free(&r.renamed[k]);
        ptrmap_free(&r.taken[k]);
    }
}
