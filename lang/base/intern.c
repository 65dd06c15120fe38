/* intern.c - open-addressing string interner (see intern.h). */
#include "intern.h"
#include "spin.h"
#include "xalloc.h"

#include <stdlib.h>
#include <string.h>

uint32_t hash_bytes(const void *p, size_t n)
{
    /* FNV-1a: short identifiers dominate, and it is good enough for them. */
    const unsigned char *s = p;
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) {
        h ^= s[i];
        h *= 16777619u;
    }
    return h;
}

void intern_init(Interner *in)
{
    arena_init(&in->arena);
    in->lock = NULL;
    in->cap = 256;
    in->count = 0;
    in->slots = xcalloc(in->cap, sizeof *in->slots);
}

void intern_free(Interner *in)
{
    free(in->slots);
    free(in->lock);
    arena_free(&in->arena);
    in->slots = NULL;
    in->lock = NULL;
    in->cap = in->count = 0;
}

void intern_share(Interner *in)
{
    if (!in->lock) in->lock = spin_new();
}

static void grow(Interner *in)
{
    size_t ncap = in->cap * 2;
    /* Probed at random: huge pages spare a page fault per probe at a million ids. */
    InternSlot *ns = xcalloc_big(ncap * sizeof *ns);
    for (size_t i = 0; i < in->cap; i++) {
        if (!in->slots[i].s) continue;
        size_t j = in->slots[i].hash & (ncap - 1);
        while (ns[j].s) j = (j + 1) & (ncap - 1);
        ns[j] = in->slots[i];
    }
    free(in->slots);
    in->slots = ns;
    in->cap = ncap;
}

static const char *intern_locked(Interner *in, const char *s, size_t n);

const char *intern(Interner *in, const char *s, size_t n)
{
    spin_lock(in->lock);
    const char *r = intern_locked(in, s, n);
    spin_unlock(in->lock);
    return r;
}

static const char *intern_locked(Interner *in, const char *s, size_t n)
{
    /* Three quarters full: linear probing still finds a string in a probe
     * or two, and a million ids need 32 MB of slots, not 64. */
    if (in->count * 4 >= in->cap * 3) grow(in);
    uint32_t h = hash_bytes(s, n);
    size_t i = h & (in->cap - 1);
    for (; in->slots[i].s; i = (i + 1) & (in->cap - 1)) {
        const InternSlot *x = &in->slots[i];
        if (x->hash == h && x->len == n && memcmp(x->s, s, n) == 0) return x->s;
    }
    const char *copy = arena_strndup(&in->arena, s, n);
    in->slots[i] = (InternSlot){copy, h, (uint32_t)n};
    in->count++;
    return copy;
}

const char *intern_cstr(Interner *in, const char *s) { return intern(in, s, strlen(s)); }
