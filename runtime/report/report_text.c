/* report_text.c - the terminal report: a table per project, aligned by
 * display width (table.h), the status in colour when wanted, every line
 * within the width asked for (--width, COLUMNS or the terminal's). */
#include "report_parts.h"

#include <string.h>
#include "table.h"
#include "utf8.h"

/* The widest a column may grow before it wraps, in display columns. */
enum { W_TITLE = 30, W_VALUE = 22, W_RATE = 20, W_STATUS = 24 };

static void mark_text(Rep *r, RepMark m)
{
    if (r->o->color) fprintf(r->out, "\033[%sm%s\033[0m", rep_status_sgr(m.color), m.label);
    else fputs(m.label, r->out);
}

/* A line of text wrapped at the report's width: its first line after
 * first, the others after rest. */
static void line(Rep *r, const char *first, const char *rest, const char *s)
{
    text_wrap(r->out, s, r->o->width, first, rest, NULL);
}

/* "head: MARK tail": the mark in colour when the line fits, else the line
 * wrapped without colour. */
static void mark_line(Rep *r, const char *head, RepMark m, const char *tail)
{
    const char *all = arena_printf(&r->arena, "%s%s%s", head, m.label, tail);
    if (r->o->width && utf8_width(all, strlen(all)) > r->o->width) {
        line(r, "", "", all);
        return;
    }
    fputs(head, r->out);
    mark_text(r, m);
    fprintf(r->out, "%s\n", tail);
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
    table_fit(t, r->o->width);
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

/* The kind and source of the project's indicators that have them. */
static void indicator_notes(Rep *r, const Project *p)
{
    const RepLabels *L = r->L;
    for (uint32_t i = 0; i < p->nindicators; i++) {
        const Indicator *ind = p->indicators[i];
        const char *kind = rep_kind(r, ind), *src = rep_str(r, ind_source(ind));
        if (!*kind && !*src) continue;
        const char *s = arena_printf(&r->arena, "%s —", r->rows[ind->index].title);
        if (*kind) s = arena_printf(&r->arena, "%s %s: %s", s, L->kind, kind);
        if (*src) s = arena_printf(&r->arena, "%s%s %s: %s", s, *kind ? ";" : "", L->source, src);
        line(r, "   ", "     ", s);
    }
}

static void project(Rep *r, const Project *p)
{
    const RepLabels *L = r->L;
    line(r, "", "   ", arena_printf(&r->arena, "%u. %s (%s)", p->index + 1, rep_title(r, &p->e), ent_id(&p->e)->name));
    RepMark d;
    const char *decl = rep_declared_mark(r, p, &d) ? d.label : L->none;
    const char *differs = rep_differs(r, p) ? arena_printf(&r->arena, r->o->ja ? "（%s）" : " (%s)", L->differs) : "";
    const char *head = arena_printf(&r->arena, "   %s: ", L->computed);
    const char *tail = arena_printf(&r->arena, "   %s: %s%s", L->declared, decl, differs);
    RepMark pm = rep_project_mark(r, p);
    if (r->o->width && utf8_width(head, strlen(head)) + utf8_width(pm.label, strlen(pm.label)) +
                           utf8_width(tail, strlen(tail)) > r->o->width) {
        mark_line(r, head, pm, "");
        line(r, "   ", "     ", arena_printf(&r->arena, "%s: %s%s", L->declared, decl, differs));
    } else {
        fputs(head, r->out);
        mark_text(r, pm);
        fputs("   ", r->out);
        fprintf(r->out, "%s: ", L->declared);
        if (rep_declared_mark(r, p, &d)) mark_text(r, d);
        else fputs(L->none, r->out);
        fprintf(r->out, "%s\n", differs);
    }
    if (p->owner.bytes) line(r, "   ", "     ", arena_printf(&r->arena, "%s: %s", L->owner, rep_str(r, &p->owner)));
    for (uint32_t i = 0; i < p->nactivities; i++)
        line(r, "   ", "     ", arena_printf(&r->arena, "%s: %s", L->activities, rep_str(r, &p->activities[i])));
    if (p->nindicators) {
        project_table(r, p);
        indicator_notes(r, p);
    }
    fputc('\n', r->out);
}

static void milestones(Rep *r)
{
    const Model *m = r->m;
    if (!m->nmilestones) return;
    line(r, "", "", r->L->milestones);
    for (uint32_t i = 0; i < m->nmilestones; i++)
        line(r, "  ", "    ", arena_printf(&r->arena, "%s  %s", rep_written_date(r, m->milestones[i]),
                                     rep_str(r, &m->milestones[i]->u.txt.text)));
    fputc('\n', r->out);
}

static void summary(Rep *r)
{
    const RepLabels *L = r->L;
    fprintf(r->out, "%s\n", L->summary);
    Table *t = table_new(3);
    table_fit(t, r->o->width);
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
    line(r, "", "", arena_printf(&r->arena, "%s — %s", rep_title(r, &m->e), L->report));
    if (m->period)
        line(r, "", "", arena_printf(&r->arena, "%s: %s %s %s", L->period, rep_iso(r, m->start),
                                 r->o->ja ? "〜" : "to", rep_iso(r, m->end)));
    line(r, "", "", arena_printf(&r->arena, "%s: %s", L->as_of, rep_as_of_line(r)));
    if (m->goal) line(r, "", "  ", arena_printf(&r->arena, "%s: %s", L->goal, rep_str(r, &m->goal->u.txt.text)));
    fputc('\n', r->out);
    for (uint32_t g = 0; g < r->ngroups; g++) {
        const RepGroup *G = &r->groups[g];
        const char *head = rep_group_heading(r, G);
        if (head) {
            mark_line(r, arena_printf(&r->arena, "== %s — %s: ", head, L->computed), rep_group_mark(r, G), " ==");
            fputc('\n', r->out);
        }
        for (uint32_t i = 0; i < G->nprojects; i++) project(r, G->projects[i]);
    }
    milestones(r);
    summary(r);
}

/* Per strategy its report date and indicators by status, then the totals. */
void rep_text_portfolio(Rep *const *parts, size_t n, FILE *out)
{
    Rep *r = parts[0];
    const RepLabels *L = r->L;
    fprintf(out, "%s\n", L->portfolio);
    Table *t = table_new(3 + ST__COUNT);
    table_fit(t, r->o->width);
    for (size_t c = 2; c < 3 + ST__COUNT; c++) table_col(t, c, true, 0);
    table_row(t);
    table_cell(t, L->strategy, NULL);
    table_cell(t, L->as_of, NULL);
    for (int s = 0; s < ST__COUNT; s++) table_cell(t, rep_status_label(r, (Status)s), NULL);
    table_cell(t, L->projects, NULL);
    uint32_t sum[ST__COUNT] = {0}, projects = 0;
    for (size_t i = 0; i < n; i++) {
        Rep *p = parts[i];
        table_row(t);
        table_cell(t, rep_title(p, &p->m->e), NULL);
        table_cell(t, rep_iso(p, p->ev->as_of), NULL);
        for (int s = 0; s < ST__COUNT; s++) {
            table_cell(t, arena_printf(&p->arena, "%u", p->ev->summary[s]), NULL);
            sum[s] += p->ev->summary[s];
        }
        table_cell(t, arena_printf(&p->arena, "%u", p->m->nprojects), NULL);
        projects += p->m->nprojects;
    }
    table_row(t);
    table_cell(t, L->total, NULL);
    table_cell(t, "", NULL);
    for (int s = 0; s < ST__COUNT; s++) table_cell(t, arena_printf(&r->arena, "%u", sum[s]), NULL);
    table_cell(t, arena_printf(&r->arena, "%u", projects), NULL);
    table_print(t, out, false);
    table_free(t);
}
