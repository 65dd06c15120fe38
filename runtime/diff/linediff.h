/* linediff.h - a plain unified line diff, for when a semantic diff cannot
 * be made (a file with syntax errors under `stratc diff --git-driver`).
 *
 * Lines the two texts share at the start and end are matched first; the
 * rest by longest common subsequence while it is small enough
 * (LINEDIFF_MAX_CELLS), otherwise as one replacement: the output is always
 * a correct diff, and the work is bounded for any input. */
#ifndef STRAT_LINEDIFF_H
#define STRAT_LINEDIFF_H

#include <stddef.h>
#include <stdio.h>

enum { LINEDIFF_MAX_CELLS = 4000000, LINEDIFF_CONTEXT = 3 };

/* Writes `--- a`, `+++ b` and the hunks; nothing when the texts are equal.
 * Returns the number of hunks. */
size_t linediff_print(const char *a, size_t alen, const char *b, size_t blen, const char *aname,
                      const char *bname, FILE *out);

#endif
