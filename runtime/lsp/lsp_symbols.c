/* lsp_symbols.c - textDocument/documentSymbol: the outline.
 *
 * strategy -> viewpoints, sectors, projects -> indicators, each with its
 * title as detail.  Only what is declared in the document itself: an
 * included file's sectors are in that file's outline. */
#include "lsp_int.h"

/* LSP SymbolKind values. */
enum { SK_MODULE = 2, SK_CLASS = 5, SK_FIELD = 8, SK_ENUM = 10, SK_INTERFACE = 11 };

static json_t *symbol(const Lsp *l, SrcFile *f, const Entity *e, int kind)
{
    Span range = e->item ? e->item->span : ent_id(e)->span;
    json_t *s = json_pack("{s:s, s:i, s:o, s:o}", "name", ent_id(e)->name, "kind", kind,
                          "range", lsp_range(l, f, range), "selectionRange", lsp_range(l, f, ent_id(e)->span));
    const Text *title = ent_title(e);
    if (title->bytes) json_object_set_new(s, "detail", json_stringn(title->bytes, title->len));
    return s;
}

static bool here(const LspDoc *d, const Entity *e)
{
    return ent_id(e)->name && ent_id(e)->span.file == d->file;
}

json_t *lsp_symbols(Lsp *l, const json_t *params, LspReply *r)
{
    LspDoc *d = lsp_request_doc(l, params, false, NULL, r);
    if (!d) return NULL;
    json_t *out = json_array();
    const Model *m = d->model;
    SrcFile *f = lsp_doc_src(d);
    if (!m || !f || !here(d, &m->e)) return out;
    json_t *top = symbol(l, f, &m->e, SK_MODULE);
    json_t *kids = json_array();
    for (uint32_t i = 0; i < m->nviewpoints; i++)
        if (here(d, &m->viewpoints[i]->e)) json_array_append_new(kids, symbol(l, f, &m->viewpoints[i]->e, SK_INTERFACE));
    for (uint32_t i = 0; i < m->nsectors; i++)
        if (here(d, &m->sectors[i]->e)) json_array_append_new(kids, symbol(l, f, &m->sectors[i]->e, SK_ENUM));
    for (uint32_t i = 0; i < m->nprojects; i++) {
        const Project *p = m->projects[i];
        if (!here(d, &p->e)) continue;
        json_t *ps = symbol(l, f, &p->e, SK_CLASS);
        json_t *inds = json_array();
        for (uint32_t j = 0; j < p->nindicators; j++)
            if (here(d, &p->indicators[j]->e))
                json_array_append_new(inds, symbol(l, f, &p->indicators[j]->e, SK_FIELD));
        json_object_set_new(ps, "children", inds);
        json_array_append_new(kids, ps);
    }
    json_object_set_new(top, "children", kids);
    json_array_append_new(out, top);
    return out;
}
