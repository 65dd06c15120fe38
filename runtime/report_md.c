/* report_md.c - GitHub-flavoured Markdown, ready for a PR comment: a
 * summary table, then per project its statuses and indicator table. */
#include "report_parts.h"

/* Text in a table cell or a line: Markdown's punctuation escaped, a pipe
 * escaped (GFM splits cells on it even in code), line breaks as spaces. */
static void md(FILE *f, const char *s)
{
    for (; *s; s++) {
        switch (*s) {
        case '\\': case '|': case '*': case '_': case '`': case '<': case '>': case '[': case ']':
        case '#':
            fputc('\\', f);
            fputc(*s, f);
            break;
        case '\n': case '\r':
            fputc(' ', f);
            break;
        default:
            fputc(*s, f);
        }
    }
}

/* A table row; column `skip` is left out (-1: none). */
static void cells(FILE *f, const char *const *v, int n, int skip)
{
    fputc('|', f);
    for (int i = 0; i < n; i++) {
        if (i == skip) continue;
        fputc(' ', f);
        md(f, v[i]);
        fputs(" |", f);
    }
    fputc('\n', f);
}

static void summary(Rep *r)
{
    const RepLabels *L = r->L;
    FILE *f = r->out;
    fprintf(f, "| %s | %s | %s |\n|---|---:|---:|\n", L->status, L->indicators, L->projects);
    for (int s = 0; s < ST__COUNT; s++)
        fprintf(f, "| %s | %u | %u |\n", rep_status_label(r, (Status)s), r->ev->summary[s],
                r->ev->project_summary[s]);
    fputc('\n', f);
}

static const char *dated(Rep *r, const char *v, const char *date)
{
    if (!*v || !*date) return v;
    return arena_printf(&r->arena, "%s (%s)", v, date);
}

static void project(Rep *r, const Project *p, const char *hashes)
{
    const RepLabels *L = r->L;
    FILE *f = r->out;
    fprintf(f, "%s %u. ", hashes, p->index + 1);
    md(f, rep_title(r, &p->e));
    fprintf(f, " (`%s`)\n\n", p->e.id.name);
    Status computed = r->ev->projects[p->index].status, declared = rep_declared(p);
    fprintf(f, "%s: **%s** · %s: %s", L->computed, rep_status_label(r, computed), L->declared,
            declared == ST__COUNT ? L->none : rep_status_label(r, declared));
    if (declared != ST__COUNT && declared != computed) fprintf(f, r->o->ja ? "（%s）" : " (%s)", L->differs);
    fputs("\n\n", f);
    if (p->assessment && p->assessment->u.w.text.s) {
        fputs("> ", f);
        md(f, arena_strndup(&r->arena, p->assessment->u.w.text.s, p->assessment->u.w.text.len));
        fputs("\n\n", f);
    }
    if (!p->nindicators) return;
    const char *heads[8] = {L->indicator, L->actual, L->target, L->rate,
                            L->expected, L->remaining, L->forecast, L->status};
    int skip = r->any_forecast ? -1 : 6;   /* the forecast column, when no indicator has one */
    cells(f, heads, 8, skip);
    fputs(r->any_forecast ? "|---|---|---|---:|---:|---|---|---|\n" : "|---|---|---|---:|---:|---|---|\n", f);
    for (uint32_t i = 0; i < p->nindicators; i++) {
        const RepRow *row = &r->rows[p->indicators[i]->index];
        const char *v[8] = {row->title, dated(r, row->actual, row->actual_date),
                            dated(r, row->target, row->target_date), row->rate, row->expected,
                            row->remaining, row->forecast, rep_status_label(r, row->e->status)};
        cells(f, v, 8, skip);
    }
    fputc('\n', f);
}

void rep_md(Rep *r)
{
    const RepLabels *L = r->L;
    const Model *m = r->m;
    FILE *f = r->out;
    fputs("# ", f);
    md(f, rep_title(r, &m->e));
    fprintf(f, " — %s\n\n", L->report);
    if (m->period)
        fprintf(f, "%s: %s %s %s · ", L->period, rep_iso(r, m->start), r->o->ja ? "〜" : "to",
                rep_iso(r, m->end));
    fprintf(f, "%s: **%s**%s%s\n\n", L->as_of, rep_iso(r, r->ev->as_of), r->o->ja ? "" : " ",
            rep_as_of_remark(r));
    fprintf(f, "## %s\n\n", L->summary);
    summary(r);
    for (uint32_t g = 0; g < r->ngroups; g++) {
        const RepGroup *G = &r->groups[g];
        const char *head = rep_group_heading(r, G);
        if (head) {
            fputs("## ", f);
            md(f, head);
            fprintf(f, "\n\n%s: **%s**\n\n", L->computed, rep_status_label(r, G->eval->status));
        }
        for (uint32_t i = 0; i < G->nprojects; i++) project(r, G->projects[i], head ? "###" : "##");
    }
}
