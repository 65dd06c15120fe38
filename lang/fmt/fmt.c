/* fmt.c - the canonical layout printer (see fmt.h, doc/format.md).
 *
 * The printer walks the items in source order and emits them token by
 * token.  Every token knows where it stood in the source, and before a token
 * is printed every comment that came before it is printed: as a trailing
 * comment when it stood on the line of the previous token, on a line of its
 * own otherwise.  So a comment stays between the same two tokens it was
 * written between - before an item, after it, inside it, at the end of a
 * block or of the file - and none can be lost: the comment list is drained
 * to the end. */
#include "fmt.h"
#include "fmt_lines.h"
#include "utf8.h"
#include "xalloc.h"

#include <stdlib.h>
#include <string.h>

enum {
    INDENT = 2,             /* per block level */
    CONTINUE = 4,           /* an item broken by a comment continues this much deeper */
};
#define NO_LINE ((size_t)-1)

typedef struct Printer {
    const char *src;
    uint32_t srclen;
    const Comment *c;       /* the next comment not yet printed */
    FmtLines out;
    uint32_t prev_end;      /* source end of the last token or comment printed */
    bool open;              /* the last line may take more of the current item */
    bool block_start;       /* just after '{' or at the top: no blank line here */
    bool in_item;           /* between an item's first and last token */
    uint32_t indent;        /* of the current item (or block level) */
    uint32_t cont;          /* indent of the current item's continuation lines */
    size_t header;          /* the current item's alignable line, or NO_LINE */
} Printer;

/* ---- the source between tokens ----------------------------------------- */

/* Where the next token starts: past blanks (the ideographic space too) and comments. */
static uint32_t next_token(const Printer *p, uint32_t pos)
{
    while (pos < p->srclen) {
        char ch = p->src[pos];
        if (ch == ' ' || ch == '\t' || ch == '\r' || ch == '\n') {
            pos++;
        } else if (p->srclen - pos >= 3 && memcmp(p->src + pos, "\xE3\x80\x80", 3) == 0) {
            pos += 3;
        } else if (ch == '#') {
            while (pos < p->srclen && p->src[pos] != '\n') pos++;
        } else {
            break;
        }
    }
    return pos;
}

/* End of the keyword starting at pos: the lexer's identifier characters
 * (a keyword may be typed in full-width letters). */
static uint32_t word_end(const Printer *p, uint32_t pos)
{
    while (pos < p->srclen) {
        unsigned char ch = (unsigned char)p->src[pos];
        if (ch < 0x80) {
            bool word = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')
                        || (ch >= '0' && ch <= '9') || ch == '_';
            if (!word) break;
            pos++;
            continue;
        }
        int32_t cp;
        int k = utf8_decode(p->src + pos, p->srclen - pos, &cp);
        /* ORDER: the characters lexer.l keeps out of identifiers */
        if (k < 0 || (cp >= 0x3000 && cp <= 0x3002) || cp == 0xFF05 || cp == 0xFF0D
            || cp == 0xFF0E)
            break;
        pos += (uint32_t)k;
    }
    return pos;
}

/* Source length of the comparison at pos: >= <= = > < or their full-width
 * and mathematical spellings. */
static uint32_t op_len(const Printer *p, uint32_t pos)
{
    static const char *const SPELLINGS[] = {">=", "<=", "\xE2\x89\xA5", "\xE2\x89\xA4",
                                            "\xEF\xBC\x9E\xEF\xBC\x9D", "\xEF\xBC\x9C\xEF\xBC\x9D",
                                            "\xEF\xBC\x9D", "=", "\xEF\xBC\x9E", "\xEF\xBC\x9C"};
    for (size_t i = 0; i < sizeof SPELLINGS / sizeof *SPELLINGS; i++) {
        size_t n = strlen(SPELLINGS[i]);
        if (p->srclen - pos >= n && memcmp(p->src + pos, SPELLINGS[i], n) == 0) return (uint32_t)n;
    }
    return 1;
}

static bool has_newline(const Printer *p, uint32_t from, uint32_t to)
{
    return to > from && memchr(p->src + from, '\n', to - from) != NULL;
}

