/* intern.c - open-addressing string interner (see intern.h). */
#include "intern.h"
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

void intern_init(Interner *in, Arena *arena)
{
    in->arena = arena;
    in->cap = 256;
    in->count = 0;
    in->slots = xcalloc(in->cap, sizeof *in->slots);
    in->hashes = xcalloc(in->cap, sizeof *in->hashes);
}

void intern_free(Interner *in)
{
    free(in->slots);
    free(in->hashes);
    in->slots = NULL;
    in->hashes = NULL;
    in->cap = in->count = 0;
}

static void grow(Interner *in)
{
    size_t ncap = in->cap * 2;
    /* Probed at random: huge pages spare a page fault per probe at a million ids. */
    const char **ns = xcalloc_big(ncap * sizeof *ns);
    uint32_t *nh = xcalloc_big(ncap * sizeof *nh);
    for (size_t i = 0; i < in->cap; i++) {
        if (!in->slots[i]) continue;
        size_t j = in->hashes[i] & (ncap - 1);
        while (ns[j]) j = (j + 1) & (ncap - 1);
        ns[j] = in->slots[i];
        nh[j] = in->hashes[i];
    }
    free(in->slots);
    free(in->hashes);
    in->slots = ns;
    in->hashes = nh;
    in->cap = ncap;
}

const char *intern(Interner *in, const char *s, size_t n)
{
    if (in->count * 2 >= in->cap) grow(in);
    uint32_t h = hash_bytes(s, n);
    size_t i = h & (in->cap - 1);
    while (in->slots[i]) {
        if (in->hashes[i] == h && strncmp(in->slots[i], s, n) == 0
            && in->slots[i][n] == '\0')
            return in->slots[i];
        i = (i + 1) & (in->cap - 1);
    }
    const char *copy = arena_strndup(in->arena, s, n);
    in->slots[i] = copy;
    in->hashes[i] = h;
    in->count++;
    return copy;
}

const char *intern_cstr(Interner *in, const char *s) { return intern(in, s, strlen(s)); }
