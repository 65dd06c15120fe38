/* outfile.h - writing a file atomically: a temporary file in the same
 * directory, then rename(2).  The original is untouched on any error, and
 * its mode is kept.  Used by `fmt -w` and `report -o`. */
#ifndef STRAT_OUTFILE_H
#define STRAT_OUTFILE_H

#include <stdbool.h>
#include <stdio.h>

typedef struct OutFile {
    FILE *f;            /* write here */
    char *path;         /* final name */
    char *tmp;          /* temporary name, NULL once committed or aborted */
} OutFile;

/* Opens a temporary beside path; on failure prints "stratc: error: ..." and returns false. */
bool outfile_open(OutFile *o, const char *path);
/* Flushes, fsyncs and renames over path; false (after a message) on any error. */
bool outfile_commit(OutFile *o);
/* Removes the temporary; the original stays as it was. */
void outfile_abort(OutFile *o);

/* The whole of bytes as path's new content, atomically (open, write,
 * commit); a message on stderr and false on failure. */
bool outfile_write(const char *path, const char *bytes, size_t len);

/* A new temporary file beside path (same directory, so rename() never
 * crosses file systems), opened close-on-exec; its name, malloc'd, in *tmp.
 * -1 with errno set. */
int outfile_temp_beside(const char *path, char **tmp);

#endif
