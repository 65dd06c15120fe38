/* scan.c - the scanner's actions: strings, numbers, identifiers, braces. */
#include "parse_ctx.h"
#include "i18n.h"
#include "parser.h"
#include "pow10.h"
#include "utf8.h"
#include "xalloc.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

static Span sub(Span sp, size_t from, size_t to)
{
    Span s = sp;
    s.start = sp.start + (uint32_t)from;
    s.end = sp.start + (uint32_t)to;
    return s;
}

static void put_utf8(char *d, size_t *o, uint32_t cp)
{
    if (cp < 0x80) d[(*o)++] = (char)cp;
    else if (cp < 0x800) {
        d[(*o)++] = (char)(0xC0 | (cp >> 6));
        d[(*o)++] = (char)(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        d[(*o)++] = (char)(0xE0 | (cp >> 12));
        d[(*o)++] = (char)(0x80 | ((cp >> 6) & 0x3F));
        d[(*o)++] = (char)(0x80 | (cp & 0x3F));
    } else {
        d[(*o)++] = (char)(0xF0 | (cp >> 18));
        d[(*o)++] = (char)(0x80 | ((cp >> 12) & 0x3F));
        d[(*o)++] = (char)(0x80 | ((cp >> 6) & 0x3F));
        d[(*o)++] = (char)(0x80 | (cp & 0x3F));
    }
}

/* "..." with \" \\ \n \t \u{XXXX}.  Texts are kept byte for byte: no NFKC. */
int lex_string(ParseCtx *c, const char *s, size_t n, Span sp, Text *out)
{
    const char *body = s + 1;
    size_t blen = n - 2;
    memset(out, 0, sizeof *out);
    out->span = sp;
    if (!memchr(body, '\\', blen)) {
        /* The common case: nothing to decode, so the text is the literal's
         * own bytes in the source, which outlives the tree (ast.h). */
        out->bytes = body;
        out->len = (uint32_t)blen;
        return STRING;
    }
    char *d = arena_alloc(c->arena, blen);
    size_t o = 0;
    for (size_t i = 0; i < blen; i++) {
        if (body[i] != '\\') { d[o++] = body[i]; continue; }
        size_t esc = i;
        char e = body[++i];
        switch (e) {
        case '"':  d[o++] = '"'; break;
        case '\\': d[o++] = '\\'; break;
        case 'n':  d[o++] = '\n'; break;
        case 't':  d[o++] = '\t'; break;
        case 'u': {
            uint32_t cp = 0;
            size_t j = i + 1, digits = 0;
            bool ok = j < blen && body[j] == '{';
            if (ok) {
                for (j++; j < blen && body[j] != '}'; j++, digits++) {
                    char h = body[j];
                    int v = h >= '0' && h <= '9' ? h - '0' : h >= 'a' && h <= 'f' ? h - 'a' + 10
                          : h >= 'A' && h <= 'F' ? h - 'A' + 10 : -1;
                    if (v < 0 || digits >= 6) { ok = false; break; }
                    cp = cp * 16 + (uint32_t)v;
                }
                ok = ok && j < blen && digits > 0;
            }
            if (!ok || cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                size_t end = ok ? j + 1 : i + 1;
                Diag *g = diag_add(c->diags, SEV_ERROR, "syntax", sub(sp, esc + 1, end + 1),
                                   "invalid \\u escape");
                diag_help(g, "write \\u{XXXX} with 1 to 6 hex digits naming a Unicode scalar value other than 0");
                i = ok ? j : i;
                break;
            }
            /* \u{...} is at most 10 bytes of source and encodes in at most 4. */
            put_utf8(d, &o, cp);
            i = j;
            break;
        }
        default: {
            Diag *g = diag_add(c->diags, SEV_ERROR, "syntax", sub(sp, esc + 1, i + 2),
                               "unknown escape '\\%c' in string", e);
            diag_help(g, "strings know \\\", \\\\, \\n, \\t and \\u{XXXX}");
            if (((unsigned char)e & 0x80)) d[o++] = e;
            break;
        }
        }
    }
    out->bytes = d;
    out->len = (uint32_t)o;
    return STRING;
}

/* A string without its closing quote runs to the end of the line.  When
 * the line ends in '{' (`indicator x "Title {`), the brace is given back to
 * the scanner: the block it opens is read as a block.  Returns how many
 * bytes of the token to keep. */
int lex_unterminated(ParseCtx *c, const char *s, int n, Span *sp)
{
    int keep = n;
    while (keep > 1 && (s[keep - 1] == ' ' || s[keep - 1] == '\t' || s[keep - 1] == '\r')) keep--;
    if (keep > 1 && s[keep - 1] == '{') {
        keep--;
        while (keep > 1 && (s[keep - 1] == ' ' || s[keep - 1] == '\t')) keep--;
    } else {
        keep = n;
    }
    c->pos -= (uint32_t)(n - keep);
    sp->end = c->pos;
    Diag *g = diag_add(c->diags, SEV_ERROR, "syntax", *sp, "unterminated string");
    if (memmem(s, (size_t)keep, "\xE2\x80\x9D", 3) || memmem(s, (size_t)keep, "\xEF\xBC\x82", 3))
        diag_help(g, "close it with a straight \" (” and ＂ do not end a string)");
    else
        diag_help(g, "a string ends on its line: close it with \"");
    c->syntax_errors++;
    ast_broken_reset(c);
    c->capture = true;      /* recovery pops what was read of the item */
    return keep;
}

/* “...” or 「...」 where a string is expected: the text a word processor
 * or a Japanese IME types.  One error, and the text is read as a string,
 * so nothing after it is lost. */
int lex_quoted(ParseCtx *c, const char *s, size_t n, Span sp, Text *out)
{
    /* “ E2 80 9C, 「 E3 80 8C, 『 E3 80 8E, ＂ EF BC 82: three bytes each, as
     * are the closing ones. */
    unsigned char k = (unsigned char)s[2];
    Diag *g = diag_add(c->diags, SEV_ERROR, "syntax", sp, DIAG_TEXT,
                       k == 0x8C ? _("text in 「corner brackets」") : k == 0x8E ? _("text in 『double corner brackets』")
                       : k == 0x82 ? _("text in ＂full-width quotes＂") : _("text in “curly quotes”"));
    diag_help(g, "write text in straight double quotes: \"%.*s\"", (int)(n - 6), s + 3);
    c->syntax_errors++;
    memset(out, 0, sizeof *out);
    out->span = sp;
    out->bytes = s + 3;
    out->len = (uint32_t)(n - 6);
    return STRING;
}

/* Most numbers are short ASCII decimals (12_508, -3.5): m / 10^d is
 * correctly rounded when m and 10^d are exact doubles, so it equals what
 * strtod gives, without copying the token.  At most 15 digits, so there is
 * no precision to warn about.  Anything else takes the general path. */
static bool number_fast(const char *s, size_t n, double *out)
{
    size_t i = s[0] == '-';
    uint64_t m = 0;
    int digits = 0, dec = -1;
    for (; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        if ((unsigned)(ch - '0') < 10u) {
            if (++digits > 15) return false;
            m = m * 10 + (ch - '0');
            if (dec >= 0) dec++;
        } else if (ch == '.' && dec < 0) {
            dec = 0;
        } else if (ch != '_') {
            return false;
        }
    }
    double v = (double)m;
    if (dec > 0) v /= POW10[dec];
    *out = s[0] == '-' ? -v : v;
    return digits > 0;
}

/* Numbers: digits (full-width ones normalised), underscores, a fraction,
 * an exponent.  The value is a double; precision loss is reported. */
void lex_number(ParseCtx *c, const char *s, size_t n, Span sp, Value *out)
{
    memset(out, 0, sizeof *out);
    out->span = sp;
    out->num_end = sp.end;
    if (number_fast(s, n, &out->num)) return;
    char small[64];
    char *norm = NULL, *buf = small;
    const char *t = s;
    size_t tn = n;
    if (!utf8_is_ascii(s, n)) {
        norm = utf8_nfkc(s, n);
        t = norm;
        tn = strlen(norm);
    }
    if (tn + 1 > sizeof small) buf = xmalloc(tn + 1);
    size_t o = 0, sig = 0;
    bool leading = true, in_exp = false;
    for (size_t i = 0; i < tn; i++) {
        if (t[i] == '_') continue;
        if (t[i] == 'e' || t[i] == 'E') in_exp = true;
        if (!in_exp && t[i] >= '0' && t[i] <= '9') {
            if (t[i] != '0') leading = false;
            if (!leading) sig++;
        }
        buf[o++] = t[i];
    }
    buf[o] = '\0';
    errno = 0;
    double v = strtod(buf, NULL);
    if (!isfinite(v) || (errno == ERANGE && fabs(v) > 1)) {
        Diag *g = diag_add(c->diags, SEV_ERROR, "number-range", sp, "number '%s' is too large", buf);
        diag_help(g, "numbers must be below about 1.8e308");
        v = 0;
    } else if (sig > 15) {
        Diag *g = diag_add(c->diags, SEV_WARNING, "number-precision", sp,
                           "number '%s' has more than 15 significant digits; it is read as %.15g",
                           buf, v);
        diag_help(g, "stratc keeps numbers as 64-bit floating point");
    }
    out->num = v;
    if (buf != small) free(buf);
    free(norm);
}

enum { KW_LINE, KW_BLOCK, KW_WORD };
static const struct { const char *word; int tok; int how; } KEYWORDS[] = {
#define ITEM(kind, word, tok, how) {word, tok, KW_##how},
#define WORD(word, tok) {word, tok, KW_WORD},
#define KW_NONE KW_WORD         /* a kind without a keyword: tok 0, never matched */
#include "keywords.def"
#undef KW_NONE
#undef ITEM
#undef WORD
};

int lex_keyword_token(const char *word)
{
    for (size_t i = 0; i < sizeof KEYWORDS / sizeof *KEYWORDS; i++)
        if (KEYWORDS[i].tok && strcmp(word, KEYWORDS[i].word) == 0) return KEYWORDS[i].tok;
    return 0;
}

size_t lex_item_keywords(const char **out, size_t cap)
{
    size_t n = 0;
    for (size_t i = 0; i < sizeof KEYWORDS / sizeof *KEYWORDS && n < cap; i++)
        if (KEYWORDS[i].tok && KEYWORDS[i].how != KW_WORD) out[n++] = KEYWORDS[i].word;
    return n;
}

enum { IDENT_MAX_BYTES = 1024 };   /* documented limit */

int lex_ident(ParseCtx *c, const char *s, size_t n, Span sp, Ident *out)
{
    /* Keywords typed in full-width letters (ｔａｒｇｅｔ) are keywords: NFKC
     * applies to keywords.  Only identifiers with full-width forms pay. */
    if (memchr(s, 0xEF, n) && (memmem(s, n, "\xEF\xBC", 2) || memmem(s, n, "\xEF\xBD", 2))) {
        char *k = utf8_nfkc(s, n);
        for (size_t i = 0; i < sizeof KEYWORDS / sizeof *KEYWORDS; i++) {
            if (KEYWORDS[i].tok && strcmp(k, KEYWORDS[i].word) == 0) {
                free(k);
                if (KEYWORDS[i].how == KW_WORD) return KEYWORDS[i].tok;
                return lex_item(c, KEYWORDS[i].tok,
                                KEYWORDS[i].how == KW_BLOCK ? KEYWORDS[i].word : NULL, sp);
            }
        }
        free(k);
    }
    if (n > IDENT_MAX_BYTES) {
        diag_add(c->diags, SEV_ERROR, "limit", sp,
                 "identifier is %zu bytes long; the limit is %d", n, IDENT_MAX_BYTES);
        n = IDENT_MAX_BYTES;
        while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80) n--;
    }
    out->name = intern(c->names, s, n);
    out->span = sp;
    return IDENT;
}

