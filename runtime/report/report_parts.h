/* report_parts.h - what the report formats share (inside runtime/report/
 * only): labels in two languages, each indicator's cells as text, and the
 * groups (--by), all in report_parts.c.  The driver (report.c) prepares them
 * and calls one writer per format: report_text.c, report_md.c,
 * report_csv.c, report_json.c, report_html.c. */
#ifndef STRAT_REPORT_PARTS_H
#define STRAT_REPORT_PARTS_H

#include "arena.h"
#include "grade.h"
#include "jsonw.h"
#include "report.h"

typedef struct RepLabels {
    const char *report, *period, *as_of, *as_of_option, *as_of_file, *as_of_today;
    const char *project, *sector, *viewpoint, *no_sector, *no_viewpoint;
    const char *indicator, *baseline, *actual, *target, *rate, *expected, *remaining;
    const char *forecast, *needed, *status, *computed, *declared, *differs, *none;
    const char *summary, *indicators, *projects, *to_go, *reached, *qualitative, *why;
    const char *chart, *legend_actual, *legend_target, *legend_expected;
    const char *owner, *source, *kind, *output, *outcome, *activities, *milestones, *goal;
    const char *points;         /* a difference of percentages: "8 ポイント" */
    const char *trend, *legend_line, *report_date;
    const char *portfolio, *strategy, *total;
    const char *reach;          /* the forecast held at 0: "target reached %s" */
    const char *with_declared;  /* "%s (declared: %s)": computed and declared side by side */
    const char *picture, *picture_omitted;
} RepLabels;

/* One indicator's cells, as displayed (empty strings where nothing applies). */
typedef struct RepRow {
    const IndicatorEval *e;
    const char *title;          /* in the report's language where a translation exists */
    const char *actual, *actual_date;
    const char *target, *target_date;
    const char *baseline;
    const char *rate;           /* "73.3%", or why there is none */
    const char *expected;       /* "66.7%" */
    const char *remaining;      /* "あと 8 回" / "8 回 to go" / "達成済" */
    const char *forecast;       /* "27.5 回" */
    const char *needed;         /* where the baseline-to-target line is today */
    const char *status;         /* the status or grade, with the declared one beside it */
} RepRow;

/* A section of the report (--by), as the evaluator rolled it up. */
typedef EvalGroup RepGroup;

typedef struct Rep {
    const Evaluation *ev;
    const Model *m;
    const ReportOptions *o;
    const RepLabels *L;
    Arena arena;                /* everything below; freed when the report is written */
    RepRow *rows;               /* indexed like model->indicators */
    const RepGroup *groups;     /* the evaluator's sections for --by */
    uint32_t ngroups;
    bool any_forecast;          /* the forecast column is left out when no indicator has one */
    const Grading *gr;          /* the evaluator's grades on the strategy's scale */
    bool graded;                /* a scale other than the seed's: grades are shown */
    bool show_needed;           /* a pace-based scale: the "needed now" column */
    FILE *out;
    /* One strategy of several (report_write_portfolio): */
    bool part;                  /* html: no document head or foot; csv: strategy columns */
    bool first;                 /* csv: the header (and BOM) with the first part only */
    bool grade_cols;            /* csv: grade columns (some strategy of the report is graded) */
    JsonW *json;                /* json: written as one value into the caller's writer */
} Rep;

/* The labels in Japanese or English. */
const RepLabels *rep_labels(bool ja);
/* Fills r->rows, each indicator's cells as text (the tables; JSON prints
 * the numbers themselves). */
void rep_build_rows(Rep *r);
/* One indicator's row (the language server's hover shows its cells). */
void rep_build_row(Rep *r, const IndicatorEval *e, RepRow *row);

/* The writers, one per format. */
void rep_text(Rep *r);
void rep_md(Rep *r);
void rep_csv(Rep *r);
void rep_json(Rep *r);
void rep_html(Rep *r);
/* After the strategies of a portfolio report: the summary over them. */
void rep_text_portfolio(Rep *const *parts, size_t n, FILE *out);
void rep_md_portfolio(Rep *const *parts, size_t n, FILE *out);
void rep_json_portfolio(Rep *const *parts, size_t n, FILE *out);
void rep_html_portfolio(Rep *const *parts, size_t n, FILE *out);
/* The workbook of one strategy or several, written to a file by name
 * (libxlsxwriter's way). */
bool rep_xlsx(Rep *const *parts, size_t n, const char *path);

/* What the status column shows: a status, or a grade of the strategy's
 * scale, with the status whose colour it takes. */
typedef struct RepMark {
    const char *label;
    const char *id;             /* "on_track", "A" */
    Status color;
} RepMark;

RepMark  rep_ind_mark(const Rep *r, const IndicatorEval *e);
RepMark  rep_project_mark(const Rep *r, const Project *p);
/* The declared assessment; false if the project has none. */
bool     rep_declared_mark(const Rep *r, const Project *p, RepMark *out);
/* An indicator's declared status or grade, if it declares one. */
bool     rep_ind_declared(const Rep *r, const Indicator *ind, RepMark *out);
bool     rep_differs(const Rep *r, const Project *p);
RepMark  rep_group_mark(const Rep *r, const RepGroup *g);
/* Summary rows: the statuses, or the scale's grades. */
uint32_t rep_nsummary(const Rep *r);
RepMark  rep_summary_mark(const Rep *r, uint32_t i);
uint32_t rep_summary_count(const Rep *r, uint32_t i, bool projects);

/* A text as a NUL-terminated string, "" when absent (arena). */
const char *rep_str(Rep *r, const Text *t);
/* "アウトカム" / "outcome", "" when the indicator declares no kind. */
const char *rep_kind(const Rep *r, const Indicator *ind);
/* A milestone's or an item's date as written: "令和2年9月". */
const char *rep_written_date(Rep *r, const Item *it);

/* An entity's title in the report's language, NUL-terminated (arena). */
const char *rep_title(Rep *r, const Entity *e);
const char *rep_status_label(const Rep *r, Status s);
/* "2018-04-01" */
const char *rep_iso(Rep *r, DayNum d);
/* The report date line's source remark: "（ファイルの as_of）". */
const char *rep_as_of_remark(const Rep *r);
/* "2020-03-31（ファイルの as_of）" */
const char *rep_as_of_line(Rep *r);
/* The rate as a percentage, one decimal, ".0" dropped: "73.3%", "0%". */
const char *rep_percent(Rep *r, double fraction);
/* Rounded for machine output: 0.7000000000000002 -> 0.7. */
double rep_round(double v, int decimals);
/* A project's declared assessment, or ST__COUNT if none. */
Status rep_declared(const Project *p);
/* The colour of a status as 0xRRGGBB (white text reads on it). */
uint32_t rep_status_rgb(Status s);
/* The decimals an indicator's values are written with: the most any has. */
int rep_decimals(const Indicator *ind);
/* The SGR colour of a status in a terminal. */
const char *rep_status_sgr(Status s);
/* The group heading: "分野: 基礎素材型産業" or "(no sector)"; NULL for --by=project. */
const char *rep_group_heading(Rep *r, const RepGroup *g);

#endif
