/* lsp_docs.c - the document store: the editor's texts, their URIs, and one
 * analysis (a Strat session) per document, rebuilt after each change.
 *
 * The parser reads a 10,000-indicator file in milliseconds, so a change
 * re-reads the whole text (full sync); nothing incremental to keep right. */
#include "lsp_int.h"
#include "clock.h"
#include "check.h"
#include "xalloc.h"

#include <libgen.h>
#include <limits.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

void lsp_log(const Lsp *l, const char *fmt, ...)
{
    if (!l->log) return;
    va_list ap;
    va_start(ap, fmt);
    fputs("stratc lsp: ", l->log);
    vfprintf(l->log, fmt, ap);
    fputc('\n', l->log);
    va_end(ap);
    fflush(l->log);
}

static int hexval(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

char *lsp_uri_to_path(const char *uri)
{
    static const char scheme[] = "file://";
    if (strncmp(uri, scheme, sizeof scheme - 1) != 0) return NULL;
    const char *p = uri + sizeof scheme - 1;
    if (*p != '/') {                        /* file://host/path: only localhost */
        static const char lh[] = "localhost/";
        if (strncmp(p, lh, sizeof lh - 1) != 0) return NULL;
        p += sizeof lh - 2;
    }
    size_t n = strlen(p);
    char *out = xmalloc(n + 1), *o = out;
    for (; *p && *p != '?' && *p != '#'; p++) {
        int h, lo;
        if (*p == '%' && (h = hexval(p[1])) >= 0 && (lo = hexval(p[2])) >= 0 && (h || lo)) {
            *o++ = (char)(h * 16 + lo);
            p += 2;
        } else {
            *o++ = *p;
        }
    }
    *o = '\0';
    return out;
}

/* RFC 3986 unreserved characters and '/' stay; everything else, UTF-8
 * bytes included, is percent-encoded, as VS Code and Neovim write URIs. */
char *lsp_path_to_uri(const char *path)
{
    static const char hex[] = "0123456789ABCDEF";
    size_t n = strlen(path);
    char *out = xmalloc(7 + 3 * n + 1), *o = out;
    memcpy(o, "file://", 7);
    o += 7;
    for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
        if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9')
            || strchr("-._~/", *p)) {
            *o++ = (char)*p;
        } else {
            *o++ = '%';
            *o++ = hex[*p >> 4];
            *o++ = hex[*p & 15];
        }
    }
    *o = '\0';
    return out;
}

char *lsp_file_uri(LspDoc *d, uint32_t file)
{
    if (d->has_file && file == d->file) return xstrdup(d->uri);
    SrcFile *f = src_file(d->strat.src, file);
    if (!f) return xstrdup(d->uri);
    return lsp_path_to_uri(f->realpath ? f->realpath : f->path);
}

LspDoc *lsp_doc_find(Lsp *l, const char *uri)
{
    for (size_t i = 0; i < l->ndocs; i++)
        if (strcmp(l->docs[i]->uri, uri) == 0) return l->docs[i];
    return NULL;
}

void lsp_doc_set_text(LspDoc *d, const char *text, size_t len, int64_t version)
{
    free(d->text);
    d->text = xmalloc(len + 1);
    memcpy(d->text, text, len);
    d->text[len] = '\0';
    d->len = len;
    d->version = version;
    d->stale = true;
}

LspDoc *lsp_doc_open(Lsp *l, const char *uri, const char *text, size_t len, int64_t version)
{
    LspDoc *d = lsp_doc_find(l, uri);
    if (!d) {
        d = xcalloc(1, sizeof *d);
        d->uri = xstrdup(uri);
        d->path = lsp_uri_to_path(uri);
        if (!d->path) d->path = xstrdup(uri);
        XGROW(l->docs, l->capdocs, l->ndocs + 1);
        l->docs[l->ndocs++] = d;
    }
    lsp_doc_set_text(d, text, len, version);
    return d;
}

static void drop_analysis(LspDoc *d)
{
    if (d->loaded) strat_fini(&d->strat);
    d->loaded = false;
    d->has_file = false;
    d->model = NULL;
}

static void free_doc(LspDoc *d)
{
    drop_analysis(d);
    for (size_t i = 0; i < d->npublished; i++) free(d->published[i]);
    free(d->published);
    free(d->uri);
    free(d->path);
    free(d->text);
    free(d);
}

void lsp_doc_close(Lsp *l, LspDoc *d)
{
    for (size_t i = 0; i < l->ndocs; i++) {
        if (l->docs[i] != d) continue;
        memmove(l->docs + i, l->docs + i + 1, (l->ndocs - i - 1) * sizeof *l->docs);
        l->ndocs--;
        break;
    }
    free_doc(d);
}

void lsp_docs_free(Lsp *l)
{
    for (size_t i = 0; i < l->ndocs; i++) free_doc(l->docs[i]);
    free(l->docs);
    l->docs = NULL;
    l->ndocs = l->capdocs = 0;
}

/* The canonical path includes are resolved against: the file's, or for a
 * file not saved yet, its directory's with its name. */
static char *doc_realpath(const char *path)
{
    if (path[0] != '/') return NULL;
    char *rp = realpath(path, NULL);
    if (rp) return rp;
    char *c1 = xstrdup(path), *c2 = xstrdup(path);
    char *dir = realpath(dirname(c1), NULL);
    char *out = NULL;
    if (dir) {
        const char *base = basename(c2);
        size_t n = strlen(dir) + strlen(base) + 2;
        out = xmalloc(n);
        snprintf(out, n, "%s/%s", dir, base);
        free(dir);
    }
    free(c1);
    free(c2);
    return out;
}

ReportDate lsp_report_date(Lsp *l, const Model *m)
{
    DayNum today;
    char err[160];
    /* cmd_lsp refused a bad SOURCE_DATE_EPOCH at start: keep the last date */
    if (clock_today(&today, err, sizeof err)) l->today = today;
    return report_date_decide(m, NULL, l->today);
}

void lsp_doc_analyse(Lsp *l, LspDoc *d)
{
    if (!d->stale) return;
    drop_analysis(d);
    d->stale = false;
    strat_init(&d->strat, &l->sopt);
    d->loaded = true;
    char *rp = doc_realpath(d->path);
    uint32_t id;
    if (src_load_bytes(&d->strat, d->path, rp, d->text, d->len, &id)) {
        d->file = id;
        d->has_file = true;
        d->model = resolve(&d->strat, parse_file(&d->strat, id, false));
        CheckOptions co = {.date = lsp_report_date(l, d->model), .first_diag = 0};
        check_model(&d->strat, d->model, &co);
    } else if (d->strat.src->n > 0) {
        d->file = 0;                        /* the raw bytes, for the diagnostic's position */
        d->has_file = true;
    }
    free(rp);
    diag_sort(&d->strat.diags);
}

SrcFile *lsp_doc_src(LspDoc *d)
{
    return d->has_file ? src_file(d->strat.src, d->file) : NULL;
}
