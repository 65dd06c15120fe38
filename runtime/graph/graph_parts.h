/* graph_parts.h - what building a graph needs, shared by the picture of a
 * model (graph_build.c) and of a revision (graph_revision.c). */
#ifndef STRAT_GRAPH_PARTS_H
#define STRAT_GRAPH_PARTS_H

#include "graph.h"
#include "ptrmap.h"

enum { SIDE_NEW = 1, SIDE_OLD = 2 };

typedef struct GraphBuild {
    Graph *g;
    const GraphOptions *o;
    PtrMap node_of;             /* Entity* -> node index + 1 */
    PtrMap edge_of;             /* from, to -> edge index + 1 */
    uint8_t *edge_sides;        /* per edge: SIDE_NEW | SIDE_OLD */
    uint32_t cap_sides;
    uint32_t root;              /* the goal's node */
    /* A revision: an old entity's counterpart in the new model (NULL if it
     * was removed).  NULL when building the picture of one model. */
    const Entity *(*match)(struct GraphBuild *b, const Entity *old);
    void *ctx;
    const Model *newer;         /* a revision: the new model (NULL if none) */
} GraphBuild;

void gb_init(GraphBuild *b, Graph *g, const GraphOptions *o, const char *name);
void gb_fini(GraphBuild *b);
/* Adds m's entities and the edges between them.  SIDE_NEW (or the only
 * model) makes a node of every entity; SIDE_OLD reuses the node of each
 * entity's match and makes GX_REMOVED nodes for the rest. */
void gb_walk(GraphBuild *b, const Model *m, int side);
/* The node an entity of a walked model got; UINT32_MAX if none. */
uint32_t gb_node_of(const GraphBuild *b, const Entity *e);
/* The model's entities of a kind by interned id. */
const PtrMap *gb_model_ids(const Model *m, EntityKind k);
/* An entity's title in the picture's language, wrapped. */
const char *gb_title(GraphBuild *b, const Entity *e);
/* The strategy's title, for the picture's: wrapped only when very long. */
const char *gb_name(GraphBuild *b, const Entity *e);

/* How a node looks, the same in every format: projects and indicators in
 * their status's colour (the report's), a revision's changes in green, red
 * and yellow; the rest white. */
typedef struct GraphLook {
    const char *fill, *stroke, *font;   /* "#rrggbb" */
    const char *cls;            /* its class in Mermaid: "st_on_track", "added", "k_goal" */
    bool dashed, thick;
} GraphLook;

GraphLook graph_look(const GraphNode *n);

/* The nodes frame by frame: order[start[c] .. start[c + 1]) are frame c's,
 * in node order.  Both arrays are malloc'd: the caller frees them. */
void graph_frames(const Graph *g, uint32_t **order, uint32_t **start);
/* An edge's colour: grey, or green (added) / red (removed). */
const char *graph_edge_color(GraphChange c);

#endif
