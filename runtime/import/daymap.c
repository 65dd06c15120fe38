/* daymap.c - (indicator, day) -> index, open addressing (daymap.h). */
#include "daymap.h"
#include "xalloc.h"

#include <stdlib.h>
#include <string.h>

static uint64_t key_of(uint32_t ind, DayNum day) { return (uint64_t)ind << 32 | (uint32_t)day; }

static size_t slot_of(uint64_t k, size_t cap)
{
    k ^= k >> 33;
    k *= 0xff51afd7ed558ccdULL;     /* a 64-bit finaliser: days are consecutive */
    k ^= k >> 33;
    return (size_t)k & (cap - 1);
}

void daymap_init(DayMap *m) { memset(m, 0, sizeof *m); }

void daymap_free(DayMap *m)
{
    free(m->keys);
    free(m->vals);
    memset(m, 0, sizeof *m);
}

int32_t daymap_get(const DayMap *m, uint32_t ind, DayNum day)
{
    if (!m->cap) return -1;
    uint64_t k = key_of(ind, day);
    for (size_t i = slot_of(k, m->cap);; i = (i + 1) & (m->cap - 1)) {
        if (m->vals[i] < 0) return -1;
        if (m->keys[i] == k) return m->vals[i];
    }
}

static void grow(DayMap *m)
{
    DayMap n = {.cap = m->cap ? m->cap * 2 : 64};
    n.keys = xmalloc(n.cap * sizeof *n.keys);
    n.vals = xmalloc(n.cap * sizeof *n.vals);
    memset(n.vals, 0xff, n.cap * sizeof *n.vals);
    for (size_t i = 0; i < m->cap; i++) {
        if (m->vals[i] < 0) continue;
        size_t j = slot_of(m->keys[i], n.cap);
        while (n.vals[j] >= 0) j = (j + 1) & (n.cap - 1);
        n.keys[j] = m->keys[i];
        n.vals[j] = m->vals[i];
    }
    n.count = m->count;
    daymap_free(m);
    *m = n;
}

void daymap_add(DayMap *m, uint32_t ind, DayNum day, int32_t val)
{
    if ((m->count + 1) * 2 > m->cap) grow(m);
    uint64_t k = key_of(ind, day);
    size_t i = slot_of(k, m->cap);
    for (; m->vals[i] >= 0; i = (i + 1) & (m->cap - 1))
        if (m->keys[i] == k) return;
    m->keys[i] = k;
    m->vals[i] = val;
    m->count++;
}
