/* strat.c - sessions, and running the scanner and parser over one file. */
#include "strat.h"
#include "parse_ctx.h"
#include "parser.h"
#include "lexer.h"
#include "xalloc.h"

#include <stdlib.h>
#include <string.h>

/* A session over the given interner and sources (its own, or shared). */
static void init(Strat *s, const StratOptions *opt, Interner *names, SrcSet *src)
{
    memset(s, 0, sizeof *s);
    if (opt) s->opt = *opt;
    arena_init(&s->arena);
    s->names = names;
    s->src = src;
    diag_init(&s->diags, s->src);
    s->diags.strict = s->opt.strict;
}

void strat_init(Strat *s, const StratOptions *opt)
{
    init(s, opt, &s->names_own, &s->src_own);
    intern_init(&s->names_own);
    src_init(&s->src_own);
}

void strat_init_sharing(Strat *s, const StratOptions *opt, Strat *with)
{
    init(s, opt, with->names, with->src);
    intern_share(s->names);
    src_share(s->src);
    s->rank = with->rank + 1;
}

void strat_adopt(Strat *into, Strat *from)
{
    arena_adopt(&into->arena, &from->arena);
    for (size_t i = 0; i < from->diags.n; i++) {
        Diag *g = from->diags.items[i];
        g->seq += into->diags.n;       /* after into's own, in their order */
        XGROW(into->diags.items, into->diags.cap, into->diags.n + 1);
        into->diags.items[into->diags.n++] = g;
    }
    into->diags.errors += from->diags.errors;
    into->diags.warnings += from->diags.warnings;
    from->diags.n = 0;
    from->diags.errors = from->diags.warnings = 0;
    for (size_t i = 0; i < from->nmodels; i++) {
        XGROW(into->models, into->capmodels, into->nmodels + 1);
        into->models[into->nmodels++] = from->models[i];
    }
    from->nmodels = 0;
    into->io_errors += from->io_errors;
    from->io_errors = 0;
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
    if (s->src == &s->src_own) src_free(&s->src_own);
    if (s->names == &s->names_own) intern_free(&s->names_own);
    arena_free(&s->arena);
}

/* One parse of a file into pc; false if the scanner could not start. */
static bool parse_once(Strat *s, uint32_t file, bool is_include, bool watch, const uint32_t *inject,
                       int ninject, ParseCtx *pc)
{
    SrcFile *f = src_file(s->src, file);
    memset(pc, 0, sizeof *pc);
    pc->arena = &s->arena;
    pc->names = s->names;
    pc->diags = &s->diags;
    pc->src = f;
    pc->file = file;
    pc->comments_tail = &pc->comments;
    pc->start_token = is_include ? START_INCLUDE : START_FILE;
    pc->inject = inject;
    pc->ninject = ninject;
    pc->may_repair = ninject < PARSE_MAX_REPAIRS;
    pc->watch_indent = watch;

    yyscan_t scanner;
    if (yylex_init_extra(pc, &scanner) != 0) {
        diag_add_global(&s->diags, SEV_ERROR, "internal", "cannot start the scanner");
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

AstFile *parse_file(Strat *s, uint32_t file, bool is_include)
{
    ParseCtx pc;
    int errors_before = s->diags.errors;
    size_t diags_before = s->diags.n;
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
        if (!parse_once(s, file, is_include, watch, inject, n, &pc)) return NULL;
        if (!watch && pc.at_eof) {
            watch = true;
            parse_ctx_free(&pc);
            diag_truncate(&s->diags, diags_before);
            continue;
        }
        if (!(pc.at_eof && pc.repair_at && pc.may_repair)) break;
        at[n] = pc.repair_at;
        open[n] = pc.repair_block;
        int k = n++;
        while (k > 0 && inject[k - 1] > pc.repair_at) { inject[k] = inject[k - 1]; k--; }
        inject[k] = pc.repair_at;
        parse_ctx_free(&pc);
        diag_truncate(&s->diags, diags_before);
    }
    for (int i = 0; i < n; i++) {
        Diag *g = lex_unclosed(&pc, &open[i]);
        int line, col;
        src_linecol(pc.src, at[i], &line, &col);
        Span before = {file, at[i], at[i]};
        diag_note(g, &before, "the indentation says it ends before line %d", line);
        diag_help(g, "add '}' before line %d", line);
    }

    AstFile *af = ARENA_NEW(&s->arena, AstFile);
    af->file = file;
    af->items = pc.result;
    af->comments = pc.comments;
    af->ncomments = pc.ncomments;
    af->is_include = is_include;
    af->errors = s->diags.errors - errors_before;
    parse_ctx_free(&pc);
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
