/* lsp_nav.c - definition, references and rename of ids.
 *
 * An id is defined once (its entity's declaration) and referred to from
 * projects (sectors, viewpoints); a renamed_from leads to the entity of the
 * revised strategy it names.  Renaming rewrites them all, and when the
 * client asked for it (initializationOptions.renameKeepsHistory) leaves
 * `renamed_from OLD` in the block, so that `stratc diff` against the
 * previous revision still pairs the two. */
#include "lsp_int.h"
#include "parse.h"
#include "i18n.h"
#include "xalloc.h"

#include <stdlib.h>
#include <string.h>

LspDoc *lsp_request_doc(Lsp *l, const json_t *params, bool want_pos, uint32_t *off, LspReply *r)
{
    const json_t *td = json_object_get(params, "textDocument");
    const char *uri = json_string_value(json_object_get(td, "uri"));
    if (!uri) {
        r->err = RPC_INVALID_PARAMS;
        r->errmsg = "params.textDocument.uri is missing";
        return NULL;
    }
    LspDoc *d = lsp_doc_find(l, uri);
    if (!d) {
        r->err = RPC_INVALID_PARAMS;
        r->errmsg = _("the document is not open");
        return NULL;
    }
    lsp_doc_analyse(l, d);
    if (!want_pos) return d;
    SrcFile *f = lsp_doc_src(d);
    const json_t *pos = json_object_get(params, "position");
    if (!f) return NULL;                    /* undecodable text: nothing to answer */
    if (!lsp_offset(l, f, pos, off)) {
        r->err = RPC_INVALID_PARAMS;
        r->errmsg = "params.position is not a position";
        return NULL;
    }
    return d;
}

/* The occurrence at the request's position (NULL: none there). */
static const Occurrence *at_cursor(Lsp *l, const json_t *params, LspReply *r, LspDoc **dp,
                                   Occurrence **occ, size_t *n)
{
    uint32_t off;
    LspDoc *d = lsp_request_doc(l, params, true, &off, r);
    *occ = NULL;
    *n = 0;
    if (!d) return NULL;
    *dp = d;
    *occ = lsp_occurrences(d, n);
    return lsp_occurrence_at(*occ, *n, d->file, off);
}

json_t *lsp_definition(Lsp *l, const json_t *params, LspReply *r)
{
    LspDoc *d = NULL;
    Occurrence *occ;
    size_t n;
    const Occurrence *o = at_cursor(l, params, r, &d, &occ, &n);
    json_t *res = o && o->target ? lsp_location(l, d, ent_id(o->target)->span) : NULL;
    free(occ);
    return res;
}

json_t *lsp_references(Lsp *l, const json_t *params, LspReply *r)
{
    LspDoc *d = NULL;
    Occurrence *occ;
    size_t n;
    const Occurrence *o = at_cursor(l, params, r, &d, &occ, &n);
    json_t *res = NULL;
    if (o && o->target) {
        bool decl = json_is_true(json_object_get(json_object_get(params, "context"), "includeDeclaration"));
        res = json_array();
        for (size_t i = 0; i < n; i++) {
            if (occ[i].target != o->target || (occ[i].is_def && !decl)) continue;
            json_t *loc = lsp_location(l, d, occ[i].span);
            if (loc) json_array_append_new(res, loc);
        }
    }
    free(occ);
    return res;
}

json_t *lsp_prepare_rename(Lsp *l, const json_t *params, LspReply *r)
{
    LspDoc *d = NULL;
    Occurrence *occ;
    size_t n;
    const Occurrence *o = at_cursor(l, params, r, &d, &occ, &n);
    json_t *res = NULL;
    if (o && o->revised) {
        r->err = LSP_REQUEST_FAILED;
        r->errmsg = _("renamed_from names an id of the revised strategy: it is not renamed here");
    } else if (o && o->target) {
        SrcFile *f = src_file(d->strat.src, o->span.file);
        res = json_pack("{s:o, s:s}", "range", lsp_range(l, f, o->span), "placeholder", ent_id(o->target)->name);
    }
    free(occ);
    return res;
}

/* An id as the lexer reads one: a letter, '_' or a non-ASCII character,
 * then those or digits; and not a keyword. */
static bool valid_id(const char *s)
{
    if (!s[0] || (s[0] >= '0' && s[0] <= '9') || parse_is_keyword(s)) return false;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p >= 0x80) continue;
        if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') || *p == '_'))
            return false;
    }
    return true;
}

