/* xlsx_parts.h - what the xlsx reader's files share: the archive, XML
 * parsing, and the workbook-level facts a worksheet needs.  Internal to
 * runtime/import. */
#ifndef STRAT_XLSX_PARTS_H
#define STRAT_XLSX_PARTS_H

#include <expat.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <zip.h>
#include "sheet.h"
#include "strat.h"

/* How a cell style shows a number. */
enum { XF_PLAIN, XF_DATE, XF_PERCENT };

typedef struct XlsxBook {
    bool date1904;
    char **sheet_names, **sheet_rels;   /* in workbook order (malloc'd) */
    size_t nsheets, capsheets;
    char **rel_ids, **rel_targets;      /* the workbook's relationships */
    size_t nrels, caprels;
    char **strings;                     /* shared strings */
    uint32_t *string_lens;
    size_t nstrings, capstrings;
    uint8_t *xf_kind;                   /* per cell style (cellXfs index): XF_* */
    size_t nxf, capxf;
} XlsxBook;

void  xlsx_book_free(XlsxBook *b);

/* An archive member, whole and NUL-terminated (malloc'd); NULL when absent.
 * *too_big is set when it is larger than the source limit. */
char *xlsx_entry(zip_t *z, const char *name, size_t *len, bool *too_big);

/* Runs expat over buf with namespace processing, so that handlers see
 * "URI\x01local" names: xml_local() gives the part after the URI.  On a
 * malformed part, writes the reason to err and returns false. */
bool  xml_run(const char *buf, size_t len, void *ud, XML_StartElementHandler start,
              XML_EndElementHandler end, XML_CharacterDataHandler text, char *err, size_t errsz);
const char *xml_local(const char *name);
/* The value of the attribute with that local name, or NULL. */
const char *xml_attr(const char **atts, const char *local);

/* The parts of the workbook: false with a reason in err. */
bool  xlsx_parse_workbook(XlsxBook *b, const char *xml, size_t len, char *err, size_t errsz);
bool  xlsx_parse_rels(XlsxBook *b, const char *xml, size_t len, char *err, size_t errsz);
bool  xlsx_parse_strings(XlsxBook *b, const char *xml, size_t len, char *err, size_t errsz);
bool  xlsx_parse_styles(XlsxBook *b, const char *xml, size_t len, char *err, size_t errsz);
/* A number format code's kind (XF_*), and a built-in format id's. */
int   xlsx_format_kind(const char *code);
int   xlsx_builtin_kind(unsigned id);

/* The worksheet part into sh; false after a diagnostic. */
bool  xlsx_parse_sheet(Strat *s, const XlsxBook *b, const char *path, const char *xml,
                       size_t len, Sheet *sh);

#endif
