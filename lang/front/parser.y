/* parser.y - the .strat grammar: pure, reentrant, with locations.
 *
 * The grammar is deliberately permissive about *where* an item stands (any
 * item may appear in any block); the resolver then says "'unit' belongs in an
 * indicator", which reads better than a list of expected tokens.  Error
 * recovery is at item level, so one run reports every syntax error. */
%require "3.8"
%define api.pure full
%define api.location.type {Span}
%define parse.error custom
/* No LAC: it finds an error before the default reduction of the item the
 * error follows, so recovery would pop that complete item and lose it (a
 * sector before a mistyped keyword, then every reference to it). */
%define parse.lac none
%expect 0
%locations

%param {yyscan_t scanner} {ParseCtx *pc}

%code requires {
#include "i18n.h"
#include "parse_ctx.h"
#ifndef YY_TYPEDEF_YY_SCANNER_T
#define YY_TYPEDEF_YY_SCANNER_T
typedef void *yyscan_t;
#endif
typedef struct ItemList { Item *head, *tail; } ItemList;

/* A rule's span runs from its first symbol's start to its last symbol's end;
 * an empty rule sits at the end of what came before. */
#define YYLLOC_DEFAULT(Cur, Rhs, N)                                        \
    do {                                                                   \
        if (N) {                                                           \
            (Cur).file = YYRHSLOC(Rhs, 1).file;                            \
            (Cur).start = YYRHSLOC(Rhs, 1).start;                          \
            (Cur).end = YYRHSLOC(Rhs, N).end;                              \
        } else {                                                           \
            (Cur).file = YYRHSLOC(Rhs, 0).file;                            \
            (Cur).start = (Cur).end = YYRHSLOC(Rhs, 0).end;                \
        }                                                                  \
    } while (0)
}

%code provides {
int parse_run(yyscan_t scanner, ParseCtx *pc);
}

