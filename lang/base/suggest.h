/* suggest.h - "did you mean": the closest name by edit distance.
 *
 * Distance counts code points, so Japanese ids get suggestions too. */
#ifndef STRAT_SUGGEST_H
#define STRAT_SUGGEST_H

#include <stddef.h>

size_t      edit_distance(const char *a, const char *b);
/* Closest candidate within a distance that scales with the name's length, or NULL. */
const char *suggest_closest(const char *name, const char *const *cands, size_t n);

#endif
