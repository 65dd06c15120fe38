/* xlsx_sheet.c - one worksheet part into a Sheet (xlsx_parts.h).
 *
 * <sheetData><row r="3"><c r="B3" t="s" s="1"><v>5</v></c>...: t says
 * what <v> holds - s a shared string's index, inlineStr the text in <is>,
 * str a formula's text, b a boolean, e an error, d an ISO date, and none a
 * number, which the style s= may show as a date or a percentage.
 *
 * Diagnostics need text to point into, so the sheet is also rendered as
 * text: one line per row (line 3 is row 3), cells separated by a tab. */
#include "i18n.h"
#include "date.h"
#include "numtext.h"
#include "xalloc.h"
#include "xlsx_parts.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { XLSX_MAX_ROW = 1048576, XLSX_MAX_COL = 16384 };   /* Excel's own limits */

typedef struct RawCell {
    uint32_t row, col, seq;
    uint8_t kind;
    bool percent;
    char *text;                 /* malloc'd */
    size_t len;
    double num;
    DayNum day;
} RawCell;

typedef struct SheetCtx {
    const XlsxBook *b;
    RawCell *cells;
    size_t n, cap;
    uint32_t row, col;          /* of the current (or last) row and cell */
    char type[12];
    unsigned style;
    bool in_c, in_v, in_is;
    int in_t, in_rph;
    char *buf;
    size_t len, bcap;
    char err[200];              /* first problem found */
} SheetCtx;

/* "B3" -> column 2, row 3; false if it is not a cell reference in range. */
static bool parse_ref(const char *r, uint32_t *row, uint32_t *col)
{
    uint32_t c = 0, w = 0;
    const char *p = r;
    for (; *p >= 'A' && *p <= 'Z'; p++) {
        c = c * 26 + (uint32_t)(*p - 'A' + 1);
        if (c > XLSX_MAX_COL) return false;
    }
    for (; *p >= '0' && *p <= '9'; p++) {
        w = w * 10 + (uint32_t)(*p - '0');
        if (w > XLSX_MAX_ROW) return false;
    }
    if (*p || c == 0 || w == 0) return false;
    *row = w;
    *col = c;
    return true;
}

static void fail(SheetCtx *c, const char *msg)
{
    if (!c->err[0]) snprintf(c->err, sizeof c->err, "%s", msg);
}

static void XMLCALL sh_start(void *ud, const char *name, const char **atts)
{
    SheetCtx *c = ud;
    const char *el = xml_local(name);
    if (strcmp(el, "row") == 0) {
        const char *r = xml_attr(atts, "r");
        unsigned long v = r ? strtoul(r, NULL, 10) : c->row + 1;
        if (v == 0 || v > XLSX_MAX_ROW) { fail(c, _("a row number is out of range")); v = c->row + 1; }
        c->row = (uint32_t)v;
        c->col = 0;
    } else if (strcmp(el, "c") == 0) {
        const char *r = xml_attr(atts, "r"), *t = xml_attr(atts, "t"), *s = xml_attr(atts, "s");
        uint32_t row = c->row ? c->row : 1, col = c->col + 1;
        if (r && !parse_ref(r, &row, &col)) fail(c, _("a cell reference is not valid"));
        if (col > XLSX_MAX_COL) fail(c, _("a column is out of range"));
        c->row = row;
        c->col = col;
        snprintf(c->type, sizeof c->type, "%s", t ? t : "n");
        c->style = s ? (unsigned)strtoul(s, NULL, 10) : 0;
        c->in_c = true;
        c->len = 0;
    } else if (c->in_c && strcmp(el, "v") == 0) {
        c->in_v = true;
    } else if (c->in_c && strcmp(el, "is") == 0) {
        c->in_is = true;
    } else if (c->in_is && strcmp(el, "rPh") == 0) {
        c->in_rph++;
    } else if (c->in_is && strcmp(el, "t") == 0) {
        c->in_t++;
    }
}

