/* xlsx.h - reading one worksheet of an Excel workbook (.xlsx) into a Sheet.
 *
 * An .xlsx file is a zip archive of XML parts (ECMA-376, SpreadsheetML).
 * libzip opens the archive and expat parses the parts: the workbook (sheet
 * names, the 1904 date system), its relationships (which part is which
 * sheet), the shared strings, the styles (which cells are dates or
 * percentages, by their number format) and the worksheet.  A formula cell
 * is read as the value Excel saved with it. */
#ifndef STRAT_XLSX_H
#define STRAT_XLSX_H

#include <stdbool.h>
#include <stddef.h>
#include "sheet.h"
#include "strat.h"

/* Reads the sheet called sheet_name, or the first sheet when it is NULL.
 * false after a diagnostic; a file that cannot be opened also counts in
 * s->io_errors. */
bool xlsx_read(Strat *s, const char *path, const char *sheet_name, Sheet *sh);
/* The same from memory (fuzzing, tests): name is what diagnostics call it. */
bool xlsx_read_bytes(Strat *s, const char *name, const void *bytes, size_t len,
                     const char *sheet_name, Sheet *sh);

#endif
