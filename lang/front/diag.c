/* diag.c - collecting, sorting and printing diagnostics (see diag.h). */
#include "diag.h"
#include "i18n.h"
#include "jsonw.h"
#include "utf8.h"
#include "xalloc.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

void diag_init(Diags *d, SrcSet *src)
{
    memset(d, 0, sizeof *d);
    d->src = src;
}

static void free_one(Diag *g)
{
    Diag *n = g->notes;
    while (n) {
        Diag *next = n->next;
        free_one(n);
        n = next;
    }
    free(g->msg);
    free(g->fix);
    free(g);
}

void diag_free(Diags *d)
{
    for (size_t i = 0; i < d->n; i++) free_one(d->items[i]);
    free(d->items);
    d->items = NULL;
    d->n = d->cap = 0;
}

/* The message functions translate their format (i18n.h): the catalog's
 * translation, or fmt itself.  DIAG_TEXT ("%s") is in no catalog. */
static char *vfmt(const char *fmt, va_list ap)
{
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    char *s = xmalloc((size_t)(n < 0 ? 0 : n) + 1);
    vsnprintf(s, (size_t)(n < 0 ? 0 : n) + 1, fmt, ap2);
    va_end(ap2);
    return s;
}

static Diag *push(Diags *d, Severity sev, const char *rule, const Span *span, char *msg)
{
    if (sev == SEV_WARNING && d->werror) sev = SEV_ERROR;
    Diag *g = xcalloc(1, sizeof *g);
    g->sev = sev;
    g->rule = rule;
    g->located = span != NULL;
    if (span) g->span = *span;
    g->msg = msg;
    g->seq = d->n;
    XGROW(d->items, d->cap, d->n + 1);
    d->items[d->n++] = g;
    if (sev == SEV_ERROR) d->errors++;
    else if (sev == SEV_WARNING) d->warnings++;
    return g;
}

Diag *diag_add(Diags *d, Severity sev, const char *rule, Span span, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *m = vfmt(i18n_msg(fmt), ap);
    va_end(ap);
    return push(d, sev, rule, &span, m);
}

Diag *diag_add_global(Diags *d, Severity sev, const char *rule, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *m = vfmt(i18n_msg(fmt), ap);
    va_end(ap);
    return push(d, sev, rule, NULL, m);
}

static void attach(Diag *parent, Diag *n)
{
    Diag **pp = &parent->notes;
    while (*pp) pp = &(*pp)->next;
    *pp = n;
}

void diag_note(Diag *parent, const Span *span, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    Diag *n = xcalloc(1, sizeof *n);
    n->sev = SEV_NOTE;
    n->rule = parent->rule;
    n->msg = vfmt(i18n_msg(fmt), ap);
    va_end(ap);
    if (span) { n->located = true; n->span = *span; }
    else if (parent->located) { n->located = true; n->span = parent->span; }
    attach(parent, n);
}

void diag_help(Diag *parent, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    Diag *n = xcalloc(1, sizeof *n);
    n->sev = SEV_NOTE;
    n->is_help = true;
    n->rule = parent->rule;
    n->msg = vfmt(i18n_msg(fmt), ap);
    va_end(ap);
    attach(parent, n);
}

void diag_fix(Diag *g, const char *replacement)
{
    free(g->fix);
    g->fix = xstrdup(replacement);
}

static int cmp_diag(const void *a, const void *b)
{
    const Diag *x = *(const Diag *const *)a, *y = *(const Diag *const *)b;
    /* Unlocated findings (about a whole run) come first. */
    if (x->located != y->located) return x->located ? 1 : -1;
    if (x->located) {
        if (x->file_order != y->file_order) return x->file_order < y->file_order ? -1 : 1;
        /* Errors first within a file: the real mistake is the first thing
         * on screen, not a warning it may have caused. */
        if (x->sev != y->sev) return x->sev > y->sev ? -1 : 1;
        if (x->span.start != y->span.start) return x->span.start < y->span.start ? -1 : 1;
    }
    return x->seq < y->seq ? -1 : x->seq > y->seq;
}

