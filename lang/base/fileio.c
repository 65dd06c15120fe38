/* fileio.c - reading whole files (see fileio.h). */
#include "fileio.h"
#include "xalloc.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

FileKind file_kind(const char *path)
{
    struct stat st;
    if (stat(path, &st) != 0) return FILE_MISSING;
    if (S_ISREG(st.st_mode)) return FILE_REGULAR;
    if (S_ISDIR(st.st_mode)) return FILE_DIRECTORY;
    return FILE_OTHER;
}

bool file_read_fd(int fd, size_t max, char **out, size_t *len)
{
    size_t cap = 1 << 16, n = 0;
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0) {
        if ((unsigned long long)st.st_size > max) { errno = EFBIG; return false; }
        cap = (size_t)st.st_size + 4096;    /* room to see the end, or a file that grew */
    }
    char *buf = xcalloc_big(cap);
    for (;;) {
        if (cap - n < 4096) {
            if (cap > max) { free(buf); errno = EFBIG; return false; }
            cap *= 2;
            buf = xrealloc(buf, cap);
        }
        ssize_t k = read(fd, buf + n, cap - n - 2);
        if (k < 0) {
            if (errno == EINTR) continue;
            int e = errno;
            free(buf);
            errno = e;
            return false;
        }
        if (k == 0) break;
        n += (size_t)k;
    }
    if (n > max) { free(buf); errno = EFBIG; return false; }
    buf[n] = buf[n + 1] = 0;
    *out = buf;
    *len = n;
    return true;
}

bool file_read_path(const char *path, size_t max, char **out, size_t *len)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return false;
    bool ok = file_read_fd(fd, max, out, len);
    int e = errno;
    close(fd);
    errno = e;
    return ok;
}
