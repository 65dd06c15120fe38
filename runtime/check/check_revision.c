/* check_revision.c - a revision and the strategy it revises: the file is
 * readable, has the same strategy id, a period that follows, and every
 * renamed_from names an id that existed there. */
#include "check_ctx.h"
#include "fileio.h"
#include "i18n.h"
#include "suggest.h"
#include "xalloc.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

/* Loads the revised file into the same session, then replaces its own
 * diagnostics (they belong to another check run) by at most one finding. */
static Model *load_revised(CheckCtx *c)
{
    Strat *s = c->s;
    const Model *m = c->m;
    size_t n0 = s->diags.n;
    int io0 = s->io_errors;
    /* not a device or FIFO: /dev/zero would be read up to the size limit */
    FileKind k = file_kind(m->revises_path);
    if (k != FILE_REGULAR && k != FILE_MISSING) {
        check_add(c, "revises-unreadable", m->revises->u.txt.text.span,
                  "the revised strategy '%s' is not a regular file", m->revises_path);
        return NULL;
    }
    bool werror = s->diags.werror;
    s->diags.werror = false;
    Model *old = strat_load(s, m->revises_path);
    s->diags.werror = werror;
    s->io_errors = io0;
    size_t errors = 0;
    const Diag *first = NULL;
    for (size_t i = n0; i < s->diags.n; i++) {
        if (s->diags.items[i]->sev != SEV_ERROR) continue;
        if (!first) first = s->diags.items[i];
        errors++;
    }
    if (!errors) { diag_truncate(&s->diags, n0); return old; }
    /* Copy what the summary needs before the originals are freed. */
    char *msg = first->msg ? xstrdup(first->msg) : NULL;
    bool located = first->located;
    Span fs = first->span;
    diag_truncate(&s->diags, n0);
    Span at = m->revises->u.txt.text.span;
    Diag *g;
    if (!old) {
        g = check_add(c, "revises-unreadable", at, "cannot read the revised strategy '%s'",
                      m->revises_path);
        if (msg) diag_note(g, NULL, DIAG_TEXT, msg);
        diag_help(g, "the path is relative to this file's directory");
    } else {
        g = check_add(c, "revises-unreadable", at,
                      _n("the revised strategy '%s' has %zu error", "the revised strategy '%s' has %zu errors",
                         errors),
                      m->revises_path, errors);
        if (msg) diag_note(g, located ? &fs : NULL, DIAG_TEXT, msg);
        diag_help(g, "run: stratc check '%s'", m->revises_path);
    }
    free(msg);
    return NULL;
}

static PtrMap *map_of(Model *m, EntityKind k)
{
    switch (k) {
    case EK_VIEWPOINT: return &m->viewpoint_by_id;
    case EK_SECTOR:    return &m->sector_by_id;
    case EK_PROJECT:   return &m->project_by_id;
    default:           return &m->indicator_by_id;
    }
}

static const char *kind_word(EntityKind k)
{
    static const char *const w[] = {N_("strategy"), N_("viewpoint"), N_("sector"), N_("project"),
                                    N_("indicator")};
    return _(w[k]);
}

static void renamed(CheckCtx *c, Model *old, const Entity *e, void **olds, uint32_t nolds)
{
    const Ident *r = e->renamed_from;
    if (!r->name || ptrmap_get(map_of(old, e->kind), r->name)) return;
    Diag *g = check_add(c, "renamed-from-unknown", r->span,
                        "%s '%s' is renamed from '%s', but the revised strategy has no %s '%s'",
                        kind_word(e->kind), check_id(e), r->name,
                        kind_word(e->kind), r->name);
    const char **names = xmalloc((nolds ? nolds : 1) * sizeof *names);
    size_t k = 0;
    for (uint32_t i = 0; i < nolds; i++)
        if (ent_id((const Entity *)olds[i])->name) names[k++] = ent_id((const Entity *)olds[i])->name;
    const char *best = suggest_closest(r->name, names, k);
    if (best) { diag_note(g, NULL, "did you mean '%s'?", best); diag_fix(g, best); }
    free(names);
}

void check_revision(CheckCtx *c)
{
    Model *m = c->m;
    if (!m->revises || !m->revises_path) return;
    SrcFile *self = src_file(c->s->src, m->file);
    char *rp = realpath(m->revises_path, NULL);
    bool itself = rp && self && self->realpath && strcmp(rp, self->realpath) == 0;
    free(rp);
    if (itself) {
        Diag *g = check_add(c, "revises-unreadable", m->revises->u.txt.text.span,
                            "'%s' revises itself", m->revises_path);
        diag_help(g, "revises names the file of the strategy this one replaces");
        return;
    }
    Model *old = load_revised(c);
    if (!old || !old->ast) return;
    Span at = m->revises->u.txt.text.span;
    const Ident *was = ent_id(&old->e), *is = ent_id(&m->e);
    if (was->name && is->name && was->name != is->name) {
        Diag *g = check_add(c, "revises-id", at,
                            "'%s' revises strategy '%s', but this strategy is '%s'",
                            m->revises_path, was->name, is->name);
        diag_note(g, &was->span, "the revised strategy's id");
    }
    bool old_period = old->period && old->period->u.per.a.valid && old->period->u.per.b.valid;
    if (old_period && c->has_period && m->start <= old->end) {
        char x[16], y[16];
        Diag *g = check_add(c, "revises-period", m->period->span,
                            "the period starts on %s, before the revised strategy's period ends (%s)",
                            check_iso(m->start, x), check_iso(old->end, y));
        diag_note(g, &old->period->span, "the revised strategy's period");
    }
    for (uint32_t i = 0; i < m->nviewpoints; i++)
        renamed(c, old, &m->viewpoints[i]->e, (void **)old->viewpoints, old->nviewpoints);
    for (uint32_t i = 0; i < m->nsectors; i++)
        renamed(c, old, &m->sectors[i]->e, (void **)old->sectors, old->nsectors);
    for (uint32_t i = 0; i < m->nprojects; i++)
        renamed(c, old, &m->projects[i]->e, (void **)old->projects, old->nprojects);
    for (uint32_t i = 0; i < m->nindicators; i++)
        renamed(c, old, &m->indicators[i]->e, (void **)old->indicators, old->nindicators);
}
