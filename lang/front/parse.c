/* parse.c - running the scanner and the parser over one file (see parse.h). */
#include "parse.h"
#include "parse_ctx.h"
#include "parser.h"
#include "lexer.h"

#include <stdlib.h>
#include <string.h>

AstFile *parse_source(Arena *arena, Interner *names, Diags *diags, SrcSet *srcs, uint32_t file,
                      bool is_include)
{
    SrcFile *f = src_file(srcs, file);
    ParseCtx pc;
    memset(&pc, 0, sizeof pc);
    pc.arena = arena;
    pc.names = names;
    pc.diags = diags;
    pc.src = f;
    pc.file = file;
    pc.comments_tail = &pc.comments;
    pc.start_token = is_include ? START_INCLUDE : START_FILE;

    int errors_before = diags->errors;
    yyscan_t scanner;
    if (yylex_init_extra(&pc, &scanner) != 0) {
        diag_add_global(diags, SEV_ERROR, "internal", "cannot start the scanner");
        return NULL;
    }
    /* Scan in place: the text has two spare NULs, so flex copies nothing. */
    YY_BUFFER_STATE buf = yy_scan_buffer(f->text, f->len + 2, scanner);
    parse_run(scanner, &pc);
    lex_restore_input(scanner);
    yy_delete_buffer(buf, scanner);
    yylex_destroy(scanner);

    AstFile *af = ARENA_NEW(arena, AstFile);
    af->file = file;
    af->items = pc.result;
    af->comments = pc.comments;
    af->ncomments = pc.ncomments;
    af->is_include = is_include;
    af->errors = diags->errors - errors_before;
    free(pc.open);
    free(pc.tbuf);
    free(pc.tspans);
    free(pc.ids);
    return af;
}
