/* walk.h - the files below a directory, as a repository sees them.
 *
 * `stratc check DIR` and `fmt --check DIR` take every .strat file below DIR.
 * Inside a git work tree, git decides which paths count (`git ls-files
 * --cached --others --exclude-standard`, run with an argument vector, never
 * a shell): .gitignore'd files are skipped, tracked ones kept.  Outside one,
 * or without git, the directory is read directly, skipping .git.  Symbolic
 * links to directories are not followed (no loops); to files, they are. */
#ifndef STRAT_WALK_H
#define STRAT_WALK_H

#include <stdbool.h>
#include <stddef.h>

typedef struct PathList {
    char **v;               /* malloc'd paths, owned */
    size_t n, cap;
} PathList;

void pathlist_add(PathList *l, const char *path);        /* copies path */
void pathlist_free(PathList *l);
void pathlist_sort(PathList *l);                           /* bytewise */

/* Appends to out every regular file below dir whose name ends in suffix,
 * sorted bytewise, each spelled dir/relative (relative alone when dir is
 * "."). Returns false, with the reason in err, when dir cannot be read. */
bool walk_files(const char *dir, const char *suffix, PathList *out, char *err, size_t errsz);

#endif
