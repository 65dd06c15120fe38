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

void ptrmap_init(PtrMap *m) { m->keys = NULL; m->vals = NULL; m->cap = m->count = 0; }

void ptrmap_free(PtrMap *m)
{
    free(m->keys);
    free(m->vals);
    ptrmap_init(m);
}

void *ptrmap_get(const PtrMap *m, const void *key)
{
    if (!m->cap) return NULL;
    size_t i = slot_of(key, m->cap);
    while (m->keys[i]) {
        if (m->keys[i] == key) return m->vals[i];
        i = (i + 1) & (m->cap - 1);
    }
    return NULL;
}

static void grow(PtrMap *m)
{
    size_t ncap = m->cap ? m->cap * 2 : 64;
    /* Probed at random: huge pages spare a page fault per probe at a million ids. */
    const void **nk = xcalloc_big(ncap * sizeof *nk);
    void **nv = xcalloc_big(ncap * sizeof *nv);
    for (size_t i = 0; i < m->cap; i++) {
        if (!m->keys[i]) continue;
        size_t j = slot_of(m->keys[i], ncap);
        while (nk[j]) j = (j + 1) & (ncap - 1);
        nk[j] = m->keys[i];
        nv[j] = m->vals[i];
    }
    free(m->keys);
    free(m->vals);
    m->keys = nk;
    m->vals = nv;
    m->cap = ncap;
}

void *ptrmap_put(PtrMap *m, const void *key, void *val)
{
    if ((m->count + 1) * 2 > m->cap) grow(m);
    size_t i = slot_of(key, m->cap);
    while (m->keys[i]) {
        if (m->keys[i] == key) {
            void *old = m->vals[i];
            m->vals[i] = val;
            return old;
        }
        i = (i + 1) & (m->cap - 1);
    }
    m->keys[i] = key;
    m->vals[i] = val;
    m->count++;
    return NULL;
}
