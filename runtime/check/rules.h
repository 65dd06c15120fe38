/* rules.h - the registry of every diagnostic rule stratc can report.
 *
 * Each finding names a rule ("undefined-reference", "stale-data"); its id is
 * a stable public name (SARIF ruleId, doc/checks.md headings, CI filters).
 * The front end's rules are listed here too, so SARIF's tool.driver.rules
 * is complete and a unit test can hold the sources, this table and
 * doc/checks.md in step. */
#ifndef STRAT_RULES_H
#define STRAT_RULES_H

#include <stddef.h>
#include "diag.h"

typedef struct Rule {
    const char *id;             /* stable: never renamed once released */
    Severity severity;          /* default severity (--werror, --strict may raise it) */
    const char *family;         /* "front end", "references", ...: SARIF tag, never translated */
    /* English msgids (N_ in rules.c): translate with _() where shown. */
    const char *summary;        /* one line: SARIF shortDescription */
    const char *description;    /* what it catches and why: SARIF fullDescription */
    const char *help;           /* how to fix it: SARIF help */
} Rule;

const Rule *rules_all(size_t *n);
/* The rule with that id, or NULL. */
const Rule *rule_find(const char *id);
/* Its position in rules_all() (SARIF ruleIndex), or -1. */
int         rule_index(const char *id);

#endif
