/* cellval.h - what a cell means: a number or a date, as departments write them.
 *
 * Numbers: a number cell, or text such as "1,050", "１０５０", "98.1",
 * "-3", "▲3" or "△3" (minus, as Japanese accounts write it) and "13.9%".
 * A blank cell, or one holding only a dash ("-", "－", "―"), is no value.
 * Dates: a date cell (Excel), a four-digit number (a calendar year, as in
 * the language), or text in any form the language reads (R5.3, 令和5年度,
 * FY2023, 2023-03-31, full-width digits too), and 2023/3/31 or 2023/3 as
 * Excel shows dates in Japan. */
#ifndef STRAT_CELLVAL_H
#define STRAT_CELLVAL_H

#include <stdbool.h>
#include "date.h"
#include "sheet.h"

typedef enum { CV_OK, CV_BLANK, CV_BAD } CellRead;

/* *percent: the value was written with %, or shown with a percent format. */
CellRead cell_number(const Cell *c, double *v, bool *percent);
/* The date's spelling as parsed (not yet validated: date_validate). */
CellRead cell_date(const Cell *c, DateSpec *d);
/* A date written past the end of its era (平成32年度, which date_validate
 * accepts with a warning) respelt in the era of its first day (令和2年度),
 * so that the plan gets what the warning's help says to write. */
void     date_in_its_era(DateSpec *d);

#endif
