/* report_text.c - the terminal report: a table per project, aligned by
 * display width (table.h), the status in colour when wanted. */
#include "report_parts.h"

#include "table.h"

/* The widest a column may grow before it wraps, in display columns. */
enum { W_TITLE = 30, W_VALUE = 22, W_RATE = 20, W_STATUS = 24 };

static void mark_text(Rep *r, RepMark m)
{
    if (r->o->color) fprintf(r->out, "\033[%sm%s\033[0m", rep_status_sgr(m.color), m.label);
    else fputs(m.label, r->out);
}

static const char *dated(Rep *r, const char *v, const char *date)
{
    if (!*v || !*date) return v;
    return arena_printf(&r->arena, "%s (%s)", v, date);
}

enum { C_NEEDED = 5, C_FORECAST = 7, NCOLS = 9 };

/* The forecast is left out when no indicator of the report has one, the
 * value needed now unless the scale is pace-based. */
static bool shown(const Rep *r, int c)
{
    return (c != C_FORECAST || r->any_forecast) && (c != C_NEEDED || r->show_needed);
}

static void project_table(Rep *r, const Project *p)
{
    const RepLabels *L = r->L;
    static const struct { bool right; size_t max; } cols[NCOLS] = {
        {false, W_TITLE}, {false, W_VALUE}, {false, W_VALUE}, {true, W_RATE}, {true, 0},
        {false, W_VALUE}, {false, W_VALUE}, {false, W_VALUE}, {false, W_STATUS}};
    size_t n = 0;
    for (int c = 0; c < NCOLS; c++) n += shown(r, c);
    Table *t = table_new(n);
    for (int c = 0, k = 0; c < NCOLS; c++)
        if (shown(r, c)) table_col(t, (size_t)k++, cols[c].right, cols[c].max);
    table_row(t);
    const char *heads[NCOLS] = {L->indicator, L->actual, L->target, L->rate, L->expected,
                                L->needed, L->remaining, L->forecast, L->status};
    for (int c = 0; c < NCOLS; c++)
        if (shown(r, c)) table_cell(t, heads[c], NULL);
    for (uint32_t i = 0; i < p->nindicators; i++) {
        const RepRow *row = &r->rows[p->indicators[i]->index];
        RepMark mk = rep_ind_mark(r, row->e);
        const char *v[NCOLS] = {row->title, dated(r, row->actual, row->actual_date),
                                dated(r, row->target, row->target_date), row->rate, row->expected,
                                row->needed, row->remaining, row->forecast, row->status};
        table_row(t);
        for (int c = 0; c < NCOLS; c++)
            if (shown(r, c)) table_cell(t, v[c], c == NCOLS - 1 ? rep_status_sgr(mk.color) : NULL);
    }
    table_print(t, r->out, r->o->color);
    table_free(t);
}

static void project(Rep *r, const Project *p)
{
    const RepLabels *L = r->L;
    fprintf(r->out, "%u. %s (%s)\n   %s: ", p->index + 1, rep_title(r, &p->e), p->e.id.name, L->computed);
    mark_text(r, rep_project_mark(r, p));
    fprintf(r->out, "   %s: ", L->declared);
    RepMark d;
    if (rep_declared_mark(r, p, &d)) mark_text(r, d);
    else fputs(L->none, r->out);
    if (rep_differs(r, p)) fprintf(r->out, r->o->ja ? "（%s）" : " (%s)", L->differs);
    fputc('\n', r->out);
    if (p->nindicators) project_table(r, p);
    fputc('\n', r->out);
}

static void summary(Rep *r)
{
    const RepLabels *L = r->L;
    fprintf(r->out, "%s\n", L->summary);
    Table *t = table_new(3);
    table_col(t, 1, true, 0);
    table_col(t, 2, true, 0);
    table_row(t);
    table_cell(t, L->status, NULL);
    table_cell(t, L->indicators, NULL);
    table_cell(t, L->projects, NULL);
    uint32_t ni = 0, np = 0;
    for (uint32_t s = 0; s < rep_nsummary(r); s++) {
        char a[16], b[16];
        uint32_t x = rep_summary_count(r, s, false), y = rep_summary_count(r, s, true);
        snprintf(a, sizeof a, "%u", x);
        snprintf(b, sizeof b, "%u", y);
        ni += x;
        np += y;
        RepMark mk = rep_summary_mark(r, s);
        table_row(t);
        table_cell(t, mk.label, rep_status_sgr(mk.color));
        table_cell(t, a, NULL);
        table_cell(t, b, NULL);
    }
    char a[16], b[16];
    snprintf(a, sizeof a, "%u", ni);
    snprintf(b, sizeof b, "%u", np);
    table_row(t);
    table_cell(t, r->o->ja ? "合計" : "total", NULL);
    table_cell(t, a, NULL);
    table_cell(t, b, NULL);
    table_print(t, r->out, r->o->color);
    table_free(t);
}

void rep_text(Rep *r)
{
    const RepLabels *L = r->L;
    const Model *m = r->m;
    fprintf(r->out, "%s — %s\n", rep_title(r, &m->e), L->report);
    if (m->period)
        fprintf(r->out, "%s: %s %s %s\n", L->period, rep_iso(r, m->start), r->o->ja ? "〜" : "to",
                rep_iso(r, m->end));
    fprintf(r->out, "%s: %s\n\n", L->as_of, rep_as_of_line(r));
    for (uint32_t g = 0; g < r->ngroups; g++) {
        const RepGroup *G = &r->groups[g];
        const char *head = rep_group_heading(r, G);
        if (head) {
            fprintf(r->out, "== %s — %s: ", head, L->computed);
            mark_text(r, rep_group_mark(r, G));
            fputs(" ==\n\n", r->out);
        }
        for (uint32_t i = 0; i < G->nprojects; i++) project(r, G->projects[i]);
    }
    summary(r);
}
