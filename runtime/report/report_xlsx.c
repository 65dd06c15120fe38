/* report_xlsx.c - the report as an Excel workbook (libxlsxwriter), for the
 * offices that submit and publish it as one:
 *   - the progress table: one row per indicator, numbers as numbers with
 *     the indicator's decimals, dates as date cells, rates as percentages,
 *     statuses filled with their colours; header frozen and filtered, and
 *     printed on A4 landscape, one page wide, the header on every page;
 *   - one sheet per grouping: projects, sectors, viewpoints (the
 *     evaluator's roll-ups, the projects that name none included);
 *   - a summary sheet with the counts the two chart sheets plot: indicators
 *     by status, and each project's mean rate against its target (100%).
 * Labels follow --lang.  Several strategies (a portfolio) share the sheets,
 * a first column naming the strategy.  Written to a file by name: the caller
 * passes the temporary file that outfile.h renames into place. */
#include "report_parts.h"

#include <string.h>
#include <xlsxwriter.h>
#include "utf8.h"

enum { MAX_DECIMALS = 6, MAX_COLS = 24, WIDEST = 48 };

typedef struct X {
    Rep *r;                     /* the strategy being written */
    Rep *const *parts;          /* all of them: several for a portfolio */
    size_t n;
    lxw_col_t off;              /* 1 when the first column names the strategy */
    lxw_workbook *wb;
    lxw_format *bold, *head, *title, *wrap, *date, *pct, *num[MAX_DECIMALS + 1];
    lxw_format *status[ST__COUNT];
    double width[MAX_COLS];     /* the column widths of the sheet being written */
    bool wraps[MAX_COLS];       /* narrower than its text: wrapped */
    bool failed;
} X;

static void check(X *x, lxw_error e)
{
    if (e != LXW_NO_ERROR) x->failed = true;
}

/* Excel measures a column in characters of its default font; a CJK
 * character takes about two. */
static void widen(X *x, lxw_col_t c, const char *s)
{
    if (c >= MAX_COLS || !s) return;
    double w = (double)utf8_width(s, strlen(s)) * 1.1 + 2;
    if (w > WIDEST) { w = WIDEST; x->wraps[c] = true; }
    if (w > x->width[c]) x->width[c] = w;
}

/* Cells at column c of the table, after the strategy column if any. */
static void str(X *x, lxw_worksheet *ws, lxw_row_t row, lxw_col_t c, const char *s, lxw_format *f)
{
    c += x->off;
    if (!s || !*s) return;
    check(x, worksheet_write_string(ws, row, c, s, f));
    widen(x, c, s);
}

static void num(X *x, lxw_worksheet *ws, lxw_row_t row, lxw_col_t c, double v, lxw_format *f)
{
    c += x->off;
    check(x, worksheet_write_number(ws, row, c, v, f));
    if (c < MAX_COLS && x->width[c] < 10) x->width[c] = 10;
}

static void day(X *x, lxw_worksheet *ws, lxw_row_t row, lxw_col_t c, const Item *it)
{
    c += x->off;
    if (!it || !item_date_valid(it)) return;
    lxw_datetime dt = {0};
    civil_from_days(item_date_last(it), &dt.year, &dt.month, &dt.day);
    if (dt.year < 1900 || dt.year > 9999) return;   /* Excel has no such dates */
    check(x, worksheet_write_datetime(ws, row, c, &dt, x->date));
    if (c < MAX_COLS && x->width[c] < 12) x->width[c] = 12;
}

static lxw_format *num_format(X *x, int decimals)
{
    if (decimals < 0) decimals = 0;
    if (decimals > MAX_DECIMALS) decimals = MAX_DECIMALS;
    if (!x->num[decimals]) {
        char f[32] = "#,##0";
        if (decimals) {
            strcat(f, ".");
            for (int i = 0; i < decimals; i++) strcat(f, "0");
        }
        x->num[decimals] = workbook_add_format(x->wb);
        format_set_num_format(x->num[decimals], f);
    }
    return x->num[decimals];
}

