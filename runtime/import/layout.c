/* layout.c - long or wide, from the header (layout.h). */
#include "cellval.h"
#include "layout.h"
#include "utf8.h"
#include "xalloc.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

typedef enum { H_NONE, H_INDICATOR, H_DATE, H_VALUE, H_UNIT, H_NOTE } HeaderKind;

/* Known column names, compared after NFKC, lower case, without blanks. */
static const struct { const char *name; HeaderKind kind; } NAMES[] = {
    {"indicator", H_INDICATOR}, {"id", H_INDICATOR}, {"indicatorid", H_INDICATOR},
    {"kpi", H_INDICATOR}, {"title", H_INDICATOR}, {"指標", H_INDICATOR},
    {"指標名", H_INDICATOR}, {"指標id", H_INDICATOR}, {"成果指標", H_INDICATOR},
    {"評価指標", H_INDICATOR}, {"目標指標", H_INDICATOR},
    {"date", H_DATE}, {"at", H_DATE}, {"asof", H_DATE}, {"period", H_DATE},
    {"時点", H_DATE}, {"年度", H_DATE}, {"日付", H_DATE}, {"年月", H_DATE},
    {"年月日", H_DATE}, {"基準日", H_DATE}, {"時期", H_DATE},
    {"value", H_VALUE}, {"actual", H_VALUE}, {"実績", H_VALUE}, {"実績値", H_VALUE},
    {"値", H_VALUE}, {"数値", H_VALUE},
    {"unit", H_UNIT}, {"単位", H_UNIT},
    {"note", H_NOTE}, {"notes", H_NOTE}, {"remarks", H_NOTE}, {"comment", H_NOTE},
    {"備考", H_NOTE}, {"注記", H_NOTE},
};

static HeaderKind header_kind(const Cell *c)
{
    if (!c || c->kind != CELL_TEXT) return H_NONE;
    const char *s;
    size_t n;
    cell_trimmed(c, &s, &n);
    char *t = utf8_nfkc(s, n);
    size_t o = 0;
    for (size_t i = 0; t[i]; i++) {
        if (t[i] == ' ' || t[i] == '_' || t[i] == '-') continue;
        t[o++] = (char)tolower((unsigned char)t[i]);
    }
    t[o] = '\0';
    HeaderKind k = H_NONE;
    for (size_t i = 0; i < sizeof NAMES / sizeof *NAMES && k == H_NONE; i++)
        if (strcmp(t, NAMES[i].name) == 0) k = NAMES[i].kind;
    free(t);
    return k;
}

static void push(Layout *l, const Record *r)
{
    XGROW(l->recs, l->cap, l->n + 1);
    l->recs[l->n++] = *r;
}

static uint32_t max_col(const Row *r) { return r->n ? r->cells[r->n - 1].col : 0; }

/* The wide header's dates, checked once each: a bad one is reported at the
 * header cell and its column left out.  Returns the number of date columns. */
static size_t wide_dates(Strat *s, const Sheet *sh, const Row *h, uint32_t ind, uint32_t unit, uint32_t note,
                         Layout *l, bool *bad)
{
    l->nspecs = max_col(h);
    l->specs = xcalloc(l->nspecs ? l->nspecs : 1, sizeof *l->specs);
    size_t ndates = 0;
    for (uint32_t i = 0; i < h->n; i++) {
        const Cell *c = &h->cells[i];
        if (c->col == ind || c->col == unit || c->col == note || cell_is_blank(c)) continue;
        DateSpec d;
        if (cell_date(c, &d) != CV_OK) continue;
        char msg[256], hint[160];
        DateCheck ck = date_validate(&d, msg, sizeof msg, hint, sizeof hint);
        if (ck == DATE_INVALID) {
            Diag *g = diag_add(&s->diags, SEV_ERROR, "import-date", c->span, DIAG_TEXT, msg);
            cell_note(g, sh, c);
            if (hint[0]) diag_help(g, DIAG_TEXT, hint);
            *bad = true;
            continue;
        }
        if (ck == DATE_AFTER_ERA) {
            Diag *g = diag_add(&s->diags, s->diags.strict ? SEV_ERROR : SEV_WARNING,
                               "date-after-era", c->span, DIAG_TEXT, msg);
            cell_note(g, sh, c);
            if (hint[0]) diag_help(g, DIAG_TEXT, hint);
            date_in_its_era(&d);
        }
        l->specs[c->col - 1] = d;
        ndates++;
    }
    return ndates;
}

static bool is_date_col(const Layout *l, uint32_t col)
{
    return col >= 1 && col <= l->nspecs && l->specs[col - 1].year != 0;
}

/* A value right of the header's last column has no meaning; in a CSV it
 * is most often a number with a comma that was not quoted (3,5). */
static bool cells_under_header(Strat *s, const Sheet *sh, size_t hi)
{
    uint32_t last = max_col(&sh->rows[hi]);
    bool ok = true;
    for (size_t i = hi + 1; i < sh->n; i++) {
        const Row *r = &sh->rows[i];
        for (uint32_t k = 0; k < r->n; k++) {
            const Cell *c = &r->cells[k];
            if (c->col <= last || cell_is_blank(c)) continue;
            Diag *g = diag_add(&s->diags, SEV_ERROR, "import-layout", c->span,
                               "this cell is right of the last column of the header");
            cell_note(g, sh, c);
            if (sh->name) diag_help(g, "give the column a header, or clear the cell");
            else diag_help(g, "a number with a comma in a CSV file is quoted: \"1,050\"");
            ok = false;
            break;
        }
    }
    return ok;
}

