/* sarif.h - diagnostics as SARIF 2.1.0, the form GitHub code scanning reads.
 *
 * One run; tool.driver.rules lists every registered rule (rules.h) so each
 * result's ruleId/ruleIndex resolves.  Locations use repository-relative,
 * percent-encoded URIs (relative to the git top level when the file is in
 * a work tree, else to the current directory) and 1-based code-point
 * columns (columnKind unicodeCodePoints). */
#ifndef STRAT_SARIF_H
#define STRAT_SARIF_H

#include <stdio.h>
#include "diag.h"

void sarif_print(Diags *d, FILE *out);

/* The URI for a path (exposed for tests): relative to base when the file
 * lies under it, percent-encoded except for unreserved bytes and '/'.
 * Returns malloc'd text. */
char *sarif_uri(const char *path, const char *base);

#endif
