/* test_graph.c - the logic model graph: its shape on the seed's plan and
 * revision (nodes, edges, frames, colours, what a revision added, removed
 * and renamed), title wrapping, and escaping: any title reads back exactly
 * from the DOT as Graphviz parses it and from the Mermaid labels as
 * Mermaid decodes them. */
#include <criterion/criterion.h>
#include <graphviz/cgraph.h>
#include <stdlib.h>
#include <string.h>

#include "graph_parts.h"
#include "strat.h"
#include "utf8.h"

static Strat S;

static void setup(void) { strat_init(&S, NULL); }
static void teardown(void) { strat_fini(&S); }

TestSuite(graph, .init = setup, .fini = teardown, .timeout = 20);

static const Model *load(const char *path)
{
    Model *m = strat_load(&S, path);
    cr_assert_not_null(m);
    cr_assert_eq(S.diags.errors, 0, "%s must load without errors", path);
    return m;
}

static void model_graph(Graph *g, const Model *m, GraphBy by, bool ja)
{
    GraphOptions o = {.by = by, .ja = ja};
    graph_of_model(g, evaluate(m, m->as_of, &S.arena), &o);
}

static const GraphNode *node(const Graph *g, const char *id)
{
    for (uint32_t i = 0; i < g->nnodes; i++)
        if (strcmp(g->nodes[i].id, id) == 0) return &g->nodes[i];
    cr_assert_fail("no node %s", id);
    return NULL;
}

static const GraphEdge *edge(const Graph *g, const char *from, const char *to)
{
    for (uint32_t i = 0; i < g->nedges; i++)
        if (strcmp(g->nodes[g->edges[i].from].id, from) == 0 && strcmp(g->nodes[g->edges[i].to].id, to) == 0)
            return &g->edges[i];
    return NULL;
}

static uint32_t count_kind(const Graph *g, GraphNodeKind k)
{
    uint32_t n = 0;
    for (uint32_t i = 0; i < g->nnodes; i++) n += g->nodes[i].kind == k;
    return n;
}

Test(graph, seed_shape)
{
    Graph g;
    model_graph(&g, load("examples/yamaguchi-2018.strat"), GRAPH_BY_SECTOR, true);
    /* 1 goal, 2 viewpoints, 9 sectors, 10 projects, 17 indicators. */
    cr_assert_eq(g.nnodes, 39);
    cr_assert_eq(count_kind(&g, GN_VIEWPOINT), 2);
    cr_assert_eq(count_kind(&g, GN_SECTOR), 9);
    cr_assert_eq(count_kind(&g, GN_PROJECT), 10);
    cr_assert_eq(count_kind(&g, GN_INDICATOR), 17);
    /* goal -> 2 viewpoints and 9 sectors; 10 viewpoint references; 14
     * sector references (core_firm_siting names all nine); 17 indicators. */
    cr_assert_eq(g.nedges, 2 + 9 + 10 + 14 + 17);
    cr_assert_eq(g.nclusters, 9);
    cr_assert_not_null(edge(&g, "s_hydrogen", "p_core_firm_siting"));
    cr_assert_not_null(edge(&g, "v_productivity", "p_setouchi"));
    cr_assert_null(edge(&g, "v_open_innovation", "p_setouchi"));
    /* A project goes in the frame of the first sector it names; one with
     * none (industrial_land) and the viewpoints stay outside. */
    const GraphNode *siting = node(&g, "p_core_firm_siting");
    cr_assert_eq(siting->cluster, node(&g, "s_materials")->cluster);
    cr_assert_eq(node(&g, "i_focus_firms_attracted")->cluster, siting->cluster);
    cr_assert_eq(node(&g, "p_industrial_land")->cluster, -1);
    cr_assert_eq(node(&g, "v_productivity")->cluster, -1);
    /* Colours: the report's statuses as of R2.3. */
    cr_assert(node(&g, "p_setouchi")->has_color);
    cr_assert_eq(node(&g, "p_setouchi")->color, ST_ON_TRACK);
    cr_assert_eq(node(&g, "i_startups_attracted")->color, ST_FAR_BELOW);
    cr_assert_str_eq(node(&g, "i_coal_shipping")->detail, "73.3%・概ね目標通り");
    cr_assert_str_eq(node(&g, "p_startups")->detail, "目標を大幅に下回る");
    cr_assert_not(node(&g, "s_materials")->has_color);
    cr_assert_str_eq(g.caption, "基準日: 2020-03-31");
    /* Kinsoku: the goal's 「 goes down with what it opens. */
    const GraphNode *goal = node(&g, "goal");
    cr_assert_null(strstr(goal->title, "「\n"), "%s", goal->title);
    cr_assert_not_null(strstr(goal->title, "\n「戦略的"), "%s", goal->title);
    graph_free(&g);
}