static bool taken(const Model *m, const Entity *e, const char *name)
{
    const Entity *const *all = NULL;
    uint32_t n = 0;
    switch (e->kind) {
    case EK_VIEWPOINT: all = (const Entity *const *)m->viewpoints; n = m->nviewpoints; break;
    case EK_SECTOR:    all = (const Entity *const *)m->sectors;    n = m->nsectors;    break;
    case EK_PROJECT:   all = (const Entity *const *)m->projects;   n = m->nprojects;   break;
    case EK_INDICATOR: all = (const Entity *const *)m->indicators; n = m->nindicators; break;
    default: return false;
    }
    for (uint32_t i = 0; i < n; i++)
        if (all[i] != e && ent_id(all[i])->name && strcmp(ent_id(all[i])->name, name) == 0) return true;
    return false;
}

static void add_edit(LspDoc *d, json_t *changes, uint32_t file, json_t *edit)
{
    char *uri = lsp_file_uri(d, file);
    json_t *list = json_object_get(changes, uri);
    if (!list) {
        list = json_array();
        json_object_set_new(changes, uri, list);
    }
    json_array_append_new(list, edit);
    free(uri);
}

/* The blanks that start the line holding off. */
static char *indent_at(SrcFile *f, uint32_t off, uint32_t *bol)
{
    uint32_t eol;
    src_line_bounds(f, off, bol, &eol);
    uint32_t e = *bol;
    while (e < eol && (f->text[e] == ' ' || f->text[e] == '\t')) e++;
    char *s = xmalloc(e - *bol + 1);
    memcpy(s, f->text + *bol, e - *bol);
    s[e - *bol] = '\0';
    return s;
}

/* `renamed_from OLD` as the block's first item (making it a block if need be). */
static json_t *history_edit(const Lsp *l, SrcFile *f, const Entity *e)
{
    const Item *it = e->item;
    const char *old = ent_id(e)->name;
    uint32_t bol;
    char *ind = indent_at(f, it->span.start, &bol);
    size_t cap = 2 * strlen(ind) + strlen(old) + 64;
    char *text = xmalloc(cap);
    uint32_t at;
    const Item *first = it->u.ent.items;
    if (!(it->flags & IF_BLOCK)) {
        at = it->span.end;
        snprintf(text, cap, " {\n%s  renamed_from %s\n%s}", ind, old, ind);
    } else if (first) {
        uint32_t cbol;
        char *cind = indent_at(f, first->span.start, &cbol);
        if (cbol > it->span.start) {
            at = cbol;
            snprintf(text, cap, "%srenamed_from %s\n", cind, old);
        } else {
            at = first->span.start;
            snprintf(text, cap, "renamed_from %s ", old);
        }
        free(cind);
    } else {
        uint32_t rbol;
        char *rind = indent_at(f, item_rbrace(it).start, &rbol);
        if (rbol + strlen(rind) == item_rbrace(it).start && rbol > it->span.start) {
            at = rbol;
            snprintf(text, cap, "%s  renamed_from %s\n", rind, old);
        } else {
            at = item_rbrace(it).start;
            snprintf(text, cap, " renamed_from %s ", old);
        }
        free(rind);
    }
    json_t *edit = lsp_text_edit(l, f, at, at, text);
    free(text);
    free(ind);
    return edit;
}

json_t *lsp_rename(Lsp *l, const json_t *params, LspReply *r)
{
    const char *name = json_string_value(json_object_get(params, "newName"));
    if (!name) {
        r->err = RPC_INVALID_PARAMS;
        r->errmsg = "params.newName is missing";
        return NULL;
    }
    LspDoc *d = NULL;
    Occurrence *occ;
    size_t n;
    const Occurrence *o = at_cursor(l, params, r, &d, &occ, &n);
    json_t *res = NULL;
    if (!o || !o->target) {
        if (!r->err) { r->err = LSP_REQUEST_FAILED; r->errmsg = _("there is no id to rename here"); }
    } else if (o->revised) {
        r->err = LSP_REQUEST_FAILED;
        r->errmsg = _("renamed_from names an id of the revised strategy: it is not renamed here");
    } else if (!valid_id(name)) {
        r->err = LSP_REQUEST_FAILED;
        r->errmsg = _("the new name is not an id (a letter or '_', then letters, digits or '_'; not a keyword)");
    } else if (taken(d->model, o->target, name)) {
        r->err = LSP_REQUEST_FAILED;
        r->errmsg = _("that id is already defined");
    } else {
        const Entity *e = o->target;
        json_t *changes = json_object();
        for (size_t i = 0; i < n; i++) {
            if (occ[i].target != e) continue;
            SrcFile *f = src_file(d->strat.src, occ[i].span.file);
            add_edit(d, changes, occ[i].span.file,
                     lsp_text_edit(l, f, occ[i].span.start, occ[i].span.end, name));
        }
        if (l->keep_history && e->kind != EK_STRATEGY && !e->renamed_from->name && strcmp(ent_id(e)->name, name) != 0)
            add_edit(d, changes, ent_id(e)->span.file,
                     history_edit(l, src_file(d->strat.src, ent_id(e)->span.file), e));
        res = json_pack("{s:o}", "changes", changes);
    }
    free(occ);
    return res;
}