static DayNum serial_day(const XlsxBook *b, double serial, bool *ok)
{
    double s = floor(serial);
    *ok = s >= 0 && s <= 2958465;       /* 9999-12-31 */
    if (!*ok) return 0;
    long d = (long)s;
    if (b->date1904) return days_from_civil(1904, 1, 1) + (DayNum)d;
    /* Excel's day 60 is 1900-02-29, which did not exist (Lotus 1-2-3's bug,
     * kept for compatibility): days before it are one off. */
    if (d == 0) { *ok = false; return 0; }
    if (d < 60) return days_from_civil(1899, 12, 31) + (DayNum)d;
    if (d == 60) return days_from_civil(1900, 2, 28);
    return days_from_civil(1899, 12, 30) + (DayNum)d;
}

static bool iso_day(const char *s, DayNum *out)
{
    int y, m, d;
    if (sscanf(s, "%4d-%2d-%2d", &y, &m, &d) != 3 || y < 1 || m < 1 || m > 12 || d < 1
        || d > days_in_month(y, m))
        return false;
    *out = days_from_civil(y, m, d);
    return true;
}

static void finish_cell(SheetCtx *c)
{
    RawCell rc = {.row = c->row, .col = c->col, .seq = (uint32_t)c->n, .kind = CELL_TEXT};
    const char *v = c->buf ? c->buf : "";
    if (c->buf) c->buf[c->len] = '\0';
    const char *t = c->type;
    char spelled[NUMTEXT_MAX];
    if (strcmp(t, "s") == 0) {
        char *end;
        unsigned long i = strtoul(v, &end, 10);
        if (end == v || i >= c->b->nstrings) { fail(c, _("a cell names a shared string that does not exist")); return; }
        rc.text = xstrndup(c->b->strings[i], c->b->string_lens[i]);
        rc.len = c->b->string_lens[i];
    } else if (strcmp(t, "inlineStr") == 0 || strcmp(t, "str") == 0) {
        rc.text = xstrndup(v, c->len);
        rc.len = c->len;
    } else if (strcmp(t, "b") == 0 || strcmp(t, "e") == 0) {
        rc.kind = CELL_OTHER;
        rc.text = xstrdup(strcmp(t, "e") == 0 ? v : strcmp(v, "1") == 0 ? "TRUE" : "FALSE");
        rc.len = strlen(rc.text);
    } else if (strcmp(t, "d") == 0) {
        if (!iso_day(v, &rc.day)) { fail(c, _("a date cell does not hold an ISO date")); return; }
        rc.kind = CELL_DATE;
    } else {
        if (c->len == 0) return;            /* a styled cell with no value */
        char *end;
        rc.num = strtod(v, &end);
        if (end == v || *end || !isfinite(rc.num)) { fail(c, _("a number cell does not hold a number")); return; }
        rc.kind = CELL_NUMBER;
        int kind = c->style < c->b->nxf ? c->b->xf_kind[c->style] : XF_PLAIN;
        bool ok = false;
        if (kind == XF_DATE) rc.day = serial_day(c->b, rc.num, &ok);
        if (ok) rc.kind = CELL_DATE;
        rc.percent = kind == XF_PERCENT;
    }
    if (rc.kind == CELL_DATE) {
        char iso[16];
        date_iso(rc.day, iso);
        rc.text = xstrdup(iso);
        rc.len = strlen(iso);
    } else if (rc.kind == CELL_NUMBER) {
        num_spell(rc.percent ? rc.num * 100 : rc.num, spelled);
        size_t k = strlen(spelled);
        rc.text = xmalloc(k + 2);
        memcpy(rc.text, spelled, k);
        if (rc.percent) rc.text[k++] = '%';
        rc.text[k] = '\0';
        rc.len = k;
    }
    if (rc.kind == CELL_TEXT && rc.len == 0) { free(rc.text); return; }
    XGROW(c->cells, c->cap, c->n + 1);
    c->cells[c->n++] = rc;
}

static void XMLCALL sh_end(void *ud, const char *name)
{
    SheetCtx *c = ud;
    const char *el = xml_local(name);
    if (strcmp(el, "c") == 0 && c->in_c) {
        finish_cell(c);
        c->in_c = c->in_v = c->in_is = false;
        c->in_t = c->in_rph = 0;
    } else if (strcmp(el, "v") == 0) {
        c->in_v = false;
    } else if (strcmp(el, "is") == 0) {
        c->in_is = false;
    } else if (strcmp(el, "rPh") == 0 && c->in_rph) {
        c->in_rph--;
    } else if (strcmp(el, "t") == 0 && c->in_t) {
        c->in_t--;
    }
}

