/* gitshow.h - reading a file as a git revision holds it: `git show REV:PATH`.
 *
 * git runs with an argument vector (fork and exec), never through a shell,
 * so a file named `$(touch x)` is only a name.  git's own complaint (no
 * such revision or path) goes to our standard error. */
#ifndef STRAT_GITSHOW_H
#define STRAT_GITSHOW_H

#include <stdbool.h>
#include <stddef.h>

/* REV:PATH rather than a file: has a colon, does not start with '-', and
 * names no existing file (a file called a:b wins over revision a). */
bool git_is_rev_path(const char *arg);

/* Runs `git show REV:PATH` and returns its output (malloc'd, at most max
 * bytes, two zero bytes after it) in *out.  On failure returns false and
 * writes the reason to err. */
bool git_show(const char *spec, size_t max, char **out, size_t *len, char *err, size_t errsz);


#endif
