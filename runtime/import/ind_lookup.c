/* ind_lookup.c - indicators by id or title (ind_lookup.h). */
#include "ind_lookup.h"
#include "suggest.h"
#include "xalloc.h"

#include <stdlib.h>
#include <string.h>

static char AMBIGUOUS_MARK;
#define AMBIGUOUS ((void *)&AMBIGUOUS_MARK)

void lookup_init(IndLookup *k, Strat *s, const Model *m)
{
    memset(k, 0, sizeof *k);
    ptrmap_init(&k->by_title);
    k->names = xmalloc((2 * (size_t)m->nindicators + 1) * sizeof *k->names);
    for (uint32_t i = 0; i < m->nindicators; i++) {
        const Indicator *ind = m->indicators[i];
        if (ent_id(&ind->e)->name) k->names[k->nnames++] = ent_id(&ind->e)->name;
        const Text *t = ent_title(&ind->e);
        if (!t->bytes || t->len == 0) continue;
        const char *key = intern(s->names, t->bytes, t->len);
        k->names[k->nnames++] = key;
        void *had = ptrmap_get(&k->by_title, key);
        ptrmap_put(&k->by_title, key, had && had != ind ? AMBIGUOUS : (void *)ind);
    }
}

void lookup_free(IndLookup *k)
{
    ptrmap_free(&k->by_title);
    free(k->names);
    memset(k, 0, sizeof *k);
}

const Indicator *lookup_find(const IndLookup *k, Strat *s, const Model *m, const char *name,
                             size_t n, bool *ambiguous)
{
    *ambiguous = false;
    const char *key = intern(s->names, name, n);
    const Indicator *ind = ptrmap_get(&m->indicator_by_id, key);
    if (ind) return ind;
    void *t = ptrmap_get(&k->by_title, key);
    if (t == AMBIGUOUS) { *ambiguous = true; return NULL; }
    return t;
}

const char *lookup_suggest(const IndLookup *k, const char *name)
{
    return suggest_closest(name, k->names, k->nnames);
}
