/* diff_match.c - declared, same-id and inferred matches (see diff_match.h). */
#include "diff_match.h"
#include "textdiff.h"
#include "utf8.h"
#include "xalloc.h"

#include <stdlib.h>
#include <string.h>

const char *text_norm(Interner *names, const char *s, size_t len)
{
    if (!s) return NULL;
    if (utf8_is_ascii(s, len)) return intern(names, s, len);
    char *n = utf8_nfkc(s, len);
    const char *r = intern_cstr(names, n);
    free(n);
    return r;
}

/* Index maps: a PtrMap value is index + 1, or AMBIGUOUS for a key two
 * entities share (an inference needs a unique partner). */
#define AMBIGUOUS ((void *)~(uintptr_t)0)

static int32_t idx_get(const PtrMap *m, const void *key)
{
    void *v = ptrmap_get(m, key);
    return !v || v == AMBIGUOUS ? -1 : (int32_t)((uintptr_t)v - 1);
}

static void idx_put_unique(PtrMap *m, const void *key, uint32_t i)
{
    void *prev = ptrmap_get(m, key);
    ptrmap_put(m, key, prev ? AMBIGUOUS : (void *)(uintptr_t)(i + 1));
}

static void pair(Match *m, int32_t i, int32_t j, MatchHow how)
{
    m->a2b[i] = j;
    m->b2a[j] = i;
    m->how[j] = (uint8_t)how;
}

typedef struct Cand { int32_t group; uint32_t i; } Cand;

static int cmp_cand(const void *x, const void *y)
{
    const Cand *a = x, *b = y;
    if (a->group != b->group) return a->group < b->group ? -1 : 1;
    return a->i < b->i ? -1 : a->i > b->i;
}

static Cand *leftovers(const MatchSide *s, const int32_t *partner, size_t *n)
{
    Cand *c = xmalloc((s->n ? s->n : 1) * sizeof *c);
    size_t k = 0;
    for (uint32_t i = 0; i < s->n; i++) {
        int32_t g = s->parent ? s->parent[i] : 0;
        if (partner[i] < 0 && g >= 0) c[k++] = (Cand){g, i};
    }
    qsort(c, k, sizeof *c, cmp_cand);
    *n = k;
    return c;
}

typedef const char *(*KeyFn)(const MatchSide *s, Interner *names, uint32_t i);

static const char *title_key(const MatchSide *s, Interner *names, uint32_t i)
{
    const Entity *e = ent_at(s->ents, i);
    return text_norm(names, ent_title(e)->bytes, ent_title(e)->len);
}

static const char *content_key(const MatchSide *s, Interner *names, uint32_t i)
{
    (void)names;
    return s->content ? s->content(s->ctx, ent_at(s->ents, i)) : NULL;
}

/* Pairs leftovers of one group whose key (title or contents) is equal and
 * unique on the old side. */
static void by_key(Interner *names, Match *m, const MatchSide *a, const Cand *ca, size_t na,
                   const MatchSide *b, const Cand *cb, size_t nb, KeyFn key)
{
    PtrMap map;
    ptrmap_init(&map);
    for (size_t x = 0; x < na; x++) {
        if (m->a2b[ca[x].i] >= 0) continue;
        const char *k = key(a, names, ca[x].i);
        if (k && *k) idx_put_unique(&map, k, ca[x].i);
    }
    for (size_t y = 0; y < nb; y++) {
        if (m->b2a[cb[y].i] >= 0) continue;
        const char *k = key(b, names, cb[y].i);
        int32_t i = k && *k ? idx_get(&map, k) : -1;
        if (i >= 0 && m->a2b[i] < 0) pair(m, i, (int32_t)cb[y].i, MATCH_INFERRED);
    }
    ptrmap_free(&map);
}

typedef struct Scored { double score; uint32_t i, j; } Scored;

static int cmp_scored(const void *x, const void *y)
{
    const Scored *a = x, *b = y;
    if (a->score != b->score) return a->score > b->score ? -1 : 1;
    if (a->i != b->i) return a->i < b->i ? -1 : 1;
    return a->j < b->j ? -1 : a->j > b->j;
}

/* Best pairs first, each entity used once: deterministic, and a title that
 * is similar to two others goes to the closer one. */