/* The header's column names, by kind (0: no such column). */
static void name_columns(const Row *h, uint32_t col[6])
{
    memset(col, 0, 6 * sizeof *col);
    for (uint32_t i = 0; i < h->n; i++) {
        HeaderKind k = header_kind(&h->cells[i]);
        if (k != H_NONE && !col[k]) col[k] = h->cells[i].col;
    }
}

enum { HEADER_SEARCH_ROWS = 10 };   /* title lines a sheet may have above its header */

/* Whether a row can be the header: a long one names a date and a value
 * column; a wide one has a date right of the indicator's column, and below
 * the first row it must also name the indicator's column (so that a title
 * line such as 作成日,2025/4/1 is not taken for one). */
static bool is_header(const Row *h, bool first, bool wide)
{
    uint32_t col[6];
    name_columns(h, col);
    if (!wide) return col[H_DATE] && col[H_VALUE];
    if (!first && !col[H_INDICATOR]) return false;
    uint32_t ind = col[H_INDICATOR] ? col[H_INDICATOR] : 1;
    for (uint32_t i = 0; i < h->n; i++) {
        DateSpec d;
        if (h->cells[i].col != ind && cell_date(&h->cells[i], &d) == CV_OK) return true;
    }
    return false;
}

/* The header's index: the first long header, else the first wide one, among
 * the first rows; else the first row (which then tells no layout). */
static size_t find_header(const Sheet *sh)
{
    size_t n = sh->n < HEADER_SEARCH_ROWS ? sh->n : HEADER_SEARCH_ROWS;
    for (int wide = 0; wide < 2; wide++)
        for (size_t i = 0; i < n; i++)
            if (is_header(&sh->rows[i], i == 0, wide)) return i;
    return 0;
}

bool layout_detect(Strat *s, const Sheet *sh, Layout *l)
{
    memset(l, 0, sizeof *l);
    if (sh->n == 0) {
        diag_add_global(&s->diags, SEV_ERROR, "import-layout", "'%s' has no data", sh->path);
        return false;
    }
    /* A sheet from an office often has a title line or two above its header. */
    size_t hi = find_header(sh);
    const Row *h = &sh->rows[hi];
    l->header_row = h->row;
    uint32_t col[6];
    name_columns(h, col);
    uint32_t ind = col[H_INDICATOR] ? col[H_INDICATOR] : 1;
    if (!cells_under_header(s, sh, hi)) return false;
    if (col[H_DATE] && col[H_VALUE]) {
        for (size_t i = hi + 1; i < sh->n; i++) {
            const Row *r = &sh->rows[i];
            Record rec = {.row = r->row, .ind = row_cell(r, ind), .date = row_cell(r, col[H_DATE]),
                          .value = row_cell(r, col[H_VALUE]),
                          .unit = col[H_UNIT] ? row_cell(r, col[H_UNIT]) : NULL};
            push(l, &rec);
        }
        return true;
    }
    bool bad = false;
    size_t ndates = wide_dates(s, sh, h, ind, col[H_UNIT], col[H_NOTE], l, &bad);
    if (ndates == 0 && !bad) {
        const Cell *first = &sh->rows[0].cells[0];
        Diag *g = diag_add(&s->diags, SEV_ERROR, "import-layout", first->span,
                           "cannot tell the layout of '%s' from this header", sh->path);
        diag_help(g, "a long sheet has columns indicator, date and value (指標, 時点 or 年度, "
                     "実績値), and may have unit and note (単位, 備考); a wide sheet has the "
                     "indicator first and a column per date (令和5年度, R5.3, FY2023, 2023-03-31)");
        if (sh->name) diag_note(g, NULL, "this is sheet '%s'; choose another with --sheet=NAME", sh->name);
        return false;
    }
    l->wide = true;
    for (uint32_t i = 0; i < h->n; i++) {
        const Cell *c = &h->cells[i];
        uint32_t k = c->col;
        if (k == ind || k == col[H_UNIT] || k == col[H_NOTE] || is_date_col(l, k) || cell_is_blank(c))
            continue;
        DateSpec d;
        if (cell_date(c, &d) == CV_OK) continue;    /* a bad date, reported */
        diag_add(&s->diags, SEV_WARNING, "import-column", c->span,
                 "column '%.*s' is neither a date nor a known column: it is not imported",
                 (int)c->len, c->text);
    }
    for (size_t i = hi + 1; i < sh->n; i++) {
        const Row *r = &sh->rows[i];
        for (uint32_t k = 0; k < r->n; k++) {
            const Cell *c = &r->cells[k];
            if (!is_date_col(l, c->col)) continue;
            Record rec = {.row = r->row, .ind = row_cell(r, ind), .value = c,
                          .date = row_cell(h, c->col), .spec = &l->specs[c->col - 1],
                          .unit = col[H_UNIT] ? row_cell(r, col[H_UNIT]) : NULL};
            push(l, &rec);
        }
    }
    return !bad;
}

void layout_free(Layout *l)
{
    free(l->recs);
    free(l->specs);
    memset(l, 0, sizeof *l);
}
