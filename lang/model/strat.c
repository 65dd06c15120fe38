/* strat.c - sessions: loading, parsing and resolving strategies. */
#include "strat.h"
#include "parse.h"
#include "xalloc.h"

#include <stdlib.h>
#include <string.h>

/* A session over the given interner and sources (its own, or shared). */
static void init(Strat *s, const StratOptions *opt, Interner *names, SrcSet *src)
{
    memset(s, 0, sizeof *s);
    if (opt) s->opt = *opt;
    arena_init(&s->arena);
    s->names = names;
    s->src = src;
    diag_init(&s->diags, s->src);
    s->diags.strict = s->opt.strict;
}

void strat_init(Strat *s, const StratOptions *opt)
{
    init(s, opt, &s->names_own, &s->src_own);
    intern_init(&s->names_own);
    src_init(&s->src_own);
}

void strat_init_sharing(Strat *s, const StratOptions *opt, Strat *with)
{
    init(s, opt, with->names, with->src);
    intern_share(s->names);
    src_share(s->src);
    s->rank = with->rank + 1;
}

void strat_adopt(Strat *into, Strat *from)
{
    arena_adopt(&into->arena, &from->arena);
    for (size_t i = 0; i < from->diags.n; i++) {
        Diag *g = from->diags.items[i];
        g->seq += into->diags.n;       /* after into's own, in their order */
        XGROW(into->diags.items, into->diags.cap, into->diags.n + 1);
        into->diags.items[into->diags.n++] = g;
    }
    into->diags.errors += from->diags.errors;
    into->diags.warnings += from->diags.warnings;
    from->diags.n = 0;
    from->diags.errors = from->diags.warnings = 0;
    for (size_t i = 0; i < from->nmodels; i++) {
        XGROW(into->models, into->capmodels, into->nmodels + 1);
        into->models[into->nmodels++] = from->models[i];
    }
    from->nmodels = 0;
    into->io_errors += from->io_errors;
    from->io_errors = 0;
}

void strat_fini(Strat *s)
{
    for (size_t i = 0; i < s->nmodels; i++) {
        Model *m = s->models[i];
        ptrmap_free(&m->viewpoint_by_id);
        ptrmap_free(&m->sector_by_id);
        ptrmap_free(&m->project_by_id);
        ptrmap_free(&m->indicator_by_id);
    }
    free(s->models);
    diag_free(&s->diags);
    if (s->src == &s->src_own) src_free(&s->src_own);
    if (s->names == &s->names_own) intern_free(&s->names_own);
    arena_free(&s->arena);
}

AstFile *parse_file(Strat *s, uint32_t file, bool is_include)
{
    return parse_source(&s->arena, s->names, &s->diags, s->src, file, is_include);
}

Model *strat_load(Strat *s, const char *path)
{
    uint32_t id;
    if (!src_load_path(s, path, NULL, &id)) return NULL;
    return resolve(s, parse_file(s, id, false));
}

Model *strat_load_bytes(Strat *s, const char *name, const char *bytes, size_t len)
{
    uint32_t id;
    if (!src_load_bytes(s, name, NULL, bytes, len, &id)) return NULL;
    return resolve(s, parse_file(s, id, false));
}