static void formats(X *x)
{
    lxw_workbook *wb = x->wb;
    x->bold = workbook_add_format(wb);
    format_set_bold(x->bold);
    x->title = workbook_add_format(wb);
    format_set_bold(x->title);
    format_set_font_size(x->title, 14);
    x->head = workbook_add_format(wb);
    format_set_bold(x->head);
    format_set_bg_color(x->head, 0xF6F8FA);
    format_set_border(x->head, LXW_BORDER_THIN);
    format_set_text_wrap(x->head);
    format_set_align(x->head, LXW_ALIGN_VERTICAL_TOP);
    x->wrap = workbook_add_format(wb);
    format_set_text_wrap(x->wrap);
    format_set_align(x->wrap, LXW_ALIGN_VERTICAL_TOP);
    x->date = workbook_add_format(wb);
    format_set_num_format(x->date, "yyyy-mm-dd");
    x->pct = workbook_add_format(wb);
    format_set_num_format(x->pct, "0.0%");
    for (int s = 0; s < ST__COUNT; s++) {
        x->status[s] = workbook_add_format(wb);
        format_set_bg_color(x->status[s], rep_status_rgb((Status)s));
        format_set_font_color(x->status[s], 0xFFFFFF);
        format_set_bold(x->status[s]);
    }
}

static void raw_head(X *x, lxw_worksheet *ws, lxw_row_t row, lxw_col_t c, const char *h)
{
    check(x, worksheet_write_string(ws, row, c, h, x->head));
    widen(x, c, h);
}

/* The header row: the strategy column if any, then h. */
static void heads(X *x, lxw_worksheet *ws, lxw_row_t row, const char *const *h, int n)
{
    if (x->off) raw_head(x, ws, row, 0, x->r->L->strategy);
    for (int c = 0; c < n; c++) raw_head(x, ws, row, (lxw_col_t)c + x->off, h[c]);
}

/* The strategy column of a portfolio's row. */
static void strategy(X *x, lxw_worksheet *ws, lxw_row_t row)
{
    if (!x->off) return;
    const char *t = rep_title(x->r, &x->r->m->e);
    check(x, worksheet_write_string(ws, row, 0, t, NULL));
    widen(x, 0, t);
}

/* A column no wider than w: its longer texts wrap. */
static void cap(X *x, lxw_col_t c, double w)
{
    c += x->off;
    if (c < MAX_COLS && x->width[c] > w) {
        x->width[c] = w;
        x->wraps[c] = true;
    }
}

/* Column widths as measured; long texts wrap. */
static void finish_sheet(X *x, lxw_worksheet *ws, int ncols)
{
    ncols += (int)x->off;
    for (int c = 0; c < ncols && c < MAX_COLS; c++)
        check(x, worksheet_set_column(ws, (lxw_col_t)c, (lxw_col_t)c, x->width[c] ? x->width[c] : 8,
                                      x->wraps[c] ? x->wrap : NULL));
    memset(x->width, 0, sizeof x->width);
    memset(x->wraps, 0, sizeof x->wraps);
}

static void print_setup(X *x, lxw_worksheet *ws, lxw_row_t head_row)
{
    worksheet_set_landscape(ws);
    worksheet_set_paper(ws, 9);                     /* A4 */
    worksheet_fit_to_pages(ws, 1, 0);               /* one page wide, as many long as it takes */
    check(x, worksheet_repeat_rows(ws, head_row, head_row));
    worksheet_freeze_panes(ws, head_row + 1, 0);
}

/* ---- the progress table ----------------------------------------------- */

enum {
    P_PROJECT, P_OWNER, P_INDICATOR, P_KIND, P_UNIT, P_BASELINE, P_BASELINE_DATE, P_TARGET,
    P_TARGET_DATE, P_ACTUAL, P_ACTUAL_DATE, P_RATE, P_EXPECTED, P_REMAINING, P_STATUS,
    P_PROJECT_STATUS, P_DECLARED, P_SOURCE, P_WHY, P__COUNT
};

