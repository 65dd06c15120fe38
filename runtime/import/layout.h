/* layout.h - which cells of a sheet are an actual value, of what, when.
 *
 * The header tells the layout.  It is the first row with anything in it,
 * or, when that one is a title, the first of the next rows that names a
 * date and a value column or has a date right of the indicator:
 *   long   indicator, date, value[, unit][, note]: one value per row;
 *   wide   the indicator in the first column, one column per date
 *          (令和5年度, R5.3, FY2023, 2023-03-31, a date cell): one value
 *          per cell.
 * Column names are matched after NFKC and case folding, in English or
 * Japanese (header_kind in layout.c has the list).  Every value cell gives
 * one Record, blank ones included (the import skips those). */
#ifndef STRAT_LAYOUT_H
#define STRAT_LAYOUT_H

#include <stdbool.h>
#include <stddef.h>
#include "date.h"
#include "sheet.h"
#include "strat.h"

typedef struct Record {
    uint32_t row;               /* the value's row */
    const Cell *ind, *value, *unit;   /* NULL when absent */
    const Cell *date;           /* the row's date cell, or (wide) the column's header */
    const DateSpec *spec;       /* wide: the column's date, already checked; long: NULL */
} Record;

typedef struct Layout {
    bool wide;
    uint32_t header_row;
    Record *recs;
    size_t n, cap;
    DateSpec *specs;            /* wide: per column (index col - 1) */
    size_t nspecs;
} Layout;

/* Reads the header and lists the records.  false after a diagnostic (no
 * layout could be told, or a date in a wide header is not a date). */
bool layout_detect(Strat *s, const Sheet *sh, Layout *out);
void layout_free(Layout *l);

#endif