void lex_comment(ParseCtx *c, Span sp)
{
    Comment *cm = ARENA_NEW(c->arena, Comment);
    cm->span = sp;
    *c->comments_tail = cm;
    c->comments_tail = &cm->next;
    c->ncomments++;
}

void lex_bad(ParseCtx *c, const char *s, size_t n, Span sp)
{
    int32_t cp = 0;
    int k = utf8_decode(s, n, &cp);
    if (k < 0) k = 1;
    const char *what = n > (size_t)k ? _("unexpected characters") : _("unexpected character");
    Diag *g;
    if (cp < 0x80 && cp >= 0x20)
        g = diag_add(c->diags, SEV_ERROR, "syntax", sp, "%s '%.*s'", what, (int)(n > 20 ? 20 : n), s);
    else if (cp < 0x20 || cp == 0x7f)
        g = diag_add(c->diags, SEV_ERROR, "syntax", sp, "%s (control character U+%04X)", what, (unsigned)cp);
    else
        g = diag_add(c->diags, SEV_ERROR, "syntax", sp, "%s '%.*s' (U+%04X)", what, k, s, (unsigned)cp);
    if (cp == 0x3002 || cp == ';')
        diag_help(g, "items need no terminator; start the next item on a new line");
    else if (cp == '-' || cp == '~' || cp == 0x2013 || cp == 0x2014 || cp == 0x2212 || cp == 0x301C)
        diag_help(g, "a period runs from one date to another written with '..': period 令和2年度 .. 令和6年度");
    else if (cp == '(' || cp == ')' || cp == 0xFF08 || cp == 0xFF09 || cp == 0x300C)
        diag_help(g, "text belongs inside \"double quotes\"");
    c->syntax_errors++;
    ast_broken_reset(c);
    c->capture = true;      /* recovery pops what was read of the item */
}

