/* graph_build.c - the neutral graph of a model: nodes for the goal,
 * viewpoints, sectors, projects and indicators; edges from the references
 * the file makes (a project's sectors and viewpoints, its indicators) and
 * from the goal to every viewpoint and sector; frames per sector or
 * viewpoint.  Projects and indicators take their status's colour. */
#include "graph_parts.h"
#include "date.h"
#include "grade.h"
#include "utf8.h"
#include "xalloc.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Titles wrap at about this many columns (14 Japanese characters); the
 * goal, a sentence or two, at more. */
enum { WRAP_COLS = 28, WRAP_GOAL = 44, WRAP_NAME = 80 };

void gb_init(GraphBuild *b, Graph *g, const GraphOptions *o, const char *name)
{
    memset(g, 0, sizeof *g);
    arena_init(&g->arena);
    g->ja = o->ja;
    g->name = name;
    memset(b, 0, sizeof *b);
    b->g = g;
    b->o = o;
    ptrmap_init(&b->node_of);
    ptrmap_init(&b->edge_of);
}

void gb_fini(GraphBuild *b)
{
    ptrmap_free(&b->node_of);
    ptrmap_free(&b->edge_of);
    free(b->edge_sides);
}

void graph_free(Graph *g)
{
    free(g->nodes);
    free(g->edges);
    free(g->clusters);
    arena_free(&g->arena);
    memset(g, 0, sizeof *g);
}

/* Characters a Japanese line does not start with (kinsoku): closing
 * brackets, punctuation, small kana, the long vowel mark; and ASCII's
 * closing punctuation. */
