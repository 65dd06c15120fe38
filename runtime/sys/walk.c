/* walk.c - the files below a directory (see walk.h). */
#include "i18n.h"
#include "walk.h"
#include "xalloc.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

void pathlist_add(PathList *l, const char *path)
{
    if (l->n == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 16;
        l->v = xrealloc(l->v, l->cap * sizeof *l->v);
    }
    l->v[l->n++] = xstrdup(path);
}

void pathlist_free(PathList *l)
{
    for (size_t i = 0; i < l->n; i++) free(l->v[i]);
    free(l->v);
    *l = (PathList){0};
}

static int cmp_path(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

void pathlist_sort(PathList *l)
{
    if (l->n > 1) qsort(l->v, l->n, sizeof *l->v, cmp_path);    /* v is NULL when empty */
}

static char *join(const char *dir, const char *name)
{
    if (strcmp(dir, ".") == 0) return xstrdup(name);
    size_t dl = strlen(dir), nl = strlen(name);
    bool slash = dl > 0 && dir[dl - 1] == '/';
    char *p = xmalloc(dl + nl + 2);
    memcpy(p, dir, dl);
    if (!slash) p[dl++] = '/';
    memcpy(p + dl, name, nl + 1);
    return p;
}

static bool has_suffix(const char *s, const char *suffix)
{
    size_t n = strlen(s), k = strlen(suffix);
    return n > k && memcmp(s + n - k, suffix, k) == 0 && s[n - k - 1] != '/';
}

static bool is_regular(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* ---- inside a git work tree --------------------------------------------- */

/* git's NUL-separated list for dir, or false when dir is not in a work tree
 * or git cannot run: the caller then reads the directory itself.  git's
 * complaint ("not a git repository") goes nowhere: it is not an error here. */
static bool git_list(const char *dir, char **out, size_t *len)
{
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) != 0) return false;
    pid_t pid = fork();
    if (pid < 0) { close(fds[0]); close(fds[1]); return false; }
    if (pid == 0) {
        /* No fsmonitor: listing files must not start a configured daemon or hook. */
        char *const argv[] = {"git", "-c", "core.fsmonitor=false", "-C", (char *)dir, "ls-files",
                              "-z", "--cached", "--others", "--exclude-standard", NULL};
        int null = open("/dev/null", O_WRONLY | O_CLOEXEC);
        if (dup2(fds[1], STDOUT_FILENO) < 0) _exit(127);
        if (null >= 0) dup2(null, STDERR_FILENO);
        execvp("git", argv);
        _exit(127);
    }
    close(fds[1]);
    size_t cap = 1 << 14, n = 0;
    char *buf = xmalloc(cap);
    bool ok = true;
    for (;;) {
        if (n + 1 >= cap) buf = xrealloc(buf, cap *= 2);
        ssize_t k = read(fds[0], buf + n, cap - n - 1);
        if (k < 0 && errno == EINTR) continue;
        if (k < 0) { ok = false; break; }
        if (k == 0) break;
        n += (size_t)k;
    }
    close(fds[0]);
    int status;
    while (waitpid(pid, &status, 0) < 0)
        if (errno != EINTR) { status = -1; break; }
    if (!ok || status == -1 || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        free(buf);
        return false;
    }
    buf[n] = '\0';
    *out = buf;
    *len = n;
    return true;
}

static void from_git(const char *dir, const char *suffix, const char *list, size_t len,
                     PathList *found)
{
    for (size_t i = 0; i < len;) {
        const char *rel = list + i;
        size_t k = strlen(rel);
        i += k + 1;
        if (!k || !has_suffix(rel, suffix)) continue;
        char *p = join(dir, rel);
        /* --cached lists a tracked file deleted from the work tree, and a
         * submodule as one path: only files that are there count. */
        if (is_regular(p)) pathlist_add(found, p);
        free(p);
    }
}

/* ---- a plain directory ---------------------------------------------------- */

static bool from_disk(const char *dir, const char *suffix, PathList *found, char *err, size_t errsz)
{
    DIR *d = opendir(dir);
    if (!d) {
        snprintf(err, errsz, _("cannot read directory '%s': %s"), dir, strerror(errno));
        return false;
    }
    PathList subdirs = {0};
    struct dirent *e;
    while ((e = readdir(d))) {
        const char *name = e->d_name;
        if (strcmp(name, ".") == 0 || strcmp(name, "..") == 0 || strcmp(name, ".git") == 0) continue;
        char *p = join(dir, name);
        struct stat st;
        if (lstat(p, &st) == 0) {
            if (S_ISDIR(st.st_mode)) pathlist_add(&subdirs, p);
            else if (has_suffix(name, suffix) && is_regular(p)) pathlist_add(found, p);
        }
        free(p);
    }
    closedir(d);
    /* Depth is bounded by PATH_MAX: a deeper path cannot be opened. */
    bool ok = true;
    for (size_t i = 0; i < subdirs.n && ok; i++) ok = from_disk(subdirs.v[i], suffix, found, err, errsz);
    pathlist_free(&subdirs);
    return ok;
}

bool walk_files(const char *dir, const char *suffix, PathList *out, char *err, size_t errsz)
{
    struct stat st;
    if (stat(dir, &st) != 0) {
        snprintf(err, errsz, _("cannot open '%s': %s"), dir, strerror(errno));
        return false;
    }
    if (!S_ISDIR(st.st_mode)) {
        snprintf(err, errsz, _("'%s' is not a directory"), dir);
        return false;
    }
    PathList found = {0};
    char *list;
    size_t len;
    bool ok = true;
    if (git_list(dir, &list, &len)) {
        from_git(dir, suffix, list, len, &found);
        free(list);
    } else {
        ok = from_disk(dir, suffix, &found, err, errsz);
    }
    if (ok) {
        pathlist_sort(&found);
        for (size_t i = 0; i < found.n; i++)
            if (i == 0 || strcmp(found.v[i], found.v[i - 1]) != 0) pathlist_add(out, found.v[i]);
    }
    pathlist_free(&found);
    return ok;
}
