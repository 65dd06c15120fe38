/* report_text.c - the terminal report: a table per project, aligned by
 * display width (table.h), the status in colour when wanted. */
#include "report_parts.h"

#include "table.h"

/* The widest a column may grow before it wraps, in display columns. */
enum { W_TITLE = 30, W_VALUE = 22, W_RATE = 20, W_STATUS = 18 };

static void status_text(Rep *r, Status s)
{
    const char *label = rep_status_label(r, s);
    if (r->o->color) fprintf(r->out, "\033[%sm%s\033[0m", rep_status_sgr(s), label);
    else fputs(label, r->out);
}

static const char *dated(Rep *r, const char *v, const char *date)
{
    if (!*v || !*date) return v;
    return arena_printf(&r->arena, "%s (%s)", v, date);
}

enum { C_FORECAST = 6, NCOLS = 8 };

static void project_table(Rep *r, const Project *p)
{
    const RepLabels *L = r->L;
    /* Settings per logical column; the forecast is left out when no
     * indicator of the report has one. */
    static const struct { bool right; size_t max; } cols[NCOLS] = {
        {false, W_TITLE}, {false, W_VALUE}, {false, W_VALUE}, {true, W_RATE},
        {true, 0}, {false, W_VALUE}, {false, W_VALUE}, {false, W_STATUS}};
    Table *t = table_new(r->any_forecast ? NCOLS : NCOLS - 1);
    for (int c = 0, k = 0; c < NCOLS; c++)
        if (c != C_FORECAST || r->any_forecast) table_col(t, (size_t)k++, cols[c].right, cols[c].max);
    table_row(t);
    const char *heads[NCOLS] = {L->indicator, L->actual, L->target, L->rate,
                                L->expected, L->remaining, L->forecast, L->status};
    for (int c = 0; c < NCOLS; c++)
        if (c != C_FORECAST || r->any_forecast) table_cell(t, heads[c], NULL);
    for (uint32_t i = 0; i < p->nindicators; i++) {
        const RepRow *row = &r->rows[p->indicators[i]->index];
        table_row(t);
        table_cell(t, row->title, NULL);
        table_cell(t, dated(r, row->actual, row->actual_date), NULL);
        table_cell(t, dated(r, row->target, row->target_date), NULL);
        table_cell(t, row->rate, NULL);
        table_cell(t, row->expected, NULL);
        table_cell(t, row->remaining, NULL);
        if (r->any_forecast) table_cell(t, row->forecast, NULL);
        table_cell(t, rep_status_label(r, row->e->status), rep_status_sgr(row->e->status));
    }
    table_print(t, r->out, r->o->color);
    table_free(t);
}

static void project(Rep *r, const Project *p)
{
    const RepLabels *L = r->L;
    fprintf(r->out, "%u. %s (%s)\n   %s: ", p->index + 1, rep_title(r, &p->e), p->e.id.name, L->computed);
    Status computed = r->ev->projects[p->index].status, declared = rep_declared(p);
    status_text(r, computed);
    fprintf(r->out, "   %s: ", L->declared);
    if (declared == ST__COUNT) fputs(L->none, r->out);
    else status_text(r, declared);
    if (declared != ST__COUNT && declared != computed) fprintf(r->out, r->o->ja ? "（%s）" : " (%s)", L->differs);
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
    for (int s = 0; s < ST__COUNT; s++) {
        char a[16], b[16];
        snprintf(a, sizeof a, "%u", r->ev->summary[s]);
        snprintf(b, sizeof b, "%u", r->ev->project_summary[s]);
        ni += r->ev->summary[s];
        np += r->ev->project_summary[s];
        table_row(t);
        table_cell(t, rep_status_label(r, (Status)s), rep_status_sgr((Status)s));
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
            status_text(r, G->eval->status);
            fputs(" ==\n\n", r->out);
        }
        for (uint32_t i = 0; i < G->nprojects; i++) project(r, G->projects[i]);
    }
    summary(r);
}