/* The author left an empty line between two things. */
static bool blank_between(const Printer *p, uint32_t from, uint32_t to)
{
    int n = 0;
    for (uint32_t i = from; i < to; i++)
        if (p->src[i] == '\n' && ++n == 2) return true;
    return false;
}

/* ---- lines and comments ----------------------------------------------- */

static void new_line(Printer *p, uint32_t indent)
{
    fmt_line_new(&p->out, indent);
    p->open = true;
}

/* The current item's header no longer fits one line: it cannot align. */
static void unalign(Printer *p)
{
    if (p->header != NO_LINE) p->out.lines[p->header].key = 0;
    p->header = NO_LINE;
}

/* A line that starts something (an item, a comment, a '}') found at pos. */
static void start_line(Printer *p, uint32_t pos, uint32_t indent, bool allow_blank)
{
    if (allow_blank && !p->block_start && !p->in_item && blank_between(p, p->prev_end, pos))
        fmt_line_blank(&p->out);
    new_line(p, indent);
    p->block_start = false;
}

static void put_comment(Printer *p, const Comment *c)
{
    uint32_t s = c->span.start, e = c->span.end;
    while (e > s && (p->src[e - 1] == ' ' || p->src[e - 1] == '\t' || p->src[e - 1] == '\r')) e--;
    FmtLine *ln = fmt_line_last(&p->out);
    if (p->open && ln && ln->code_len && !ln->comment_len && !has_newline(p, p->prev_end, s)) {
        fmt_line_comment(&p->out, p->src + s, e - s);
    } else {
        start_line(p, s, p->in_item ? p->cont : p->indent, true);
        fmt_line_append(&p->out, p->src + s, e - s);
        if (p->in_item) unalign(p);
    }
    p->open = false;
    p->block_start = false;
    p->prev_end = c->span.end;
}

static void flush_comments(Printer *p, uint32_t upto)
{
    while (p->c && p->c->span.start < upto) {
        put_comment(p, p->c);
        p->c = p->c->next;
    }
}

/* ---- tokens ------------------------------------------------------------ */

/* Readies the line for the current item's next token, found at pos: the
 * comments before it first; if one ended the line, the item continues. */
static void before_token(Printer *p, uint32_t pos)
{
    flush_comments(p, pos);
    if (!p->open) {
        new_line(p, p->cont);
        unalign(p);
    } else if (fmt_line_last(&p->out)->code_len) {
        fmt_line_append(&p->out, " ", 1);
    }
}

static void put_token(Printer *p, uint32_t pos, uint32_t end, const char *s, size_t n)
{
    before_token(p, pos);
    fmt_line_append(&p->out, s, n);
    p->prev_end = end;
}

static void put_cstr(Printer *p, uint32_t pos, uint32_t end, const char *s)
{
    put_token(p, pos, end, s, strlen(s));
}

/* Where the keyword kw written at pos ends: as spelled, nearly always;
 * else (full-width letters) where its word ends. */
static uint32_t keyword_end(const Printer *p, uint32_t pos, const char *kw)
{
    size_t n = strlen(kw);
    if (p->srclen - pos >= n && memcmp(p->src + pos, kw, n) == 0) return pos + (uint32_t)n;
    return word_end(p, pos);
}

/* A keyword that follows the previous token: en, at, by, starts. */
static void put_keyword(Printer *p, const char *kw)
{
    uint32_t at = next_token(p, p->prev_end);
    put_cstr(p, at, keyword_end(p, at, kw), kw);
}

static void put_ident(Printer *p, const Ident *id)
{
    put_cstr(p, id->span.start, id->span.end, id->name);
}

/* A string keeps its source bytes and the author's split into adjacent
 * literals: one literal a line, aligned under the first. */