static void progress_row(X *x, lxw_worksheet *ws, lxw_row_t row, const Project *p, const IndicatorEval *e)
{
    Rep *r = x->r;
    const Indicator *ind = e->ind;
    lxw_format *nf = num_format(x, rep_decimals(ind));
    strategy(x, ws, row);
    str(x, ws, row, P_PROJECT, rep_title(r, &p->e), NULL);
    str(x, ws, row, P_OWNER, rep_str(r, &p->owner), NULL);
    str(x, ws, row, P_INDICATOR, r->rows[ind->index].title, NULL);
    str(x, ws, row, P_KIND, rep_kind(r, ind), NULL);
    str(x, ws, row, P_UNIT, ind->unit, NULL);
    const Item *base = ind_baseline(ind);
    if (base) {
        num(x, ws, row, P_BASELINE, item_num(base), nf);
        if (item_has_date(base)) day(x, ws, row, P_BASELINE_DATE, base);
    }
    if (ind->qualitative) {
        str(x, ws, row, P_TARGET, r->rows[ind->index].target, NULL);
        day(x, ws, row, P_TARGET_DATE, ind->targets[0]);
        str(x, ws, row, P_ACTUAL, r->rows[ind->index].actual, NULL);
    } else {
        if (e->target) num(x, ws, row, P_TARGET, item_num(e->target), nf);
        day(x, ws, row, P_TARGET_DATE, e->target);
        if (e->actual) num(x, ws, row, P_ACTUAL, item_num(e->actual), nf);
    }
    day(x, ws, row, P_ACTUAL_DATE, e->actual);
    if (e->has_rate) num(x, ws, row, P_RATE, rep_round(e->rate, 6), x->pct);
    if (e->has_expected) num(x, ws, row, P_EXPECTED, rep_round(e->expected, 6), x->pct);
    if (e->has_remaining) num(x, ws, row, P_REMAINING, rep_round(e->remaining, 9), nf);
    RepMark mk = rep_ind_mark(r, e);
    str(x, ws, row, P_STATUS, mk.label, x->status[mk.color]);
    RepMark pm = rep_project_mark(r, p), dm;
    str(x, ws, row, P_PROJECT_STATUS, pm.label, x->status[pm.color]);
    if (rep_declared_mark(r, p, &dm)) str(x, ws, row, P_DECLARED, dm.label, NULL);
    str(x, ws, row, P_SOURCE, rep_str(r, ind_source(ind)), NULL);
    if (e->why_code != WHY_NONE) str(x, ws, row, P_WHY, eval_why_text(e->why_code, r->o->ja), NULL);
}

static void progress_sheet(X *x)
{
    Rep *r = x->r = x->parts[0];
    const RepLabels *L = r->L;
    const Model *m = r->m;
    lxw_worksheet *ws = workbook_add_worksheet(x->wb, r->o->ja ? "進捗" : "Progress");
    if (!ws) { x->failed = true; return; }
    if (x->n == 1) {
        check(x, worksheet_write_string(ws, 0, 0, arena_printf(&r->arena, "%s — %s", rep_title(r, &m->e), L->report),
                                        x->title));
        const char *meta = arena_printf(&r->arena, "%s: %s", L->as_of, rep_as_of_line(r));
        if (m->period)
            meta = arena_printf(&r->arena, "%s: %s %s %s    %s", L->period, rep_iso(r, m->start),
                                r->o->ja ? "〜" : "to", rep_iso(r, m->end), meta);
        check(x, worksheet_write_string(ws, 1, 0, meta, NULL));
        if (m->goal)
            check(x, worksheet_write_string(
                         ws, 2, 0, arena_printf(&r->arena, "%s: %s", L->goal, rep_str(r, &m->goal->u.txt.text)), NULL));
    } else {
        /* Several strategies: each one's report date on the second row. */
        check(x, worksheet_write_string(ws, 0, 0, arena_printf(&r->arena, "%s — %s", L->portfolio, L->report),
                                        x->title));
        const char *meta = "";
        for (size_t i = 0; i < x->n; i++) {
            Rep *p = x->parts[i];
            meta = arena_printf(&r->arena, "%s%s%s %s: %s", meta, i ? "    " : "", rep_title(p, &p->m->e), L->as_of,
                                rep_iso(p, p->ev->as_of));
        }
        check(x, worksheet_write_string(ws, 1, 0, meta, NULL));
    }
    const lxw_row_t head_row = 3;
    const char *h[P__COUNT] = {L->project, L->owner, L->indicator, L->kind, r->o->ja ? "単位" : "Unit",
                               L->baseline, arena_printf(&r->arena, "%s%s", L->baseline, r->o->ja ? "の時点" : " date"),
                               L->target, arena_printf(&r->arena, "%s%s", L->target, r->o->ja ? "の期限" : " date"),
                               L->actual, arena_printf(&r->arena, "%s%s", L->actual, r->o->ja ? "の時点" : " date"),
                               L->rate, L->expected, L->remaining, L->status, L->computed, L->declared,
                               L->source, L->why};
    heads(x, ws, head_row, h, P__COUNT);
    lxw_row_t row = head_row + 1;
    for (size_t s = 0; s < x->n; s++) {
        x->r = x->parts[s];
        const Model *pm = x->r->m;
        for (uint32_t i = 0; i < pm->nprojects; i++) {
            const Project *p = pm->projects[i];
            for (uint32_t k = 0; k < p->nindicators; k++)
                progress_row(x, ws, row++, p, &x->r->ev->indicators[p->indicators[k]->index]);
        }
    }
    x->r = r;
    /* Long texts wrap rather than run on: titles at 30, the rest at 24. */
    cap(x, P_PROJECT, 30);
    cap(x, P_INDICATOR, 30);
    for (lxw_col_t c = P_KIND; c < P__COUNT; c++) cap(x, c, 24);
    if (x->off && x->width[0] > 30) { x->width[0] = 30; x->wraps[0] = true; }
    /* The title rows above the header are wider than any column: not measured. */
    check(x, worksheet_autofilter(ws, head_row, 0, row > head_row + 1 ? row - 1 : head_row,
                                  P__COUNT - 1 + x->off));
    print_setup(x, ws, head_row);
    finish_sheet(x, ws, P__COUNT);
}

