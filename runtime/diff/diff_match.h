/* diff_match.h - pairing the entities of two models (diff's first step).
 *
 * An entity of the new model is matched to an old one by its
 * `renamed_from` (declared rename), else by the same id, else - among the
 * leftovers with the same parent - by the same or a very similar title or
 * the same contents (inferred rename).  Every step is a hash lookup or a
 * sort; the pairwise similarity step runs only inside small groups. */
#ifndef STRAT_DIFF_MATCH_H
#define STRAT_DIFF_MATCH_H

#include <stdint.h>
#include "intern.h"
#include "model.h"

typedef enum { MATCH_NONE, MATCH_SAME, MATCH_DECLARED, MATCH_INFERRED } MatchHow;

/* Titles at least this similar (textdiff_ratio) make an inferred rename. */
#define MATCH_MIN_SIMILARITY 0.7
/* Pairwise comparisons allowed per group before the similarity step is skipped. */
enum { MATCH_MAX_PAIRS = 4096 };

typedef struct MatchSide {
    void *const *ents;          /* Viewpoint **, ...: each starts with its Entity */
    uint32_t n;
    /* Group for inference, per entity; -1: not eligible.  NULL: one group. */
    const int32_t *parent;
    /* Interned key of what the entity says besides its title, or NULL. */
    const char *(*content)(void *ctx, const Entity *e);
    void *ctx;
} MatchSide;

typedef struct Match {
    uint32_t na, nb;
    int32_t *a2b, *b2a;         /* -1: unmatched */
    uint8_t *how;               /* MatchHow, per new entity */
} Match;

void match_entities(Interner *names, Match *m, const MatchSide *a, const MatchSide *b);
void match_free(Match *m);

/* The text as compared: NFKC, interned, so that equal meanings are equal
 * pointers.  NULL for NULL. */
const char *text_norm(Interner *names, const char *s, size_t len);

static inline const Entity *ent_at(void *const *ents, uint32_t i) { return (const Entity *)ents[i]; }

#endif