%code {
#include <string.h>
#include "suggest.h"

int strat_scan(YYSTYPE *lval, YYLTYPE *lloc, yyscan_t scanner);

static int next_token(YYSTYPE *lval, YYLTYPE *lloc, yyscan_t scanner, ParseCtx *pc);

/* The last two tokens, for messages about the one before the error
 * (`target 500 in 令和6年度`: 'in' was read as a unit). */
static int yylex(YYSTYPE *lval, YYLTYPE *lloc, yyscan_t scanner, ParseCtx *pc)
{
    int t = next_token(lval, lloc, scanner, pc);
    pc->prev_tok = pc->last_tok;
    pc->prev_loc = pc->last_loc;
    pc->last_tok = t;
    pc->last_loc = *lloc;
    if (t == ITEM_START) {
        pc->item_kw = lval->kw;
        if (pc->watch_indent) lex_indent_check(pc, *lloc);
    }
    return t;
}

/* The first token selects the start symbol: a file or an included file. */
static int next_token(YYSTYPE *lval, YYLTYPE *lloc, yyscan_t scanner, ParseCtx *pc)
{
    if (pc->start_token) {
        int t = pc->start_token;
        pc->start_token = 0;
        lloc->file = pc->file;
        lloc->start = lloc->end = 0;
        return t;
    }
    int t;
    if (pc->stash_tok) {
        t = pc->stash_tok;
        pc->stash_tok = 0;
        lval->kw = pc->stash_kw;
        *lloc = pc->stash_loc;
    } else if (pc->pending_tok) {
        t = pc->pending_tok;
        pc->pending_tok = 0;
        *lloc = pc->pending_loc;
        return t;
    } else {
        t = strat_scan(lval, lloc, scanner);
        if (t == ITEM_START) lval->kw = pc->pending_tok;
    }
    /* A later parse of a file whose blocks were left open puts each missing
     * '}' where the indentation says it belongs (lex_indent_check), one
     * call at a time, the item keyword held back behind them. */
    if (pc->next_inject < pc->ninject && t == ITEM_START && lloc->start >= pc->inject[pc->next_inject]) {
        pc->next_inject++;
        pc->stash_tok = t;
        pc->stash_kw = lval->kw;
        pc->stash_loc = *lloc;
        if (pc->nopen) pc->nopen--;
        lloc->end = lloc->start;
        return RBRACE;
    }
    return t;
}

static void append(ItemList *l, Item *it)
{
    if (!it) return;
    if (l->tail) l->tail->next = it; else l->head = it;
    l->tail = it;
}

/* ID "TITLE" [en "TRANSLATION"] goes straight into the item that will hold
 * it (an entity, or a grade: their arms begin alike), so that the parser's
 * stack carries a pointer, not the texts, through a block's whole body. */
static Item *head(ParseCtx *pc, Span sp, Ident id, const Text *title, const Text *en)
{
    size_t size = ITEM_SIZE(ent) > ITEM_SIZE(gr) ? ITEM_SIZE(ent) : ITEM_SIZE(gr);
    Item *it = ast_new(pc, IT_INDICATOR, size, sp);
    it->u.ent.id = id;
    if (title) it->u.ent.title = *title;
    /* A translation is rare: it has room of its own, only when written. */
    if (en) {
        Text *t = ARENA_NEW(pc->arena, Text);
        *t = *en;
        it->u.ent.en = t;
        it->flags |= IF_EN;
    }
    return it;
}

static Item *entity(ParseCtx *pc, ItemKind k, Span sp, Item *it, const ItemList *body,
                    bool block, Span rbrace)
{
    if (!it) it = head(pc, sp, (Ident){0}, NULL, NULL);
    it->kind = (uint8_t)k;
    it->span = sp;
    if (block) {
        /* The '}' is the item's end (item_rbrace): one byte, or none when
         * the recovery put a missing one back. */
        it->flags |= IF_BLOCK | (rbrace.end == rbrace.start ? IF_BRACE_PUT : 0);
        it->u.ent.items = body->head;
    }
    return it;
}

static Item *text_item(ParseCtx *pc, ItemKind k, Span sp, const Text *t)
{
    /* Only a milestone has a date and only an include a file: the others
     * (unit, note, activity...) are allocated without them (ast.h). */
    size_t size = k == IT_MILESTONE || k == IT_INCLUDE ? ITEM_SIZE(txt) : ITEM_SIZE_TEXT_ONLY;
    Item *it = ast_new(pc, k, size, sp);
    if (t) { it->u.txt.text = *t; it->flags |= IF_TEXT; }
    return it;
}

static Item *word_item(ParseCtx *pc, ItemKind k, Span sp, Ident w, const Text *t)
{
    Item *it = ast_new(pc, k, ITEM_SIZE(w), sp);
    it->u.w.word = w;
    if (t) { it->u.w.text = *t; it->flags |= IF_TEXT; }
    return it;
}

/* `fiscal_year starts M named_by end`: the naming word rides in the text
 * slot (IF_TEXT); the resolver checks it is start or end. */
static Item *fiscal_named(ParseCtx *pc, Span sp, Ident month, Ident kw, Ident by)
{
    if (strcmp(kw.name, "named_by") != 0) {
        pc->syntax_errors++;
        Diag *g = diag_add(pc->diags, SEV_ERROR, "syntax", kw.span, "unexpected '%s' after the month", kw.name);
        diag_help(g, "write fiscal_year starts MONTH [named_by start|end]");
    }
    Text t = {by.name, (uint32_t)strlen(by.name), by.span, NULL};
    return word_item(pc, IT_FISCAL_YEAR, sp, month, &t);
}

static Item *measure(ParseCtx *pc, ItemKind k, Span sp, const Value *v, const Date *d)
{
    /* Only a text target or a threshold has room for its text or name
     * (ast.h): a baseline, an actual or a numeric target, all six measure
     * items of a typical indicator, are allocated without it. */
    bool plain = k == IT_BASELINE || k == IT_ACTUAL || (k == IT_TARGET && v);
    size_t size = plain ? ITEM_SIZE_NO_TEXT : ITEM_SIZE(m);
    uint32_t s0 = sp.start, vs = s0, ne = s0, ve = s0, ds = s0, de = sp.end;   /* parts not written: s0 */
    if (v) {
        vs = v->span.start;
        ne = v->num_end;
        ve = v->span.end;
    }
    if (d) {
        ds = d->span.start;
        de = d->span.end;
    }
    /* Every part lies inside the item, so each difference is small unless a
     * comment stands between the parts. */
    bool wide = ((vs - s0) | (ne - s0) | (ve - s0) | (ds - s0)) > UINT8_MAX || de != sp.end;
    Item *it;
    if (wide) {
        void *front;
        it = ast_new_after(pc, k, size, sp, sizeof(MeasureAt), &front);   /* measure_wide() */
        *(MeasureAt *)front = (MeasureAt){{vs, ne, ve, ds}, de};
        it->flags = IF_WIDE;
    } else {
        it = ast_new(pc, k, size, sp);
        it->u.m.at[AT_VALUE] = (uint8_t)(vs - s0);
        it->u.m.at[AT_NUM_END] = (uint8_t)(ne - s0);
        it->u.m.at[AT_VALUE_END] = (uint8_t)(ve - s0);
        it->u.m.at[AT_DATE] = (uint8_t)(ds - s0);
    }
    if (v) {
        it->u.m.num = v->num;
        it->u.m.unit = v->unit;
        it->flags |= IF_VALUE;
    }
    if (d) {
        it->u.m.spec = d->spec;
        it->u.m.last = d->last;
        it->flags |= d->valid ? IF_DATE | IF_DATE_VALID : IF_DATE;
    }
    return it;
}

/* After a syntax error in an item's head, what was read of it: the keyword
 * (ITEM_START's value) and the head, handed over by the destructors of the
 * symbols error recovery pops, or the keyword "did you mean" guessed for an
 * unknown word and the id read after it.  A viewpoint, sector, project or
 * indicator is kept with what it has, so that its block's items and the
 * references to it are not lost with it: one mistake, one message. */
static Item *broken_item(ParseCtx *pc, Span sp)
{
    int kw = pc->broken_kw;
    ItemKind k = kw == KW_VIEWPOINT ? IT_VIEWPOINT : kw == KW_SECTOR ? IT_SECTOR
               : kw == KW_PROJECT ? IT_PROJECT : kw == KW_INDICATOR ? IT_INDICATOR : IT__COUNT;
    Item *it = NULL;
    if (k != IT__COUNT) {
        if (pc->broken_at_kw) sp.start = pc->broken_loc.start;
        Ident id = pc->broken_id;
        if (!id.name) id.span = pc->broken_at_kw ? pc->broken_loc : sp;   /* where findings point */
        it = pc->broken_head ? pc->broken_head
           : head(pc, sp, id, pc->broken_title.bytes ? &pc->broken_title : NULL, NULL);
        it = entity(pc, k, sp, it, NULL, false, sp);
    }
    ast_broken_reset(pc);
    return it;
}

static Operand *var_operand(ParseCtx *pc, Ident var, Span sp)
{
    Operand *o = ARENA_NEW(pc->arena, Operand);
    o->var = var;
    o->span = sp;
    return o;
}

static Operand *keyword_operand(ParseCtx *pc, const char *name, Span sp)
{
    return var_operand(pc, (Ident){intern_cstr(pc->names, name), sp}, sp);
}

static void yyerror(YYLTYPE *loc, yyscan_t scanner, ParseCtx *pc, const char *msg)
{
    (void)scanner;
    if (pc->too_deep || pc->at_eof) return;
    pc->syntax_errors++;
    diag_add(pc->diags, SEV_ERROR, "syntax", *loc, DIAG_TEXT, msg);
}
}

