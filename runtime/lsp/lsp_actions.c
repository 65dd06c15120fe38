/* lsp_actions.c - textDocument/codeAction: quick fixes.
 *
 * A finding that knows its fix (Diag.fix: a did-you-mean, 平成32年度 written
 * 令和2年度) offers to write it over the finding's span.  Numbers and dates
 * typed with full-width digits (３０, Ｒ２.３) are read as ASCII ones; an
 * action rewrites them in ASCII, as `stratc fmt` does. */
#include "lsp_int.h"
#include "xalloc.h"

#include <stdlib.h>
#include <string.h>

static json_t *action(LspDoc *d, const char *title, json_t *edits, bool preferred)
{
    json_t *a = json_pack("{s:s, s:s, s:{s:{s:o}}}", "title", title, "kind", "quickfix", "edit",
                          "changes", d->uri, edits);
    if (preferred) json_object_set_new(a, "isPreferred", json_true());
    return a;
}

/* Full-width digit, full stop or hyphen-minus: EF BC 90-99, 8E, 8D. */
static int fullwidth_at(const char *t, uint32_t i, uint32_t end, char *ascii)
{
    if (i + 3 > end || (unsigned char)t[i] != 0xEF || (unsigned char)t[i + 1] != 0xBC) return 0;
    unsigned char c = (unsigned char)t[i + 2];
    if (c >= 0x90 && c <= 0x99) *ascii = (char)('0' + c - 0x90);
    else if (c == 0x8E) *ascii = '.';
    else if (c == 0x8D) *ascii = '-';
    else return 0;
    return 3;
}

/* Runs holding a full-width digit, outside strings and comments, in [a, b)'s lines. */
static void fullwidth(const Lsp *l, SrcFile *f, uint32_t a, uint32_t b, json_t *edits)
{
    uint32_t bol, eol, e2;
    src_line_bounds(f, a, &bol, &eol);
    src_line_bounds(f, b, &e2, &eol);
    const char *t = f->text;
    bool str = false;
    for (uint32_t i = bol; i < eol;) {
        char c = t[i], x;
        if (c == '\n') { str = false; i++; continue; }
        if (!str && c == '#') { while (i < eol && t[i] != '\n') i++; continue; }
        if (c == '"') { str = !str; i++; continue; }
        if (str) { i += c == '\\' ? 2 : 1; continue; }
        if (!fullwidth_at(t, i, eol, &x)) { i++; continue; }
        uint32_t s = i;
        char buf[256];
        size_t n = 0;
        bool digit = false;
        int k;
        while (n + 1 < sizeof buf && (k = fullwidth_at(t, i, eol, &x)) > 0) {
            digit |= x >= '0' && x <= '9';
            buf[n++] = x;
            i += (uint32_t)k;
        }
        buf[n] = '\0';
        if (digit) json_array_append_new(edits, lsp_text_edit(l, f, s, i, buf));
    }
}

static bool overlaps(const Span *s, uint32_t a, uint32_t b)
{
    return s->start <= b && a <= s->end;
}

json_t *lsp_code_actions(Lsp *l, const json_t *params, LspReply *r)
{
    LspDoc *d = lsp_request_doc(l, params, false, NULL, r);
    if (!d) return NULL;
    SrcFile *f = lsp_doc_src(d);
    const json_t *range = json_object_get(params, "range");
    uint32_t a, b;
    if (!f) return json_array();
    if (!lsp_offset(l, f, json_object_get(range, "start"), &a) || !lsp_offset(l, f, json_object_get(range, "end"), &b)) {
        r->err = RPC_INVALID_PARAMS;
        r->errmsg = "params.range is not a range";
        return NULL;
    }
    if (b < a) { uint32_t t = a; a = b; b = t; }
    json_t *out = json_array();
    for (size_t i = 0; i < d->strat.diags.n; i++) {
        const Diag *g = d->strat.diags.items[i];
        if (!g->fix || !g->located || g->span.file != d->file || !overlaps(&g->span, a, b)) continue;
        size_t n = strlen(g->fix) + 32;
        char *title = xmalloc(n);
        snprintf(title, n, "Write '%s'", g->fix);
        json_t *edits = json_pack("[o]", lsp_text_edit(l, f, g->span.start, g->span.end, g->fix));
        json_array_append_new(out, action(d, title, edits, true));
        free(title);
    }
    json_t *fw = json_array();
    fullwidth(l, f, a, b, fw);
    if (json_array_size(fw)) json_array_append_new(out, action(d, "Write the full-width digits in ASCII", fw, false));
    else json_decref(fw);
    return out;
}
