/* reporoot.h - where a repository's paths are relative to.
 *
 * Code scanning (SARIF) and GitLab Code Quality both name files relative to
 * the repository's top level, whatever directory CI ran stratc from. */
#ifndef STRAT_REPOROOT_H
#define STRAT_REPOROOT_H

/* The git work tree holding the current directory (the nearest directory
 * with a .git entry, which a worktree or submodule has as a file), else the
 * current directory itself; malloc'd, NULL if the current directory is gone. */
char *repo_root(void);

/* path without the leading base and '/' when path lies under base, else
 * path itself (a pointer into path, not a copy). */
const char *repo_relative(const char *path, const char *base);

#endif
