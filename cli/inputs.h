/* inputs.h - the files a command works on, from its FILE and DIR arguments.
 *
 * A FILE argument stands as given (so does '-'); a directory becomes every
 * .strat file below it, sorted (walk.h: .gitignore'd ones skipped inside a
 * git work tree).  For check, a file found in a directory that another
 * input reaches through `include` is left out: it is checked as part of its
 * includer, where its items have their context.  (A file only reachable
 * from itself through an include cycle stays, so the cycle is reported.) */
#ifndef STRAT_INPUTS_H
#define STRAT_INPUTS_H

#include <stdbool.h>
#include "strat.h"
#include "walk.h"

/* Fills out.  A directory that cannot be read is an [io] error in s's
 * diagnostics (s->io_errors counts it); one without .strat files, an [io]
 * warning.  With skip_included, files below
 * a directory that another input includes are dropped (loaded in a scratch
 * session with s's options to find out; only when a directory was given). */
void inputs_expand(Strat *s, char **args, int nargs, bool skip_included, PathList *out);

#endif
