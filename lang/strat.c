/* strat.c - sessions, and running the scanner and parser over one file. */
#include "strat.h"
#include "parse_ctx.h"
#include "parser.h"
#include "lexer.h"
#include "xalloc.h"

#include <stdlib.h>
#include <string.h>

void strat_init(Strat *s, const StratOptions *opt)
{
    memset(s, 0, sizeof *s);
    if (opt) s->opt = *opt;
    arena_init(&s->arena);
    intern_init(&s->names, &s->arena);
    src_init(&s->src);
    diag_init(&s->diags, &s->src);
    s->diags.strict = s->opt.strict;
}

void strat_fini(Strat *s)
{
    for (size_t i = 0; i < s->nmodels; i++) {
        Model *m = s->models[i];
        ptrmap_free(&m->viewpoint_by_id);
        ptrmap_free(&m->sector_by_id);
        ptrmap_free(&m->project_by_id);
        ptrmap_free(&m->indicator_by_id);
    }
    free(s->models);
    diag_free(&s->diags);
    src_free(&s->src);
    intern_free(&s->names);
    arena_free(&s->arena);
}

AstFile *parse_file(Strat *s, uint32_t file, bool is_include)
{
    SrcFile *f = src_file(&s->src, file);
    ParseCtx pc;
    memset(&pc, 0, sizeof pc);
    pc.arena = &s->arena;
    pc.names = &s->names;
    pc.diags = &s->diags;
    pc.src = f;
    pc.file = file;
    pc.comments_tail = &pc.comments;
    pc.start_token = is_include ? START_INCLUDE : START_FILE;

    int errors_before = s->diags.errors;
    yyscan_t scanner;
    if (yylex_init_extra(&pc, &scanner) != 0) {
        diag_add_global(&s->diags, SEV_ERROR, "internal", "cannot start the scanner");
        return NULL;
    }
    /* Scan in place: the text has two spare NULs, so flex copies nothing. */
    YY_BUFFER_STATE buf = yy_scan_buffer(f->text, f->len + 2, scanner);
    parse_run(scanner, &pc);
    lex_restore_input(scanner);
    yy_delete_buffer(buf, scanner);
    yylex_destroy(scanner);

    AstFile *af = ARENA_NEW(&s->arena, AstFile);
    af->file = file;
    af->items = pc.result;
    af->comments = pc.comments;
    af->ncomments = pc.ncomments;
    af->is_include = is_include;
    af->errors = s->diags.errors - errors_before;
    free(pc.open);
    free(pc.tbuf);
    free(pc.tspans);
    free(pc.ids);
    return af;
}

Model *strat_load(Strat *s, const char *path)
{
    uint32_t id;
    if (!src_load_path(s, path, NULL, &id)) return NULL;
    return resolve(s, parse_file(s, id, false));
}

Model *strat_load_bytes(Strat *s, const char *name, const char *bytes, size_t len)
{
    uint32_t id;
    if (!src_load_bytes(s, name, NULL, bytes, len, &id)) return NULL;
    return resolve(s, parse_file(s, id, false));
}