/* ---- one sheet per grouping ------------------------------------------- */

static void counts(X *x, lxw_worksheet *ws, lxw_row_t row, lxw_col_t c, const uint32_t k[ST__COUNT])
{
    for (int s = 0; s < ST__COUNT; s++) num(x, ws, row, c + (lxw_col_t)s, k[s], NULL);
}

static void count_heads(X *x, lxw_worksheet *ws, lxw_row_t row, lxw_col_t c)
{
    for (int s = 0; s < ST__COUNT; s++) {
        raw_head(x, ws, row, x->off + c + (lxw_col_t)s, rep_status_label(x->r, (Status)s));
    }
}

static void project_sheet(X *x)
{
    Rep *r = x->r = x->parts[0];
    const RepLabels *L = r->L;
    lxw_worksheet *ws = workbook_add_worksheet(x->wb, r->o->ja ? "プロジェクト別" : "By project");
    if (!ws) { x->failed = true; return; }
    const char *h[] = {L->project, L->owner, L->computed, L->declared};
    heads(x, ws, 0, h, 4);
    count_heads(x, ws, 0, 4);
    lxw_row_t row = 1;
    for (size_t s = 0; s < x->n; s++) {
        Rep *q = x->r = x->parts[s];
        for (uint32_t i = 0; i < q->m->nprojects; i++, row++) {
            const Project *p = q->m->projects[i];
            strategy(x, ws, row);
            str(x, ws, row, 0, rep_title(q, &p->e), NULL);
            str(x, ws, row, 1, rep_str(q, &p->owner), NULL);
            RepMark pm = rep_project_mark(q, p), dm;
            str(x, ws, row, 2, pm.label, x->status[pm.color]);
            if (rep_declared_mark(q, p, &dm)) str(x, ws, row, 3, dm.label, x->status[dm.color]);
            counts(x, ws, row, 4, q->ev->projects[i].counts);
        }
    }
    x->r = r;
    cap(x, 0, 30);
    if (x->off && x->width[0] > 30) { x->width[0] = 30; x->wraps[0] = true; }
    check(x, worksheet_autofilter(ws, 0, 0, row > 1 ? row - 1 : 0, 3 + ST__COUNT + x->off));
    print_setup(x, ws, 0);
    finish_sheet(x, ws, 4 + ST__COUNT);
}

