/* sheet.h - a department's data as rows of cells, whatever file it came from.
 *
 * The CSV and xlsx readers both produce a Sheet; layout detection and the
 * import itself never look at the file format.  Every cell keeps a span
 * into a source file registered in the session's SrcSet (the decoded CSV
 * text, or for xlsx a tab-separated rendering of the sheet, one line per
 * row), so a bad cell gets an ordinary located diagnostic with its line
 * and a caret.  Cells and their text live in the session's arena. */
#ifndef STRAT_SHEET_H
#define STRAT_SHEET_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "date.h"
#include "strat.h"

typedef enum { CELL_EMPTY, CELL_TEXT, CELL_NUMBER, CELL_DATE, CELL_OTHER } CellKind;

typedef struct Cell {
    uint8_t kind;           /* CellKind; CELL_OTHER: a boolean or an error value (xlsx) */
    bool percent;           /* a number shown with a percent format (xlsx): 0.139 is 13.9 % */
    uint32_t row, col;      /* 1-based */
    const char *text;       /* as shown, UTF-8, not NUL-terminated: the text, or the
                             * rendering of a number or date */
    uint32_t len;
    double num;             /* CELL_NUMBER */
    DayNum day;             /* CELL_DATE */
    Span span;              /* where diagnostics point */
} Cell;

typedef struct Row {
    uint32_t row;           /* 1-based row number */
    uint32_t n;
    Cell *cells;            /* in column order; absent columns are absent, not empty */
} Row;

typedef struct Sheet {
    const char *path;       /* DATA as the user named it */
    const char *name;       /* the xlsx sheet's name; NULL for CSV */
    uint32_t file;          /* SrcSet id the spans point into */
    Row *rows;              /* malloc'd; rows without cells are left out */
    size_t n, cap;
} Sheet;

void        sheet_init(Sheet *sh, const char *path);
void        sheet_free(Sheet *sh);
/* Appends a row; the cells (count n) are copied into the session's arena. */
void        sheet_add_row(Strat *s, Sheet *sh, uint32_t row, const Cell *cells, uint32_t n);
/* The cell in column col of a row, or NULL. */
const Cell *row_cell(const Row *r, uint32_t col);
/* Text of a cell with blanks (ASCII and U+3000) trimmed at both ends. */
void        cell_trimmed(const Cell *c, const char **s, size_t *n);
bool        cell_is_blank(const Cell *c);
/* "C3": the spreadsheet name of a cell, for messages. */
void        cell_ref(uint32_t row, uint32_t col, char buf[16]);
/* For a sheet of a workbook, a note naming the sheet and the cell: the
 * diagnostic's line is the row, but its column counts characters. */
void        cell_note(Diag *g, const Sheet *sh, const Cell *c);

#endif
