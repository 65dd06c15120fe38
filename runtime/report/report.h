/* report.h - `stratc report`: an evaluation written as a progress table in
 * one of six formats (doc/report.md). */
#ifndef STRAT_REPORT_H
#define STRAT_REPORT_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include "arena.h"
#include "eval.h"
#include "reportdate.h"

typedef enum { RF_TEXT, RF_MD, RF_CSV, RF_JSON, RF_HTML, RF_XLSX } ReportFormat;
typedef enum { RB_PROJECT, RB_SECTOR, RB_VIEWPOINT } ReportBy;

typedef struct ReportOptions {
    ReportFormat format;
    ReportBy by;
    bool ja;                /* --lang=ja (default) */
    bool color;             /* text: status in colour */
    bool bom;               /* csv: UTF-8 byte order mark (cmd_report: on unless --no-bom) */
    bool cp932;             /* csv: written in CP932 (Windows Shift_JIS), no BOM */
    uint32_t *unmapped;     /* csv cp932: where to count characters written as '?'; may be NULL */
    size_t width;           /* text: the widest a line may be; 0: no limit */
    AsOfSource as_of_source;    /* said in the report's header */
    const char *as_of_text; /* the report date as the user or the file wrote it; may be NULL */
    /* The logic model picture (doc/graph.md), drawn by the caller: html
     * embeds it as an <svg> element, md as a Mermaid flowchart in a
     * ```mermaid block; NULL: none.  picture_omitted: it was too large to
     * draw, and the report says so. */
    const char *picture;
    size_t picture_len;
    bool picture_omitted;
} ReportOptions;

/* Format names for --format and --by; false if unknown. */
bool report_format_from_name(const char *s, ReportFormat *out);
bool report_by_from_name(const char *s, ReportBy *out);

/* Whether the format is written to a file by name (xlsx), not a stream. */
bool report_format_needs_file(ReportFormat f);

/* Writes the report (not xlsx); false if writing failed (out's error flag). */
bool report_write(const Evaluation *ev, const ReportOptions *o, FILE *out);
/* One strategy of a report over several: its evaluation, and where its
 * report date came from. */
typedef struct ReportPart {
    const Evaluation *ev;
    AsOfSource as_of_source;
} ReportPart;

/* Several strategies in one report (not xlsx, see below): each as its own report
 * shows it, in the order given, and a summary over all of them (text, md,
 * html: a table of indicators by status per strategy with totals; json:
 * {"strategies": [...], "portfolio": {...}}; csv: one table with the
 * strategy in its first columns).  False if writing failed. */
bool report_write_portfolio(const ReportPart *parts, size_t n, const ReportOptions *o, FILE *out);
/* Several strategies in one xlsx workbook at path: the same sheets, a
 * first column naming the strategy, the summary over all of them. */
bool report_write_portfolio_file(const ReportPart *parts, size_t n, const ReportOptions *o, const char *path);
/* Writes an xlsx workbook to path (replaced); false if writing failed. */
bool report_write_file(const Evaluation *ev, const ReportOptions *o, const char *path);

/* What the report says of one indicator (its row's cells) or one project
 * (its computed mark), as text in Japanese or English, for a caller showing
 * one at a time (`stratc lsp`'s hover).  Strings are allocated from a. */
typedef struct ReportCells {
    const char *baseline, *actual, *actual_date, *target, *target_date;
    const char *rate, *expected, *remaining, *needed;
    const char *status, *status_id;     /* a status, or a grade of the strategy's scale */
} ReportCells;

void report_indicator_cells(const Evaluation *ev, uint32_t index, bool ja, Arena *a, ReportCells *out);
void report_project_mark(const Evaluation *ev, uint32_t index, bool ja, Arena *a,
                         const char **label, const char **id);

#endif
