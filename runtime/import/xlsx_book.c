/* xlsx_book.c - the workbook-level parts of an xlsx file: sheet names,
 * relationships, shared strings and cell styles (xlsx_parts.h). */
#include "xlsx_parts.h"
#include "xalloc.h"

#include <stdlib.h>
#include <string.h>

static void free_strs(char **v, size_t n)
{
    for (size_t i = 0; i < n; i++) free(v[i]);
    free(v);
}

void xlsx_book_free(XlsxBook *b)
{
    free_strs(b->sheet_names, b->nsheets);
    free_strs(b->sheet_rels, b->nsheets);
    free_strs(b->rel_ids, b->nrels);
    free_strs(b->rel_targets, b->nrels);
    free_strs(b->strings, b->nstrings);
    free(b->string_lens);
    free(b->xf_kind);
    memset(b, 0, sizeof *b);
}

/* ---- workbook.xml: <workbookPr date1904="1"/>, <sheet name= r:id=/> ---- */

static void XMLCALL wb_start(void *ud, const char *name, const char **atts)
{
    XlsxBook *b = ud;
    const char *el = xml_local(name);
    if (strcmp(el, "workbookPr") == 0) {
        const char *v = xml_attr(atts, "date1904");
        b->date1904 = v && (strcmp(v, "1") == 0 || strcmp(v, "true") == 0);
    } else if (strcmp(el, "sheet") == 0) {
        const char *n = xml_attr(atts, "name"), *id = xml_attr(atts, "id");
        if (!n || !id) return;
        size_t cap = b->capsheets;
        XGROW(b->sheet_names, cap, b->nsheets + 1);
        XGROW(b->sheet_rels, b->capsheets, b->nsheets + 1);
        b->sheet_names[b->nsheets] = xstrdup(n);
        b->sheet_rels[b->nsheets++] = xstrdup(id);
    }
}

static void XMLCALL no_end(void *ud, const char *name) { (void)ud; (void)name; }

bool xlsx_parse_workbook(XlsxBook *b, const char *xml, size_t len, char *err, size_t errsz)
{
    return xml_run(xml, len, b, wb_start, no_end, NULL, err, errsz);
}

/* ---- xl/_rels/workbook.xml.rels: <Relationship Id= Target=/> ---------- */

static void XMLCALL rel_start(void *ud, const char *name, const char **atts)
{
    XlsxBook *b = ud;
    if (strcmp(xml_local(name), "Relationship") != 0) return;
    const char *id = xml_attr(atts, "Id"), *t = xml_attr(atts, "Target");
    if (!id || !t) return;
    size_t cap = b->caprels;
    XGROW(b->rel_ids, cap, b->nrels + 1);
    XGROW(b->rel_targets, b->caprels, b->nrels + 1);
    b->rel_ids[b->nrels] = xstrdup(id);
    b->rel_targets[b->nrels++] = xstrdup(t);
}

bool xlsx_parse_rels(XlsxBook *b, const char *xml, size_t len, char *err, size_t errsz)
{
    return xml_run(xml, len, b, rel_start, no_end, NULL, err, errsz);
}

/* ---- sharedStrings.xml: <si> is <t> or runs <r><t>; <rPh> is furigana,
 * the reading shown above Japanese text, and not part of the value ------- */

typedef struct SstCtx {
    XlsxBook *b;
    char *buf;
    size_t len, cap;
    int in_si, in_t, in_rph;
} SstCtx;

static void XMLCALL sst_start(void *ud, const char *name, const char **atts)
{
    (void)atts;
    SstCtx *c = ud;
    const char *el = xml_local(name);
    if (strcmp(el, "si") == 0) { c->in_si = 1; c->len = 0; }
    else if (strcmp(el, "rPh") == 0) c->in_rph++;
    else if (strcmp(el, "t") == 0) c->in_t++;
}