static bool no_line_start(int32_t cp)
{
    static const char SET[] = "、。，．・：；？！ー）」』】〕〉》ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々"
                              "）］｝";
    if (cp < 0x80) return cp && strchr(")]},.:;!?", (int)cp) != NULL;
    char b[4];
    int n = cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (n != 3) return false;
    b[0] = (char)(0xE0 | (cp >> 12));
    b[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
    b[2] = (char)(0x80 | (cp & 0x3F));
    b[3] = '\0';
    return strstr(SET, b) != NULL;
}

/* Lines of about `cols` columns: broken at a space when one is near, else
 * between any two characters (Japanese has no spaces).  Line breaks in the
 * text stay; other control characters become spaces and invalid bytes
 * U+FFFD, so every writer gets valid UTF-8 without controls. */
/* Opening brackets: a line does not end with one. */
static bool no_line_end(int32_t cp)
{
    static const int32_t SET[] = {'(', '[', '{', 0x300C, 0x300E, 0xFF08, 0x3010, 0x3014, 0x3008, 0x300A,
                                  0xFF3B, 0xFF5B, 0x201C, 0x2018};
    for (size_t i = 0; i < sizeof SET / sizeof *SET; i++)
        if (SET[i] == cp) return true;
    return false;
}

/* The width to break a paragraph at: lines of even length, not a full
 * line and a short remnant ("...プロジェ" / "クト"). */
static size_t balanced(const char *s, size_t len, size_t cols)
{
    size_t n = 0;
    while (n < len && s[n] != '\n' && s[n] != '\r') n++;
    size_t w = utf8_width(s, n);
    if (w <= cols) return cols;
    size_t lines = (w + cols - 1) / cols;
    return (w + lines - 1) / lines + 1;
}

static const char *wrap(Arena *a, const char *s, size_t len, size_t max)
{
    char *out = arena_alloc(a, len * 4 + 2), *o = out;   /* U+FFFD for a byte, and breaks */
    size_t line = 0, since_space = 0, cols = balanced(s, len, max);
    char *space = NULL;                 /* the current line's last space */
    char *prev = NULL;                  /* where the last character written starts */
    int32_t prev_cp = 0;
    size_t prev_w = 0;
    for (size_t i = 0; i < len;) {
        int32_t cp;
        int n = utf8_decode(s + i, len - i, &cp);
        const char *bytes = s + i;
        if (n < 0) { n = 1; cp = 0xFFFD; bytes = "\xEF\xBF\xBD"; }
        i += (size_t)n;
        if (cp == '\r' && i < len && s[i] == '\n') continue;
        if (cp == '\n' || cp == '\r') {
            *o++ = '\n';
            line = since_space = 0;
            space = prev = NULL;
            cols = balanced(s + i, len - i, max);
            continue;
        }
        int blen = cp == 0xFFFD && bytes[0] == '\xEF' ? 3 : n;
        if (cp < 0x20 || cp == 0x7f) { cp = ' '; bytes = " "; blen = 1; }
        size_t w = cp < 0x80 ? 1 : utf8_width(bytes, (size_t)blen);
        if (line > 0 && line + w > cols && !no_line_start(cp)) {
            if (space && (since_space <= cols / 2 || cp < 0x80)) {
                *space = '\n';
                line = since_space;
            } else if (cp != ' ' && prev && no_line_end(prev_cp) && prev > out && prev[-1] != '\n') {
                /* The opening bracket goes down with what it opens. */
                memmove(prev + 1, prev, (size_t)(o - prev));
                *prev = '\n';
                o++;
                line = prev_w;
            } else if (cp != ' ') {
                *o++ = '\n';
                line = 0;
            }
            space = NULL;
            since_space = line;
        }
        if (cp == ' ' && line == 0 && o > out) continue;    /* no space to start a line */
        memcpy(o, bytes, (size_t)blen);
        prev = o;
        prev_cp = cp;
        prev_w = w;
        if (cp == ' ') { space = o; since_space = 0; }
        else since_space += w;
        o += blen;
        line += w;
    }
    *o = '\0';
    return out;
}

const char *gb_title(GraphBuild *b, const Entity *e)
{
    const Text *t = ent_title_in(e, b->o->ja);
    const char *id = ent_id(e)->name;
    if (!t->bytes) return id ? wrap(&b->g->arena, id, strlen(id), WRAP_COLS) : "";
    return wrap(&b->g->arena, t->bytes, t->len, WRAP_COLS);
}

const char *gb_name(GraphBuild *b, const Entity *e)
{
    const Text *t = ent_title_in(e, b->o->ja);
    const char *id = ent_id(e)->name;
    const char *s = t->bytes ? t->bytes : id ? id : "";
    return wrap(&b->g->arena, s, t->bytes ? t->len : strlen(s), WRAP_NAME);
}

static bool ascii_id(const char *s)
{
    if (!*s) return false;
    for (; *s; s++)
        if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9') || *s == '_'))
            return false;
    return true;
}

static uint32_t add_node(GraphBuild *b, GraphNodeKind kind, const char *title)
{
    Graph *g = b->g;
    XGROW(g->nodes, g->cap_nodes, g->nnodes + 1);
    GraphNode *n = &g->nodes[g->nnodes];
    memset(n, 0, sizeof *n);
    n->kind = kind;
    n->title = title;
    n->cluster = -1;
    return g->nnodes++;
}

/* "p_setouchi": the entity's id when it is plain ASCII, else the node's
 * number ("p12"); "px12" when a removed entity's id is taken by another. */
static const char *node_id(GraphBuild *b, GraphNodeKind kind, const Entity *e, uint32_t idx, bool taken)
{
    static const char PREFIX[] = "gvspi";   /* ORDER: GraphNodeKind */
    const char *id = ent_id(e)->name;
    if (!taken && id && ascii_id(id)) return arena_printf(&b->g->arena, "%c_%s", PREFIX[kind], id);
    return arena_printf(&b->g->arena, "%c%s%u", PREFIX[kind], taken ? "x" : "", idx);
}

static void add_edge(GraphBuild *b, uint32_t from, uint32_t to, int side)
{
    Graph *g = b->g;
    const void *key = (const void *)(uintptr_t)((((uint64_t)from << 32) | to) + 1);
    uintptr_t at = (uintptr_t)ptrmap_get(&b->edge_of, key);
    if (at) {
        b->edge_sides[at - 1] |= (uint8_t)side;
        return;
    }
    XGROW(g->edges, g->cap_edges, g->nedges + 1);
    XGROW(b->edge_sides, b->cap_sides, g->nedges + 1);
    g->edges[g->nedges] = (GraphEdge){from, to, GX_SAME};
    b->edge_sides[g->nedges] = (uint8_t)side;
    ptrmap_put(&b->edge_of, key, (void *)(uintptr_t)(++g->nedges));
}

uint32_t gb_node_of(const GraphBuild *b, const Entity *e)
{
    return (uint32_t)((uintptr_t)ptrmap_get(&b->node_of, e) - 1);   /* UINT32_MAX: none */
}

const PtrMap *gb_model_ids(const Model *m, EntityKind k)
{
    switch (k) {
    case EK_VIEWPOINT: return &m->viewpoint_by_id;
    case EK_SECTOR:    return &m->sector_by_id;
    case EK_PROJECT:   return &m->project_by_id;
    default:           return &m->indicator_by_id;
    }
}

/* The node of an entity: a new one, or (old side) its match's. */
static uint32_t entity_node(GraphBuild *b, const Model *m, GraphNodeKind kind, const Entity *e, int side)
{
    uint32_t n;
    const Entity *same = side == SIDE_OLD ? b->match(b, e) : NULL;
    if (same) {
        n = gb_node_of(b, same);
    } else {
        n = add_node(b, kind, gb_title(b, e));
        /* An id another entity has: a duplicate (a file with errors), or a
         * removed entity's id that a new one has (one renamed into its place). */
        const char *id = ent_id(e)->name;
        bool taken = id && (ptrmap_get(gb_model_ids(m, e->kind), id) != e ||
                            (side == SIDE_OLD && b->newer && ptrmap_get(gb_model_ids(b->newer, e->kind), id)));
        b->g->nodes[n].id = node_id(b, kind, e, n, taken);
        if (side == SIDE_OLD) b->g->nodes[n].change = GX_REMOVED;
        if (kind == GN_SECTOR || kind == GN_VIEWPOINT) {
            bool frames = (kind == GN_SECTOR) == (b->o->by == GRAPH_BY_SECTOR);
            if (frames) {
                Graph *g = b->g;
                XGROW(g->clusters, g->cap_clusters, g->nclusters + 1);
                g->clusters[g->nclusters] = (GraphCluster){arena_printf(&g->arena, "c_%s", g->nodes[n].id), n};
                g->nodes[n].cluster = (int32_t)g->nclusters++;
            }
        }
    }
    ptrmap_put(&b->node_of, e, (void *)(uintptr_t)(n + 1));
    return n;
}

/* The frame a project goes in: that of the first sector (viewpoint) it names. */
static int32_t project_cluster(GraphBuild *b, const Project *p)
{
    const Ref *refs = b->o->by == GRAPH_BY_SECTOR ? p->sectors : p->viewpoints;
    uint32_t n = b->o->by == GRAPH_BY_SECTOR ? p->nsectors : p->nviewpoints;
    for (uint32_t i = 0; i < n; i++) {
        uint32_t k = refs[i].target ? gb_node_of(b, refs[i].target) : UINT32_MAX;
        if (k != UINT32_MAX) return b->g->nodes[k].cluster;
    }
    return -1;
}

static void refs_to(GraphBuild *b, const Ref *refs, uint32_t n, uint32_t project, int side)
{
    for (uint32_t i = 0; i < n; i++) {
        uint32_t k = refs[i].target ? gb_node_of(b, refs[i].target) : UINT32_MAX;
        if (k != UINT32_MAX) add_edge(b, k, project, side);
    }
}

void gb_walk(GraphBuild *b, const Model *m, int side)
{
    Graph *g = b->g;
    if (side != SIDE_OLD || g->nnodes == 0) {
        const char *t = m->goal && m->goal->u.txt.text.bytes
            ? wrap(&g->arena, m->goal->u.txt.text.bytes, m->goal->u.txt.text.len, WRAP_GOAL)
            : gb_title(b, &m->e);
        b->root = add_node(b, GN_GOAL, t);
        g->nodes[b->root].id = "goal";
    }
    for (uint32_t i = 0; i < m->nviewpoints; i++)
        add_edge(b, b->root, entity_node(b, m, GN_VIEWPOINT, &m->viewpoints[i]->e, side), side);
    for (uint32_t i = 0; i < m->nsectors; i++)
        add_edge(b, b->root, entity_node(b, m, GN_SECTOR, &m->sectors[i]->e, side), side);
    for (uint32_t i = 0; i < m->nprojects; i++) {
        const Project *p = m->projects[i];
        bool existed = side == SIDE_OLD && b->match(b, &p->e);
        uint32_t n = entity_node(b, m, GN_PROJECT, &p->e, side);
        if (!existed) g->nodes[n].cluster = project_cluster(b, p);
        refs_to(b, p->viewpoints, p->nviewpoints, n, side);
        refs_to(b, p->sectors, p->nsectors, n, side);
        for (uint32_t j = 0; j < p->nindicators; j++) {
            const Indicator *ind = p->indicators[j];
            bool had = side == SIDE_OLD && b->match(b, &ind->e);
            uint32_t k = entity_node(b, m, GN_INDICATOR, &ind->e, side);
            if (!had) g->nodes[k].cluster = g->nodes[n].cluster;
            add_edge(b, n, k, side);
        }
    }
}

/* "73.3%": one decimal, ".0" dropped, as the report writes rates. */
static const char *percent(Arena *a, double fraction)
{
    double v = round(fraction * 1000) / 10;
    char *s = arena_printf(a, "%.1f", v == 0 ? 0 : v);
    size_t n = strlen(s);
    if (n > 2 && strcmp(s + n - 2, ".0") == 0) s[n - 2] = '\0';
    return arena_printf(a, "%s%%", s);
}

void graph_of_model(Graph *g, const Evaluation *ev, const GraphOptions *o)
{
    const Model *m = ev->model;
    GraphBuild b;
    gb_init(&b, g, o, NULL);
    g->name = gb_name(&b, &m->e);
    char iso[16];
    date_iso(ev->as_of, iso);
    g->caption = arena_printf(&g->arena, o->ja ? "基準日: %s" : "as of %s", iso);
    gb_walk(&b, m, SIDE_NEW);
    const Grading *gr = ev->grading;          /* the evaluator graded them */
    for (uint32_t i = 0; i < m->nprojects; i++) {
        GraphNode *n = &g->nodes[gb_node_of(&b, &m->projects[i]->e)];
        int grade = gr->projects[i];
        n->has_color = true;
        n->color = grade_color(gr, grade);
        n->detail = arena_strdup(&g->arena, grade_label(gr->scale, grade, o->ja));
    }
    for (uint32_t i = 0; i < m->nindicators; i++) {
        const IndicatorEval *e = &ev->indicators[i];
        GraphNode *n = &g->nodes[gb_node_of(&b, &m->indicators[i]->e)];
        int grade = gr->indicators[i];
        n->has_color = true;
        n->color = grade_color(gr, grade);
        const char *label = grade_label(gr->scale, grade, o->ja);
        n->detail = e->has_rate ? arena_printf(&g->arena, o->ja ? "%s・%s" : "%s · %s",
                                               percent(&g->arena, e->rate), label)
                                : arena_strdup(&g->arena, label);
    }
    gb_fini(&b);
}