static void put_text(Printer *p, const Text *t)
{
    uint32_t npieces = text_npieces(t);
    const Span *piece = t->pieces ? t->pieces->span : &t->span;
    before_token(p, piece[0].start);
    uint32_t col = (uint32_t)fmt_line_width(&p->out), cont = p->cont;
    fmt_line_append(&p->out, p->src + piece[0].start, piece[0].end - piece[0].start);
    p->prev_end = piece[0].end;
    p->cont = col;          /* comments between the literals line up with them */
    for (uint32_t i = 1; i < npieces; i++) {
        flush_comments(p, piece[i].start);
        new_line(p, col);
        unalign(p);
        fmt_line_append(&p->out, p->src + piece[i].start, piece[i].end - piece[i].start);
        p->prev_end = piece[i].end;
    }
    p->cont = cont;
}

/* A number as spelled, with ASCII digits (NFKC), and its unit word. */
static void put_value(Printer *p, const Value *v)
{
    Span ns = value_num_span(v);
    const char *s = p->src + ns.start;
    size_t n = ns.end - ns.start;
    char *norm = utf8_is_ascii(s, n) ? NULL : utf8_nfkc(s, n);
    if (norm) put_cstr(p, ns.start, ns.end, norm);
    else put_token(p, ns.start, ns.end, s, n);
    free(norm);
    if (v->unit) put_cstr(p, next_token(p, ns.end), v->span.end, v->unit);
}

/* A date in the canonical spelling of the form the author chose: R2.03 is
 * R2.3, full-width digits are ASCII, 令和2年度 stays in kanji, and so does a
 * Gregorian 2020年3月 (date_render() would write it 2020-03). */
static void put_date(Printer *p, const Date *d)
{
    char buf[64];
    const DateSpec *x = &d->spec;
    const char *s = p->src + d->span.start;
    size_t n = d->span.end - d->span.start;
    bool nen = x->era == ERA_NONE && x->form != DF_FY && memmem(s, n, "年", strlen("年"));
    if (nen && x->form == DF_YEAR) snprintf(buf, sizeof buf, "%04d年", x->year);
    else if (nen && x->form == DF_MONTH) snprintf(buf, sizeof buf, "%04d年%d月", x->year, x->month);
    else if (nen && x->form == DF_DAY)
        snprintf(buf, sizeof buf, "%04d年%d月%d日", x->year, x->month, x->day);
    else date_render(x, buf, sizeof buf);
    put_cstr(p, d->span.start, d->span.end, buf);
}

/* sectors a, b, c: filled up to FMT_MAX_WIDTH, continued under the first id. */
static void put_ids(Printer *p, const Item *it)
{
    uint32_t col = 0;
    for (uint32_t i = 0; i < it->u.list.n; i++) {
        const Ident *id = &it->u.list.ids[i];
        size_t n = strlen(id->name);
        bool last = i + 1 == it->u.list.n;
        if (i == 0) {
            before_token(p, id->span.start);
            col = (uint32_t)fmt_line_width(&p->out);
            p->cont = col;
        } else {
            flush_comments(p, id->span.start);
            size_t need = 1 + utf8_width(id->name, n) + (last ? 0 : 1);
            if (!p->open || fmt_line_width(&p->out) + need > FMT_MAX_WIDTH) {
                new_line(p, col);
                unalign(p);
            } else {
                fmt_line_append(&p->out, " ", 1);
            }
        }
        fmt_line_append(&p->out, id->name, n);
        p->prev_end = id->span.end;
        if (!last) {
            uint32_t comma = next_token(p, id->span.end);
            fmt_line_append(&p->out, ",", 1);
            p->prev_end = comma + (p->src[comma] == ',' ? 1 : (uint32_t)strlen("、"));
        }
    }
}

/* ---- items ------------------------------------------------------------- */

static void put_item(Printer *p, const Item *it, uint32_t indent);

static void put_block(Printer *p, const Item *items, uint32_t indent, uint32_t end)
{
    for (const Item *it = items; it; it = it->next) {
        p->in_item = false;
        p->indent = indent;
        flush_comments(p, it->span.start);
        put_item(p, it, indent);
    }
    p->in_item = false;
    p->indent = indent;
    flush_comments(p, end);
}

/* The rest of the current line (from here) is the column a run of such
 * lines aligns: the titles of consecutive sectors, the texts of milestones. */