static void group_sheet(X *x, EvalGroupBy by)
{
    Rep *r = x->r = x->parts[0];
    const RepLabels *L = r->L;
    bool sec = by == EG_SECTOR;
    lxw_worksheet *ws = workbook_add_worksheet(
        x->wb, sec ? (r->o->ja ? "分野別" : "By sector") : (r->o->ja ? "視点別" : "By viewpoint"));
    if (!ws) { x->failed = true; return; }
    const char *h[] = {sec ? L->sector : L->viewpoint, L->computed};
    heads(x, ws, 0, h, 2);
    count_heads(x, ws, 0, 2);
    raw_head(x, ws, 0, x->off + 2 + ST__COUNT, L->project);
    lxw_row_t row = 1;
    for (size_t s = 0; s < x->n; s++) {
        Rep *q = x->r = x->parts[s];
        const EvalGrouping *g = &q->ev->by[by];
        for (uint32_t i = 0; i < g->n; i++, row++) {
            const EvalGroup *G = &g->groups[i];
            strategy(x, ws, row);
            str(x, ws, row, 0, G->entity ? rep_title(q, G->entity) : sec ? L->no_sector : L->no_viewpoint, NULL);
            RepMark mk = rep_group_mark(q, G);
            str(x, ws, row, 1, mk.label, x->status[mk.color]);
            counts(x, ws, row, 2, G->eval->counts);
            const char *names = "";
            for (uint32_t k = 0; k < G->nprojects; k++)
                names = arena_printf(&q->arena, "%s%s%s", names, k ? "\n" : "", rep_title(q, &G->projects[k]->e));
            if (*names) check(x, worksheet_write_string(ws, row, x->off + 2 + ST__COUNT, names, x->wrap));
            x->width[x->off + 2 + ST__COUNT] = WIDEST;
        }
    }
    x->r = r;
    cap(x, 0, 30);
    if (x->off && x->width[0] > 30) { x->width[0] = 30; x->wraps[0] = true; }
    check(x, worksheet_autofilter(ws, 0, 0, row > 1 ? row - 1 : 0, 2 + ST__COUNT + x->off));
    print_setup(x, ws, 0);
    finish_sheet(x, ws, 3 + ST__COUNT);
}

/* ---- the summary and its charts ---------------------------------------- */

/* A quoted sheet name for a range formula: 'Sheet'!$A$2:$A$7. */
static const char *range(Rep *r, const char *sheet, lxw_row_t r1, lxw_col_t c1, lxw_row_t r2, lxw_col_t c2)
{
    return arena_printf(&r->arena, "='%s'!$%c$%u:$%c$%u", sheet, 'A' + c1, r1 + 1, 'A' + c2, r2 + 1);
}

/* A summary row: a status (or grade) and its counts; over several
 * strategies the statuses, their scales may differ. */
static RepMark summary_mark(X *x, uint32_t s)
{
    Rep *r = x->parts[0];
    if (x->n == 1) return rep_summary_mark(r, s);
    return (RepMark){rep_status_label(r, (Status)s), status_name((Status)s), (Status)s};
}

static uint32_t summary_count(X *x, uint32_t s, bool projects)
{
    if (x->n == 1) return rep_summary_count(x->parts[0], s, projects);
    uint32_t c = 0;
    for (size_t i = 0; i < x->n; i++)
        c += projects ? x->parts[i]->ev->project_summary[s] : x->parts[i]->ev->summary[s];
    return c;
}