Test(graph, by_viewpoint_and_english)
{
    Graph g;
    model_graph(&g, load("examples/acme-2024.strat"), GRAPH_BY_VIEWPOINT, false);
    cr_assert_eq(g.nclusters, 2);
    const GraphNode *q = node(&g, "p_quality");
    /* quality names customers first: its frame is customers'. */
    cr_assert_eq(q->cluster, node(&g, "v_customers")->cluster);
    cr_assert_eq(node(&g, "s_plants")->cluster, -1);
    cr_assert_str_eq(q->title, "Zero-defect programme");
    cr_assert_str_eq(g.caption, "as of 2025-12-31");
    graph_free(&g);
}

Test(graph, seed_revision)
{
    const Model *old = load("examples/yamaguchi-2018.strat");
    const Model *new_ = load("examples/yamaguchi-2021.strat");
    GraphRename ren = {EK_SECTOR, intern_cstr(S.names, "iot"), intern_cstr(S.names, "future_tech")};
    GraphOptions o = {.by = GRAPH_BY_SECTOR, .ja = true};
    Graph g;
    graph_of_revision(&g, old, new_, &ren, 1, &o);
    cr_assert(g.revision);
    const GraphNode *ft = node(&g, "s_future_tech");
    cr_assert_eq(ft->change, GX_RENAMED);
    cr_assert_str_eq(ft->detail, "旧: ＩｏＴ等関連分野");
    cr_assert_eq(node(&g, "v_dx")->change, GX_ADDED);
    cr_assert_eq(node(&g, "p_setouchi")->change, GX_SAME);
    cr_assert_eq(node(&g, "s_materials")->change, GX_SAME);
    /* The revision has no indicators yet: all 17 are removed, with their edges. */
    uint32_t removed = 0;
    for (uint32_t i = 0; i < g.nnodes; i++)
        if (g.nodes[i].kind == GN_INDICATOR) {
            cr_assert_eq(g.nodes[i].change, GX_REMOVED);
            removed++;
        }
    cr_assert_eq(removed, 17);
    cr_assert_eq(edge(&g, "p_setouchi", "i_coal_shipping")->change, GX_REMOVED);
    cr_assert_eq(edge(&g, "v_dx", "p_iot")->change, GX_ADDED);
    cr_assert_eq(edge(&g, "goal", "v_dx")->change, GX_ADDED);
    /* Renamed, the sector keeps its edges: iot -> future_tech is one node. */
    cr_assert_eq(edge(&g, "s_future_tech", "p_iot")->change, GX_SAME);
    cr_assert_eq(count_kind(&g, GN_SECTOR), 9);
    graph_free(&g);
}

Test(graph, revision_of_nothing)
{
    const Model *new_ = load("examples/yamaguchi-2021.strat");
    GraphOptions o = {.by = GRAPH_BY_SECTOR, .ja = true};
    Graph g;
    graph_of_revision(&g, NULL, new_, NULL, 0, &o);
    for (uint32_t i = 0; i < g.nnodes; i++)
        cr_assert_eq(g.nodes[i].change, g.nodes[i].kind == GN_GOAL ? GX_SAME : GX_ADDED);
    graph_free(&g);
}

/* ---- escaping ----------------------------------------------------------- */

static const char *const HOSTILE[] = {
    "\\\"quoted\\\" & &amp; &lt; <b>x</b>",
    "\\\\N \\\\G \\\\l \\\\ end\\\\",
    "#35; #quot; %%{init: {'theme':'dark'}}%% a;b c:d `code` |pipe| [x] {y} (z)",
    "style:x#35;y; --> A---oB ::: cls <br> end",
    "line\\nbreak 改行\\n「日本語」 ]]> <!-- c -->",
};

static const Model *hostile_model(void)
{
    char src[4096];
    int n = snprintf(src, sizeof src,
                     "strategy h \"H\" {\n  as_of 2024-12\n  period 2024-04 .. 2025-03\n"
                     "  viewpoint v \"%s\"\n  sector s \"%s\"\n"
                     "  project p \"%s\" {\n    sectors s\n    viewpoints v\n"
                     "    indicator i \"%s\" { target 10 by 2025-03\n actual 5 at 2024-12 }\n  }\n"
                     "  project q \"%s\" { }\n}\n",
                     HOSTILE[0], HOSTILE[1], HOSTILE[2], HOSTILE[3], HOSTILE[4]);
    Model *m = strat_load_bytes(&S, "hostile.strat", src, (size_t)n);
    cr_assert_not_null(m);
    cr_assert_eq(S.diags.errors, 0);
    return m;
}

