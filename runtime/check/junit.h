/* junit.h - diagnostics as a JUnit XML report (Jenkins, GitLab test reports,
 * most CI dashboards).
 *
 * One testsuite "stratc check"; one testcase per checked file, named by its
 * path; one <failure> per error found while loading and checking that file
 * (its includes and the file it revises included), whose text is the
 * diagnostic as the gcc form prints it.  Warnings and notes do not fail a
 * case: they go to its <system-out>.  No timestamps or durations: the same
 * input gives the same bytes. */
#ifndef STRAT_JUNIT_H
#define STRAT_JUNIT_H

#include <stddef.h>
#include <stdio.h>
#include "diag.h"

/* A checked file and the diagnostics its check reported: those whose seq
 * lies in [first, end). */
typedef struct JunitCase {
    const char *name;
    size_t first, end;
} JunitCase;

/* Findings outside every case's range (none, normally) form a case named
 * "stratc". */
void junit_print(Diags *d, const JunitCase *cases, size_t ncases, FILE *out);

/* s escaped for XML text and attribute values (exposed for tests): & < > "
 * and ' as entities, characters XML 1.0 cannot carry and bytes that are not
 * UTF-8 as U+FFFD. */
void junit_escape(FILE *out, const char *s, size_t len);

#endif