static void XMLCALL sh_text(void *ud, const char *s, int n)
{
    SheetCtx *c = ud;
    bool take = c->in_c && (c->in_v || (c->in_is && c->in_t > 0 && c->in_rph == 0));
    if (!take || n <= 0) return;
    XGROW(c->buf, c->bcap, c->len + (size_t)n + 1);
    memcpy(c->buf + c->len, s, (size_t)n);
    c->len += (size_t)n;
}

static int by_place(const void *a, const void *b)
{
    const RawCell *x = a, *y = b;
    if (x->row != y->row) return x->row < y->row ? -1 : 1;
    if (x->col != y->col) return x->col < y->col ? -1 : 1;
    return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* The rendering, and the cells in rows pointing into it. */
static void build(Strat *s, SheetCtx *c, const char *path, Sheet *sh)
{
    if (c->n) qsort(c->cells, c->n, sizeof *c->cells, by_place);
    size_t cap = 16;
    for (size_t i = 0; i < c->n; i++) cap += c->cells[i].len + 1;
    cap += c->n ? c->cells[c->n - 1].row : 0;
    char *text = xmalloc(cap + 2);
    size_t o = 0;
    uint32_t line = 1;
    uint32_t file = (uint32_t)s->src->n;    /* the id src_add will give */
    Cell *row = NULL;
    size_t nrow = 0, caprow = 0;
    for (size_t i = 0; i < c->n;) {
        uint32_t r = c->cells[i].row;
        while (line < r) { text[o++] = '\n'; line++; }
        nrow = 0;
        for (; i < c->n && c->cells[i].row == r; i++) {
            const RawCell *rc = &c->cells[i];
            if (i + 1 < c->n && c->cells[i + 1].row == r && c->cells[i + 1].col == rc->col) continue;
            if (nrow) text[o++] = '\t';
            XGROW(row, caprow, nrow + 1);
            Cell *cell = &row[nrow++];
            memset(cell, 0, sizeof *cell);
            cell->kind = rc->kind;
            cell->percent = rc->percent;
            cell->col = rc->col;
            cell->num = rc->percent ? rc->num * 100 : rc->num;
            cell->day = rc->day;
            cell->text = arena_strndup(&s->arena, rc->text, rc->len);
            cell->len = (uint32_t)rc->len;
            cell->span = (Span){file, (uint32_t)o, (uint32_t)(o + rc->len)};
            for (size_t k = 0; k < rc->len; k++) {
                char ch = rc->text[k];
                text[o++] = ch == '\t' || ch == '\n' || ch == '\r' ? ' ' : ch;
            }
        }
        sheet_add_row(s, sh, r, row, (uint32_t)nrow);
    }
    text[o++] = '\n';
    text[o] = text[o + 1] = '\0';
    free(row);
    uint32_t id = src_add(s->src, path, NULL, text, o);
    sh->file = id;
    for (size_t i = 0; i < sh->n; i++)
        for (uint32_t k = 0; k < sh->rows[i].n; k++) sh->rows[i].cells[k].span.file = id;
}

bool xlsx_parse_sheet(Strat *s, const XlsxBook *b, const char *path, const char *xml, size_t len,
                      Sheet *sh)
{
    SheetCtx c = {.b = b};
    char err[200] = "";
    bool ok = xml_run(xml, len, &c, sh_start, sh_end, sh_text, err, sizeof err);
    if (ok && c.err[0]) { ok = false; snprintf(err, sizeof err, "%s", c.err); }
    if (ok) build(s, &c, path, sh);
    else diag_add_global(&s->diags, SEV_ERROR, "import-xlsx", "'%s', sheet '%s': %s", path,
                         sh->name ? sh->name : "", err);
    for (size_t i = 0; i < c.n; i++) free(c.cells[i].text);
    free(c.cells);
    free(c.buf);
    return ok;
}
