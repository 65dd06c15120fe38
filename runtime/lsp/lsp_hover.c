/* lsp_hover.c - textDocument/hover: what `stratc report` says of the thing
 * under the cursor.
 *
 * On an indicator: its baseline and targets as written, then the report's
 * cells as of the report date (the file's as_of, else today): latest actual,
 * rate, expected pace, status or grade on the strategy's scale, the value
 * needed now and what is left.  On a project, sector, viewpoint or the
 * strategy: its title, its counts and its computed status.  In Japanese,
 * as the report is, unless initializationOptions.lang is "en". */
#include "lsp_int.h"
#include "eval.h"
#include "grade.h"
#include "report.h"
#include "xalloc.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct Words {
    const char *baseline, *targets, *actual, *rate, *expected, *status, *needed;
    const char *as_of, *project, *projects, *indicators, *sectors, *viewpoints, *activities, *assessed, *period;
} Words;

static const Words JA = {"基準値", "目標", "最新の実績", "達成率", "期待値", "状況", "現時点の目安",
                         "基準日", "プロジェクト", "プロジェクト", "指標", "分野", "視点", "取組",
                         "自己評価", "計画期間"};
static const Words EN = {"baseline", "targets", "latest actual", "rate", "expected pace", "status",
                         "needed now", "as of", "project", "projects", "indicators", "sectors",
                         "viewpoints", "activities", "assessed", "period"};

static const char *kind_name(EntityKind k)
{
    static const char *const n[] = {"strategy", "viewpoint", "sector", "project", "indicator"};
    return n[k];
}

static void line(FILE *o, const char *label, const char *value)
{
    if (value && value[0]) fprintf(o, "- %s: %s\n", label, value);
}

/* "target 30 by 令和2年度" -> "30 by 令和2年度": an item as written, without its keyword. */
static void written(FILE *o, SrcFile *f, const Item *it)
{
    if (!f) return;
    uint32_t a = it->span.start, b = it->span.end;
    while (a < b && f->text[a] != ' ' && f->text[a] != '\t') a++;
    while (a < b && (f->text[a] == ' ' || f->text[a] == '\t')) a++;
    fwrite(f->text + a, 1, b - a, o);
}

static void indicator(FILE *o, LspDoc *d, const Words *w, const Evaluation *ev, const Indicator *ind,
                      bool ja, Arena *a)
{
    if (ind->project) fprintf(o, "%s `%s`\n\n", w->project, ent_id(&ind->project->e)->name);
    const Item *base = ind_baseline(ind);
    if (base) {
        fprintf(o, "- %s: ", w->baseline);
        written(o, src_file(d->strat.src, base->span.file), base);
        fputc('\n', o);
    }
    if (ind->ntargets) {
        fprintf(o, "- %s: ", w->targets);
        for (uint32_t i = 0; i < ind->ntargets; i++) {
            if (i) fputs("; ", o);
            written(o, src_file(d->strat.src, ind->targets[i]->span.file), ind->targets[i]);
        }
        fputc('\n', o);
    }
    ReportCells c;
    report_indicator_cells(ev, ind->index, ja, a, &c);
    if (c.actual[0]) {
        fprintf(o, "- %s: %s", w->actual, c.actual);
        if (c.actual_date[0]) fprintf(o, " (%s)", c.actual_date);
        fputc('\n', o);
    }
    line(o, w->rate, c.rate);
    line(o, w->expected, c.expected);
    if (c.status[0]) fprintf(o, "- %s: %s (`%s`)\n", w->status, c.status, c.status_id);
    line(o, w->needed, c.needed);
    if (c.remaining[0]) fprintf(o, "- %s\n", c.remaining);     /* "あと 8 回", "達成済": says what it is */
}

/* Projects naming entity e among their sectors or viewpoints, and their indicators. */
static void group(FILE *o, const Words *w, const Model *m, const Entity *e, const GroupEval *g, bool ja)
{
    uint32_t np = 0, ni = 0;
    for (uint32_t i = 0; i < m->nprojects; i++) {
        const Project *p = m->projects[i];
        const Ref *refs = e->kind == EK_SECTOR ? p->sectors : p->viewpoints;
        uint32_t n = e->kind == EK_SECTOR ? p->nsectors : p->nviewpoints;
        for (uint32_t j = 0; j < n; j++) {
            if (refs[j].target != (const void *)e) continue;
            np++;
            ni += p->nindicators;
            break;
        }
    }
    fprintf(o, "- %s: %u\n- %s: %u\n", w->projects, np, w->indicators, ni);
    if (g) fprintf(o, "- %s: %s (`%s`)\n", w->status, ja ? status_label_ja(g->status) : status_label_en(g->status),
                   status_name(g->status));
}