%union {
    Cond *cond;
    Operand *operand;
    Ident ident;
    Text text;
    Value value;
    Span tok;
    Date date;
    Item *item;
    ItemList list;
    int op;
    int kw;         /* ITEM_START: the keyword token that follows */
    Item *hd;       /* a head: ID "TITLE" [en "TRANSLATION"] */
}

%token START_FILE START_INCLUDE
%token <kw> ITEM_START "item"
%token KW_STRATEGY "'strategy'" KW_PERIOD "'period'" KW_FISCAL_YEAR "'fiscal_year'"
%token KW_STARTS "'starts'" KW_AS_OF "'as_of'" KW_REVISES "'revises'"
%token KW_INCLUDE "'include'" KW_GOAL "'goal'" KW_VIEWPOINT "'viewpoint'"
%token KW_SECTOR "'sector'" KW_PROJECT "'project'" KW_MILESTONE "'milestone'"
%token KW_THRESHOLDS "'thresholds'" KW_NOTE "'note'" KW_SECTORS "'sectors'"
%token KW_VIEWPOINTS "'viewpoints'" KW_ACTIVITY "'activity'" KW_OWNER "'owner'"
%token KW_INDICATOR "'indicator'" KW_ASSESSMENT "'assessment'" KW_UNIT "'unit'"
%token KW_BASELINE "'baseline'" KW_TARGET "'target'" KW_ACTUAL "'actual'"
%token KW_STATUS "'status'" KW_DIRECTION "'direction'" KW_KIND "'kind'"
%token KW_SOURCE "'source'" KW_RENAMED_FROM "'renamed_from'"
%token KW_AT "'at'" KW_BY "'by'" KW_EN "'en'"
%token KW_SCALE "'scale'" KW_GRADE "'grade'" KW_WHEN "'when'" KW_AND "'and'" KW_OR "'or'"
%token DOTDOT "'..'" LBRACE "'{'" RBRACE "'}'" COMMA "','"
%token GE "'>='" LE "'<='" EQ "'='" GT "'>'" LT "'<'" PERCENT "'%'"
%token <ident> IDENT "identifier"
%token <text> STRING "string"
%token <value> NUMBER "number"
%token <tok> DATE "date"
%token <tok> DATEWORD "date or identifier"

%type <ident> id unit_word
%type <text> text
%type <value> value
%type <date> date
%type <item> item threshold
%type <list> items thresholds
%type <hd> head
%type <kw> item_start
%type <op> op cmp
%type <cond> cond conj atom
%type <operand> operand

/* Error recovery pops what was read of a broken item: keep its keyword, id,
 * title or head for broken_item().  Nothing here owns memory (the arena does). */
