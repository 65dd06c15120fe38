/* ptrmap.c - open addressing on pointer keys (see ptrmap.h). */
#include "ptrmap.h"
#include "xalloc.h"

#include <stdint.h>
#include <stdlib.h>

static size_t slot_of(const void *key, size_t cap)
{
    uint64_t x = (uint64_t)(uintptr_t)key;
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    return (size_t)x & (cap - 1);
}

void ptrmap_init(PtrMap *m) { m->slots = NULL; m->cap = m->count = 0; }

void ptrmap_free(PtrMap *m)
{
    free(m->slots);
    ptrmap_init(m);
}

void *ptrmap_get(const PtrMap *m, const void *key)
{
    if (!m->cap) return NULL;
    for (size_t i = slot_of(key, m->cap); m->slots[i].key; i = (i + 1) & (m->cap - 1))
        if (m->slots[i].key == key) return m->slots[i].val;
    return NULL;
}

static void grow(PtrMap *m)
{
    size_t ncap = m->cap ? m->cap * 2 : 64;
    /* Probed at random: huge pages spare a page fault per probe at a million ids. */
    PtrEntry *ns = xcalloc_big(ncap * sizeof *ns);
    for (size_t i = 0; i < m->cap; i++) {
        if (!m->slots[i].key) continue;
        size_t j = slot_of(m->slots[i].key, ncap);
        while (ns[j].key) j = (j + 1) & (ncap - 1);
        ns[j] = m->slots[i];
    }
    free(m->slots);
    m->slots = ns;
    m->cap = ncap;
}

void *ptrmap_put(PtrMap *m, const void *key, void *val)
{
    if ((m->count + 1) * 4 > m->cap * 3) grow(m);   /* three quarters full, as the interner */
    size_t i = slot_of(key, m->cap);
    for (; m->slots[i].key; i = (i + 1) & (m->cap - 1)) {
        if (m->slots[i].key == key) {
            void *old = m->slots[i].val;
            m->slots[i].val = val;
            return old;
        }
    }
    m->slots[i] = (PtrEntry){key, val};
    m->count++;
    return NULL;
}
