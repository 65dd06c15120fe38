/* import.h - `stratc import`: a department's actual values into a plan.
 *
 * The steps, each in its own file: a reader turns DATA into a Sheet
 * (csv_read.c, xlsx_*.c), layout.c finds the records in it, import_match.c
 * matches each with an indicator of the plan and decides what it does
 * (add, skip, replace, or an error), plan_edit.c writes the new actuals
 * into the plan's text, and import_summary.c says what was done. */
#ifndef STRAT_IMPORT_H
#define STRAT_IMPORT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include "layout.h"
#include "model.h"
#include "sheet.h"
#include "strat.h"

typedef enum { IA_ADD, IA_SKIP, IA_REPLACE } ImportActKind;

typedef struct ImportAct {
    uint8_t kind;               /* ImportActKind */
    const Indicator *ind;
    double value;
    const char *num;            /* the value as the plan will spell it (arena) */
    const char *date;           /* the date as the data spelled it, canonically (arena) */
    DayNum last;                /* the date's last day: actuals match on it */
    const Item *existing;       /* IA_SKIP, IA_REPLACE: the plan's actual */
    uint32_t seq;               /* order in the data */
} ImportAct;

typedef struct ImportRun {
    ImportAct *acts;
    size_t n, cap;
} ImportRun;

typedef struct ImportOptions {
    bool replace;               /* --replace: a contradicted actual takes the data's value */
} ImportOptions;

/* Decides every record; errors and warnings go to s->diags.  True when
 * there is no error. */
bool  import_match(Strat *s, const Model *m, const Sheet *sh, const Layout *l,
                   const ImportOptions *o, ImportRun *run);
/* The plan's text with the run's actuals added and replaced (malloc'd,
 * *len bytes); everything else byte for byte.  bom: the file starts with a
 * UTF-8 byte order mark that the loader dropped, to be kept. */
char *import_apply(const Model *m, const SrcFile *plan, const ImportRun *run, bool bom,
                   size_t *len);
/* What was added, skipped and replaced, per indicator, and the totals. */
void  import_summary(const ImportRun *run, FILE *out);
void  import_run_free(ImportRun *run);

#endif