%destructor { if (pc->capture && !pc->broken_kw) { pc->broken_kw = $$; pc->broken_loc = @$; pc->broken_at_kw = true; } } <kw>
%destructor { if (pc->capture && !pc->broken_head) pc->broken_head = $$; } <hd>
%destructor { if (pc->capture && pc->skip_idents) pc->skip_idents--;
              else if (pc->capture && !pc->broken_id.name) pc->broken_id = $$; } <ident>
%destructor { if (pc->capture && !pc->broken_title.bytes) pc->broken_title = $$; } <text>

%%

start
    : START_FILE items                  { pc->result = $2.head; }
    | START_INCLUDE items               { pc->result = $2.head; }
    ;

/* Error recovery: after an error, tokens are skipped up to the next item
 * keyword, a '}' or a '{'; from there errors are reported again at once
 * (yyerrok), instead of after bison's three shifted tokens, which would hide
 * an error in the first tokens of the next item.  A '{' opens the broken
 * item's block: its items are read as usual, so a typo in a keyword costs
 * one message, not one per line of the block and the rest of the file. */
items
    : %empty                            { $$ = (ItemList){NULL, NULL}; }
    | items item_start item             { (void)$2; $$ = $1; append(&$$, $3); }
    /* Reduced by default on any lookahead: only the one that ends the
     * discarding (an item keyword, '}' or the end) ends the broken item. */
    | items error
        { $$ = $1;
          if (yychar == ITEM_START || yychar == RBRACE || yychar == YYEOF)
              append(&$$, broken_item(pc, @2)); }
    /* The broken item is made at its '{' (the items of its block reset the
     * state); when it is known, a mistake inside its block is a new one. */
    | items error LBRACE <hd>{ $$ = broken_item(pc, @2); if ($$) yyerrok; } items RBRACE
        { $$ = $1;
          if ($4) { Span sp = $4->span; sp.end = @6.end; append(&$$, entity(pc, (ItemKind)$4->kind, sp, $4, &$5, true, @6)); } }
    ;
item_start
    : ITEM_START                        { $$ = $1; yyerrok; if (pc->capture) ast_broken_reset(pc); }
    ;

/* Identifiers: a word like R2 or FY2020 is a date only where a date is expected. */
id
    : IDENT
    | DATEWORD                          { $$ = ast_ident_from_token(pc, $1); }
    ;

/* "a" "b" "c": adjacent strings concatenate, so long texts can span lines. */
text
    : strings                           { $$ = ast_text_end(pc); }
    ;
strings
    : STRING                            { ast_text_begin(pc, &$1); }
    | strings STRING                    { ast_text_add(pc, &$2); }
    ;

date
    : DATE                              { $$ = ast_date(pc, $1); }
    | DATEWORD                          { $$ = ast_date(pc, $1); }
    | NUMBER                            { $$ = ast_date_from_number(pc, &$1); }
    ;

/* 22 回, 13.9 %, 98.1 億円 */
value
    : NUMBER
    | NUMBER unit_word                  { $$ = $1; $$.unit = $2.name; $$.span.end = @2.end; }
    ;
unit_word
    : IDENT
    | PERCENT                           { $$.name = intern_cstr(pc->names, "%"); $$.span = @1; }
    ;

/* ID "TITLE" [en "TRANSLATION"] - the title may be left out. */
head
    : id                                { $$ = head(pc, @$, $1, NULL, NULL); }
    | id text                           { $$ = head(pc, @$, $1, &$2, NULL); }
    | id text KW_EN text                { $$ = head(pc, @$, $1, &$2, &$4); }
    ;

op
    : GE                                { $$ = OP_GE; }
    | LE                                { $$ = OP_LE; }
    | EQ                                { $$ = OP_EQ; }
    ;

ids
    : id                                { ast_ids_begin(pc); ast_ids_add(pc, $1); }
    | ids COMMA id                      { ast_ids_add(pc, $3); }
    ;

