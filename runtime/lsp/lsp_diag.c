/* lsp_diag.c - textDocument/publishDiagnostics: `stratc check`'s findings.
 *
 * The findings are the ones `stratc check FILE` prints, with their rule as
 * the code.  A note at a place of its own becomes related information; a
 * note at the finding's place and a help line are appended to the message,
 * as check prints them under it.  Findings in included files are published
 * to those files' URIs; a URI that had findings and has none now is sent
 * an empty list, which is how an editor learns a finding was fixed. */
#include "lsp_int.h"
#include "xalloc.h"

#include <stdlib.h>
#include <string.h>

static int severity(Severity s)
{
    switch (s) {
    case SEV_ERROR: return 1;
    case SEV_WARNING: return 2;
    default: return 3;
    }
}

static bool same_span(const Span *a, const Span *b)
{
    return a->file == b->file && a->start == b->start && a->end == b->end;
}

static json_t *one(Lsp *l, LspDoc *d, const Diag *g, SrcFile *f, Span sp)
{
    size_t cap = strlen(g->msg) + 1;
    for (const Diag *n = g->notes; n; n = n->next) cap += strlen(n->msg) + 8;
    char *msg = xmalloc(cap), *p = msg;
    p += sprintf(p, "%s", g->msg);
    json_t *related = json_array();
    for (const Diag *n = g->notes; n; n = n->next) {
        if (!n->is_help && n->located && !same_span(&n->span, &g->span)) {
            json_t *loc = lsp_location(l, d, n->span);
            if (loc) {
                json_array_append_new(related, json_pack("{s:o, s:s}", "location", loc, "message", n->msg));
                continue;
            }
        }
        p += sprintf(p, "\n%s: %s", n->is_help ? "help" : "note", n->msg);
    }
    json_t *j = json_pack("{s:o, s:i, s:s, s:s, s:s}", "range", lsp_range(l, f, sp),
                          "severity", severity(g->sev), "code", g->rule, "source", "stratc",
                          "message", msg);
    free(msg);
    if (json_array_size(related)) json_object_set_new(j, "relatedInformation", related);
    else json_decref(related);
    return j;
}

typedef struct Bucket { char *uri; json_t *list; } Bucket;

static json_t *bucket_for(Bucket **b, size_t *n, size_t *cap, char *uri)
{
    for (size_t i = 0; i < *n; i++) {
        if (strcmp((*b)[i].uri, uri) == 0) { free(uri); return (*b)[i].list; }
    }
    XGROW(*b, *cap, *n + 1);
    (*b)[*n].uri = uri;
    (*b)[*n].list = json_array();
    return (*b)[(*n)++].list;
}

static void send_list(Lsp *l, const char *uri, json_t *list, const LspDoc *d)
{
    json_t *msg = json_pack("{s:s, s:s, s:{s:s, s:o}}", "jsonrpc", "2.0",
                            "method", "textDocument/publishDiagnostics", "params", "uri", uri,
                            "diagnostics", list);
    if (strcmp(uri, d->uri) == 0) json_object_set_new(json_object_get(msg, "params"), "version",
                                                      json_integer(d->version));
    if (!l->out_failed && !lsp_write_frame(l->out, msg)) l->out_failed = true;
    json_decref(msg);
}

void lsp_publish(Lsp *l, LspDoc *d)
{
    Bucket *b = NULL;
    size_t n = 0, cap = 0;
    bucket_for(&b, &n, &cap, xstrdup(d->uri));     /* the document's own list, even empty */
    SrcFile *own = lsp_doc_src(d);
    for (size_t i = 0; i < d->strat.diags.n; i++) {
        const Diag *g = d->strat.diags.items[i];
        SrcFile *f = g->located ? src_file(d->strat.src, g->span.file) : NULL;
        Span sp = g->span;
        char *uri;
        if (f) {
            uri = lsp_file_uri(d, g->span.file);
        } else {                            /* not located: the document's first line */
            if (!own) continue;
            f = own;
            sp = (Span){d->file, 0, 0};
            uri = xstrdup(d->uri);
        }
        json_array_append_new(bucket_for(&b, &n, &cap, uri), one(l, d, g, f, sp));
    }
    /* Clear what was published before and has no findings now. */
    for (size_t i = 0; i < d->npublished; i++) {
        bool still = false;
        for (size_t j = 0; j < n && !still; j++) still = strcmp(b[j].uri, d->published[i]) == 0;
        if (!still) send_list(l, d->published[i], json_array(), d);
        free(d->published[i]);
    }
    free(d->published);
    d->published = xmalloc((n ? n : 1) * sizeof *d->published);
    d->npublished = 0;
    for (size_t i = 0; i < n; i++) {
        send_list(l, b[i].uri, b[i].list, d);
        d->published[d->npublished++] = b[i].uri;
    }
    free(b);
}

void lsp_unpublish(Lsp *l, LspDoc *d)
{
    for (size_t i = 0; i < d->npublished; i++) {
        send_list(l, d->published[i], json_array(), d);
        free(d->published[i]);
    }
    d->npublished = 0;
}
