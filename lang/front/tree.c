/* tree.c - the parser's actions: nodes, dates, texts and id lists. */
#include "parse_ctx.h"
#include "utf8.h"
#include "xalloc.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

Item *ast_new_after(ParseCtx *c, ItemKind k, size_t size, Span sp, size_t before, void **front)
{
    char *p = arena_alloc(c->arena, before + size);
    Item *it = (Item *)(void *)(p + before);
    if (front) *front = p;
    it->kind = (uint8_t)k;
    it->span = sp;
    return it;
}

Item *ast_new(ParseCtx *c, ItemKind k, size_t size, Span sp) { return ast_new_after(c, k, size, sp, 0, NULL); }

static DateMemo *date_memo(ParseCtx *c, const char *s, size_t n)
{
    if (n == 0 || n > DATE_MEMO_BYTES) return NULL;
    return &c->dates[hash_bytes(s, n) % DATE_MEMO_SLOTS];
}

static Date date_of_token(ParseCtx *c, Span tok);

/* A date token: the same bytes as a valid date seen before give the same
 * date (only valid ones are kept: a warning or an error is reported again
 * where it occurs). */
Date ast_date(ParseCtx *c, Span tok)
{
    const char *s = c->src->text + tok.start;
    size_t n = tok.end - tok.start;
    DateMemo *m = date_memo(c, s, n);
    if (m && m->len == n && memcmp(m->text, s, n) == 0) {
        Date d = m->date;
        d.span = tok;
        return d;
    }
    size_t diags_before = c->diags->n;
    Date d = date_of_token(c, tok);
    if (m && d.valid && c->diags->n == diags_before) {
        m->len = (uint32_t)n;
        memcpy(m->text, s, n);
        m->date = d;
    }
    return d;
}

/* Normalise full-width digits, parse the shape, check the value. */
static Date date_of_token(ParseCtx *c, Span tok)
{
    Date d;
    memset(&d, 0, sizeof d);
    d.span = tok;
    const char *s = c->src->text + tok.start;
    size_t n = tok.end - tok.start;
    char *norm = NULL;
    /* The date shapes (lexer.l) hold no compatibility character but the
     * full-width digits, period and minus (U+FF0D-FF19): kanji eras and
     * 年度 are left as they are by NFKC, so only those need it. */
    if (memchr(s, 0xEF, n) && memmem(s, n, "\xEF\xBC", 2)) {
        norm = utf8_nfkc(s, n);
        s = norm;
        n = strlen(norm);
    }
    if (!date_parse(s, n, &d.spec)) {
        Diag *g = diag_add(c->diags, SEV_ERROR, "date", tok, "'%.*s' is not a date",
                           (int)(n > 40 ? 40 : n), s);
        if (memchr(s, '/', n) && n <= 10) {
            /* 2020/03 (the lexer scans it so that it gets this message). */
            char iso[11];
            for (size_t i = 0; i < n; i++) iso[i] = s[i] == '/' ? '-' : s[i];
            diag_help(g, "write it with '-': %.*s", (int)n, iso);
        } else if (n > 3 && memcmp(s + n - 3, "末", 3) == 0) {
            diag_help(g, "末 ends a year, a month or a fiscal year (令和6年度末, R2.3末), not a day");
        }
        diag_help(g, "dates are written 2020-03-31, 2020-03, 2020, FY2020, R2.3.31, R2.3, R2, "
                     "R元.12, 令和2年3月, 令和2年度 or R2年度, and 令和6年度末 for the last day "
                     "of a year, month or fiscal year");
        free(norm);
        return d;
    }
    free(norm);
    char msg[256], hint[160];
    DateCheck ck = date_validate(&d.spec, msg, sizeof msg, hint, sizeof hint);
    if (ck == DATE_INVALID) {
        Diag *g = diag_add(c->diags, SEV_ERROR, "date", tok, DIAG_TEXT, msg);
        if (hint[0]) diag_help(g, DIAG_TEXT, hint);
        return d;
    }
    if (ck == DATE_AFTER_ERA) {
        Diag *g = diag_add(c->diags, c->diags->strict ? SEV_ERROR : SEV_WARNING, "date-after-era",
                           tok, DIAG_TEXT, msg);
        if (hint[0]) diag_help(g, DIAG_TEXT, hint);
        /* 平成32年度 -> 令和2年度: the same date, in the era in force, for editors. */
        DayNum first, last;
        date_interval(&d.spec, FY_START_DEFAULT, &first, &last);
        char alt[64];
        date_render_in_era(&d.spec, era_of_day(first), alt, sizeof alt);
        diag_fix(g, alt);
    }
    d.valid = true;
    date_interval(&d.spec, 4, &d.first, &d.last);
    return d;
}

