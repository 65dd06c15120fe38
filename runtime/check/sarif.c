/* sarif.c - SARIF 2.1.0 output (see sarif.h). */
#include "sarif.h"
#include "i18n.h"
#include "jsonw.h"
#include "reporoot.h"
#include "rules.h"
#include "xalloc.h"

#include <stdlib.h>
#include <string.h>

static bool unreserved(unsigned char ch)
{
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9')
        || ch == '-' || ch == '.' || ch == '_' || ch == '~' || ch == '/';
}

char *sarif_uri(const char *path, const char *base)
{
    const char *rel = repo_relative(path, base);
    size_t n = strlen(rel);
    char *out = xmalloc(3 * n + 1), *o = out;
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)rel[i];
        if (unreserved(ch)) *o++ = (char)ch;
        else o += sprintf(o, "%%%02X", ch);
    }
    *o = '\0';
    return out;
}

static void text_obj(JsonW *w, const char *key, const char *text)
{
    json_key(w, key);
    json_obj(w);
    json_kstr(w, "text", text);
    json_obj_end(w);
}

static const char *level(Severity s)
{
    return s == SEV_ERROR ? "error" : s == SEV_WARNING ? "warning" : "note";
}

static void rules(JsonW *w)
{
    size_t n;
    const Rule *r = rules_all(&n);
    json_key(w, "rules");
    json_arr(w);
    for (size_t i = 0; i < n; i++) {
        json_obj(w);
        json_kstr(w, "id", r[i].id);
        json_kstr(w, "name", r[i].id);
        text_obj(w, "shortDescription", _(r[i].summary));
        text_obj(w, "fullDescription", _(r[i].description));
        text_obj(w, "help", _(r[i].help));
        json_key(w, "defaultConfiguration");
        json_obj(w);
        json_kstr(w, "level", level(r[i].severity));
        json_obj_end(w);
        json_key(w, "properties");
        json_obj(w);
        json_key(w, "tags");
        json_arr(w);
        json_str(w, r[i].family);
        json_arr_end(w);
        json_obj_end(w);
        json_obj_end(w);
    }
    json_arr_end(w);
}

static void location(JsonW *w, Diags *d, const Span *sp, const char *base, const char *msg)
{
    SrcFile *f = src_file(d->src, sp->file);
    int l, c, el, ec;
    diag_position(d, sp, &l, &c, &el, &ec);
    char *uri = sarif_uri(f->realpath ? f->realpath : f->path, f->realpath ? base : NULL);
    json_obj(w);
    if (msg) text_obj(w, "message", msg);
    json_key(w, "physicalLocation");
    json_obj(w);
    json_key(w, "artifactLocation");
    json_obj(w);
    json_kstr(w, "uri", uri);
    json_obj_end(w);
    json_key(w, "region");
    json_obj(w);
    json_kint(w, "startLine", l);
    json_kint(w, "startColumn", c);
    json_kint(w, "endLine", el);
    json_kint(w, "endColumn", ec > c || el > l ? ec : c + 1);
    json_obj_end(w);
    json_obj_end(w);
    json_obj_end(w);
    free(uri);
}

/* The message with its unlocated notes and help lines, as the text form shows them. */
static char *full_message(const Diag *g)
{
    size_t n = strlen(g->msg) + 1;
    for (const Diag *k = g->notes; k; k = k->next) n += strlen(k->msg) + 16;
    char *s = xmalloc(n), *o = s;
    o += sprintf(o, "%s", g->msg);
    for (const Diag *k = g->notes; k; k = k->next)
        if (!k->located || k->is_help)
            o += sprintf(o, "\n%s: %s", k->is_help ? "help" : "note", k->msg);
    return s;
}

static void result(JsonW *w, Diags *d, const Diag *g, const char *base)
{
    json_obj(w);
    const char *rule = g->rule ? g->rule : "internal";
    json_kstr(w, "ruleId", rule);
    int idx = rule_index(rule);
    if (idx >= 0) json_kint(w, "ruleIndex", idx);
    json_kstr(w, "level", level(g->sev));
    char *msg = full_message(g);
    text_obj(w, "message", msg);
    free(msg);
    if (g->located) {
        json_key(w, "locations");
        json_arr(w);
        location(w, d, &g->span, base, NULL);
        json_arr_end(w);
        bool any = false;
        for (const Diag *k = g->notes; k; k = k->next) any |= k->located && !k->is_help;
        if (any) {
            json_key(w, "relatedLocations");
            json_arr(w);
            for (const Diag *k = g->notes; k; k = k->next) {
                if (!k->located || k->is_help) continue;
                location(w, d, &k->span, base, k->msg);
            }
            json_arr_end(w);
        }
    }
    json_obj_end(w);
}

void sarif_print(Diags *d, FILE *out)
{
    char *base = repo_root();
    JsonW w;
    json_init(&w, out, true);
    json_obj(&w);
    json_kstr(&w, "$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    json_kstr(&w, "version", "2.1.0");
    json_key(&w, "runs");
    json_arr(&w);
    json_obj(&w);
    json_key(&w, "tool");
    json_obj(&w);
    json_key(&w, "driver");
    json_obj(&w);
    json_kstr(&w, "name", "stratc");
    rules(&w);
    json_obj_end(&w);
    json_obj_end(&w);
    json_kstr(&w, "columnKind", "unicodeCodePoints");
    json_key(&w, "results");
    json_arr(&w);
    for (size_t i = 0; i < d->n; i++) result(&w, d, d->items[i], base);
    json_arr_end(&w);
    json_obj_end(&w);
    json_arr_end(&w);
    json_obj_end(&w);
    json_end(&w);
    free(base);
}
