/* report.c - `stratc report`'s driver: the format and grouping names, and
 * report_write(), which prepares the shared parts (report_parts.c) and hands
 * them to the format's writer. */
#include "report_parts.h"

#include <string.h>

bool report_format_from_name(const char *s, ReportFormat *out)
{
    static const char *const names[] = {"text", "md", "csv", "json", "html"};
    for (int i = 0; i < 5; i++)
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

bool report_write(const Evaluation *ev, const ReportOptions *o, FILE *out)
{
    Rep r = {.ev = ev, .m = ev->model, .o = o, .L = rep_labels(o->ja), .out = out};
    arena_init(&r.arena);
    /* The cells as text are for the tables; JSON prints the numbers themselves. */
    if (o->format != RF_JSON) rep_build_rows(&r);
    for (uint32_t i = 0; i < r.m->nindicators; i++) r.any_forecast |= ev->indicators[i].has_forecast;
    r.gr = ev->grading;
    r.graded = r.gr->scale->kind != SCALE_SEED;
    r.show_needed = r.gr->scale->pace_based;
    static const EvalGroupBy BY[] = {[RB_PROJECT] = EG_PROJECT, [RB_SECTOR] = EG_SECTOR,
                                     [RB_VIEWPOINT] = EG_VIEWPOINT};
    r.groups = ev->by[BY[o->by]].groups;
    r.ngroups = ev->by[BY[o->by]].n;
    switch (o->format) {
    case RF_TEXT: rep_text(&r); break;
    case RF_MD:   rep_md(&r); break;
    case RF_CSV:  rep_csv(&r); break;
    case RF_JSON: rep_json(&r); break;
    case RF_HTML: rep_html(&r); break;
    }
    arena_free(&r.arena);
    return !ferror(out);
}
