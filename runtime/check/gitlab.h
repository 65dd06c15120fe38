/* gitlab.h - diagnostics as a GitLab Code Quality report.
 *
 * A JSON array of issues (GitLab's subset of the Code Climate format):
 * description, check_name (the rule), fingerprint, severity (error: major,
 * warning: minor, note: info) and location {path, lines {begin}} with the
 * path relative to the repository's top level (reporoot.h).
 *
 * GitLab compares reports of two pipelines by fingerprint to say which
 * findings a merge request adds or fixes, so the fingerprint leaves out
 * the line number: it hashes the rule, the path, the flagged source text
 * (whitespace runs folded to one space) and the occurrence index among
 * findings with those same three.  Moving a block, or adding lines above
 * it, keeps its findings' fingerprints. */
#ifndef STRAT_GITLAB_H
#define STRAT_GITLAB_H

#include <stdio.h>
#include "diag.h"

/* d sorted (diag_sort): the occurrence index follows the order in the file. */
void gitlab_print(Diags *d, FILE *out);

/* The 32-hex-digit fingerprint of one finding (exposed for tests); out has
 * room for 33 bytes.  text is the flagged span's source, not yet normalised. */
void gitlab_fingerprint(const char *rule, const char *path, const char *text, size_t len,
                        unsigned occurrence, char out[33]);

#endif
