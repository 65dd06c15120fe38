/* reporoot.c - the repository's top level (see reporoot.h). */
#include "reporoot.h"
#include "xalloc.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

char *repo_root(void)
{
    char *cwd = getcwd(NULL, 0);
    if (!cwd) return NULL;
    char *dir = xstrdup(cwd);
    for (;;) {
        size_t n = strlen(dir);
        char *probe = xmalloc(n + 6);
        snprintf(probe, n + 6, "%s/.git", dir);
        struct stat st;
        bool found = stat(probe, &st) == 0;
        free(probe);
        if (found) { free(cwd); return dir; }
        char *slash = strrchr(dir, '/');
        if (!slash || slash == dir) break;
        *slash = '\0';
    }
    free(dir);
    return cwd;
}

const char *repo_relative(const char *path, const char *base)
{
    size_t bl = base ? strlen(base) : 0;
    if (bl && strncmp(path, base, bl) == 0 && (path[bl] == '/' || base[bl - 1] == '/'))
        return path + bl + (path[bl] == '/');
    return path;
}