static void mark_head(Printer *p, ItemKind k)
{
    if (p->header == NO_LINE || !p->open) return;
    FmtLine *ln = &p->out.lines[p->header];
    ln->key = (unsigned)k + 1;
    ln->head_len = ln->code_len;
}

/* { items } - an empty block with nothing inside is written {}. */
static void put_body(Printer *p, const Item *it, uint32_t indent)
{
    /* A comment between the title and the brace puts the brace on a line of
     * its own, at the item's indent. */
    uint32_t lb = next_token(p, p->prev_end);
    p->cont = indent;
    put_token(p, lb, lb + 1, "{", 1);
    p->header = NO_LINE;
    const Item *kids = it->u.ent.items;
    Span rb = item_rbrace(it);
    if (!kids && !(p->c && p->c->span.start < rb.start)) {
        fmt_line_append(&p->out, "}", 1);
        p->prev_end = rb.end;
        return;
    }
    p->block_start = true;
    put_block(p, kids, indent + INDENT, rb.start);
    start_line(p, rb.start, indent, false);
    fmt_line_append(&p->out, "}", 1);
    p->indent = indent;
    p->prev_end = rb.end;
}

/* when rate >= expected and has_data */
static void put_cond(Printer *p, const Cond *c)
{
    switch ((CondKind)c->kind) {
    case COND_AND: case COND_OR:
        put_cond(p, c->l);
        put_keyword(p, c->kind == COND_AND ? "and" : "or");
        put_cond(p, c->r);
        break;
    case COND_PRED:
        put_ident(p, &c->pred);
        break;
    case COND_CMP:
        for (int i = 0; i < 2; i++) {
            const Operand *o = i ? &c->b : &c->a;
            if (i) {
                uint32_t at = next_token(p, p->prev_end);
                put_cstr(p, at, at + op_len(p, at), cmp_name((CmpOp)c->cmp));
            }
            if (o->is_num) put_value(p, &o->value);
            else put_ident(p, &o->var);
        }
        break;
    }
}

