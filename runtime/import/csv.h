/* csv.h - reading a CSV or TSV file saved from a spreadsheet into a Sheet.
 *
 * RFC 4180: fields separated by the separator, records by CRLF or LF,
 * double-quoted fields may hold separators, line breaks and "" for a quote.
 * The bytes are decoded as a strategy file is (load.c: a UTF-8 byte order
 * mark is dropped, --input-encoding names another encoding), and one thing
 * more: bytes that are not UTF-8 but read as CP932, which is what Excel
 * saves in Japan, are read as CP932. */
#ifndef STRAT_CSV_H
#define STRAT_CSV_H

#include <stdbool.h>
#include <stddef.h>
#include "sheet.h"
#include "strat.h"

/* Reads path ("-" for standard input); false after a diagnostic (an
 * unreadable file also counts in s->io_errors). */
bool csv_read(Strat *s, const char *path, const char *encoding, char sep, Sheet *sh);
/* The same from memory: name is what diagnostics call it. */
bool csv_read_bytes(Strat *s, const char *name, const char *bytes, size_t len,
                    const char *encoding, char sep, Sheet *sh);

#endif
