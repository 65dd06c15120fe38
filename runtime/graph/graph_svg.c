/* graph_svg.c - the graph laid out and rendered as SVG in-process, by the
 * Graphviz library (cgraph + gvc): no `dot` program is needed.
 *
 * gvc finds its layout and render engines as plugins.  Left to itself
 * (gvContext) it loads every plugin its config file lists - none if `dot
 * -c` never ran, and pango, which measures text with whatever fonts the
 * machine has.  So the two plugins needed, dot_layout and core (the SVG
 * renderer), are opened here and handed to gvContextPlugins as built-ins:
 * the same text sizes, hence the same picture, on every machine with this
 * Graphviz.  Only when they cannot be opened is the config tried; when no
 * dot layout is found either, the error says so. */
#include "i18n.h"
#include "graph_parts.h"
#include "intern.h"

#include <dlfcn.h>
#include <graphviz/gvc.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#ifndef GRAPHVIZ_PLUGIN_DIR
#define GRAPHVIZ_PLUGIN_DIR "/usr/lib/x86_64-linux-gnu/graphviz"
#endif

typedef struct Engine {
    GVC_t *gvc;
    void *dl[2];
} Engine;

/* A plugin library: the versioned name a runtime package installs, else
 * the development symlink; in $GVBINDIR if set (Graphviz's own variable
 * for where its plugins are), else where the build found them. */
static void *open_plugin(const char *name, char *err, size_t errsz)
{
    static const char *const SUFFIX[] = {".so.6", ".so"};
    const char *dir = getenv("GVBINDIR");
    if (!dir || !*dir) dir = GRAPHVIZ_PLUGIN_DIR;
    for (size_t i = 0; i < 2; i++) {
        char path[1024];
        snprintf(path, sizeof path, "%s/libgvplugin_%s%s", dir, name, SUFFIX[i]);
        void *h = dlopen(path, RTLD_NOW | RTLD_LOCAL);
        if (h) return h;
        if (i == 0) {
            const char *e = dlerror();
            if (!e) e = path;
            size_t n = strlen(e) < errsz ? strlen(e) : errsz - 1;   /* truncated if need be */
            memcpy(err, e, n);
            err[n] = '\0';
        }
    }
    return NULL;
}

static bool has_dot_layout(GVC_t *gvc)
{
    int n = 0;
    char **list = gvPluginList(gvc, "layout", &n, NULL);
    bool found = false;
    for (int i = 0; i < n; i++) {
        if (strcmp(list[i], "dot") == 0) found = true;
        free(list[i]);
    }
    free(list);
    return found;
}

static bool engine_open(Engine *en, char *err, size_t errsz)
{
    memset(en, 0, sizeof *en);
    char why[256] = "";
    en->dl[0] = open_plugin("dot_layout", why, sizeof why);
    en->dl[1] = en->dl[0] ? open_plugin("core", why, sizeof why) : NULL;
    if (en->dl[0] && en->dl[1]) {
        lt_symlist_t builtins[] = {
            {"gvplugin_dot_layout_LTX_library", dlsym(en->dl[0], "gvplugin_dot_layout_LTX_library")},
            {"gvplugin_core_LTX_library", dlsym(en->dl[1], "gvplugin_core_LTX_library")},
            {NULL, NULL}};
        if (builtins[0].address && builtins[1].address) {
            en->gvc = gvContextPlugins(builtins, 0);
            if (en->gvc && has_dot_layout(en->gvc)) return true;
            if (en->gvc) gvFreeContext(en->gvc);
        }
    }
    /* The plugins Graphviz's own configuration lists. */
    en->gvc = gvContext();
    if (en->gvc && has_dot_layout(en->gvc)) return true;
    if (en->gvc) gvFreeContext(en->gvc);
    en->gvc = NULL;
    snprintf(err, errsz,
             _("Graphviz's dot layout is not available (%s); install Graphviz's plugins "
               "(Debian: libgvc6) or register them with `dot -c`"),
             *why ? why : _("no dot layout plugin is configured"));
    return false;
}

/* The plugins stay loaded: dot_layout keeps work arrays in static
 * variables from one layout to the next, which unloading would leave
 * unreachable (and a second dlopen returns the same handle anyway). */
static void engine_close(Engine *en)
{
    if (en->gvc) gvFreeContext(en->gvc);
}

/* Graphviz's SVG without its comments (the version that made it, node
 * names) and, to embed, without what precedes <svg>. */
static char *tidy(const char *s, size_t n, bool standalone, size_t *len)
{
    char *out = malloc(n + 1), *o = out;
    if (!out) return NULL;
    const char *end = s + n;
    if (!standalone) {
        const char *svg = strstr(s, "<svg");
        if (svg) s = svg;
    }
    while (s < end) {
        if (end - s >= 4 && memcmp(s, "<!--", 4) == 0) {
            const char *close = strstr(s + 4, "-->");
            if (!close) break;
            bool line_start = o == out || o[-1] == '\n';
            s = close + 3;
            if (line_start && s < end && *s == '\n') s++;
            continue;
        }
        *o++ = *s++;
    }
    *o = '\0';
    *len = (size_t)(o - out);
    return out;
}