static void put_item(Printer *p, const Item *it, uint32_t indent)
{
    /* Between items every line is final: no header is pending (p->header)
     * and the comments before this item are placed. */
    fmt_lines_settle(&p->out);
    start_line(p, it->span.start, indent, true);
    p->in_item = true;
    p->indent = indent;
    p->cont = indent + CONTINUE;
    p->header = p->out.n - 1;
    if (it->kind != IT_THRESHOLD)
        put_cstr(p, it->span.start, keyword_end(p, it->span.start, item_kind_name(it->kind)),
                 item_kind_name(it->kind));
    switch ((ItemKind)it->kind) {
    case IT_STRATEGY: case IT_VIEWPOINT: case IT_SECTOR: case IT_PROJECT: case IT_INDICATOR:
    case IT_THRESHOLDS: case IT_SCALE:
        if (it->u.ent.id.name) put_ident(p, &it->u.ent.id);
        if (it->u.ent.title.bytes) {
            mark_head(p, it->kind);
            put_text(p, &it->u.ent.title);
        }
        if (it->flags & IF_EN) {
            put_keyword(p, "en");
            put_text(p, it->u.ent.en);
        }
        if (it->flags & IF_BLOCK) put_body(p, it, indent);
        break;
    case IT_PERIOD: {
        put_date(p, &it->u.per.a);
        uint32_t dots = next_token(p, p->prev_end);
        put_cstr(p, dots, dots + 2, "..");
        put_date(p, &it->u.per.b);
        break;
    }
    case IT_AS_OF:
        put_date(p, &it->u.per.a);
        break;
    case IT_FISCAL_YEAR:
        put_keyword(p, "starts");
        put_ident(p, &it->u.w.word);
        if (it->flags & IF_TEXT) {
            const Text *by = &it->u.w.text;
            put_keyword(p, "named_by");
            put_token(p, by->span.start, by->span.end, by->bytes, by->len);
        }
        break;
    case IT_MILESTONE:
        put_date(p, &it->u.txt.date);
        mark_head(p, it->kind);
        put_text(p, &it->u.txt.text);
        break;
    case IT_REVISES: case IT_INCLUDE: case IT_GOAL: case IT_NOTE: case IT_ACTIVITY:
    case IT_OWNER: case IT_SOURCE:
        if (it->flags & IF_TEXT) put_text(p, &it->u.txt.text);
        break;
    case IT_UNIT:           /* unit "回" | unit 回 (the word, interned) */
        if (it->flags & IF_TEXT) put_text(p, &it->u.txt.text);
        else put_token(p, it->u.txt.text.span.start, it->u.txt.text.span.end, it->u.txt.text.bytes,
                       it->u.txt.text.len);
        break;
    case IT_SECTORS: case IT_VIEWPOINTS:
        put_ids(p, it);
        break;
    case IT_ASSESSMENT: case IT_STATUS: case IT_DIRECTION: case IT_KIND: case IT_RENAMED_FROM:
        put_ident(p, &it->u.w.word);
        if (it->flags & IF_TEXT) put_text(p, &it->u.w.text);
        break;
    case IT_THRESHOLD: {
        put_ident(p, &it->u.m.name);
        Value v = item_value(it);
        put_value(p, &v);
        break;
    }
    case IT_BASELINE: case IT_ACTUAL: case IT_TARGET:
        if (it->op) {
            uint32_t at = next_token(p, p->prev_end);
            const char *op = it->op == OP_GE ? ">=" : it->op == OP_LE ? "<=" : "=";
            put_cstr(p, at, at + op_len(p, at), op);
        }
        if (it->flags & IF_VALUE) { Value v = item_value(it); put_value(p, &v); }
        else if (it->flags & IF_TEXT) put_text(p, &it->u.m.text);
        if (it->flags & IF_DATE) {
            put_keyword(p, it->kind == IT_TARGET ? "by" : "at");
            Date d = item_date(it);
            put_date(p, &d);
        }
        break;
    case IT_GRADE:
        put_ident(p, &it->u.gr.id);
        if (it->u.gr.title.bytes) {
            mark_head(p, it->kind);
            put_text(p, &it->u.gr.title);
        }
        if (it->flags & IF_EN) {
            put_keyword(p, "en");
            put_text(p, it->u.gr.en);
        }
        put_keyword(p, "when");
        put_cond(p, it->u.gr.when);
        break;
    case IT__COUNT:
        break;
    }
    p->header = NO_LINE;
    p->in_item = false;
    p->prev_end = it->span.end;
}

/* ---- files ------------------------------------------------------------- */

static void print_file(Printer *p, const SrcFile *src, const AstFile *ast, FmtSink sink, void *ctx)
{
    memset(p, 0, sizeof *p);
    p->src = src->text;
    p->srclen = (uint32_t)src->len;
    p->c = ast->comments;
    p->block_start = true;
    p->header = NO_LINE;
    fmt_lines_init(&p->out, src->len, sink, ctx);
    put_block(p, ast->items, 0, UINT32_MAX);
}

char *fmt_ast(const SrcFile *src, const AstFile *ast, size_t *len)
{
    Printer p;
    print_file(&p, src, ast, NULL, NULL);
    char *out = fmt_lines_render(&p.out, len);
    fmt_lines_free(&p.out);
    return out;
}

/* The file's tree, or NULL when reading it found errors. */
static AstFile *parse_clean(Strat *s, uint32_t file)
{
    int before = s->diags.errors;
    AstFile *ast = parse_file(s, file, false);
    return ast && s->diags.errors == before ? ast : NULL;
}

char *fmt_source(Strat *s, uint32_t file, size_t *len)
{
    AstFile *ast = parse_clean(s, file);
    return ast ? fmt_ast(src_file(s->src, file), ast, len) : NULL;
}

bool fmt_source_to(Strat *s, uint32_t file, FmtSink sink, void *ctx)
{
    AstFile *ast = parse_clean(s, file);
    if (!ast) return false;
    Printer p;
    print_file(&p, src_file(s->src, file), ast, sink, ctx);
    fmt_lines_finish(&p.out);
    fmt_lines_free(&p.out);
    return true;
}
