/* report.h - `stratc report`: an evaluation written as a progress table in
 * one of five formats (doc/report.md). */
#ifndef STRAT_REPORT_H
#define STRAT_REPORT_H

#include <stdbool.h>
#include <stdio.h>
#include "arena.h"
#include "eval.h"
#include "reportdate.h"

typedef enum { RF_TEXT, RF_MD, RF_CSV, RF_JSON, RF_HTML } ReportFormat;
typedef enum { RB_PROJECT, RB_SECTOR, RB_VIEWPOINT } ReportBy;

typedef struct ReportOptions {
    ReportFormat format;
    ReportBy by;
    bool ja;                /* --lang=ja (default) */
    bool color;             /* text: status in colour */
    bool bom;               /* csv: UTF-8 byte order mark */
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

/* Writes the report; false if writing failed (out's error flag). */
bool report_write(const Evaluation *ev, const ReportOptions *o, FILE *out);

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
