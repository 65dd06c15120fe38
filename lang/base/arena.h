/* arena.h - bump allocator that owns every AST node, string and model array.
 *
 * One arena per loaded strategy: nothing allocated from it is freed on its
 * own; arena_free() releases everything at once.  This is what keeps the
 * front end free of per-token malloc/free and of ownership questions. */
#ifndef STRAT_ARENA_H
#define STRAT_ARENA_H

#include <stddef.h>

typedef struct ArenaChunk ArenaChunk;

typedef struct Arena {
    ArenaChunk *head;   /* chunk being filled; older chunks chained behind */
    size_t total;       /* bytes obtained from malloc, for the benchmark */
} Arena;

void  arena_init(Arena *a);
void  arena_free(Arena *a);
/* Takes over everything from holds; from is left empty. */
void  arena_adopt(Arena *into, Arena *from);
void *arena_alloc(Arena *a, size_t size);          /* zeroed, 8-aligned */
size_t arena_used(const Arena *a);                 /* bytes handed out, for tests */
char *arena_strndup(Arena *a, const char *s, size_t n);
char *arena_strdup(Arena *a, const char *s);
char *arena_printf(Arena *a, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* Typed helpers: ARENA_NEW(a, T) and ARENA_ARRAY(a, T, n). */
#define ARENA_NEW(a, T)        ((T *)arena_alloc((a), sizeof(T)))
#define ARENA_ARRAY(a, T, n)   ((T *)arena_alloc((a), sizeof(T) * (size_t)(n)))

#endif