/* What a node shows: its title and detail, lines joined by '\n', with the
 * wrapping undone (a break the wrapper made replaced a space or nothing). */
static char *shown(const GraphNode *n)
{
    size_t len = strlen(n->title) + (n->detail ? strlen(n->detail) + 1 : 0);
    char *s = malloc(len + 1);
    strcpy(s, n->title);
    if (n->detail) {
        strcat(s, "\n");
        strcat(s, n->detail);
    }
    return s;
}

static char *capture(const Graph *g, bool (*write)(const Graph *, FILE *))
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    cr_assert(write(g, f));
    fclose(f);
    return buf;
}

/* A DOT label as Graphviz reads it: \" \\ \n, and &amp;. */
static char *dot_unescape(const char *s)
{
    char *out = malloc(strlen(s) + 1), *o = out;
    for (; *s; s++) {
        if (*s == '\\' && s[1]) {
            s++;
            *o++ = *s == 'n' ? '\n' : *s;
        } else if (strncmp(s, "&amp;", 5) == 0) {
            *o++ = '&';
            s += 4;
        } else {
            cr_assert(*s != '&', "a bare & in a DOT label: %s", s);
            *o++ = *s;
        }
    }
    *o = '\0';
    return out;
}

Test(graph, dot_reads_back_exactly)
{
    Graph g;
    model_graph(&g, hostile_model(), GRAPH_BY_SECTOR, true);
    char *dot = capture(&g, graph_write_dot);
    Agraph_t *ag = agmemread(dot);
    cr_assert_not_null(ag, "Graphviz must accept the DOT:\n%s", dot);
    cr_assert_eq((uint32_t)agnnodes(ag), g.nnodes);
    cr_assert_eq((uint32_t)agnedges(ag), g.nedges);
    for (uint32_t i = 0; i < g.nnodes; i++) {
        Agnode_t *an = agnode(ag, (char *)g.nodes[i].id, 0);
        cr_assert_not_null(an, "node %s", g.nodes[i].id);
        char *label = dot_unescape(agget(an, "label"));
        char *want = shown(&g.nodes[i]);
        cr_assert_str_eq(label, want);
        free(label);
        free(want);
    }
    agclose(ag);
    free(dot);
    graph_free(&g);
}

/* A Mermaid label as Mermaid decodes it: "#name;" and "#NN;" entities,
 * <br> a line break.  Nothing else may look like markup. */
static char *mermaid_unescape(const char *s, size_t n)
{
    static const struct { const char *ent; char c; } E[] = {
        {"quot", '"'}, {"amp", '&'}, {"lt", '<'}, {"gt", '>'}};
    char *out = malloc(n + 1), *o = out;
    for (const char *end = s + n; s < end; s++) {
        cr_assert(*s != '"' && *s != '%' && *s != ';' && *s != ':' && *s != '`' && *s != '>',
                  "raw '%c' in a Mermaid label", *s);
        if (strncmp(s, "<br>", 4) == 0) { *o++ = '\n'; s += 3; continue; }
        cr_assert(*s != '<', "raw '<' in a Mermaid label");
        if (*s != '#') { *o++ = *s; continue; }
        const char *semi = memchr(s, ';', (size_t)(end - s));
        cr_assert_not_null(semi, "'#' without an entity");
        bool found = false;
        if (s[1] >= '0' && s[1] <= '9') {
            *o++ = (char)atoi(s + 1);
            found = true;
        }
        for (size_t k = 0; !found && k < sizeof E / sizeof *E; k++)
            if ((size_t)(semi - s - 1) == strlen(E[k].ent) && strncmp(s + 1, E[k].ent, strlen(E[k].ent)) == 0) {
                *o++ = E[k].c;
                found = true;
            }
        cr_assert(found, "unknown entity at %s", s);
        s = semi;
    }
    *o = '\0';
    return out;
}