/* Blanks before the token at off, or -1 when something else stands before
 * it on its line. */
static int indent_of(const ParseCtx *c, uint32_t off)
{
    const char *t = c->src->text;
    uint32_t i = off;
    while (i > 0 && (t[i - 1] == ' ' || t[i - 1] == '\t')) i--;
    if (i > 0 && t[i - 1] != '\n') return -1;
    return (int)(off - i);
}

/* The indentation of the line an offset is on (its first token's). */
static uint32_t line_indent(const ParseCtx *c, uint32_t off)
{
    const char *t = c->src->text;
    uint32_t i = off;
    while (i > 0 && t[i - 1] != '\n') i--;
    uint32_t j = i;
    while (j < off && (t[j] == ' ' || t[j] == '\t')) j++;
    return j - i;
}

/* An item at or left of its block's own indentation, after items deeper
 * than it: if the file ends with a block open, its '}' was probably
 * forgotten just before this item (parse_file parses again with it there).
 * Called as the parser gets the item, after the '}'s put in before it. */
void lex_indent_check(ParseCtx *c, Span sp)
{
    if (!c->nopen || c->repair_at) return;
    OpenBlock *b = &c->open[c->nopen - 1];
    int ind = indent_of(c, sp.start);
    if (ind > (int)b->indent) b->indented = true;
    else if (ind >= 0 && b->indented) {
        c->repair_at = sp.start;
        c->repair_block = *b;
    }
}