item
    /* strategy ID "TITLE" { ... } (nested ones are reported by the resolver) */
    : KW_STRATEGY head LBRACE items RBRACE
        { $$ = entity(pc, IT_STRATEGY, @$, $2, &$4, true, @5); }
    | KW_VIEWPOINT head
        { $$ = entity(pc, IT_VIEWPOINT, @$, $2, NULL, false, @2); }
    | KW_VIEWPOINT head LBRACE items RBRACE
        { $$ = entity(pc, IT_VIEWPOINT, @$, $2, &$4, true, @5); }
    | KW_SECTOR head
        { $$ = entity(pc, IT_SECTOR, @$, $2, NULL, false, @2); }
    | KW_SECTOR head LBRACE items RBRACE
        { $$ = entity(pc, IT_SECTOR, @$, $2, &$4, true, @5); }
    | KW_PROJECT head
        { $$ = entity(pc, IT_PROJECT, @$, $2, NULL, false, @2); }
    | KW_PROJECT head LBRACE items RBRACE
        { $$ = entity(pc, IT_PROJECT, @$, $2, &$4, true, @5); }
    | KW_INDICATOR head
        { $$ = entity(pc, IT_INDICATOR, @$, $2, NULL, false, @2); }
    | KW_INDICATOR head LBRACE items RBRACE
        { $$ = entity(pc, IT_INDICATOR, @$, $2, &$4, true, @5); }
    /* scale national  |  scale kpi "KPIレビュー" { grade ... } */
    | KW_SCALE head
        { $$ = entity(pc, IT_SCALE, @$, $2, NULL, false, @2); }
    | KW_SCALE head LBRACE items RBRACE
        { $$ = entity(pc, IT_SCALE, @$, $2, &$4, true, @5); }
    | KW_GRADE head KW_WHEN cond
        { $$ = $2; $$->kind = IT_GRADE; $$->span = @$; $$->u.gr.when = $4; }
    | KW_THRESHOLDS LBRACE thresholds RBRACE
        { $$ = entity(pc, IT_THRESHOLDS, @$, NULL, &$3, true, @4); }

    /* period A .. B */
    | KW_PERIOD date DOTDOT date
        { $$ = ast_new(pc, IT_PERIOD, ITEM_SIZE(per), @$); $$->u.per.a = $2; $$->u.per.b = $4; }
    | KW_AS_OF date
        { $$ = ast_new(pc, IT_AS_OF, ITEM_SIZE(per), @$); $$->u.per.a = $2; }
    /* fiscal_year starts april | 4 | 4月 */
    | KW_FISCAL_YEAR KW_STARTS id
        { $$ = word_item(pc, IT_FISCAL_YEAR, @$, $3, NULL); }
    | KW_FISCAL_YEAR KW_STARTS value
        { Ident w = ast_ident_from_token(pc, $3.span); $$ = word_item(pc, IT_FISCAL_YEAR, @$, w, NULL); }
    /* fiscal_year starts july named_by end, or 7 named_by end: after a
     * number the first word is the unit's place, and a second word can only
     * mean the naming (no value takes two words) */
    | KW_FISCAL_YEAR KW_STARTS id id id
        { $$ = fiscal_named(pc, @$, $3, $4, $5); }
    | KW_FISCAL_YEAR KW_STARTS NUMBER IDENT id
        { Ident w = ast_ident_from_token(pc, $3.span);
          $$ = fiscal_named(pc, @$, w, $4, $5); }

    | KW_REVISES text                   { $$ = text_item(pc, IT_REVISES, @$, &$2); }
    | KW_INCLUDE text                   { $$ = text_item(pc, IT_INCLUDE, @$, &$2); }
    | KW_GOAL                           { $$ = text_item(pc, IT_GOAL, @$, NULL); }
    | KW_GOAL text                      { $$ = text_item(pc, IT_GOAL, @$, &$2); }
    | KW_NOTE text                      { $$ = text_item(pc, IT_NOTE, @$, &$2); }
    | KW_ACTIVITY text                  { $$ = text_item(pc, IT_ACTIVITY, @$, &$2); }
    | KW_OWNER text                     { $$ = text_item(pc, IT_OWNER, @$, &$2); }
    | KW_SOURCE text                    { $$ = text_item(pc, IT_SOURCE, @$, &$2); }
    | KW_MILESTONE date text
        { $$ = text_item(pc, IT_MILESTONE, @$, &$3); $$->u.txt.date = $2; $$->flags |= IF_DATE; }

    | KW_SECTORS ids
        { $$ = ast_new(pc, IT_SECTORS, ITEM_SIZE(list), @$); ast_ids_end(pc, $$); }
    | KW_VIEWPOINTS ids
        { $$ = ast_new(pc, IT_VIEWPOINTS, ITEM_SIZE(list), @$); ast_ids_end(pc, $$); }

    | KW_ASSESSMENT id                  { $$ = word_item(pc, IT_ASSESSMENT, @$, $2, NULL); }
    | KW_ASSESSMENT id text             { $$ = word_item(pc, IT_ASSESSMENT, @$, $2, &$3); }
    | KW_STATUS id                      { $$ = word_item(pc, IT_STATUS, @$, $2, NULL); }
    | KW_STATUS id text                 { $$ = word_item(pc, IT_STATUS, @$, $2, &$3); }
    | KW_DIRECTION id                   { $$ = word_item(pc, IT_DIRECTION, @$, $2, NULL); }
    | KW_KIND id                        { $$ = word_item(pc, IT_KIND, @$, $2, NULL); }
    | KW_RENAMED_FROM id                { $$ = word_item(pc, IT_RENAMED_FROM, @$, $2, NULL); }

    /* unit "回" | unit 回 | unit % */
    | KW_UNIT text                      { $$ = text_item(pc, IT_UNIT, @$, &$2); }
    | KW_UNIT unit_word
        { $$ = text_item(pc, IT_UNIT, @$, NULL); $$->u.txt.text.bytes = $2.name;
          $$->u.txt.text.len = (uint32_t)strlen($2.name); $$->u.txt.text.span = @2; }

    /* baseline V [at D] */
    | KW_BASELINE value                 { $$ = measure(pc, IT_BASELINE, @$, &$2, NULL); }
    | KW_BASELINE value KW_AT date      { $$ = measure(pc, IT_BASELINE, @$, &$2, &$4); }
    /* actual V at D */
    | KW_ACTUAL value KW_AT date        { $$ = measure(pc, IT_ACTUAL, @$, &$2, &$4); }
    /* target [>= | <= | =] V [by D]  |  target "TEXT" [by D] */
    | KW_TARGET value                   { $$ = measure(pc, IT_TARGET, @$, &$2, NULL); }
    | KW_TARGET value KW_BY date        { $$ = measure(pc, IT_TARGET, @$, &$2, &$4); }
    | KW_TARGET op value                { $$ = measure(pc, IT_TARGET, @$, &$3, NULL); $$->op = (uint8_t)$2; }
    | KW_TARGET op value KW_BY date     { $$ = measure(pc, IT_TARGET, @$, &$3, &$5); $$->op = (uint8_t)$2; }
    | KW_TARGET text
        { $$ = measure(pc, IT_TARGET, @$, NULL, NULL); $$->u.m.text = $2; $$->flags |= IF_TEXT; }
    | KW_TARGET text KW_BY date
        { $$ = measure(pc, IT_TARGET, @$, NULL, &$4); $$->u.m.text = $2; $$->flags |= IF_TEXT; }
    ;

