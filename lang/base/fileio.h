/* fileio.h - the one place that reads whole files and says what a path is.
 *
 * The front end (strategies), fmt, diff's git driver and git show all read
 * whole inputs; they share this reader, so the limits, the spare bytes the
 * scanner needs and the error reporting (errno) are the same everywhere. */
#ifndef STRAT_FILEIO_H
#define STRAT_FILEIO_H

#include <stdbool.h>
#include <stddef.h>

typedef enum { FILE_MISSING, FILE_REGULAR, FILE_DIRECTORY, FILE_OTHER } FileKind;

/* What path names (following links).  FILE_OTHER: a FIFO, a device, a
 * socket - nothing stratc reads as a plan, since reading may never end. */
FileKind file_kind(const char *path);

/* Everything fd yields, into one malloc'd buffer with two zero bytes after
 * *len (flex scans in place).  A regular file is read into a buffer of its
 * size, with huge pages: no regrowth and no second copy, which matters at
 * hundreds of megabytes.  False with errno set: EFBIG past max bytes. */
bool file_read_fd(int fd, size_t max, char **out, size_t *len);

/* The same for a path, opened close-on-exec (diff reads on two threads while
 * git runs). */
bool file_read_path(const char *path, size_t max, char **out, size_t *len);

#endif
