/* source.h - loaded source files, spans into them, and line/column lookup.
 *
 * Tokens and nodes carry byte-offset spans; lines and columns are computed
 * from a line-start table only when something is printed (jq's way). */
#ifndef STRAT_SOURCE_H
#define STRAT_SOURCE_H

#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>

typedef struct Span {
    uint32_t file;          /* index into SrcSet.files */
    uint32_t start, end;    /* byte offsets, end exclusive */
} Span;

typedef struct SrcFile {
    char *path;             /* as the user (or the including file) named it */
    char *realpath;         /* canonical, for include cycles; NULL for stdin */
    char *text;             /* UTF-8, NUL-terminated, 2 spare NULs for flex */
    size_t len;
    uint32_t *lines;        /* byte offset of each line start, built lazily */
    size_t nlines;
    uint32_t *cps;          /* code points before each SRC_CP_STEP-byte block, lazily:
                             * columns in long lines cost O(SRC_CP_STEP), not O(line) */
    uint64_t order;         /* where its diagnostics sort: its id, unless set by the loader */
} SrcFile;

enum { SRC_CP_STEP = 1024 };

typedef struct SrcSet {
    SrcFile **files;
    size_t n, cap;
    atomic_flag *lock;      /* set by src_share(): files grows under it */
} SrcSet;

/* Limits, documented in doc/language.md. */
enum { SRC_MAX_BYTES = 0x7fffffff - 16 };

void     src_init(SrcSet *s);
void     src_free(SrcSet *s);
/* From now on, files may be added and looked up from several threads. */
void     src_share(SrcSet *s);
SrcFile *src_file(const SrcSet *s, uint32_t id);
/* Adds a file whose text is already valid UTF-8 (ownership of text passes). */
uint32_t src_add(SrcSet *s, const char *path, const char *realpath, char *text, size_t len);

/* 1-based line and column (column counts code points). */
void     src_linecol(SrcFile *f, uint32_t off, int *line, int *col);
/* Start and end (exclusive, without the newline) of the line holding off. */
void     src_line_bounds(SrcFile *f, uint32_t off, uint32_t *bol, uint32_t *eol);

#endif