/* grade A "順調" en "on pace" when rate >= expected and has_data */
cond
    : conj
    | cond KW_OR conj
        { $$ = ast_cond(pc, COND_OR, @$); $$->l = $1; $$->r = $3; }
    ;
conj
    : atom
    | conj KW_AND atom
        { $$ = ast_cond(pc, COND_AND, @$); $$->l = $1; $$->r = $3; }
    ;
atom
    : operand cmp operand
        { $$ = ast_cond(pc, COND_CMP, @$); $$->a = *$1; $$->cmp = (uint8_t)$2; $$->b = *$3; }
    | id
        { $$ = ast_cond(pc, COND_PRED, @$); $$->pred = $1; }
    ;
/* actual, target and baseline are item keywords, so they come with ITEM_START. */
operand
    : id                                { $$ = var_operand(pc, $1, @1); }
    | ITEM_START KW_ACTUAL              { (void)$1; $$ = keyword_operand(pc, "actual", @2); }
    | ITEM_START KW_TARGET              { (void)$1; $$ = keyword_operand(pc, "target", @2); }
    | ITEM_START KW_BASELINE            { (void)$1; $$ = keyword_operand(pc, "baseline", @2); }
    | NUMBER                            { $$ = ast_operand_num(pc, &$1, false, @$); }
    | NUMBER PERCENT                    { $$ = ast_operand_num(pc, &$1, true, @$); }
    ;
cmp
    : GE                                { $$ = CMP_GE; }
    | LE                                { $$ = CMP_LE; }
    | EQ                                { $$ = CMP_EQ; }
    | GT                                { $$ = CMP_GT; }
    | LT                                { $$ = CMP_LT; }
    ;

/* thresholds { on_track 90 %  below 50 % } */
thresholds
    : %empty                            { $$ = (ItemList){NULL, NULL}; }
    | thresholds threshold              { $$ = $1; append(&$$, $2); }
    | thresholds error                  { $$ = $1; ast_broken_reset(pc); }
    ;
/* A threshold's number takes no unit word, so that "on_track 0.9 below 0.5"
 * cannot read "below" as a unit; "%" is allowed. */
threshold
    : id NUMBER
        { $$ = measure(pc, IT_THRESHOLD, @$, &$2, NULL); $$->u.m.name = $1; }
    | id NUMBER PERCENT
        { $2.unit = intern_cstr(pc->names, "%"); $2.span.end = @3.end;
          $$ = measure(pc, IT_THRESHOLD, @$, &$2, NULL); $$->u.m.name = $1; }
    ;

%%

/* A token's name for a message: a keyword as it is written, in the
 * message language's quotes ('strategy'), or a word for the others. */
static void token_name(const char *name, char *buf, size_t sz)
{
    size_t n = strlen(name);
    if (n >= 2 && name[0] == '\'' && name[n - 1] == '\'') {
        snprintf(buf, sz, _("'%.*s%s'"), (int)(n - 2), name + 1, "");
        return;
    }
    /* The aliases of %token, translated. */
    static const char *const WORDS[] = {N_("item"), N_("identifier"), N_("string"), N_("number"),
                                        N_("date"), N_("date or identifier"), N_("end of file")};
    for (size_t i = 0; i < sizeof WORDS / sizeof *WORDS; i++)
        if (strcmp(name, WORDS[i]) == 0) { snprintf(buf, sz, "%s", _(WORDS[i])); return; }
    snprintf(buf, sz, "%s", name);
}