int lex_item(ParseCtx *c, int tok, const char *block_kw, Span sp)
{
    if (block_kw) lex_keyword_seen(c, block_kw, sp);
    c->pending_tok = tok;
    c->pending_loc = sp;
    return ITEM_START;
}

void lex_keyword_seen(ParseCtx *c, const char *kw, Span sp)
{
    c->last_keyword = kw;
    c->last_keyword_span = sp;
}

int lex_open_brace(ParseCtx *c, Span sp)
{
    if (c->nopen >= PARSE_MAX_NESTING) {
        if (!c->too_deep) {
            Diag *g = diag_add(c->diags, SEV_ERROR, "limit", sp,
                               "blocks nested more than %d deep", PARSE_MAX_NESTING);
            diag_help(g, "a strategy needs 3 levels (strategy, project, indicator); parsing stopped here");
        }
        c->too_deep = true;
        return YYEOF;
    }
    XGROW(c->open, c->capopen, c->nopen + 1);
    OpenBlock *b = &c->open[c->nopen++];
    if (c->last_keyword) {
        b->keyword = c->last_keyword;
        b->span = c->last_keyword_span;
    } else {
        b->keyword = "{";
        b->span = sp;
    }
    b->brace = sp;
    b->indent = c->watch_indent ? line_indent(c, b->span.start) : 0;
    b->indented = false;
    c->last_keyword = NULL;
    return LBRACE;
}

void lex_close_brace(ParseCtx *c)
{
    if (c->nopen) c->nopen--;
    c->last_keyword = NULL;
}

/* End of file inside blocks: say which block is open (Lua's "to close"),
 * then hand the parser the missing braces so it keeps what it has read.
 * Errors the parser finds in the unfinished item are noise after that. */
Diag *lex_unclosed(ParseCtx *c, const OpenBlock *b)
{
    int line, col;
    src_linecol(c->src, b->span.start, &line, &col);
    /* The block's id, read from the source: the word after its keyword. */
    const char *t = c->src->text;
    uint32_t i = b->span.end, end = c->src->len;
    if (b->brace.start == b->span.start) i = end;    /* a bare '{' */
    while (i < end && (t[i] == ' ' || t[i] == '\t')) i++;
    uint32_t j = i;
    while (j < end && j - i < 64 && t[j] != ' ' && t[j] != '\t' && t[j] != '\n' && t[j] != '\r'
           && t[j] != '"' && t[j] != '{' && t[j] != '\0')
        j++;
    while (j > i && j < end && ((unsigned char)t[j] & 0xC0) == 0x80) j--;
    Diag *g = b->brace.start == b->span.start
        ? diag_add(c->diags, SEV_ERROR, "syntax", b->brace, "'{' at line %d is never closed", line)
        : j > i
        ? diag_add(c->diags, SEV_ERROR, "syntax", b->brace, "'{' of %s '%.*s' at line %d is never closed",
                   b->keyword, (int)(j - i), t + i, line)
        : diag_add(c->diags, SEV_ERROR, "syntax", b->brace, "'{' of %s at line %d is never closed",
                   b->keyword, line);
    c->syntax_errors++;
    return g;
}

int lex_eof(ParseCtx *c, Span sp)
{
    if (c->nopen == 0 || c->too_deep) return YYEOF;
    if (!c->at_eof) {
        c->at_eof = true;
        /* A parse that knows where the '}' belongs stays quiet: the next
         * one puts it there and reports it (parse_file). */
        if (c->watch_indent && !(c->repair_at && c->may_repair)) {
            Diag *g = lex_unclosed(c, &c->open[c->nopen - 1]);
            diag_note(g, &sp, "the file ends here");
            diag_help(g, "close the block with '}'");
        }
    }
    c->nopen--;
    return RBRACE;
}
