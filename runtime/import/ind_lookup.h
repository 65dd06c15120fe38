/* ind_lookup.h - an indicator named in a sheet: by its id or its exact title. */
#ifndef STRAT_IND_LOOKUP_H
#define STRAT_IND_LOOKUP_H

#include <stddef.h>
#include "model.h"
#include "strat.h"

typedef struct IndLookup {
    PtrMap by_title;            /* interned title -> Indicator*, or AMBIGUOUS */
    const char **names;         /* ids and titles, for "did you mean" (malloc'd) */
    size_t nnames;
} IndLookup;

void lookup_init(IndLookup *k, Strat *s, const Model *m);
void lookup_free(IndLookup *k);
/* The indicator, or NULL; *ambiguous when two indicators have that title. */
const Indicator *lookup_find(const IndLookup *k, Strat *s, const Model *m, const char *name,
                             size_t n, bool *ambiguous);
/* The closest id or title, for a name that matched nothing, or NULL. */
const char *lookup_suggest(const IndLookup *k, const char *name);

#endif