void diag_sort(Diags *d)
{
    for (size_t i = 0; i < d->n; i++) {
        Diag *g = d->items[i];
        const SrcFile *f = g->located && d->src ? src_file(d->src, g->span.file) : NULL;
        g->file_order = f ? f->order : g->located ? g->span.file : 0;
    }
    if (d->n > 1) qsort(d->items, d->n, sizeof *d->items, cmp_diag);
}

static void recount(Diags *d)
{
    d->errors = d->warnings = 0;
    for (size_t i = 0; i < d->n; i++) {
        if (d->items[i]->sev == SEV_ERROR) d->errors++;
        else if (d->items[i]->sev == SEV_WARNING) d->warnings++;
    }
}

void diag_truncate(Diags *d, size_t n)
{
    if (n >= d->n) return;
    for (size_t i = n; i < d->n; i++) free_one(d->items[i]);
    d->n = n;
    recount(d);
}

size_t diag_drop_if(Diags *d, size_t from, bool (*drop)(const Diag *g, void *arg), void *arg)
{
    size_t o = from, dropped = 0;
    for (size_t i = from; i < d->n; i++) {
        if (drop(d->items[i], arg)) {
            free_one(d->items[i]);
            dropped++;
        } else {
            d->items[o++] = d->items[i];
        }
    }
    d->n = o;
    if (dropped) recount(d);
    return dropped;
}

const char *severity_name(Severity s)
{
    return s == SEV_ERROR ? "error" : s == SEV_WARNING ? "warning" : "note";
}

void diag_position(Diags *d, const Span *s, int *line, int *col, int *eline, int *ecol)
{
    SrcFile *f = src_file(d->src, s->file);
    if (!f) { *line = *col = *eline = *ecol = 1; return; }
    src_linecol(f, s->start, line, col);
    src_linecol(f, s->end > s->start ? s->end : s->start, eline, ecol);
}

bool color_wanted(ColorMode mode, FILE *stream)
{
    if (mode == COLOR_ALWAYS) return true;
    if (mode == COLOR_NEVER) return false;
    const char *nc = getenv("NO_COLOR");
    if (nc && *nc) return false;
    const char *force = getenv("CLICOLOR_FORCE");
    if (force && *force && strcmp(force, "0") != 0) return true;
    const char *term = getenv("TERM");
    if (term && strcmp(term, "dumb") == 0) return false;
    return isatty(fileno(stream));
}

/* ---- text form ---------------------------------------------------------- */

#define C_BOLD   "\033[1m"
#define C_RED    "\033[1;31m"
#define C_MAGENTA "\033[1;35m"  /* warnings, as gcc prints them */
#define C_CYAN   "\033[1;36m"
#define C_GREEN  "\033[1;32m"
#define C_RESET  "\033[0m"

static const char *sev_color(const Diag *g)
{
    if (g->is_help) return C_GREEN;
    return g->sev == SEV_ERROR ? C_RED : g->sev == SEV_WARNING ? C_MAGENTA : C_CYAN;
}

/* Prints bytes of a source line, replacing tabs by a space (so carets line up)
 * and bytes that are not valid UTF-8 or control characters by '?'. */
static void put_source(FILE *out, const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\t') { fputc(' ', out); i++; continue; }
        if (c < 0x20 || c == 0x7f) { fputc('?', out); i++; continue; }
        if (c < 0x80) { fputc(c, out); i++; continue; }
        int32_t cp;
        int k = utf8_decode(s + i, n - i, &cp);
        if (k < 0) { fputc('?', out); i++; continue; }
        fwrite(s + i, 1, (size_t)k, out);
        i += (size_t)k;
    }
}

enum { SNIPPET_MAX_BYTES = 400 };  /* long lines are clipped around the span */