/* Error messages in the user's words: what was found, and what could stand
 * there.  At the start of an item an unknown word gets "unknown item" and
 * the nearest keyword; at the end of the file an open block is named. */
static void describe(ParseCtx *pc, yysymbol_kind_t tok, const Span *loc, char *buf, size_t sz)
{
    const char *src = pc->src->text + loc->start;
    size_t n = loc->end - loc->start;
    int clip = n > 40 ? 40 : (int)n;
    while (clip > 0 && clip < (int)n && ((unsigned char)src[clip] & 0xC0) == 0x80) clip--;
    const char *more = (size_t)clip < n ? "..." : "";
    switch (tok) {
    case YYSYMBOL_IDENT:    snprintf(buf, sz, _("identifier '%.*s%s'"), clip, src, more); break;
    case YYSYMBOL_NUMBER:   snprintf(buf, sz, _("number '%.*s%s'"), clip, src, more); break;
    case YYSYMBOL_STRING:   snprintf(buf, sz, "%s", _("string")); break;
    case YYSYMBOL_DATE:
    case YYSYMBOL_DATEWORD: snprintf(buf, sz, _("'%.*s%s'"), clip, src, more); break;
    case YYSYMBOL_YYEOF:    snprintf(buf, sz, "%s", _("end of file")); break;
    case YYSYMBOL_ITEM_START: token_name(yysymbol_name(YYTRANSLATE(pc->pending_tok)), buf, sz); break;
    default:                token_name(yysymbol_name(tok), buf, sz); break;
    }
}

