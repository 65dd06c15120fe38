/* arena.c - chunked bump allocator (see arena.h). */
#include "arena.h"
#include "xalloc.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct ArenaChunk {
    ArenaChunk *prev;
    void *block;            /* what was allocated: the chunk may start inside it */
    size_t used, cap;
    _Alignas(16) unsigned char data[];
};

enum { ARENA_MIN_CHUNK = 64 * 1024 };

void arena_init(Arena *a) { a->head = NULL; a->total = 0; }

void arena_free(Arena *a)
{
    ArenaChunk *c = a->head;
    while (c) {
        ArenaChunk *p = c->prev;
        free(c->block);
        c = p;
    }
    a->head = NULL;
    a->total = 0;
}

void arena_adopt(Arena *into, Arena *from)
{
    if (!from->head) return;
    if (!into->head) {
        into->head = from->head;
    } else {
        /* from's chunks go behind into's current one, which keeps filling. */
        ArenaChunk *oldest = from->head;
        while (oldest->prev) oldest = oldest->prev;
        oldest->prev = into->head->prev;
        into->head->prev = from->head;
    }
    into->total += from->total;
    from->head = NULL;
    from->total = 0;
}

void *arena_alloc(Arena *a, size_t size)
{
    size = (size + 7) & ~(size_t)7;
    ArenaChunk *c = a->head;
    if (!c || c->cap - c->used < size) {
        /* Chunks double with the arena, so a 250 MB input needs few mallocs
         * and most of it lands in chunks big enough for huge pages. */
        size_t cap = ARENA_MIN_CHUNK;
        if (a->total > cap) cap = a->total;
        if (cap > 64u * 1024 * 1024) cap = 64u * 1024 * 1024;
        if (cap < size) cap = size;
        /* Zeroed by calloc, which takes big blocks fresh from the kernel and
         * so touches nothing: what is handed out needs no clearing, and a page
         * is faulted in by its first real use.  A big chunk starts on a 2 MB
         * boundary, so that all of it can be huge pages. */
        size_t align = cap >= 2 * XALLOC_HUGE_PAGE ? XALLOC_HUGE_PAGE : 16;
        void *block = xcalloc_big(sizeof *c + cap + align);
        c = (ArenaChunk *)(((uintptr_t)block + align - 1) & ~(uintptr_t)(align - 1));
        c->block = block;
        c->prev = a->head;
        c->used = 0;
        c->cap = cap;
        a->head = c;
        a->total += cap;
    }
    void *p = c->data + c->used;
    c->used += size;
    return p;
}

size_t arena_used(const Arena *a)
{
    size_t n = 0;
    for (const ArenaChunk *c = a->head; c; c = c->prev) n += c->used;
    return n;
}

char *arena_strndup(Arena *a, const char *s, size_t n)
{
    char *d = arena_alloc(a, n + 1);
    memcpy(d, s, n);
    d[n] = '\0';
    return d;
}

char *arena_strdup(Arena *a, const char *s) { return arena_strndup(a, s, strlen(s)); }

char *arena_printf(Arena *a, const char *fmt, ...)
{
    va_list ap, ap2;
    va_start(ap, fmt);
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *d = arena_alloc(a, (size_t)(n < 0 ? 0 : n) + 1);
    if (n > 0) vsnprintf(d, (size_t)n + 1, fmt, ap2);
    va_end(ap2);
    return d;
}
