/* lsp_actions.c - textDocument/codeAction: quick fixes.
 *
 * A finding that knows its fix (Diag.fix: a did-you-mean, 平成32年度 written
 * 令和2年度) offers to write it over the finding's span.  Numbers and dates
 * typed with full-width digits (３０, 令和２年度) are read as ASCII ones;
 * an action rewrites them in ASCII, as `stratc fmt` does. */
#include "lsp_int.h"
#include "i18n.h"
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

typedef struct Fw {
    const Lsp *l;
    SrcFile *f;
    uint32_t file, from, to;    /* the requested lines, as byte offsets */
    json_t *edits;
} Fw;

/* A number or date written with full-width digits: the same in ASCII. */
static void fw_span(Fw *c, Span sp)
{
    if (sp.file != c->file || sp.end <= sp.start || sp.end < c->from || sp.start > c->to) return;
    const char *t = c->f->text;
    if (!memmem(t + sp.start, sp.end - sp.start, "\xEF\xBC", 2)) return;
    char *buf = xmalloc(sp.end - sp.start + 1);
    size_t n = 0;
    bool changed = false;
    for (uint32_t i = sp.start; i < sp.end;) {
        char x;
        int k = fullwidth_at(t, i, sp.end, &x);
        if (k) { buf[n++] = x; i += (uint32_t)k; changed = true; }
        else buf[n++] = t[i++];
    }
    buf[n] = '\0';
    if (changed) json_array_append_new(c->edits, lsp_text_edit(c->l, c->f, sp.start, sp.end, buf));
    free(buf);
}

/* Every number and date of the syntax tree: the lexer says what is one,
 * so an id such as ｉｏｔ１ is never touched. */
static void fw_items(Fw *c, const Item *it)
{
    for (; it; it = it->next) {
        switch ((ItemKind)it->kind) {
        case IT_STRATEGY: case IT_VIEWPOINT: case IT_SECTOR: case IT_PROJECT: case IT_INDICATOR:
        case IT_THRESHOLDS: case IT_SCALE:
            if (it->flags & IF_BLOCK) fw_items(c, it->u.ent.items);
            break;
        case IT_PERIOD: fw_span(c, it->u.per.a.span); fw_span(c, it->u.per.b.span); break;
        case IT_AS_OF: fw_span(c, it->u.per.a.span); break;
        case IT_MILESTONE: fw_span(c, it->u.txt.date.span); break;
        case IT_THRESHOLD: { Value v = item_value(it); fw_span(c, value_num_span(&v)); break; }
        case IT_BASELINE: case IT_ACTUAL: case IT_TARGET:
            if (it->kind != IT_TARGET || (it->flags & IF_VALUE)) {
                Value v = item_value(it);
                fw_span(c, value_num_span(&v));
            }
            if (it->flags & IF_DATE) fw_span(c, item_date_span(it));
            break;
        default: break;
        }
    }
}

static void fullwidth(const Lsp *l, LspDoc *d, SrcFile *f, uint32_t a, uint32_t b, json_t *edits)
{
    if (!d->model || !d->model->ast) return;
    uint32_t bol, eol, e2;
    src_line_bounds(f, a, &bol, &eol);
    src_line_bounds(f, b, &e2, &eol);
    Fw c = {l, f, d->file, bol, eol, edits};
    fw_items(&c, d->model->ast->items);
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
        /* TRANSLATORS: a quick fix's title: replace the text by the fix. */
        const char *fmt = _("Write '%s'");
        size_t n = strlen(g->fix) + strlen(fmt) + 1;
        char *title = xmalloc(n);
        snprintf(title, n, fmt, g->fix);
        json_t *edits = json_pack("[o]", lsp_text_edit(l, f, g->span.start, g->span.end, g->fix));
        json_array_append_new(out, action(d, title, edits, true));
        free(title);
    }
    json_t *fw = json_array();
    fullwidth(l, d, f, a, b, fw);
    if (json_array_size(fw)) json_array_append_new(out, action(d, _("Write the full-width digits in ASCII"), fw, false));
    else json_decref(fw);
    return out;
}
