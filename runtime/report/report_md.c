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

/* A table row of the columns shown. */
static void cells(FILE *f, const char *const *v, int n, const bool *show)
{
    fputc('|', f);
    for (int i = 0; i < n; i++) {
        if (!show[i]) continue;
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
    for (uint32_t s = 0; s < rep_nsummary(r); s++) {
        fputs("| ", f);
        md(f, rep_summary_mark(r, s).label);
        fprintf(f, " | %u | %u |\n", rep_summary_count(r, s, false), rep_summary_count(r, s, true));
    }
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
    fprintf(f, " (`%s`)\n\n", ent_id(&p->e)->name);
    RepMark d;
    fprintf(f, "%s: **%s** · %s: %s", L->computed, rep_project_mark(r, p).label, L->declared,
            rep_declared_mark(r, p, &d) ? d.label : L->none);
    if (rep_differs(r, p)) fprintf(f, r->o->ja ? "（%s）" : " (%s)", L->differs);
    fputs("\n\n", f);
    if (p->owner.bytes) {
        fprintf(f, "%s: ", L->owner);
        md(f, rep_str(r, &p->owner));
        fputs("\n\n", f);
    }
    if (p->nactivities) {
        fprintf(f, "%s:\n\n", L->activities);
        for (uint32_t i = 0; i < p->nactivities; i++) {
            fputs("- ", f);
            md(f, rep_str(r, &p->activities[i]));
            fputc('\n', f);
        }
        fputc('\n', f);
    }
    if (p->assessment && p->assessment->u.w.text.bytes) {
        fputs("> ", f);
        md(f, rep_str(r, &p->assessment->u.w.text));
        fputs("\n\n", f);
    }
    if (!p->nindicators) return;
    enum { C_NEEDED = 5, C_FORECAST = 7, N = 9 };
    const char *heads[N] = {L->indicator, L->actual, L->target, L->rate, L->expected,
                            L->needed, L->remaining, L->forecast, L->status};
    const char *align[N] = {"---", "---", "---", "---:", "---:", "---", "---", "---", "---"};
    bool show[N];
    for (int c = 0; c < N; c++)
        show[c] = (c != C_FORECAST || r->any_forecast) && (c != C_NEEDED || r->show_needed);
    cells(f, heads, N, show);
    fputc('|', f);
    for (int c = 0; c < N; c++)
        if (show[c]) fprintf(f, "%s|", align[c]);
    fputc('\n', f);
    for (uint32_t i = 0; i < p->nindicators; i++) {
        const RepRow *row = &r->rows[p->indicators[i]->index];
        const char *v[N] = {row->title, dated(r, row->actual, row->actual_date),
                            dated(r, row->target, row->target_date), row->rate, row->expected,
                            row->needed, row->remaining, row->forecast, row->status};
        cells(f, v, N, show);
    }
    fputc('\n', f);
    /* The kind and source of the indicators that have them. */
    bool any = false;
    for (uint32_t i = 0; i < p->nindicators; i++) {
        const Indicator *ind = p->indicators[i];
        const char *kind = rep_kind(r, ind), *src = rep_str(r, ind_source(ind));
        if (!*kind && !*src) continue;
        any = true;
        fputs("- ", f);
        md(f, r->rows[ind->index].title);
        fputs(" —", f);
        if (*kind) fprintf(f, " %s: %s", L->kind, kind);
        if (*src) {
            fprintf(f, "%s %s: ", *kind ? ";" : "", L->source);
            md(f, src);
        }
        fputc('\n', f);
    }
    if (any) fputc('\n', f);
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
    if (m->goal) {
        fprintf(f, "%s: ", L->goal);
        md(f, rep_str(r, &m->goal->u.txt.text));
        fputs("\n\n", f);
    }
    fprintf(f, "## %s\n\n", L->summary);
    summary(r);
    if (r->o->picture || r->o->picture_omitted) {
        /* Mermaid's labels are entities only (graph_mermaid.c): no line
         * of the flowchart can close the fence. */
        fprintf(f, "## %s\n\n", L->picture);
        if (r->o->picture) {
            fputs("```mermaid\n", f);
            fwrite(r->o->picture, 1, r->o->picture_len, f);
            fputs("```\n\n", f);
        } else {
            fprintf(f, "%s\n\n", L->picture_omitted);
        }
    }
    for (uint32_t g = 0; g < r->ngroups; g++) {
        const RepGroup *G = &r->groups[g];
        const char *head = rep_group_heading(r, G);
        if (head) {
            fputs("## ", f);
            md(f, head);
            fprintf(f, "\n\n%s: **%s**\n\n", L->computed, rep_group_mark(r, G).label);
        }
        for (uint32_t i = 0; i < G->nprojects; i++) project(r, G->projects[i], head ? "###" : "##");
    }
    if (m->nmilestones) {
        fprintf(f, "## %s\n\n", L->milestones);
        for (uint32_t i = 0; i < m->nmilestones; i++) {
            fprintf(f, "- %s: ", rep_written_date(r, m->milestones[i]));
            md(f, rep_str(r, &m->milestones[i]->u.txt.text));
            fputc('\n', f);
        }
        fputc('\n', f);
    }
}

/* Per strategy its report date and indicators by status, then the totals. */
void rep_md_portfolio(Rep *const *parts, size_t n, FILE *out)
{
    Rep *r = parts[0];
    const RepLabels *L = r->L;
    fprintf(out, "# %s\n\n| %s | %s |", L->portfolio, L->strategy, L->as_of);
    for (int s = 0; s < ST__COUNT; s++) {
        fputc(' ', out);
        md(out, rep_status_label(r, (Status)s));
        fputs(" |", out);
    }
    fprintf(out, " %s |\n|---|---|", L->projects);
    for (int s = 0; s <= ST__COUNT; s++) fputs("---:|", out);
    fputc('\n', out);
    uint32_t sum[ST__COUNT] = {0}, projects = 0;
    for (size_t i = 0; i < n; i++) {
        Rep *p = parts[i];
        fputs("| ", out);
        md(out, rep_title(p, &p->m->e));
        fprintf(out, " | %s |", rep_iso(p, p->ev->as_of));
        for (int s = 0; s < ST__COUNT; s++) {
            fprintf(out, " %u |", p->ev->summary[s]);
            sum[s] += p->ev->summary[s];
        }
        fprintf(out, " %u |\n", p->m->nprojects);
        projects += p->m->nprojects;
    }
    fprintf(out, "| %s | |", L->total);
    for (int s = 0; s < ST__COUNT; s++) fprintf(out, " %u |", sum[s]);
    fprintf(out, " %u |\n", projects);
}
