/* newfile.h - creating a file that must not exist yet (`stratc init`).
 *
 * The text goes to a temporary file beside path, which is then hard-linked
 * to path: link(2) fails if path exists (a file, a directory, a symbolic
 * link, even a dangling one), so an existing file is never touched, and
 * path appears with all its bytes or not at all.  Where the file system
 * has no hard links, path is created with O_EXCL and written, and removed
 * again if writing fails. */
#ifndef STRAT_NEWFILE_H
#define STRAT_NEWFILE_H

#include <stdbool.h>
#include <stddef.h>

/* false (after a "stratc: error:" message) if path exists or on any error. */
bool newfile_write(const char *path, const char *bytes, size_t len);

#endif
