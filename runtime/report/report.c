/* report.c - `stratc report`'s driver: the format and grouping names, and
 * report_write(), which prepares the shared parts (report_parts.c) and hands
 * them to the format's writer. */
#include "report_parts.h"

#include <stdlib.h>
#include <string.h>
#include "recode.h"

bool report_format_from_name(const char *s, ReportFormat *out)
{
    static const char *const names[] = {"text", "md", "csv", "json", "html", "xlsx"};
    for (int i = 0; i < 6; i++)
        if (strcmp(s, names[i]) == 0) { *out = (ReportFormat)i; return true; }
    if (strcmp(s, "markdown") == 0) { *out = RF_MD; return true; }
    return false;
}

bool report_by_from_name(const char *s, ReportBy *out)
{
    static const char *const names[] = {"project", "sector", "viewpoint"};
    for (int i = 0; i < 3; i++)
        if (strcmp(s, names[i]) == 0) { *out = (ReportBy)i; return true; }
    return false;
}

bool report_format_needs_file(ReportFormat f)
{
    return f == RF_XLSX;
}

/* What every use of a report needs: the labels and the grading.  This
 * alone serves the language server's hover, which builds one row at a time. */
static void rep_marks(Rep *r, const Evaluation *ev, const ReportOptions *o)
{
    *r = (Rep){.ev = ev, .m = ev->model, .o = o, .L = rep_labels(o->ja)};
    arena_init(&r->arena);
    r->gr = ev->grading;
    r->graded = r->gr->scale->kind != SCALE_SEED;
}

/* A whole report: the marks, then the rows and groups its format prints. */
static void begin(Rep *r, const Evaluation *ev, const ReportOptions *o, FILE *out)
{
    rep_marks(r, ev, o);
    r->out = out;
    for (uint32_t i = 0; i < r->m->nindicators; i++) r->any_forecast |= ev->indicators[i].has_forecast;
    r->show_needed = r->gr->scale->pace_based;
    /* The cells as text are for the tables; JSON prints the numbers themselves.
     * After the grades: a row's status cell shows its grade. */
    if (o->format != RF_JSON) rep_build_rows(r);
    static const EvalGroupBy BY[] = {[RB_PROJECT] = EG_PROJECT, [RB_SECTOR] = EG_SECTOR,
                                     [RB_VIEWPOINT] = EG_VIEWPOINT};
    r->groups = ev->by[BY[o->by]].groups;
    r->ngroups = ev->by[BY[o->by]].n;
    r->grade_cols = r->graded;
}

/* CSV in CP932: written as UTF-8 to memory, then converted. */
static bool csv_cp932(Rep *r, FILE *out)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&buf, &len);
    if (!mem) return false;
    r->out = mem;
    rep_csv(r);
    bool ok = fclose(mem) == 0;
    uint32_t lost = 0;
    ok = ok && recode_cp932(buf, len, out, &lost);
    if (r->o->unmapped) *r->o->unmapped += lost;
    free(buf);
    return ok;
}

bool report_write(const Evaluation *ev, const ReportOptions *o, FILE *out)
{
    Rep r;
    begin(&r, ev, o, out);
    bool ok = true;
    switch (o->format) {
    case RF_TEXT: rep_text(&r); break;
    case RF_MD:   rep_md(&r); break;
    case RF_CSV:
        if (o->cp932) ok = csv_cp932(&r, out);
        else rep_csv(&r);
        break;
    case RF_JSON: rep_json(&r); break;
    case RF_HTML: rep_html(&r); break;
    case RF_XLSX: ok = false; break;        /* a file by name: report_write_file */
    }
    arena_free(&r.arena);
    return ok && !ferror(out);
}

bool report_write_file(const Evaluation *ev, const ReportOptions *o, const char *path)
{
    Rep r, *rp = &r;
    begin(&r, ev, o, NULL);
    bool ok = rep_xlsx(&rp, 1, path);
    arena_free(&r.arena);
    return ok;
}

