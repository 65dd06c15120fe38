/* graph_look.c - what the DOT, SVG and Mermaid writers share: node and
 * edge colours, and the nodes grouped frame by frame. */
#include "graph_parts.h"
#include "grade.h"
#include "xalloc.h"

GraphLook graph_look(const GraphNode *n)
{
    /* ORDER: GraphNodeKind */
    static const char *const KIND[] = {"k_goal", "k_viewpoint", "k_sector", "k_project", "k_indicator"};
    /* ORDER: Status */
    static const char *const ST[ST__COUNT] = {"st_exceeded", "st_achieved", "st_on_track",
                                              "st_below", "st_far_below", "st_no_data"};
    GraphLook l = {"#ffffff", "#57606a", "#1f2328", KIND[n->kind], false, false};
    switch (n->change) {
    case GX_ADDED:   return (GraphLook){"#dafbe1", "#1a7f37", "#1f2328", "added", false, true};
    case GX_REMOVED: return (GraphLook){"#ffebe9", "#cf222e", "#1f2328", "removed", true, true};
    case GX_RENAMED: return (GraphLook){"#fff8c5", "#9a6700", "#1f2328", "renamed", false, true};
    case GX_SAME: break;
    }
    if (n->has_color) {
        l.fill = l.stroke = status_color(n->color);
        l.font = "#ffffff";
        l.cls = ST[n->color < ST__COUNT ? n->color : ST_NO_DATA];
        return l;
    }
    if (n->kind == GN_GOAL) { l.fill = "#f6f8fa"; l.stroke = "#1f2328"; l.thick = true; }
    else if (n->kind == GN_VIEWPOINT) l.fill = "#ddf4ff";
    else if (n->kind == GN_SECTOR) l.fill = "#f6f8fa";
    return l;
}

const char *graph_edge_color(GraphChange c)
{
    return c == GX_ADDED ? "#1a7f37" : c == GX_REMOVED ? "#cf222e" : "#8c959f";
}

void graph_frames(const Graph *g, uint32_t **order_out, uint32_t **start_out)
{
    uint32_t *start = xcalloc((size_t)g->nclusters + 2, sizeof *start);
    uint32_t *order = xmalloc(((size_t)g->nnodes + 1) * sizeof *order);
    for (uint32_t i = 0; i < g->nnodes; i++)
        if (g->nodes[i].cluster >= 0) start[g->nodes[i].cluster + 2]++;
    /* start[c + 2] counts frame c; summed, start[c + 1] is where c begins
     * and is advanced as c's nodes are placed, ending where c + 1 begins. */
    for (uint32_t c = 0; c < g->nclusters; c++) start[c + 2] += start[c + 1];
    for (uint32_t i = 0; i < g->nnodes; i++)
        if (g->nodes[i].cluster >= 0) order[start[g->nodes[i].cluster + 1]++] = i;
    *order_out = order;
    *start_out = start;
}