static void XMLCALL sst_end(void *ud, const char *name)
{
    SstCtx *c = ud;
    const char *el = xml_local(name);
    if (strcmp(el, "rPh") == 0) c->in_rph--;
    else if (strcmp(el, "t") == 0) c->in_t--;
    else if (strcmp(el, "si") == 0 && c->in_si) {
        XlsxBook *b = c->b;
        size_t cap = b->capstrings;
        XGROW(b->strings, cap, b->nstrings + 1);
        XGROW(b->string_lens, b->capstrings, b->nstrings + 1);
        b->strings[b->nstrings] = xstrndup(c->buf ? c->buf : "", c->len);
        b->string_lens[b->nstrings++] = (uint32_t)c->len;
        c->in_si = 0;
    }
}

static void XMLCALL sst_text(void *ud, const char *s, int n)
{
    SstCtx *c = ud;
    if (!c->in_si || c->in_t <= 0 || c->in_rph > 0 || n <= 0) return;
    XGROW(c->buf, c->cap, c->len + (size_t)n + 1);
    memcpy(c->buf + c->len, s, (size_t)n);
    c->len += (size_t)n;
}

bool xlsx_parse_strings(XlsxBook *b, const char *xml, size_t len, char *err, size_t errsz)
{
    SstCtx c = {.b = b};
    bool ok = xml_run(xml, len, &c, sst_start, sst_end, sst_text, err, errsz);
    free(c.buf);
    return ok;
}

/* ---- styles.xml: <numFmts><numFmt numFmtId= formatCode=/>, and
 * <cellXfs><xf numFmtId=/> (a cell's s= indexes cellXfs) ----------------- */

typedef struct StyleCtx {
    XlsxBook *b;
    unsigned *fmt_ids;
    uint8_t *fmt_kinds;
    size_t nfmts, capfmts;
    bool in_cellxfs;
} StyleCtx;

static unsigned to_uint(const char *s)
{
    unsigned long v = s ? strtoul(s, NULL, 10) : 0;
    return v > 100000 ? 0 : (unsigned)v;
}

static void XMLCALL style_start(void *ud, const char *name, const char **atts)
{
    StyleCtx *c = ud;
    const char *el = xml_local(name);
    if (strcmp(el, "numFmt") == 0) {
        const char *code = xml_attr(atts, "formatCode");
        size_t cap = c->capfmts;
        XGROW(c->fmt_ids, cap, c->nfmts + 1);
        XGROW(c->fmt_kinds, c->capfmts, c->nfmts + 1);
        c->fmt_ids[c->nfmts] = to_uint(xml_attr(atts, "numFmtId"));
        c->fmt_kinds[c->nfmts++] = (uint8_t)(code ? xlsx_format_kind(code) : XF_PLAIN);
    } else if (strcmp(el, "cellXfs") == 0) {
        c->in_cellxfs = true;
    } else if (strcmp(el, "xf") == 0 && c->in_cellxfs) {
        unsigned id = to_uint(xml_attr(atts, "numFmtId"));
        int kind = xlsx_builtin_kind(id);
        for (size_t i = 0; i < c->nfmts; i++)
            if (c->fmt_ids[i] == id) kind = c->fmt_kinds[i];
        XlsxBook *b = c->b;
        XGROW(b->xf_kind, b->capxf, b->nxf + 1);
        b->xf_kind[b->nxf++] = (uint8_t)kind;
    }
}

static void XMLCALL style_end(void *ud, const char *name)
{
    StyleCtx *c = ud;
    if (strcmp(xml_local(name), "cellXfs") == 0) c->in_cellxfs = false;
}

bool xlsx_parse_styles(XlsxBook *b, const char *xml, size_t len, char *err, size_t errsz)
{
    StyleCtx c = {.b = b};
    bool ok = xml_run(xml, len, &c, style_start, style_end, NULL, err, errsz);
    free(c.fmt_ids);
    free(c.fmt_kinds);
    return ok;
}