static void print_snippet(Diags *d, const Diag *g, FILE *out, DiagStyle st)
{
    SrcFile *f = src_file(d->src, g->span.file);
    if (!f || f->len == 0) return;
    uint32_t bol, eol;
    src_line_bounds(f, g->span.start, &bol, &eol);
    uint32_t s = g->span.start < bol ? bol : g->span.start;
    if (s > eol) s = eol;
    uint32_t e = g->span.end > eol ? eol : g->span.end;
    if (e < s) e = s;
    /* Clip very long lines to a window around the span, on character boundaries. */
    uint32_t from = bol, to = eol;
    if (to - from > SNIPPET_MAX_BYTES) {
        from = s > bol + SNIPPET_MAX_BYTES / 2 ? s - SNIPPET_MAX_BYTES / 2 : bol;
        while (from > bol && ((unsigned char)f->text[from] & 0xC0) == 0x80) from--;
        to = from + SNIPPET_MAX_BYTES < eol ? from + SNIPPET_MAX_BYTES : eol;
        while (to < eol && ((unsigned char)f->text[to] & 0xC0) == 0x80) to++;
        if (e > to) e = to;
    }
    int line, col;
    src_linecol(f, g->span.start, &line, &col);
    char num[32];
    int w = snprintf(num, sizeof num, "%d", line);
    if (w < 4) w = 4;
    fprintf(out, " %*d | ", w, line);
    if (from > bol) fputs("...", out);
    put_source(out, f->text + from, to - from);
    if (to < eol) fputs("...", out);
    fputc('\n', out);
    fprintf(out, " %*s | ", w, "");
    size_t pad = utf8_width(f->text + from, s - from) + (from > bol ? 3 : 0);
    for (size_t i = 0; i < pad; i++) fputc(' ', out);
    size_t uw = utf8_width(f->text + s, e - s);
    if (st.color) fputs(sev_color(g), out);
    fputc('^', out);
    for (size_t i = 1; i < uw; i++) fputc('~', out);
    if (st.color) fputs(C_RESET, out);
    fputc('\n', out);
}

static void print_head(Diags *d, const Diag *g, FILE *out, DiagStyle st, bool with_rule)
{
    if (st.color) fputs(C_BOLD, out);
    if (g->located) {
        SrcFile *f = src_file(d->src, g->span.file);
        int line, col;
        src_linecol(f, g->span.start, &line, &col);
        fprintf(out, "%s:%d:%d: ", f->path, line, col);
    } else {
        fputs("stratc: ", out);
    }
    if (st.color) fputs(C_RESET, out);
    if (st.color) fputs(sev_color(g), out);
    fputs(g->is_help ? "help" : severity_name(g->sev), out);
    if (st.color) fputs(C_RESET C_BOLD, out);
    fprintf(out, ": %s", g->msg);
    if (st.color) fputs(C_RESET, out);
    if (with_rule && g->rule) fprintf(out, " [%s]", g->rule);
    fputc('\n', out);
}

void diag_print_one(Diags *d, const Diag *g, FILE *out, DiagStyle st)
{
    print_head(d, g, out, st, true);
    if (g->located) print_snippet(d, g, out, st);
    for (const Diag *n = g->notes; n; n = n->next) {
        if (n->is_help) {
            if (st.color) fputs(C_GREEN, out);
            fputs("  = help", out);
            if (st.color) fputs(C_RESET, out);
            fprintf(out, ": %s\n", n->msg);
            continue;
        }
        print_head(d, n, out, st, false);
        bool same = g->located && n->located && n->span.file == g->span.file
                    && n->span.start == g->span.start;
        if (n->located && !same) print_snippet(d, n, out, st);
    }
}

/* stderr is unbuffered: printed a character at a time, a file with many
 * findings costs a system call per character.  Each diagnostic is composed
 * in memory and written at once. */
void diag_print_text(Diags *d, FILE *out, DiagStyle st)
{
    for (size_t i = 0; i < d->n; i++) {
        char *buf = NULL;
        size_t len = 0;
        FILE *m = open_memstream(&buf, &len);
        if (!m) { diag_print_one(d, d->items[i], out, st); continue; }
        diag_print_one(d, d->items[i], m, st);
        if (fclose(m) == 0) fwrite(buf, 1, len, out);
        free(buf);
    }
}

