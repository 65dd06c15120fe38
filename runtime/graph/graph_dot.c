/* graph_dot.c - the graph as Graphviz DOT: left to right, goal first, a
 * frame (cluster) per sector or viewpoint holding it, its projects and
 * their indicators.  graph_svg.c lays this very text out. */
#include "graph_parts.h"

#include <stdlib.h>

/* Text inside a quoted DOT string.  Graphviz reads backslash escapes (\n,
 * \l, \N ...) and HTML entities (&amp;) in labels, so a title's backslash
 * and ampersand are escaped too: the label shows exactly the title. */
static void esc(FILE *f, const char *s)
{
    for (; *s; s++) {
        switch (*s) {
        case '"':  fputs("\\\"", f); break;
        case '\\': fputs("\\\\", f); break;
        case '&':  fputs("&amp;", f); break;
        case '\n': fputs("\\n", f); break;
        default:   fputc(*s, f);
        }
    }
}

/* label="TITLE\nDETAIL" */
static void label(FILE *f, const char *title, const char *detail)
{
    fputs("label=\"", f);
    esc(f, title);
    if (detail) {
        fputs("\\n", f);
        esc(f, detail);
    }
    fputc('"', f);
}

static void node(FILE *f, const GraphNode *n, const char *indent)
{
    /* ORDER: GraphNodeKind */
    static const char *const SHAPE[] = {"box", "hexagon", "folder", "box", "box"};
    GraphLook l = graph_look(n);
    fprintf(f, "%s%s [", indent, n->id);
    label(f, n->title, n->detail);
    fprintf(f, ", shape=%s, style=\"filled%s%s\", fillcolor=\"%s\", color=\"%s\", fontcolor=\"%s\"",
            SHAPE[n->kind], n->kind == GN_GOAL || n->kind == GN_INDICATOR ? ",rounded" : "",
            l.dashed ? ",dashed" : "", l.fill, l.stroke, l.font);
    if (l.thick) fputs(", penwidth=2", f);
    if (n->kind == GN_INDICATOR) fputs(", fontsize=10", f);
    fputs("];\n", f);
}

bool graph_write_dot(const Graph *g, FILE *f)
{
    fputs("digraph strategy {\n", f);
    fputs("  graph [rankdir=LR, charset=\"UTF-8\", fontname=\"Helvetica,Arial,sans-serif\", "
          "fontsize=16, labelloc=t, nodesep=0.12, ranksep=0.45, ", f);
    label(f, g->name ? g->name : "", g->caption);
    fputs("];\n", f);
    fputs("  node [fontname=\"Helvetica,Arial,sans-serif\", fontsize=11, margin=\"0.12,0.05\"];\n", f);
    fputs("  edge [color=\"#8c959f\", arrowsize=0.6];\n", f);
    for (uint32_t i = 0; i < g->nnodes; i++)
        if (g->nodes[i].cluster < 0) node(f, &g->nodes[i], "  ");
    uint32_t *order, *start;
    graph_frames(g, &order, &start);
    for (uint32_t c = 0; c < g->nclusters; c++) {
        /* The frame is the sector's (viewpoint's): dashed when it was removed. */
        const GraphNode *head = &g->nodes[g->clusters[c].node];
        fprintf(f, "  subgraph cluster_%s {\n    graph [label=\"\", style=\"rounded%s\", color=\"%s\"];\n",
                g->clusters[c].id, head->change == GX_REMOVED ? ",dashed" : "",
                head->change == GX_SAME ? "#d0d7de" : graph_look(head).stroke);
        for (uint32_t k = start[c]; k < start[c + 1]; k++) node(f, &g->nodes[order[k]], "    ");
        fputs("  }\n", f);
    }
    free(start);
    free(order);
    for (uint32_t i = 0; i < g->nedges; i++) {
        const GraphEdge *e = &g->edges[i];
        fprintf(f, "  %s -> %s", g->nodes[e->from].id, g->nodes[e->to].id);
        if (e->change == GX_ADDED) fprintf(f, " [color=\"%s\", penwidth=1.6]", graph_edge_color(e->change));
        else if (e->change == GX_REMOVED)
            fprintf(f, " [color=\"%s\", style=dashed, penwidth=1.6]", graph_edge_color(e->change));
        fputs(";\n", f);
    }
    fputs("}\n", f);
    return !ferror(f);
}