static void project(FILE *o, const Words *w, const Evaluation *ev, const Project *p, bool ja, Arena *a)
{
    fprintf(o, "- %s: %u\n- %s: %u\n- %s: %u\n- %s: %u\n", w->indicators, p->nindicators, w->sectors,
            p->nsectors, w->viewpoints, p->nviewpoints, w->activities, p->nactivities);
    const char *label, *id;
    report_project_mark(ev, p->index, ja, a, &label, &id);
    if (label[0]) fprintf(o, "- %s: %s (`%s`)\n", w->status, label, id);
    if (p->assessment && p->assessment->u.w.word.name)
        fprintf(o, "- %s: `%s`\n", w->assessed, p->assessment->u.w.word.name);
}

static void strategy(FILE *o, LspDoc *d, const Words *w, const Model *m)
{
    if (m->period) {
        fprintf(o, "- %s: ", w->period);
        written(o, src_file(d->strat.src, m->period->span.file), m->period);
        fputc('\n', o);
    }
    fprintf(o, "- %s: %u\n- %s: %u\n- %s: %u\n- %s: %u\n", w->viewpoints, m->nviewpoints, w->sectors,
            m->nsectors, w->projects, m->nprojects, w->indicators, m->nindicators);
}

static uint32_t index_of(const Model *m, const Entity *e)
{
    switch (e->kind) {
    case EK_VIEWPOINT: return ((const Viewpoint *)e)->index;
    case EK_SECTOR:    return ((const Sector *)e)->index;
    case EK_PROJECT:   return ((const Project *)e)->index;
    case EK_INDICATOR: return ((const Indicator *)e)->index;
    default: (void)m; return 0;
    }
}

/* A renamed_from names an entity of the revised strategy: its title and
 * where it is; it is not evaluated with this strategy's figures. */
/* The first line of a hover: **indicator** `id` title. */
static void hover_head(FILE *o, const Entity *e)
{
    const Text *title = ent_title(e);
    fprintf(o, "**%s** `%s`", kind_name(e->kind), ent_id(e)->name);
    if (title->bytes) fprintf(o, " %.*s", (int)title->len, title->bytes);
}

static json_t *revised_hover(Lsp *l, LspDoc *d, const Occurrence *oc, bool ja)
{
    const Entity *e = oc->target;
    char *buf = NULL;
    size_t len = 0;
    FILE *o = open_memstream(&buf, &len);
    if (!o) return NULL;
    hover_head(o, e);
    const Text *rev = &d->model->revises->u.txt.text;
    fprintf(o, "\n\n%s %.*s\n", ja ? "改定前の戦略:" : "in the revised strategy", (int)rev->len, rev->bytes);
    fclose(o);
    json_t *res = json_pack("{s:{s:s, s:s}, s:o}", "contents", "kind", "markdown", "value", buf,
                            "range", lsp_range(l, src_file(d->strat.src, oc->span.file), oc->span));
    free(buf);
    return res;
}

json_t *lsp_hover(Lsp *l, const json_t *params, LspReply *r)
{
    uint32_t off;
    LspDoc *d = lsp_request_doc(l, params, true, &off, r);
    if (!d || !d->model) return NULL;
    size_t n;
    Occurrence *occ = lsp_occurrences(d, &n);
    const Occurrence *oc = lsp_occurrence_at(occ, n, d->file, off);
    if (!oc || !oc->target) { free(occ); return NULL; }
    const Entity *e = oc->target;
    const Model *m = d->model;
    bool ja = !l->en;
    if (oc->revised) {
        json_t *res = revised_hover(l, d, oc, ja);
        free(occ);
        return res;
    }
    const Words *w = ja ? &JA : &EN;
    Arena a;
    arena_init(&a);
    DayNum as_of = lsp_report_date(l, m).day;
    Evaluation *ev = evaluate(m, as_of, &a);
    char *buf = NULL;
    size_t len = 0;
    FILE *o = open_memstream(&buf, &len);
    if (!o) { free(occ); arena_free(&a); return NULL; }
    hover_head(o, e);
    fputs("\n\n", o);
    uint32_t i = index_of(m, e);
    switch (e->kind) {
    case EK_INDICATOR: indicator(o, d, w, ev, (const Indicator *)e, ja, &a); break;
    case EK_PROJECT:   project(o, w, ev, (const Project *)e, ja, &a); break;
    case EK_SECTOR:    group(o, w, m, e, &ev->sectors[i], ja); break;
    case EK_VIEWPOINT: group(o, w, m, e, &ev->viewpoints[i], ja); break;
    case EK_STRATEGY:  strategy(o, d, w, m); break;
    }
    if (e->kind != EK_SECTOR && e->kind != EK_VIEWPOINT && e->kind != EK_STRATEGY) {
        char iso[16];
        date_iso(as_of, iso);
        fprintf(o, "\n%s %s\n", w->as_of, iso);
    }
    fclose(o);
    SrcFile *f = src_file(d->strat.src, oc->span.file);
    json_t *res = json_pack("{s:{s:s, s:s}, s:o}", "contents", "kind", "markdown", "value", buf,
                            "range", lsp_range(l, f, oc->span));
    free(buf);
    free(occ);
    arena_free(&a);
    return res;
}
