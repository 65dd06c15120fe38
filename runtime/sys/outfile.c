/* outfile.c - atomic replacement of a file (see outfile.h). */
#include "outfile.h"
#include "i18n.h"
#include "xalloc.h"

#include <errno.h>
#include <fcntl.h>
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

int outfile_temp_beside(const char *path, char **tmp)
{
    size_t n = strlen(path) + 32;
    *tmp = xmalloc(n);
    const char *slash = strrchr(path, '/');
    int dirlen = slash ? (int)(slash - path + 1) : 0;
    snprintf(*tmp, n, "%.*s.%s.stratc-XXXXXX", dirlen, path, slash ? slash + 1 : path);
    return mkostemp(*tmp, O_CLOEXEC);
}

bool outfile_open(OutFile *o, const char *path)
{
    memset(o, 0, sizeof *o);
    /* Through a symbolic link: replace the file it names, not the link. */
    struct stat lst;
    char *target = NULL;
    if (lstat(path, &lst) == 0 && S_ISLNK(lst.st_mode) && (target = realpath(path, NULL)))
        path = target;
    char *tmp;
    int fd = outfile_temp_beside(path, &tmp);
    if (fd < 0) {
        fail(N_("cannot create a temporary file beside '%s': %s"), path, errno);
        free(tmp);
        free(target);
        return false;
    }
    struct stat st;
    if (stat(path, &st) == 0) fchmod(fd, st.st_mode & 07777);
    else {
        mode_t um = umask(0);
        umask(um);
        fchmod(fd, 0666 & ~um);
    }
    o->f = fdopen(fd, "w");
    if (!o->f) {
        fail(N_("cannot write '%s': %s"), tmp, errno);
        close(fd);
        unlink(tmp);
        free(tmp);
        free(target);
        return false;
    }
    o->tmp = tmp;
    o->path = xstrdup(path);
    free(target);
    return true;
}

bool outfile_commit(OutFile *o)
{
    bool ok = fflush(o->f) == 0 && !ferror(o->f) && fsync(fileno(o->f)) == 0;
    int e = errno ? errno : EIO;     /* ferror() from an earlier write may leave errno 0 */
    if (fclose(o->f) != 0 && ok) { ok = false; e = errno; }
    o->f = NULL;
    if (ok && rename(o->tmp, o->path) != 0) { ok = false; e = errno; }
    if (!ok) {
        fail(N_("cannot write '%s': %s"), o->path, e);
        unlink(o->tmp);
    }
    free(o->tmp);
    free(o->path);
    o->tmp = o->path = NULL;
    return ok;
}

void outfile_abort(OutFile *o)
{
    if (o->f) fclose(o->f);
    if (o->tmp) unlink(o->tmp);
    free(o->tmp);
    free(o->path);
    memset(o, 0, sizeof *o);
}

bool outfile_write(const char *path, const char *bytes, size_t len)
{
    OutFile o;
    if (!outfile_open(&o, path)) return false;
    if (fwrite(bytes, 1, len, o.f) != len) {
        fail(N_("cannot write '%s': %s"), path, errno);
        outfile_abort(&o);
        return false;
    }
    return outfile_commit(&o);
}
