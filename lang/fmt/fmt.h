/* fmt.h - `stratc fmt`: a file's syntax tree printed in the canonical layout.
 *
 * The printer works from the syntax tree (ast.h), never from the model:
 * what it prints is what the author wrote - every item, every comment, the
 * author's blank-line groups and string splits - in one layout
 * (doc/format.md).  It needs no resolution, so a file and a file meant to be
 * included (items without a `strategy` block) are formatted alike. */
#ifndef STRAT_FMT_H
#define STRAT_FMT_H

#include <stdbool.h>
#include <stddef.h>
#include "ast.h"
#include "fmt_lines.h"
#include "strat.h"

enum { FMT_MAX_WIDTH = 100 };   /* id lists wrap before this display column */

/* The canonical text of a parsed file (malloc'd, *len bytes, NUL-terminated). */
char *fmt_ast(const SrcFile *src, const AstFile *ast, size_t *len);

/* Parses loaded file `file` of s and formats it.  Returns NULL, with the
 * reasons in s->diags, when reading the file found errors (syntax, invalid
 * dates, bad escapes...): such a file is never formatted. */
char *fmt_source(Strat *s, uint32_t file, size_t *len);
/* The same, the text handed to sink in pieces as it is made, so that it is
 * never whole in memory (`stratc fmt` of a large plan).  False, with nothing
 * handed over, when the file has errors. */
bool  fmt_source_to(Strat *s, uint32_t file, FmtSink sink, void *ctx);

#endif
