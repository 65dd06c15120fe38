/* lsp_format.c - textDocument/formatting: exactly `stratc fmt`'s text.
 *
 * The text is formatted the way `stratc fmt` formats a file (a session of
 * its own, fmt_source), and the answer is one edit covering the lines that
 * differ, so that the editor keeps the cursor and undo history of the rest.
 * A text with errors is not formatted (as fmt refuses it): the result is
 * null and the diagnostics already say why. */
#include "lsp_int.h"
#include "fmt.h"
#include "xalloc.h"

#include <stdlib.h>
#include <string.h>

json_t *lsp_formatting(Lsp *l, const json_t *params, LspReply *r)
{
    LspDoc *d = lsp_request_doc(l, params, false, NULL, r);
    if (!d) return NULL;
    SrcFile *own = lsp_doc_src(d);
    if (!own || !d->model) return NULL;
    Strat s;
    strat_init(&s, &l->sopt);
    uint32_t id;
    size_t nlen = 0;
    char *fmt = NULL;
    if (src_load_bytes(&s, d->path, NULL, d->text, d->len, &id)) fmt = fmt_source(&s, id, &nlen);
    strat_fini(&s);
    if (!fmt) {
        lsp_log(l, "formatting: the document has errors");
        return NULL;
    }
    const char *old = own->text;
    size_t olen = own->len;
    json_t *edits = json_array();
    if (olen != nlen || memcmp(old, fmt, nlen) != 0) {
        /* The differing lines: a common prefix and suffix of whole lines. */
        size_t p = 0;
        while (p < olen && p < nlen && old[p] == fmt[p]) p++;
        while (p > 0 && old[p - 1] != '\n') p--;
        size_t s2 = 0;
        while (s2 < olen - p && s2 < nlen - p && old[olen - 1 - s2] == fmt[nlen - 1 - s2]) s2++;
        while (s2 > 0 && old[olen - s2] != '\n') s2--;
        if (s2 > 0) s2--;                   /* keep the newline ending the changed part in it */
        size_t rn = nlen - p - s2;
        char *repl = xmalloc(rn + 1);
        memcpy(repl, fmt + p, rn);
        repl[rn] = '\0';
        json_array_append_new(edits, lsp_text_edit(l, own, (uint32_t)p, (uint32_t)(olen - s2), repl));
        free(repl);
    }
    free(fmt);
    return edits;
}
