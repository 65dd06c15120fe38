/* intern.h - interned strings: one copy of each identifier, compared by pointer.
 *
 * Identifiers, units and status names are interned so that name resolution
 * and diff matching hash a pointer instead of comparing strings. */
#ifndef STRAT_INTERN_H
#define STRAT_INTERN_H

#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>
#include "arena.h"

/* A slot holds the hash and length beside the string, so that a probe
 * rejects a mismatch without touching the string: one cache miss a lookup. */
typedef struct InternSlot {
    const char *s;         /* NULL = empty */
    uint32_t hash, len;
} InternSlot;

/* The strings live in the interner's own arena, so that two sessions can
 * share one interner while each fills its own arena (diff loads its two
 * files on two threads); a shared interner takes a spin lock per call. */
typedef struct Interner {
    Arena arena;
    InternSlot *slots;     /* open addressing */
    size_t cap, count;
    atomic_flag *lock;     /* set by intern_share(): held each call */
} Interner;

void        intern_init(Interner *in);
/* From now on, intern() may be called from several threads at once. */
void        intern_share(Interner *in);
void        intern_free(Interner *in);
const char *intern(Interner *in, const char *s, size_t n);
const char *intern_cstr(Interner *in, const char *s);

uint32_t    hash_bytes(const void *p, size_t n);

#endif