/* Object ids in the order of creation.  cgraph's own discipline makes a
 * named object's id the address of its interned name, and keeps subgraphs
 * in id order: the frames would be laid out and drawn in an order that
 * depends on the heap (it does differ under ASan).  Here a name gets the
 * next number the first time it is seen; the names are ours, so freed
 * with the graph (cgraph 2.42's internal name map leaks its entries). */
typedef struct SeqIds {
    Agdisc_t disc;
    Agiddisc_t id;
    IDTYPE next;
    Interner names;
    PtrMap id_of;               /* interned name -> id */
    PtrMap name_of;             /* id -> interned name */
} SeqIds;

static void *seq_open(Agraph_t *g, Agdisc_t *disc)
{
    (void)g;
    return (char *)disc - offsetof(SeqIds, disc);
}

static long seq_map(void *state, int objtype, char *str, IDTYPE *id, int createflag)
{
    (void)objtype;
    SeqIds *s = state;
    if (!str) {
        *id = s->next += 2;     /* anonymous: odd, as cgraph's are */
        return 1;
    }
    const char *name = intern_cstr(&s->names, str);
    uintptr_t known = (uintptr_t)ptrmap_get(&s->id_of, name);
    if (known) {
        *id = known;
        return 1;
    }
    if (!createflag) return 0;
    *id = s->next += 2;
    ptrmap_put(&s->id_of, name, (void *)(uintptr_t)*id);
    ptrmap_put(&s->name_of, (void *)(uintptr_t)*id, (void *)name);
    return 1;
}

static long seq_alloc(void *state, int objtype, IDTYPE id)
{
    (void)state, (void)objtype, (void)id;
    return 0;
}

static char *seq_print(void *state, int objtype, IDTYPE id)
{
    (void)objtype;
    SeqIds *s = state;
    return ptrmap_get(&s->name_of, (void *)(uintptr_t)id);
}

static void seq_free(void *state, int objtype, IDTYPE id) { (void)state, (void)objtype, (void)id; }
static void seq_close(void *state) { (void)state; }
static void seq_register(void *state, int objtype, void *obj) { (void)state, (void)objtype, (void)obj; }

/* The DOT parsed with those ids; s outlives the graph, then seq_fini(s). */
static Agraph_t *read_dot(SeqIds *s, const char *dot, size_t len)
{
    *s = (SeqIds){.disc = {&AgMemDisc, NULL, &AgIoDisc},
                  .id = {seq_open, seq_map, seq_alloc, seq_free, seq_print, seq_close, seq_register},
                  .next = 1};
    s->disc.id = &s->id;
    intern_init(&s->names);
    ptrmap_init(&s->id_of);
    ptrmap_init(&s->name_of);
    FILE *f = fmemopen((void *)dot, len, "r");
    if (!f) return NULL;
    Agraph_t *g = agread(f, &s->disc);
    fclose(f);
    return g;
}

static void seq_fini(SeqIds *s)
{
    intern_free(&s->names);
    ptrmap_free(&s->id_of);
    ptrmap_free(&s->name_of);
}

/* "PREFIX: Graphviz's last message" (aglasterr's copy is ours to free). */
static void last_error(char *err, size_t errsz, const char *prefix)
{
    char *e = aglasterr();
    size_t n = e ? strlen(e) : 0;
    while (n && (e[n - 1] == '\n' || e[n - 1] == ' ')) n--;
    if (n) snprintf(err, errsz, "%s: %.*s", prefix, (int)n, e);
    else snprintf(err, errsz, "%s", prefix);
    free(e);
}

bool graph_svg(const Graph *g, bool standalone, char **svg, size_t *len, char *err, size_t errsz)
{
    *svg = NULL;
    *len = 0;
    char *dot = NULL;
    size_t dotlen = 0;
    FILE *mem = open_memstream(&dot, &dotlen);
    if (!mem) {
        snprintf(err, errsz, "%s", _("out of memory"));
        return false;
    }
    bool ok = graph_write_dot(g, mem);
    if (fclose(mem) != 0 || !ok) {
        free(dot);
        snprintf(err, errsz, "%s", _("out of memory"));
        return false;
    }
    Engine en;
    if (!engine_open(&en, err, errsz)) {
        free(dot);
        return false;
    }
    /* Graphviz prints its errors and warnings on stderr unless told not
     * to; the last one is asked for if something fails. */
    agerrlevel_t was = agseterr(AGMAX);
    ok = false;
    SeqIds ids;
    Agraph_t *ag = read_dot(&ids, dot, dotlen);
    if (!ag) {
        last_error(err, errsz, _("Graphviz rejected the graph"));
    } else if (gvLayout(en.gvc, ag, "dot") != 0) {
        last_error(err, errsz, _("Graphviz could not lay the graph out"));
        agclose(ag);
    } else {
        char *data = NULL;
        unsigned int n = 0;
        if (gvRenderData(en.gvc, ag, "svg", &data, &n) != 0 || !data) {
            snprintf(err, errsz, "%s", _("Graphviz could not render SVG (its core plugin is missing)"));
        } else {
            *svg = tidy(data, n, standalone, len);
            ok = *svg != NULL;
            if (!ok) snprintf(err, errsz, "%s", _("out of memory"));
        }
        if (data) gvFreeRenderData(data);
        gvFreeLayout(en.gvc, ag);
        agclose(ag);
    }
    seq_fini(&ids);
    agseterr(was);
    engine_close(&en);
    free(dot);
    return ok;
}
