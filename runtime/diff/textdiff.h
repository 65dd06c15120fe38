/* textdiff.h - character-level diff of two texts, over code points.
 *
 * Japanese texts have no spaces to split words on, so a revised goal or
 * activity is diffed character by character (Myers' O((N+M)D) algorithm).
 * The work is bounded: beyond TEXTDIFF_MAX_CP code points or
 * TEXTDIFF_MAX_EDITS edits the result is one whole-text replacement. */
#ifndef STRAT_TEXTDIFF_H
#define STRAT_TEXTDIFF_H

#include <stdbool.h>
#include <stddef.h>

enum { TEXTDIFF_MAX_CP = 20000, TEXTDIFF_MAX_EDITS = 1000 };

typedef enum { TD_EQUAL, TD_DELETE, TD_INSERT } TextOp;

typedef struct TextSeg {
    TextOp op;
    size_t off, len;            /* bytes, in the old text (EQUAL, DELETE) or the new (INSERT) */
} TextSeg;

typedef struct TextDiff {
    TextSeg *segs;              /* malloc'd; edits of one region: deletes before inserts */
    size_t n;
    size_t same_cp;             /* code points the two texts share */
    size_t old_cp, new_cp;
    bool whole;                 /* bound exceeded: one delete and one insert */
} TextDiff;

void   textdiff(const char *a, size_t alen, const char *b, size_t blen, TextDiff *out);
void   textdiff_free(TextDiff *d);
/* 2 x shared / (old + new) code points: 1 for equal texts, 0 for disjoint ones. */
double textdiff_ratio(const TextDiff *d);
/* The same ratio for two texts, without keeping the segments. */
double text_similarity(const char *a, size_t alen, const char *b, size_t blen);

#endif
