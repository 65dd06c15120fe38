/* parse.c - running the scanner and the parser over one file (see parse.h). */
#include "parse.h"
#include "parse_ctx.h"
#include "parser.h"
#include "lexer.h"

#include <stdlib.h>
#include <string.h>

/* What a parse works with, apart from the parse context itself. */
typedef struct Parse {
    Arena *arena;
    Interner *names;
    Diags *diags;
    SrcSet *srcs;
    uint32_t file;
    bool is_include;
} Parse;

/* One parse of a file into pc; false if the scanner could not start. */
static bool parse_once(const Parse *p, bool watch, const uint32_t *inject, int ninject, ParseCtx *pc)
{
    SrcFile *f = src_file(p->srcs, p->file);
    memset(pc, 0, sizeof *pc);
    pc->arena = p->arena;
    pc->names = p->names;
    pc->diags = p->diags;
    pc->src = f;
    pc->file = p->file;
    pc->comments_tail = &pc->comments;
    pc->start_token = p->is_include ? START_INCLUDE : START_FILE;
    pc->inject = inject;
    pc->ninject = ninject;
    pc->may_repair = ninject < PARSE_MAX_REPAIRS;
    pc->watch_indent = watch;

    yyscan_t scanner;
    if (yylex_init_extra(pc, &scanner) != 0) {
        diag_add_global(p->diags, SEV_ERROR, "internal", "cannot start the scanner");
        return false;
    }
    /* Scan in place: the text has two spare NULs, so flex copies nothing. */
    YY_BUFFER_STATE buf = yy_scan_buffer(f->text, f->len + 2, scanner);
    parse_run(scanner, pc);
    lex_restore_input(scanner);
    yy_delete_buffer(buf, scanner);
    yylex_destroy(scanner);
    return true;
}

static void parse_ctx_free(ParseCtx *pc)
{
    free(pc->open);
    free(pc->tbuf);
    free(pc->tspans);
    free(pc->ids);
}

AstFile *parse_source(Arena *arena, Interner *names, Diags *diags, SrcSet *srcs, uint32_t file,
                      bool is_include)
{
    const Parse p = {arena, names, diags, srcs, file, is_include};
    ParseCtx pc;
    int errors_before = diags->errors;
    size_t diags_before = diags->n;
    /* The file ended inside a block, and an item stood where the block's
     * indentation says it had ended: parse again with the '}' put there, so
     * the one message is at the block left open, and everything after it
     * lands where its author meant it (rustc's unclosed-delimiter report).
     * Each parse may find one more such block, up to PARSE_MAX_REPAIRS.
     * Only a file that ends inside a block pays for watching indentation:
     * the first parse does not, and says nothing of the open block. */
    uint32_t inject[PARSE_MAX_REPAIRS], at[PARSE_MAX_REPAIRS];
    OpenBlock open[PARSE_MAX_REPAIRS];
    int n = 0;
    bool watch = false;
    for (;;) {
        if (!parse_once(&p, watch, inject, n, &pc)) return NULL;
        if (!watch && pc.at_eof) {
            watch = true;
            parse_ctx_free(&pc);
            diag_truncate(diags, diags_before);
            continue;
        }
        if (!(pc.at_eof && pc.repair_at && pc.may_repair)) break;
        at[n] = pc.repair_at;
        open[n] = pc.repair_block;
        int k = n++;
        while (k > 0 && inject[k - 1] > pc.repair_at) { inject[k] = inject[k - 1]; k--; }
        inject[k] = pc.repair_at;
        parse_ctx_free(&pc);
        diag_truncate(diags, diags_before);
    }
    for (int i = 0; i < n; i++) {
        Diag *g = lex_unclosed(&pc, &open[i]);
        int line, col;
        src_linecol(pc.src, at[i], &line, &col);
        Span before = {file, at[i], at[i]};
        diag_note(g, &before, "the indentation says it ends before line %d", line);
        diag_help(g, "add '}' before line %d", line);
    }

    AstFile *af = ARENA_NEW(arena, AstFile);
    af->file = file;
    af->items = pc.result;
    af->comments = pc.comments;
    af->ncomments = pc.ncomments;
    af->is_include = is_include;
    af->errors = diags->errors - errors_before;
    parse_ctx_free(&pc);
    return af;
}

bool parse_is_keyword(const char *word)
{
    return lex_keyword_token(word) != 0;
}
