/* gitshow.c - `git show REV:PATH` through fork and exec (see gitshow.h). */
#include "gitshow.h"
#include "fileio.h"
#include "i18n.h"
#include "xalloc.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

bool git_is_rev_path(const char *arg)
{
    if (!strchr(arg, ':') || arg[0] == '-') return false;
    struct stat st;
    return stat(arg, &st) != 0;
}

bool git_show(const char *spec, size_t max, char **out, size_t *len, char *err, size_t errsz)
{
    int fds[2];
    /* Close-on-exec: diff may run two of these at once on two threads, and
     * neither git may inherit the other's pipe (its reader would wait for
     * both to exit).  dup2 gives the child's stdout without the flag. */
    if (pipe2(fds, O_CLOEXEC) != 0) {
        snprintf(err, errsz, _("cannot create a pipe: %s"), strerror(errno));
        return false;
    }
    pid_t pid = fork();
    if (pid < 0) {
        snprintf(err, errsz, _("cannot start git: %s"), strerror(errno));
        close(fds[0]);
        close(fds[1]);
        return false;
    }
    if (pid == 0) {
        /* --no-textconv: the blob as committed, not a configured rendering. */
        char *const argv[] = {"git", "show", "--no-textconv", "--end-of-options", (char *)spec, NULL};
        close(fds[0]);
        if (dup2(fds[1], STDOUT_FILENO) < 0) _exit(127);
        close(fds[1]);
        execvp("git", argv);
        /* Only async-signal-safe calls here: another thread may have held a
         * stdio lock when this process was forked. */
        static const char msg[] = "stratc diff: error: cannot run git\n";
        ssize_t w = write(STDERR_FILENO, msg, sizeof msg - 1);
        (void)w;
        _exit(127);
    }
    close(fds[1]);
    char *buf = NULL;
    size_t n = 0;
    bool ok = file_read_fd(fds[0], max, &buf, &n);
    int e = errno;
    close(fds[0]);
    int status;
    while (waitpid(pid, &status, 0) < 0)
        if (errno != EINTR) { status = -1; break; }
    if (!ok) {
        if (e == EFBIG)
            snprintf(err, errsz, _("git show '%s' is larger than %zu bytes, the limit"), spec, max);
        else
            snprintf(err, errsz, _("cannot read the output of git show '%s': %s"), spec, strerror(e));
        return false;
    }
    if (status == -1 || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        free(buf);
        if (status != -1 && WIFEXITED(status) && WEXITSTATUS(status) == 127)
            snprintf(err, errsz, _("git show '%s' could not run (is git installed?)"), spec);
        else
            snprintf(err, errsz, _("git show '%s' failed"), spec);
        return false;
    }
    *out = buf;
    *len = n;
    return true;
}
