/* graph.h - the logic model as a picture: goal -> viewpoints -> sectors ->
 * projects -> indicators (doc/graph.md).
 *
 * One neutral structure, built from a model and its evaluation (nodes
 * coloured by status or grade) or from two revisions of a strategy (nodes
 * and edges marked added, removed, renamed), and written by one small
 * writer per format: DOT (graph_dot.c), Mermaid (graph_mermaid.c) and SVG
 * laid out in-process by Graphviz (graph_svg.c). */
#ifndef STRAT_GRAPH_H
#define STRAT_GRAPH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include "arena.h"
#include "eval.h"

/* ORDER: PREFIX (graph_build.c), KIND (graph_look.c), SHAPE (graph_dot.c),
 * OPEN and CLOSE (graph_mermaid.c). */
typedef enum { GN_GOAL, GN_VIEWPOINT, GN_SECTOR, GN_PROJECT, GN_INDICATOR } GraphNodeKind;
/* In the picture of a revision; GX_SAME everywhere else. */
typedef enum { GX_SAME, GX_ADDED, GX_REMOVED, GX_RENAMED } GraphChange;
/* What the frames group: each sector (or viewpoint) with its projects. */
typedef enum { GRAPH_BY_SECTOR, GRAPH_BY_VIEWPOINT } GraphBy;

typedef struct GraphNode {
    const char *id;             /* ASCII [A-Za-z0-9_], unique: "p_setouchi" */
    const char *title;          /* UTF-8, any characters; '\n' breaks a line */
    const char *detail;         /* a second line (status, "was: ..."); NULL if none */
    GraphNodeKind kind;
    GraphChange change;
    int32_t cluster;            /* index into Graph.clusters; -1: outside any */
    Status color;               /* fill, when has_color */
    bool has_color;
} GraphNode;

typedef struct GraphEdge {
    uint32_t from, to;          /* node indexes */
    GraphChange change;         /* GX_ADDED / GX_REMOVED in a revision's picture */
} GraphEdge;

typedef struct GraphCluster {
    const char *id;             /* ASCII, unique: "c_materials" */
    uint32_t node;              /* the sector or viewpoint it frames */
} GraphCluster;

typedef struct Graph {
    Arena arena;                /* titles, ids */
    const char *name;           /* the strategy's title, for the picture's title */
    const char *caption;        /* under it: the date, or what the colours of a revision mean */
    GraphNode *nodes;    uint32_t nnodes, cap_nodes;
    GraphEdge *edges;    uint32_t nedges, cap_edges;
    GraphCluster *clusters; uint32_t nclusters, cap_clusters;
    bool revision;              /* a picture of what a revision changed */
    bool ja;
} Graph;

typedef struct GraphOptions {
    GraphBy by;
    bool ja;                    /* titles and labels in Japanese (else the `en` titles) */
} GraphOptions;

/* A rename as `stratc diff` found it, for the picture of a revision. */
typedef struct GraphRename {
    EntityKind kind;            /* EK_VIEWPOINT .. EK_INDICATOR */
    const char *old_id, *new_id;   /* interned in the Strat both models share */
} GraphRename;

/* The picture of one strategy, coloured as of ev->as_of. */
void graph_of_model(Graph *g, const Evaluation *ev, const GraphOptions *o);
/* The picture of a revision: the union of both models (loaded into one
 * Strat); either may be NULL (a file added or deleted). */
void graph_of_revision(Graph *g, const Model *old, const Model *new_, const GraphRename *renames,
                       size_t nrenames, const GraphOptions *o);
void graph_free(Graph *g);

/* The writers.  false if writing failed (out's error flag). */
bool graph_write_dot(const Graph *g, FILE *out);
bool graph_write_mermaid(const Graph *g, FILE *out);

/* The picture laid out by Graphviz's dot and rendered as SVG, in-process.
 * standalone: an SVG document (XML declaration and all); else only the
 * <svg> element, to embed in HTML.  On failure returns false with a
 * message in err (Graphviz's layout plugin missing, the DOT rejected). */
bool graph_svg(const Graph *g, bool standalone, char **svg, size_t *len, char *err, size_t errsz);

/* Above this many nodes the reports leave the picture out (Graphviz would
 * take minutes, GitHub renders no Mermaid that large); `stratc graph` has
 * no limit. */
enum { GRAPH_REPORT_MAX_NODES = 400 };

#endif