static int yyreport_syntax_error(const yypcontext_t *yc, yyscan_t scanner, ParseCtx *pc)
{
    (void)scanner;
    ast_broken_reset(pc);
    pc->capture = true;
    if (pc->too_deep || pc->at_eof) return 0;
    pc->syntax_errors++;
    yysymbol_kind_t tok = yypcontext_token(yc);
    const Span *loc = yypcontext_location(yc);
    yysymbol_kind_t exp[YYNTOKENS];
    int n = yypcontext_expected_tokens(yc, exp, YYNTOKENS);
    bool item_pos = false, brace = false;
    for (int i = 0; i < n; i++) {
        if (exp[i] == YYSYMBOL_ITEM_START) item_pos = true;
        if (exp[i] == YYSYMBOL_RBRACE) brace = true;
    }
    char what[128];
    describe(pc, tok, loc, what, sizeof what);

    /* `target 500 in 令和6年度`: the word before the date was read as the
     * value's unit.  Say so at that word, with the keyword that takes a date. */
    if ((tok == YYSYMBOL_DATE || tok == YYSYMBOL_DATEWORD || tok == YYSYMBOL_NUMBER)
        && pc->prev_tok == IDENT
        && (pc->item_kw == KW_TARGET || pc->item_kw == KW_ACTUAL || pc->item_kw == KW_BASELINE)) {
        static const char *const PREPS[] = {"in", "on", "until", "till", "before", "to", "of",
                                            "for", "from", "まで", "迄", "時点", "現在"};
        const char *w = pc->src->text + pc->prev_loc.start;
        size_t wl = pc->prev_loc.end - pc->prev_loc.start;
        for (size_t i = 0; i < sizeof PREPS / sizeof *PREPS; i++) {
            if (strlen(PREPS[i]) != wl || memcmp(w, PREPS[i], wl) != 0) continue;
            Diag *g = diag_add(pc->diags, SEV_ERROR, "syntax", pc->prev_loc,
                               "'%s' is read as the unit of the value, and '%.*s' is left over",
                               PREPS[i], (int)(loc->end - loc->start), pc->src->text + loc->start);
            int dl = (int)(loc->end - loc->start);
            const char *d = pc->src->text + loc->start;
            if (pc->item_kw == KW_TARGET) diag_help(g, "the date of a target follows 'by': target V by %.*s", dl, d);
            else if (pc->item_kw == KW_ACTUAL) diag_help(g, "the date of an actual follows 'at': actual V at %.*s", dl, d);
            else diag_help(g, "the date of a baseline follows 'at': baseline V at %.*s", dl, d);
            return 0;
        }
    }

    if (item_pos && tok == YYSYMBOL_IDENT) {
        char word[64];
        size_t wl = loc->end - loc->start < sizeof word - 1 ? loc->end - loc->start : sizeof word - 1;
        while (wl > 0 && wl < loc->end - loc->start
               && ((unsigned char)pc->src->text[loc->start + wl] & 0xC0) == 0x80)
            wl--;
        memcpy(word, pc->src->text + loc->start, wl);
        word[wl] = '\0';
        Diag *g = diag_add(pc->diags, SEV_ERROR, "syntax", *loc, "unknown item '%s%s'", word,
                           wl < loc->end - loc->start ? "..." : "");
        const char *items[IT__COUNT];     /* every item keyword (keywords.def) */
        const char *best = suggest_closest(word, items, lex_item_keywords(items, IT__COUNT));
        if (best) {
            diag_note(g, NULL, "did you mean '%s'?", best);
            diag_fix(g, best);
            /* Read on as that item: `indcator new_jobs "..." { ... }` keeps
             * new_jobs and its block.  The unknown word itself is the first
             * identifier recovery discards. */
            pc->broken_kw = lex_keyword_token(best);
            pc->broken_loc = *loc;
            pc->broken_at_kw = true;
            pc->skip_idents = 1;
        }
        return 0;
    }
    if (item_pos) {
        if (brace) diag_add(pc->diags, SEV_ERROR, "syntax", *loc, "unexpected %s; expected an item or '}'", what);
        else diag_add(pc->diags, SEV_ERROR, "syntax", *loc, "unexpected %s; expected an item", what);
        return 0;
    }
    /* A short list of what could stand here, without duplicate names. */
    char list[512] = "";
    const char *seen[8];
    int k = 0;
    for (int i = 0; i < n && k < 6; i++) {
        const char *name = exp[i] == YYSYMBOL_DATEWORD ? "date" : yysymbol_name(exp[i]);
        if (exp[i] == YYSYMBOL_DATEWORD) {
            bool has_id = false;
            for (int j = 0; j < n; j++) has_id |= exp[j] == YYSYMBOL_IDENT;
            if (has_id) continue;
        }
        bool dup = false;
        for (int j = 0; j < k; j++) dup |= strcmp(seen[j], name) == 0;
        if (dup) continue;
        seen[k++] = name;
    }
    for (int j = 0; j < k; j++) {
        char word[96];
        token_name(seen[j], word, sizeof word);
        size_t used = strlen(list);
        /* TRANSLATORS: joining the last two of "'{', identifier or string". */
        snprintf(list + used, sizeof list - used, "%s%s", j == 0 ? "" : j == k - 1 ? _(" or ") : _(", "),
                 word);
    }
    Diag *g = k ? diag_add(pc->diags, SEV_ERROR, "syntax", *loc, "unexpected %s, expected %s", what, list)
                : diag_add(pc->diags, SEV_ERROR, "syntax", *loc, "unexpected %s", what);
    if (tok == YYSYMBOL_STRING && k && (pc->prev_tok == KW_VIEWPOINT || pc->prev_tok == KW_SECTOR
                                       || pc->prev_tok == KW_PROJECT || pc->prev_tok == KW_INDICATOR
                                       || pc->prev_tok == KW_SCALE || pc->prev_tok == KW_GRADE)) {
        /* indicator "新規雇用者数" { : the id was left out. */
        const char *kw = pc->prev_tok == KW_VIEWPOINT ? "viewpoint" : pc->prev_tok == KW_SECTOR ? "sector"
                       : pc->prev_tok == KW_PROJECT ? "project" : pc->prev_tok == KW_INDICATOR ? "indicator"
                       : pc->prev_tok == KW_SCALE ? "scale" : "grade";
        if (kw[0] == 'i') diag_help(g, "an %s needs an id before its title: %s ID \"TITLE\"", kw, kw);
        else diag_help(g, "a %s needs an id before its title: %s ID \"TITLE\"", kw, kw);
    }
    if (tok == YYSYMBOL_IDENT) {
        /* period 令和2〜6年度: an era year without 年 or 年度 is no date. */
        bool date_expected = false;
        for (int i = 0; i < n; i++) date_expected |= exp[i] == YYSYMBOL_DATE;
        static const char *const ERAS[] = {"明治", "大正", "昭和", "平成", "令和"};
        const char *w = pc->src->text + loc->start;
        size_t wl = loc->end - loc->start;
        for (size_t i = 0; date_expected && i < sizeof ERAS / sizeof *ERAS; i++)
            if (wl > strlen(ERAS[i]) && memcmp(w, ERAS[i], strlen(ERAS[i])) == 0) {
                diag_help(g, "an era date ends in 年, 年度 or a month: %.*s年度, %.*s年3月 (write both "
                             "ends of a period in full: 令和2年度 .. 令和6年度)", (int)wl, w, (int)wl, w);
                break;
            }
    }
    if (tok == YYSYMBOL_GT || tok == YYSYMBOL_LT) {
        bool target_op = false;
        for (int i = 0; i < n; i++) target_op |= exp[i] == YYSYMBOL_GE;
        if (target_op) diag_help(g, "a target compares with >=, <= or =");
    }
    return 0;
}

int parse_run(yyscan_t scanner, ParseCtx *pc)
{
    return yyparse(scanner, pc);
}
