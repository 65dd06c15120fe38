/* ptrmap.h - hash map from a pointer (usually an interned string) to a pointer.
 *
 * Resolution, checks and diff look entities up by interned id; keying on the
 * pointer makes every lookup one hash and no string compare. */
#ifndef STRAT_PTRMAP_H
#define STRAT_PTRMAP_H

#include <stddef.h>

/* Key and value side by side: a lookup in a table of a million ids costs
 * one cache miss, not two. */
typedef struct PtrEntry {
    const void *key;        /* NULL = empty */
    void *val;
} PtrEntry;

typedef struct PtrMap {
    PtrEntry *slots;
    size_t cap, count;
} PtrMap;

void  ptrmap_init(PtrMap *m);
void  ptrmap_free(PtrMap *m);
void *ptrmap_get(const PtrMap *m, const void *key);
/* Returns the previous value (NULL if none) and stores val. */
void *ptrmap_put(PtrMap *m, const void *key, void *val);

#endif