Test(graph, mermaid_reads_back_exactly)
{
    Graph g;
    model_graph(&g, hostile_model(), GRAPH_BY_SECTOR, true);
    char *mm = capture(&g, graph_write_mermaid);
    for (uint32_t i = 0; i < g.nnodes; i++) {
        /* "  ID<open>"LABEL"<close>" on a line of its own */
        char key[64];
        snprintf(key, sizeof key, " %s", g.nodes[i].id);
        const char *at = mm;
        while ((at = strstr(at, key)) && !strchr("([{", at[strlen(key)])) at++;
        cr_assert_not_null(at, "node %s", g.nodes[i].id);
        const char *open = strchr(at + strlen(key), '"');
        const char *eol = strchr(open, '\n');
        const char *close = eol - 1;
        while (*close != '"') close--;
        cr_assert(close > open);
        char *label = mermaid_unescape(open + 1, (size_t)(close - open - 1));
        char *want = shown(&g.nodes[i]);
        cr_assert_str_eq(label, want);
        free(label);
        free(want);
    }
    free(mm);
    graph_free(&g);
}

Test(graph, svg_renders_in_process)
{
    Graph g;
    model_graph(&g, hostile_model(), GRAPH_BY_SECTOR, true);
    char *svg, err[512];
    size_t len;
    cr_assert(graph_svg(&g, false, &svg, &len, err, sizeof err), "%s", err);
    cr_assert_eq(strncmp(svg, "<svg", 4), 0);
    cr_assert_null(strstr(svg, "<!--"), "comments are taken out");
    cr_assert_not_null(strstr(svg, "&lt;b&gt;x&lt;/b&gt;"));
    cr_assert_null(strstr(svg, "<b>"));
    free(svg);
    cr_assert(graph_svg(&g, true, &svg, &len, err, sizeof err), "%s", err);
    cr_assert_eq(strncmp(svg, "<?xml", 5), 0);
    free(svg);
    graph_free(&g);
}

/* ---- wrapping ----------------------------------------------------------- */

Test(graph, titles_wrap_by_width_and_kinsoku)
{
    const char *src =
        "strategy w \"W\" {\n"
        "  project p \"地域中核企業等立地促進プロジェクト、ー。長い題名は十四文字ほどで折り返されます\" { }\n"
        "  project e \"An English title is broken at spaces, never inside a word\" { }\n}\n";
    Model *m = strat_load_bytes(&S, "w.strat", src, strlen(src));
    cr_assert_not_null(m);
    Graph g;
    model_graph(&g, m, GRAPH_BY_SECTOR, true);
    for (int k = 0; k < 2; k++) {
        const char *t = node(&g, k ? "p_e" : "p_p")->title;
        size_t lines = 1;
        for (const char *line = t; *line;) {
            const char *nl = strchr(line, '\n');
            size_t n = nl ? (size_t)(nl - line) : strlen(line);
            cr_assert_leq(utf8_width(line, n), 28 + 2, "line too wide: %.*s", (int)n, line);
            cr_assert(strncmp(line, "ー", 3) != 0 && strncmp(line, "、", 3) != 0 && strncmp(line, "。", 3) != 0,
                      "a line starts with punctuation: %s", line);
            cr_assert_neq(*line, ' ');
            if (!nl) break;
            lines++;
            line = nl + 1;
        }
        cr_assert_gt(lines, 1);
    }
    cr_assert_str_eq(node(&g, "p_e")->title, "An English title is\nbroken at spaces,\nnever inside a word");
    graph_free(&g);
}

/* A file with errors may declare an id twice (found by the fuzzer): each
 * entity is still its own node, with an id of its own. */
Test(graph, duplicate_ids_stay_apart)
{
    const char *src = "strategy s \"S\" {\n  sector dup \"A\"\n  sector dup \"B\"\n"
                      "  project p \"P\" { sectors dup\n indicator i \"I\" { target 1 by 2021-03 } }\n"
                      "  project p \"Q\" { indicator i \"J\" { target 1 by 2021-03 } }\n}\n";
    Model *m = strat_load_bytes(&S, "dup.strat", src, strlen(src));
    cr_assert_not_null(m);
    cr_assert_gt(S.diags.errors, 0, "the duplicates are errors");
    Graph g;
    model_graph(&g, m, GRAPH_BY_SECTOR, true);
    for (uint32_t i = 0; i < g.nnodes; i++)
        for (uint32_t j = i + 1; j < g.nnodes; j++)
            cr_assert_str_neq(g.nodes[i].id, g.nodes[j].id);
    char *dot = capture(&g, graph_write_dot);
    Agraph_t *ag = agmemread(dot);
    cr_assert_not_null(ag);
    cr_assert_eq((uint32_t)agnnodes(ag), g.nnodes);
    cr_assert_eq((uint32_t)agnedges(ag), g.nedges);
    agclose(ag);
    free(dot);
    graph_free(&g);
}
