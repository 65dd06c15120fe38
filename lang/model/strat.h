/* strat.h - the front end's one entry point: load a strategy file into a model.
 *
 * A Strat is one compilation session.  It owns the arena (AST, model,
 * strings), the interner, the source files and the diagnostics; several
 * strategies can be loaded into one session (diff loads two, check loads a
 * file and the one it revises) and share interned ids. */
#ifndef STRAT_STRAT_H
#define STRAT_STRAT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include "arena.h"
#include "diag.h"
#include "intern.h"
#include "model.h"
#include "source.h"

typedef struct StratOptions {
    const char *input_encoding;     /* iconv name; NULL means UTF-8 */
    bool strict;                    /* warnings about eras become errors */
    const char **include_paths;     /* directories includes may also come from */
    size_t ninclude_paths;
} StratOptions;

typedef struct Strat {
    Arena arena;
    Interner *names;        /* its own, or the one of the session it shares with */
    Interner names_own;
    SrcSet *src;            /* the same */
    SrcSet src_own;
    Diags diags;
    StratOptions opt;
    int io_errors;          /* files that could not be opened or read (exit 2) */
    uint32_t rank;          /* 0, or 1 for a session sharing another's sources */
    uint32_t nfiles;        /* files this session loaded */
    Model **models;         /* every model resolved here: strat_fini frees their maps */
    size_t nmodels, capmodels;
} Strat;

enum { STRAT_MAX_INCLUDE_DEPTH = 16 };   /* documented in doc/language.md */

void   strat_init(Strat *s, const StratOptions *opt);
/* A session with an arena and diagnostics of its own, and with's interner
 * and sources: the two may load files on two threads at once, ids intern
 * to the same pointers and file ids are common (diff).  with must outlive s. */
void   strat_init_sharing(Strat *s, const StratOptions *opt, Strat *with);
/* Moves what a sharing session holds (its arena, diagnostics, models) into
 * the one it shares with, once it is done loading; from is left empty. */
void   strat_adopt(Strat *into, Strat *from);
void   strat_fini(Strat *s);

/* Loads, parses and resolves.  Returns NULL only when the file could not be
 * read or decoded (a diagnostic says why); otherwise a model, possibly
 * partial: s->diags.errors tells whether the file is valid. */
Model *strat_load(Strat *s, const char *path);
/* The same from memory (git show, tests, fuzzing).  The bytes are copied. */
Model *strat_load_bytes(Strat *s, const char *name, const char *bytes, size_t len);

/* A whole stream into one malloc'd buffer (two spare bytes after it), sized
 * from the file when it is a regular file; false with errno set (EFBIG over
 * SRC_MAX_BYTES). */
bool   src_read_stream(FILE *f, char **out, size_t *len);
/* Reads a file into a fresh SrcSet entry after decoding; false on failure. */
bool   src_load_path(Strat *s, const char *path, const Span *from, uint32_t *id);
bool   src_load_bytes(Strat *s, const char *name, const char *realpath, const char *bytes,
                      size_t len, uint32_t *id);

/* Parses one loaded file (resolver use). */
AstFile *parse_file(Strat *s, uint32_t file, bool is_include);
Model   *resolve(Strat *s, AstFile *ast);

#endif
