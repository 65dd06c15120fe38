/* allow.h - `# stratc: allow RULE[, RULE] [reason]` comments (doc/checks.md). */
#ifndef STRAT_ALLOW_H
#define STRAT_ALLOW_H

#include <stddef.h>

struct CheckCtx;

/* Drops the findings (from index first_diag on) that an allow comment of
 * the model's files silences, and reports the allows that silence nothing. */
void check_allows(struct CheckCtx *c, size_t first_diag);

#endif
