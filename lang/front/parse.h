/* parse.h - the front end's one entry point: scan and parse one source file
 * into a syntax tree.  flex and bison stay behind it: nothing above lang/front
 * sees a token, a scanner or the generated headers. */
#ifndef STRAT_PARSE_H
#define STRAT_PARSE_H

#include <stdbool.h>
#include "arena.h"
#include "ast.h"
#include "diag.h"
#include "intern.h"
#include "source.h"

/* Parses file (already decoded into srcs) into a tree allocated from arena,
 * with ids interned in names and findings added to diags.  An include is
 * parsed as a list of items, a main file as one strategy.  NULL only if the
 * scanner could not start (a diagnostic says so). */
AstFile *parse_source(Arena *arena, Interner *names, Diags *diags, SrcSet *srcs, uint32_t file,
                      bool is_include);

/* True for a word of the language (keywords.def): an id cannot be one. */
bool parse_is_keyword(const char *word);

#endif
