/* graph_mermaid.c - the graph as a Mermaid flowchart, which GitHub draws
 * from a ```mermaid block in Markdown (a pull-request comment, a README):
 * the same nodes, frames (subgraphs), edges and colours as the DOT. */
#include "graph_parts.h"

#include <stdlib.h>
#include <string.h>

/* Text inside a quoted label.  Mermaid decodes "#name;" and "#35;"
 * entities and renders labels as HTML, so every character it could read
 * as markup is an entity: quotes, angle brackets, '&', '#', backquotes
 * (Markdown strings), '%' ("%%{" starts a directive), ';' and ':'
 * (Mermaid rewrites "style...:...#...;" before it parses).  A line break
 * is <br>. */
static void esc(FILE *f, const char *s)
{
    for (; *s; s++) {
        switch (*s) {
        case '"':  fputs("#quot;", f); break;
        case '#':  fputs("#35;", f); break;
        case '&':  fputs("#amp;", f); break;
        case '<':  fputs("#lt;", f); break;
        case '>':  fputs("#gt;", f); break;
        case '`':  fputs("#96;", f); break;
        case '%':  fputs("#37;", f); break;
        case ';':  fputs("#59;", f); break;
        case ':':  fputs("#58;", f); break;
        case '\n': fputs("<br>", f); break;
        default:   fputc(*s, f);
        }
    }
}

static void node(FILE *f, const GraphNode *n, const char *indent)
{
    /* goal: stadium, viewpoint: hexagon, sector: subroutine, project:
     * box, indicator: rounded. */
    /* ORDER: GraphNodeKind */
    static const char *const OPEN[] = {"([\"", "{{\"", "[[\"", "[\"", "(\""};
    static const char *const CLOSE[] = {"\"])", "\"}}", "\"]]", "\"]", "\")"};
    fprintf(f, "%s%s%s", indent, n->id, OPEN[n->kind]);
    esc(f, n->title);
    if (n->detail) {
        fputs("<br>", f);
        esc(f, n->detail);
    }
    fprintf(f, "%s\n", CLOSE[n->kind]);
}

/* classDef NAME fill:...,stroke:...,color:... for a look. */
static void class_def(FILE *f, const GraphLook *l)
{
    fprintf(f, "  classDef %s fill:%s,stroke:%s,color:%s%s%s\n", l->cls, l->fill, l->stroke, l->font,
            l->thick ? ",stroke-width:2px" : "", l->dashed ? ",stroke-dasharray:5 3" : "");
}

/* Nodes per class: "class a,b,c st_on_track", each class defined once,
 * in the order first used. */
static void classes(const Graph *g, FILE *f)
{
    const char *done[32];
    uint32_t ndone = 0;
    for (uint32_t i = 0; i < g->nnodes; i++) {
        GraphLook l = graph_look(&g->nodes[i]);
        bool seen = false;
        for (uint32_t k = 0; k < ndone; k++) seen |= strcmp(done[k], l.cls) == 0;
        if (seen || ndone == sizeof done / sizeof *done) continue;
        done[ndone++] = l.cls;
        class_def(f, &l);
        fputs("  class ", f);
        bool first = true;
        for (uint32_t j = i; j < g->nnodes; j++) {
            if (strcmp(graph_look(&g->nodes[j]).cls, l.cls) != 0) continue;
            fprintf(f, "%s%s", first ? "" : ",", g->nodes[j].id);
            first = false;
        }
        fprintf(f, " %s\n", l.cls);
    }
}

/* linkStyle 3,7 stroke:...: the edges of one change, by their numbers. */
static void link_style(const Graph *g, FILE *f, GraphChange c)
{
    bool any = false;
    for (uint32_t i = 0; i < g->nedges; i++) {
        if (g->edges[i].change != c) continue;
        fprintf(f, any ? ",%u" : "  linkStyle %u", i);
        any = true;
    }
    if (any) fprintf(f, " stroke:%s,stroke-width:2px\n", graph_edge_color(c));
}

bool graph_write_mermaid(const Graph *g, FILE *f)
{
    /* No front-matter title: Mermaid's entity decoding reaches into it. */
    fputs("flowchart LR\n", f);
    for (uint32_t i = 0; i < g->nnodes; i++)
        if (g->nodes[i].cluster < 0) node(f, &g->nodes[i], "  ");
    uint32_t *order, *start;
    graph_frames(g, &order, &start);
    for (uint32_t c = 0; c < g->nclusters; c++) {
        fprintf(f, "  subgraph %s [\" \"]\n", g->clusters[c].id);
        for (uint32_t k = start[c]; k < start[c + 1]; k++) node(f, &g->nodes[order[k]], "    ");
        fputs("  end\n", f);
    }
    free(order);
    free(start);
    for (uint32_t i = 0; i < g->nedges; i++) {
        const GraphEdge *e = &g->edges[i];
        fprintf(f, "  %s %s %s\n", g->nodes[e->from].id, e->change == GX_REMOVED ? "-.->" : "-->",
                g->nodes[e->to].id);
    }
    classes(g, f);
    link_style(g, f, GX_ADDED);
    link_style(g, f, GX_REMOVED);
    return !ferror(f);
}
