/* parse_ctx.h - state shared by the scanner and the parser for one file.
 *
 * It lives on the C stack of parse_source(); the scanner reaches it through
 * flex's extra-type and the parser through %parse-param, so the front end
 * has no global mutable state. */
#ifndef STRAT_PARSE_CTX_H
#define STRAT_PARSE_CTX_H

#include <stdbool.h>
#include "arena.h"
#include "ast.h"
#include "diag.h"
#include "intern.h"

typedef struct OpenBlock {
    const char *keyword;    /* "project", or "block" */
    Span span;              /* the keyword (or the brace) */
    Span brace;             /* the '{' */
    uint32_t indent;        /* blanks before the first token of the keyword's line */
    bool indented;          /* an item of the block stood deeper than that */
} OpenBlock;

/* A date token already parsed and found valid, by its bytes: a strategy
 * writes the same few dates (R3.3, FY2020, 令和3年度) thousands of times. */
enum { DATE_MEMO_SLOTS = 256, DATE_MEMO_BYTES = 24 };
typedef struct DateMemo {
    uint32_t len;               /* 0: empty slot */
    char text[DATE_MEMO_BYTES];
    Date date;                  /* its span is the first occurrence's */
} DateMemo;

typedef struct ParseCtx {
    Arena *arena;
    Interner *names;
    Diags *diags;
    SrcFile *src;
    uint32_t file;
    uint32_t pos;               /* byte offset where the next token starts */
    int start_token;            /* returned first: selects file or include mode */

    Comment *comments, **comments_tail;
    size_t ncomments;

    /* The block stack: Lua-style "'}' expected (to close 'project' at line 3)". */
    OpenBlock *open;
    size_t nopen, capopen;
    const char *last_keyword;   /* most recent block-owning keyword */
    Span last_keyword_span;
    bool too_deep;              /* nesting limit hit: parsing stopped */
    int pending_tok;            /* keyword to return after ITEM_START */
    Span pending_loc;
    bool at_eof;                /* open blocks closed at end of file: stay quiet */

    /* A block left open: where its '}' was probably forgotten (the first
     * item at or left of the block's own indentation, after items deeper
     * than it), found in the first parse and used by a second one. */
    uint32_t repair_at;         /* 0: none found */
    OpenBlock repair_block;
    const uint32_t *inject;     /* a later parse: hand the parser a '}' at each */
    int ninject, next_inject;   /* (sorted; one offset may come twice) */
    bool may_repair;            /* a repair found here will be parsed again */
    bool watch_indent;          /* look for it (a parse after one that ended in a block) */
    int stash_tok;              /* the item keyword held back behind an injected '}' */
    int stash_kw;
    Span stash_loc;

    /* Error recovery: what was read of the item a syntax error broke. */
    bool capture;               /* recovery is popping or discarding symbols */
    int broken_kw;              /* its keyword token, 0 if unknown */
    bool broken_at_kw;          /* broken_loc is the keyword's (or the unknown word's) */
    Span broken_loc;
    struct Item *broken_head;
    Ident broken_id;
    Text broken_title;
    int skip_idents;            /* identifiers to let pass before the id */
    int item_kw, last_tok, prev_tok;    /* the last item keyword, the last two tokens */
    Span last_loc, prev_loc;

    /* Scratch for adjacent strings and id lists (never nested, so one each). */
    char *tbuf;   size_t tlen, tcap;
    Text tfirst;                /* the first piece: a lone one is used as it is */
    Span *tspans; size_t tn, tspcap;
    Ident *ids;   size_t nids, capids;

    int syntax_errors;
    Item *result;               /* parsed top-level items */
    DateMemo dates[DATE_MEMO_SLOTS];
} ParseCtx;

enum { PARSE_MAX_NESTING = 32 };   /* documented in doc/language.md */
enum { PARSE_MAX_REPAIRS = 8 };    /* blocks left open put right by parsing again */

/* Scanner support (scan.c). */
int  lex_string(ParseCtx *c, const char *s, size_t n, Span sp, Text *out);
void lex_number(ParseCtx *c, const char *s, size_t n, Span sp, Value *out);
int  lex_ident(ParseCtx *c, const char *s, size_t n, Span sp, Ident *out);
void lex_comment(ParseCtx *c, Span sp);
void lex_bad(ParseCtx *c, const char *s, size_t n, Span sp);
int  lex_unterminated(ParseCtx *c, const char *s, int n, Span *sp);
int  lex_quoted(ParseCtx *c, const char *s, size_t n, Span sp, Text *out);
int  lex_open_brace(ParseCtx *c, Span sp);
void lex_close_brace(ParseCtx *c);
int  lex_eof(ParseCtx *c, Span sp);
void lex_indent_check(ParseCtx *c, Span sp);   /* an item keyword as the parser gets it */
Diag *lex_unclosed(ParseCtx *c, const OpenBlock *b);   /* "'{' of project 'x' at line 3 is never closed" */
int  lex_keyword_token(const char *word);   /* "indicator" -> KW_INDICATOR, 0 if none */
/* The keywords that start an item (keywords.def), into out; how many. */
size_t lex_item_keywords(const char **out, size_t cap);
void lex_keyword_seen(ParseCtx *c, const char *kw, Span sp);
int  lex_item(ParseCtx *c, int tok, const char *block_kw, Span sp);
void lex_restore_input(void *scanner);   /* after parsing: undo flex's in-place NUL */

/* Parser support (tree.c). */
Item *ast_new(ParseCtx *c, ItemKind k, size_t size, Span sp);
/* The same, with `before` bytes allocated just in front of the item (a
 * measure's MeasureAt): *front points at them. */
Item *ast_new_after(ParseCtx *c, ItemKind k, size_t size, Span sp, size_t before, void **front);
Date  ast_date(ParseCtx *c, Span tok);
Date  ast_date_from_number(ParseCtx *c, const Value *v);
Ident ast_ident_from_token(ParseCtx *c, Span tok);
void  ast_text_begin(ParseCtx *c, const Text *first);
void  ast_text_add(ParseCtx *c, const Text *more);
Text  ast_text_end(ParseCtx *c);
void  ast_ids_begin(ParseCtx *c);
void  ast_ids_add(ParseCtx *c, Ident id);
void  ast_ids_end(ParseCtx *c, Item *it);
Cond *ast_cond(ParseCtx *c, CondKind k, Span sp);
Operand *ast_operand_num(ParseCtx *c, const Value *v, bool percent, Span sp);
void  ast_broken_reset(ParseCtx *c);

#define ITEM_SIZE(arm) (offsetof(Item, u) + sizeof(((Item *)0)->u.arm))
/* A baseline, an actual or a numeric target: the measure arm without its text (ast.h). */
#define ITEM_SIZE_NO_TEXT offsetof(Item, u.m.text)
/* A text item other than a milestone or an include: without date and file. */
#define ITEM_SIZE_TEXT_ONLY offsetof(Item, u.txt.date)

#endif