void diag_print_summary(Diags *d, FILE *out)
{
    if (!d->errors && !d->warnings) return;
    char e[128], w[128];        /* a count and a word or two: snprintf clips */
    snprintf(e, sizeof e, _n("%d error", "%d errors", (unsigned long)d->errors), d->errors);
    snprintf(w, sizeof w, _n("%d warning", "%d warnings", (unsigned long)d->warnings), d->warnings);
    /* TRANSLATORS: "2 errors" and "1 warning", joined. */
    fprintf(out, _("%s, %s"), e, w);
    fputc('\n', out);
}

/* ---- machine forms ------------------------------------------------------ */

static void json_one(Diags *d, JsonW *w, const Diag *g)
{
    json_obj(w);
    if (g->located) {
        SrcFile *f = src_file(d->src, g->span.file);
        int l, c, el, ec;
        diag_position(d, &g->span, &l, &c, &el, &ec);
        json_kstr(w, "file", f->path);
        json_kint(w, "line", l);
        json_kint(w, "column", c);
        json_kint(w, "end_line", el);
        json_kint(w, "end_column", ec);
        json_kint(w, "byte_offset", g->span.start);
    } else {
        json_knull(w, "file");
        json_knull(w, "line");
        json_knull(w, "column");
        json_knull(w, "end_line");
        json_knull(w, "end_column");
    }
    json_kstr(w, "severity", g->is_help ? "help" : severity_name(g->sev));
    json_kstr(w, "code", g->rule);
    json_kstr(w, "message", g->msg);
    if (g->notes) {
        json_key(w, "notes");
        json_arr(w);
        for (const Diag *n = g->notes; n; n = n->next) json_one(d, w, n);
        json_arr_end(w);
    }
    json_obj_end(w);
}

void diag_print_json(Diags *d, FILE *out)
{
    JsonW w;
    json_init(&w, out, true);
    json_obj(&w);
    json_key(&w, "diagnostics");
    json_arr(&w);
    for (size_t i = 0; i < d->n; i++) json_one(d, &w, d->items[i]);
    json_arr_end(&w);
    json_kint(&w, "errors", d->errors);
    json_kint(&w, "warnings", d->warnings);
    json_obj_end(&w);
    json_end(&w);
}

/* Workflow-command values escape %, CR and LF; properties also ':' and ','. */
static void gh_escape(FILE *out, const char *s, bool property)
{
    for (; *s; s++) {
        if (*s == '%') fputs("%25", out);
        else if (*s == '\r') fputs("%0D", out);
        else if (*s == '\n') fputs("%0A", out);
        else if (property && *s == ':') fputs("%3A", out);
        else if (property && *s == ',') fputs("%2C", out);
        else fputc(*s, out);
    }
}

void diag_print_github(Diags *d, FILE *out)
{
    for (size_t i = 0; i < d->n; i++) {
        const Diag *g = d->items[i];
        fprintf(out, "::%s ", g->sev == SEV_ERROR ? "error" : g->sev == SEV_WARNING ? "warning" : "notice");
        if (g->located) {
            int l, c, el, ec;
            diag_position(d, &g->span, &l, &c, &el, &ec);
            fputs("file=", out);
            gh_escape(out, src_file(d->src, g->span.file)->path, true);
            fprintf(out, ",line=%d,endLine=%d,col=%d,endColumn=%d,", l, el, c, ec);
        }
        fputs("title=", out);
        gh_escape(out, g->rule ? g->rule : "stratc", true);
        fputs("::", out);
        gh_escape(out, g->msg, false);
        for (const Diag *n = g->notes; n; n = n->next) {
            fputs(n->is_help ? "%0Ahelp: " : "%0Anote: ", out);
            gh_escape(out, n->msg, false);
        }
        fputc('\n', out);
    }
}