static void summary_and_charts(X *x)
{
    Rep *r = x->r = x->parts[0];
    const RepLabels *L = r->L;
    const char *name = r->o->ja ? "集計" : "Summary";
    lxw_worksheet *ws = workbook_add_worksheet(x->wb, name);
    if (!ws) { x->failed = true; return; }
    x->off = 0;                 /* the charts read fixed columns */
    const char *h[] = {L->status, L->indicators, L->projects};
    heads(x, ws, 0, h, 3);
    uint32_t n = x->n == 1 ? rep_nsummary(r) : ST__COUNT;
    for (uint32_t s = 0; s < n; s++) {
        RepMark mk = summary_mark(x, s);
        str(x, ws, s + 1, 0, mk.label, x->status[mk.color]);
        num(x, ws, s + 1, 1, summary_count(x, s, false), NULL);
        num(x, ws, s + 1, 2, summary_count(x, s, true), NULL);
    }
    /* Each project's mean rate over its indicators that have one, against
     * the target (100%) and the mean expected pace. */
    lxw_row_t top = n + 2;
    const char *h2[] = {L->project, r->o->ja ? "達成率（平均）" : "Mean rate",
                        r->o->ja ? "期待値（平均）" : "Mean expected", L->legend_target};
    heads(x, ws, top, h2, 4);
    lxw_row_t row = top + 1;
    for (size_t q = 0; q < x->n; q++) {
        Rep *pr = x->parts[q];
        for (uint32_t i = 0; i < pr->m->nprojects; i++) {
            const Project *p = pr->m->projects[i];
            double rate = 0, exp = 0;
            uint32_t k = 0, ke = 0;
            for (uint32_t j = 0; j < p->nindicators; j++) {
                const IndicatorEval *e = &pr->ev->indicators[p->indicators[j]->index];
                if (e->has_rate) { rate += e->rate; k++; }
                if (e->has_expected) { exp += e->expected; ke++; }
            }
            if (!k) continue;       /* nothing to plot */
            const char *title = rep_title(pr, &p->e);
            if (x->n > 1) title = arena_printf(&pr->arena, "%s: %s", rep_title(pr, &pr->m->e), title);
            str(x, ws, row, 0, title, NULL);
            num(x, ws, row, 1, rep_round(rate / k, 6), x->pct);
            if (ke) num(x, ws, row, 2, rep_round(exp / ke, 6), x->pct);
            num(x, ws, row, 3, 1, x->pct);
            row++;
        }
    }
    cap(x, 0, 30);
    finish_sheet(x, ws, 4);

    lxw_chart *c1 = workbook_add_chart(x->wb, LXW_CHART_COLUMN);
    lxw_chart_series *s1 = chart_add_series(c1, range(r, name, 1, 0, n, 0), range(r, name, 1, 1, n, 1));
    chart_series_set_name(s1, L->indicators);
    lxw_chart_point *pts = ARENA_ARRAY(&r->arena, lxw_chart_point, n);
    lxw_chart_fill *fills = ARENA_ARRAY(&r->arena, lxw_chart_fill, n);
    lxw_chart_point **pp = ARENA_ARRAY(&r->arena, lxw_chart_point *, n + 1);
    for (uint32_t s = 0; s < n; s++) {
        fills[s].color = rep_status_rgb(summary_mark(x, s).color);
        pts[s].fill = &fills[s];
        pp[s] = &pts[s];
    }
    pp[n] = NULL;
    check(x, chart_series_set_points(s1, pp));
    chart_title_set_name(c1, L->chart);
    chart_legend_set_position(c1, LXW_CHART_LEGEND_NONE);
    lxw_chartsheet *cs1 = workbook_add_chartsheet(x->wb, r->o->ja ? "グラフ（状況）" : "Chart (status)");
    if (!cs1) { x->failed = true; return; }
    check(x, chartsheet_set_chart(cs1, c1));

    if (row == top + 1) return;         /* no project has a rate */
    lxw_chart *c2 = workbook_add_chart(x->wb, LXW_CHART_BAR);
    for (lxw_col_t c = 1; c <= 3; c++) {
        lxw_chart_series *s = chart_add_series(c2, range(r, name, top + 1, 0, row - 1, 0),
                                               range(r, name, top + 1, c, row - 1, c));
        chart_series_set_name(s, h2[c]);
    }
    chart_title_set_name(c2, r->o->ja ? "プロジェクト別の達成率と目標" : "Rate against target by project");
    chart_axis_set_num_format(c2->x_axis, "0%");
    chart_axis_set_reverse(c2->y_axis);     /* the first project on top */
    chart_legend_set_position(c2, LXW_CHART_LEGEND_BOTTOM);
    lxw_chartsheet *cs2 = workbook_add_chartsheet(x->wb, r->o->ja ? "グラフ（達成率）" : "Chart (rate)");
    if (!cs2) { x->failed = true; return; }
    check(x, chartsheet_set_chart(cs2, c2));
}

bool rep_xlsx(Rep *const *parts, size_t n, const char *path)
{
    X x = {.r = parts[0], .parts = parts, .n = n, .off = n > 1};
    Rep *r = parts[0];
    x.wb = workbook_new(path);
    if (!x.wb) return false;
    /* Reproducible properties: created on the (latest) report date, not today. */
    DayNum day = r->ev->as_of;
    for (size_t i = 1; i < n; i++)
        if (parts[i]->ev->as_of > day) day = parts[i]->ev->as_of;
    lxw_doc_properties props = {0};
    props.title = (char *)arena_printf(&r->arena, "%s — %s", n == 1 ? rep_title(r, &r->m->e) : r->L->portfolio,
                                       r->L->report);
    props.created = (time_t)(day - days_from_civil(1970, 1, 1)) * 86400;
    check(&x, workbook_set_properties(x.wb, &props));
    formats(&x);
    progress_sheet(&x);
    project_sheet(&x);
    bool sectors = false, viewpoints = false;
    for (size_t i = 0; i < n; i++) {
        sectors |= parts[i]->m->nsectors > 0;
        viewpoints |= parts[i]->m->nviewpoints > 0;
    }
    if (sectors) group_sheet(&x, EG_SECTOR);
    if (viewpoints) group_sheet(&x, EG_VIEWPOINT);
    summary_and_charts(&x);
    lxw_error e = workbook_close(x.wb);
    return e == LXW_NO_ERROR && !x.failed;
}
