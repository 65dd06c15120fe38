/* newfile.c - create a file without ever replacing one (see newfile.h). */
#include "newfile.h"
#include "outfile.h"
#include "i18n.h"
#include "xalloc.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* "stratc: error: " and the translated message about path and errno e. */
static void fail(const char *fmt, const char *path, int e)
{
    fputs("stratc: error: ", stderr);
    fprintf(stderr, i18n_msg(fmt), path, strerror(e));
    fputc('\n', stderr);
}

static bool write_all(int fd, const char *p, size_t n)
{
    while (n) {
        ssize_t k = write(fd, p, n);
        if (k < 0 && errno == EINTR) continue;
        if (k <= 0) { if (k == 0) errno = EIO; return false; }
        p += k;
        n -= (size_t)k;
    }
    return true;
}

static bool exists_error(const char *path)
{
    fputs("stratc: error: ", stderr);   /* the severity word stays English */
    fprintf(stderr, _("'%s' already exists; it is not replaced"), path);
    fputc('\n', stderr);
    return false;
}

/* No hard links here: O_EXCL still never replaces a file. */
static bool create_excl(const char *path, const char *bytes, size_t len)
{
    int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd < 0) {
        if (errno == EEXIST) return exists_error(path);
        fail(N_("cannot create '%s': %s"), path, errno);
        return false;
    }
    bool ok = write_all(fd, bytes, len) && fsync(fd) == 0;
    int e = errno;
    if (close(fd) != 0 && ok) { ok = false; e = errno; }
    if (!ok) {
        fail(N_("cannot write '%s': %s"), path, e);
        unlink(path);
    }
    return ok;
}

bool newfile_write(const char *path, const char *bytes, size_t len)
{
    struct stat st;
    if (lstat(path, &st) == 0) return exists_error(path);
    char *tmp;
    int fd = outfile_temp_beside(path, &tmp);
    if (fd < 0) {
        fail(N_("cannot create '%s': %s"), path, errno);
        free(tmp);
        return false;
    }
    mode_t um = umask(0);
    umask(um);
    bool ok = fchmod(fd, 0666 & ~um) == 0 && write_all(fd, bytes, len) && fsync(fd) == 0;
    int e = errno;
    if (close(fd) != 0 && ok) { ok = false; e = errno; }
    if (!ok) {
        fail(N_("cannot write '%s': %s"), path, e);
        unlink(tmp);
        free(tmp);
        return false;
    }
    if (link(tmp, path) == 0) {
        unlink(tmp);
        free(tmp);
        return true;
    }
    e = errno;
    unlink(tmp);
    free(tmp);
    if (e == EEXIST) return exists_error(path);
    if (e == EPERM || e == ENOTSUP || e == EOPNOTSUPP || e == ENOSYS || e == EMLINK)
        return create_excl(path, bytes, len);
    fail(N_("cannot create '%s': %s"), path, e);
    return false;
}