static void by_similarity(Interner *names, Match *m, const MatchSide *a, const Cand *ca, size_t na,
                          const MatchSide *b, const Cand *cb, size_t nb)
{
    size_t la = 0, lb = 0;
    for (size_t x = 0; x < na; x++) la += m->a2b[ca[x].i] < 0;
    for (size_t y = 0; y < nb; y++) lb += m->b2a[cb[y].i] < 0;
    if (!la || !lb || la * lb > MATCH_MAX_PAIRS) return;
    Scored *sc = xmalloc(la * lb * sizeof *sc);
    size_t n = 0;
    for (size_t x = 0; x < na; x++) {
        if (m->a2b[ca[x].i] >= 0) continue;
        const char *ta = title_key(a, names, ca[x].i);
        if (!ta) continue;
        for (size_t y = 0; y < nb; y++) {
            if (m->b2a[cb[y].i] >= 0) continue;
            const char *tb = title_key(b, names, cb[y].i);
            if (!tb) continue;
            double r = text_similarity(ta, strlen(ta), tb, strlen(tb));
            if (r >= MATCH_MIN_SIMILARITY) sc[n++] = (Scored){r, ca[x].i, cb[y].i};
        }
    }
    qsort(sc, n, sizeof *sc, cmp_scored);
    for (size_t k = 0; k < n; k++)
        if (m->a2b[sc[k].i] < 0 && m->b2a[sc[k].j] < 0)
            pair(m, (int32_t)sc[k].i, (int32_t)sc[k].j, MATCH_INFERRED);
    free(sc);
}

static void infer(Interner *names, Match *m, const MatchSide *a, const MatchSide *b)
{
    size_t na, nb;
    Cand *ca = leftovers(a, m->a2b, &na), *cb = leftovers(b, m->b2a, &nb);
    size_t x = 0, y = 0;
    while (x < na && y < nb) {
        if (ca[x].group != cb[y].group) {
            if (ca[x].group < cb[y].group) x++; else y++;
            continue;
        }
        int32_t g = ca[x].group;
        size_t x1 = x, y1 = y;
        while (x1 < na && ca[x1].group == g) x1++;
        while (y1 < nb && cb[y1].group == g) y1++;
        by_key(names, m, a, ca + x, x1 - x, b, cb + y, y1 - y, title_key);
        by_key(names, m, a, ca + x, x1 - x, b, cb + y, y1 - y, content_key);
        by_similarity(names, m, a, ca + x, x1 - x, b, cb + y, y1 - y);
        x = x1;
        y = y1;
    }
    free(ca);
    free(cb);
}

void match_entities(Interner *names, Match *m, const MatchSide *a, const MatchSide *b)
{
    m->na = a->n;
    m->nb = b->n;
    m->a2b = xmalloc((a->n ? a->n : 1) * sizeof *m->a2b);
    m->b2a = xmalloc((b->n ? b->n : 1) * sizeof *m->b2a);
    m->how = xcalloc(b->n ? b->n : 1, 1);
    for (uint32_t i = 0; i < a->n; i++) m->a2b[i] = -1;
    for (uint32_t j = 0; j < b->n; j++) m->b2a[j] = -1;

    PtrMap by_id;
    ptrmap_init(&by_id);
    for (uint32_t i = 0; i < a->n; i++) {
        const char *id = ent_id(ent_at(a->ents, i))->name;
        if (id && !ptrmap_get(&by_id, id)) ptrmap_put(&by_id, id, (void *)(uintptr_t)(i + 1));
    }
    /* Declared renames first: `renamed_from iot` claims the old iot even if
     * the new file has another entity called iot. */
    for (uint32_t j = 0; j < b->n; j++) {
        const char *from = ent_at(b->ents, j)->renamed_from->name;
        int32_t i = from ? idx_get(&by_id, from) : -1;
        if (i >= 0 && m->a2b[i] < 0) pair(m, i, (int32_t)j, MATCH_DECLARED);
    }
    for (uint32_t j = 0; j < b->n; j++) {
        if (m->b2a[j] >= 0) continue;
        const char *id = ent_id(ent_at(b->ents, j))->name;
        int32_t i = id ? idx_get(&by_id, id) : -1;
        if (i >= 0 && m->a2b[i] < 0) pair(m, i, (int32_t)j, MATCH_SAME);
    }
    ptrmap_free(&by_id);
    infer(names, m, a, b);
}

void match_free(Match *m)
{
    free(m->a2b);
    free(m->b2a);
    free(m->how);
    memset(m, 0, sizeof *m);
}