bool report_write_portfolio_file(const ReportPart *parts, size_t n, const ReportOptions *o, const char *path)
{
    if (n == 0) return false;
    ReportOptions *po = calloc(n, sizeof *po);
    Rep *reps = calloc(n, sizeof *reps);
    Rep **rp = calloc(n, sizeof *rp);
    bool ok = po && reps && rp;
    for (size_t i = 0; ok && i < n; i++) {
        po[i] = *o;
        po[i].as_of_source = parts[i].as_of_source;
        begin(&reps[i], parts[i].ev, &po[i], NULL);
        rp[i] = &reps[i];
    }
    ok = ok && rep_xlsx(rp, n, path);
    for (size_t i = 0; reps && rp && i < n && rp[i]; i++) arena_free(&reps[i].arena);
    free(po);
    free(reps);
    free(rp);
    return ok;
}

bool report_write_portfolio(const ReportPart *parts, size_t n, const ReportOptions *o, FILE *out)
{
    if (n == 0 || o->format == RF_XLSX) return false;
    ReportOptions *po = calloc(n, sizeof *po);
    Rep *reps = calloc(n, sizeof *reps);
    Rep **rp = calloc(n, sizeof *rp);
    if (!po || !reps || !rp) {
        free(po);
        free(reps);
        free(rp);
        return false;
    }
    /* CSV in CP932: all of it to memory first, then converted. */
    char *buf = NULL;
    size_t len = 0;
    FILE *w = out;
    if (o->format == RF_CSV && o->cp932 && !(w = open_memstream(&buf, &len))) w = NULL;
    bool any_graded = false;
    size_t begun = 0;
    for (size_t i = 0; w && i < n; i++, begun++) {
        po[i] = *o;
        po[i].as_of_source = parts[i].as_of_source;
        begin(&reps[i], parts[i].ev, &po[i], w);
        reps[i].part = true;
        reps[i].first = i == 0;
        any_graded |= reps[i].graded;
        rp[i] = &reps[i];
    }
    bool ok = w != NULL;
    for (size_t i = 0; ok && i < n; i++) reps[i].grade_cols = any_graded;
    if (ok) {
        switch (o->format) {
        case RF_TEXT:
            for (size_t i = 0; i < n; i++) {
                rep_text(rp[i]);
                fputc('\n', w);
            }
            rep_text_portfolio(rp, n, w);
            break;
        case RF_MD:
            for (size_t i = 0; i < n; i++) rep_md(rp[i]);
            rep_md_portfolio(rp, n, w);
            break;
        case RF_CSV:
            for (size_t i = 0; i < n; i++) rep_csv(rp[i]);
            break;
        case RF_JSON: rep_json_portfolio(rp, n, w); break;
        case RF_HTML: rep_html_portfolio(rp, n, w); break;
        case RF_XLSX: break;
        }
    }
    for (size_t i = 0; i < begun; i++) arena_free(&reps[i].arena);
    if (w && w != out) {
        ok = fclose(w) == 0 && ok;
        uint32_t lost = 0;
        ok = ok && recode_cp932(buf, len, out, &lost);
        if (o->unmapped) *o->unmapped += lost;
    }
    free(buf);
    free(po);
    free(reps);
    free(rp);
    return ok && !ferror(out);
}

static const char *keep(Arena *a, const char *s) { return arena_strdup(a, s ? s : ""); }

void report_indicator_cells(const Evaluation *ev, uint32_t index, bool ja, Arena *a, ReportCells *out)
{
    ReportOptions o = {.ja = ja};
    Rep r;
    rep_marks(&r, ev, &o);
    RepRow row;
    const IndicatorEval *e = &ev->indicators[index];
    rep_build_row(&r, e, &row);
    RepMark mk = rep_ind_mark(&r, e);
    *out = (ReportCells){keep(a, row.baseline), keep(a, row.actual), keep(a, row.actual_date),
                         keep(a, row.target), keep(a, row.target_date), keep(a, row.rate),
                         keep(a, row.expected), keep(a, row.remaining), keep(a, row.needed),
                         keep(a, mk.label), keep(a, mk.id)};
    arena_free(&r.arena);
}

void report_project_mark(const Evaluation *ev, uint32_t index, bool ja, Arena *a,
                         const char **label, const char **id)
{
    ReportOptions o = {.ja = ja};
    Rep r;
    rep_marks(&r, ev, &o);
    RepMark mk = rep_project_mark(&r, ev->model->projects[index]);
    *label = keep(a, mk.label);
    *id = keep(a, mk.id);
    arena_free(&r.arena);
}
