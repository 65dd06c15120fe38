/* intern.h - interned strings: one copy of each identifier, compared by pointer.
 *
 * Identifiers, units and status names are interned so that name resolution
 * and diff matching hash a pointer instead of comparing strings. */
#ifndef STRAT_INTERN_H
#define STRAT_INTERN_H

#include <stddef.h>
#include <stdint.h>
#include "arena.h"

typedef struct Interner {
    Arena *arena;          /* where the strings live (not owned) */
    const char **slots;    /* open addressing; NULL = empty */
    uint32_t *hashes;
    size_t cap, count;
} Interner;

void        intern_init(Interner *in, Arena *arena);
void        intern_free(Interner *in);
const char *intern(Interner *in, const char *s, size_t n);
const char *intern_cstr(Interner *in, const char *s);

uint32_t    hash_bytes(const void *p, size_t n);

#endif