/* A bare number where a date is expected is a calendar year: period 2018 .. 2020. */
Date ast_date_from_number(ParseCtx *c, const Value *v)
{
    Date d;
    memset(&d, 0, sizeof d);
    d.span = v->span;
    double x = v->num;
    if (x != floor(x) || x < 1 || x > 9998
        || utf8_codepoints(c->src->text + v->span.start, v->num_end - v->span.start) != 4) {
        Diag *g = diag_add(c->diags, SEV_ERROR, "date", v->span, "'%.*s' is not a date",
                           (int)(v->span.end - v->span.start), c->src->text + v->span.start);
        diag_help(g, "a number standing for a date is a four-digit calendar year, such as 2020");
        return d;
    }
    d.spec.form = DF_YEAR;
    d.spec.year = (int)x;
    d.valid = true;
    date_interval(&d.spec, 4, &d.first, &d.last);
    return d;
}

Ident ast_ident_from_token(ParseCtx *c, Span tok)
{
    Ident id;
    const char *s = c->src->text + tok.start;
    size_t n = tok.end - tok.start;
    if (utf8_is_ascii(s, n)) {
        id.name = intern(c->names, s, n);
    } else {
        char *norm = utf8_nfkc(s, n);
        id.name = intern_cstr(c->names, norm);
        free(norm);
    }
    id.span = tok;
    return id;
}

/* Adjacent strings: the pieces are collected in scratch, then copied once.
 * A text of one piece (nearly all of them) keeps the lexer's copy. */
void ast_text_begin(ParseCtx *c, const Text *first)
{
    c->tlen = 0;
    c->tn = 0;
    c->tfirst = *first;
    XGROW(c->tspans, c->tspcap, c->tn + 1);
    c->tspans[c->tn++] = first->span;
}

char *text_dup(Arena *a, const Text *t)
{
    return t->bytes ? arena_strndup(a, t->bytes, t->len) : NULL;
}

static void text_append(ParseCtx *c, const char *s, size_t n)
{
    XGROW(c->tbuf, c->tcap, c->tlen + n + 1);
    memcpy(c->tbuf + c->tlen, s, n);
    c->tlen += n;
}

void ast_text_add(ParseCtx *c, const Text *more)
{
    if (c->tn == 1) text_append(c, c->tfirst.bytes, c->tfirst.len);
    text_append(c, more->bytes, more->len);
    XGROW(c->tspans, c->tspcap, c->tn + 1);
    c->tspans[c->tn++] = more->span;
}

Text ast_text_end(ParseCtx *c)
{
    Text t;
    memset(&t, 0, sizeof t);
    if (c->tn == 1) {
        t.bytes = c->tfirst.bytes;
        t.len = c->tfirst.len;
    } else {
        t.bytes = arena_strndup(c->arena, c->tbuf ? c->tbuf : "", c->tlen);
        t.len = (uint32_t)c->tlen;
    }
    t.span = c->tspans[0];
    t.span.end = c->tspans[c->tn - 1].end;
    if (c->tn > 1) {
        TextPieces *p = arena_alloc(c->arena, sizeof *p + c->tn * sizeof p->span[0]);
        p->n = (uint32_t)c->tn;
        memcpy(p->span, c->tspans, c->tn * sizeof p->span[0]);
        t.pieces = p;
    }
    return t;
}

void ast_ids_begin(ParseCtx *c) { c->nids = 0; }

void ast_ids_add(ParseCtx *c, Ident id)
{
    XGROW(c->ids, c->capids, c->nids + 1);
    c->ids[c->nids++] = id;
}

void ast_ids_end(ParseCtx *c, Item *it)
{
    it->u.list.n = (uint32_t)c->nids;
    it->u.list.ids = ARENA_ARRAY(c->arena, Ident, c->nids);
    memcpy(it->u.list.ids, c->ids, c->nids * sizeof *c->ids);
}

static const char *const KIND_NAMES[IT__COUNT] = {
#define ITEM(kind, word, tok, how) [kind] = word,
#define WORD(word, tok)
#include "keywords.def"
#undef ITEM
#undef WORD
};

const char *item_kind_name(ItemKind k) { return k < IT__COUNT ? KIND_NAMES[k] : "?"; }

Cond *ast_cond(ParseCtx *c, CondKind k, Span sp)
{
    Cond *x = ARENA_NEW(c->arena, Cond);
    x->kind = (uint8_t)k;
    x->span = sp;
    return x;
}

Operand *ast_operand_num(ParseCtx *c, const Value *v, bool percent, Span sp)
{
    Operand *o = ARENA_NEW(c->arena, Operand);
    o->is_num = true;
    o->num = percent ? v->num / 100 : v->num;
    o->value = *v;
    if (percent) {
        o->value.unit = intern_cstr(c->names, "%");
        o->value.span.end = sp.end;
    }
    o->span = sp;
    return o;
}

const char *cmp_name(CmpOp op)
{
    static const char *const n[] = {">=", "<=", "=", ">", "<"};
    return op <= CMP_LT ? n[op] : "?";
}

void ast_broken_reset(ParseCtx *c)
{
    c->capture = false;
    c->broken_kw = 0;
    c->broken_at_kw = false;
    c->broken_head = NULL;
    memset(&c->broken_id, 0, sizeof c->broken_id);
    memset(&c->broken_title, 0, sizeof c->broken_title);
    c->skip_idents = 0;
}
