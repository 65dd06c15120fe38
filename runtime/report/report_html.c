/* report_html.c - one self-contained page: inline CSS and SVG, no script,
 * nothing fetched.  A chart of indicators by status, then per project its
 * owner and activities and a table whose rows show each indicator's kind
 * and source, a trend chart (its actuals year by year against the line
 * from the baseline through the intermediate targets to the target, the
 * report date marked), a bar of the rate against the target (100%) and the
 * expected pace, and the figures.  The layout fits 800 px without
 * scrolling sideways (cells wrap; narrower than 700 px each indicator is a
 * block) and prints on A4 without splitting a project. */
#include "report_parts.h"

#include <math.h>

/* ORDER: Status */
static const char *const COLOR[ST__COUNT] = {"#1a7f37", "#4ac26b", "#0969da", "#bf8700", "#cf222e", "#8c959f"};

enum { BAR_W = 130, BAR_H = 16 };
/* The bar's scale runs from 0 to 150%: far enough to show an excess. */
#define BAR_MAX 1.5

static void esc(FILE *f, const char *s)
{
    for (; *s; s++) {
        switch (*s) {
        case '&': fputs("&amp;", f); break;
        case '<': fputs("&lt;", f); break;
        case '>': fputs("&gt;", f); break;
        case '"': fputs("&quot;", f); break;
        case '\'': fputs("&#39;", f); break;
        default: fputc(*s, f);
        }
    }
}

static const char CSS[] =
    "body{font-family:system-ui,'Noto Sans CJK JP','Hiragino Sans','Yu Gothic',Meiryo,sans-serif;"
    "margin:2rem auto;max-width:1150px;padding:0 1rem;color:#1f2328;background:#fff;line-height:1.45;"
    "overflow-wrap:anywhere}"
    "h1{font-size:1.5rem;margin:0 0 .3rem}h2{font-size:1.15rem;margin:1.6rem 0 .3rem}"
    ".meta{color:#57606a;margin:0 0 1rem}"
    "table{border-collapse:collapse;width:100%;font-size:.85rem;margin:.4rem 0}"
    "th,td{border-bottom:1px solid #d0d7de;padding:.3rem .45rem;text-align:left;vertical-align:middle}"
    "th{background:#f6f8fa;font-weight:600;overflow-wrap:normal}td.n{text-align:right;white-space:nowrap;overflow-wrap:normal}"
    ".st{display:inline-block;padding:.05rem .45rem;border-radius:.7rem;color:#fff;font-size:.8rem}"
    ".st-exceeded{background:#1a7f37}.st-achieved{background:#2f9e55}.st-on_track{background:#0969da}"
    ".st-below{background:#9a6700}.st-far_below{background:#cf222e}.st-no_data{background:#6e7781}"
    ".why{color:#57606a;font-size:.8rem}table.ind td.t{width:22%}svg{max-width:100%;height:auto}"
    ".info{color:#57606a;font-size:.8rem;display:block}ul.act{margin:.2rem 0 .4rem;padding-left:1.4rem}"
    "dl.meta{display:grid;grid-template-columns:auto 1fr;gap:.1rem .8rem;margin:.2rem 0 .5rem}"
    "dl.meta dt{color:#57606a}dl.meta dd{margin:0}"
    "table.ind td.tr{width:140px;min-width:112px}"
    "@media (max-width:700px){table.ind,table.ind tbody,table.ind tr,table.ind td{display:block;width:auto}"
    "table.ind tr:first-child{display:none}table.ind tr{border-bottom:1px solid #d0d7de;padding:.3rem 0}"
    "table.ind td{border:0;padding:.1rem .3rem;text-align:left}"
    "table.ind td[data-h]::before{content:attr(data-h) ': ';color:#57606a}}"
    "blockquote{margin:.3rem 0 .5rem;padding:.1rem .8rem;border-left:.25rem solid #d0d7de;color:#57606a}"
    "section{break-inside:avoid;page-break-inside:avoid}"
    ".legend{font-size:.8rem;color:#57606a}.graph svg{max-width:100%;height:auto}"
    "@page{size:A4;margin:12mm}"
    "@media print{body{margin:0;max-width:none;font-size:9pt}.st,svg{print-color-adjust:exact;"
    "-webkit-print-color-adjust:exact}h2{break-after:avoid}tr{break-inside:avoid}}";

static void badge(Rep *r, RepMark m)
{
    fprintf(r->out, "<span class=\"st st-%s\">", status_name(m.color));
    esc(r->out, m.label);
    fputs("</span>", r->out);
}

/* Indicators by status: one bar per status, scaled to the largest count. */
static void summary_chart(Rep *r)
{
    FILE *f = r->out;
    uint32_t max = 1, n = rep_nsummary(r);
    for (uint32_t s = 0; s < n; s++)
        if (rep_summary_count(r, s, false) > max) max = rep_summary_count(r, s, false);
    int rowh = 26, h = rowh * (int)n + 8;
    fprintf(f, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"680\" height=\"%d\" viewBox=\"0 0 680 %d\" "
               "role=\"img\" aria-label=\"", h, h);
    esc(f, r->L->chart);
    fputs("\">\n", f);
    for (uint32_t s = 0; s < n; s++) {
        int y = 4 + (int)s * rowh;
        uint32_t count = rep_summary_count(r, s, false);
        double w = 400.0 * count / max;
        RepMark mk = rep_summary_mark(r, s);
        fprintf(f, "<text x=\"200\" y=\"%d\" text-anchor=\"end\" font-size=\"13\" fill=\"#1f2328\">", y + 17);
        esc(f, mk.label);
        fprintf(f, "</text><rect x=\"210\" y=\"%d\" width=\"%.1f\" height=\"20\" rx=\"3\" fill=\"%s\"/>"
                   "<text x=\"%.1f\" y=\"%d\" font-size=\"13\" fill=\"#1f2328\">%u</text>\n",
                y, w, COLOR[mk.color], 216 + w, y + 15, count);
    }
    fputs("</svg>\n", f);
}

static double bar_x(double v)
{
    if (v < 0) v = 0;
    if (v > BAR_MAX) v = BAR_MAX;
    return v / BAR_MAX * BAR_W;
}

/* The rate as a filled bar, the target as a solid line at 100%, the
 * expected pace as a dashed one. */
static void bar(Rep *r, const IndicatorEval *e)
{
    FILE *f = r->out;
    fprintf(f, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" role=\"img\" "
               "aria-label=\"", BAR_W + 2, BAR_H + 4);
    esc(f, r->rows[e->ind->index].rate);
    fputs("\">", f);
    fprintf(f, "<rect x=\"1\" y=\"2\" width=\"%d\" height=\"%d\" fill=\"#eaeef2\"/>", BAR_W, BAR_H);
    if (e->has_rate)
        fprintf(f, "<rect x=\"1\" y=\"2\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>", bar_x(e->rate), BAR_H,
                COLOR[rep_ind_mark(r, e).color]);
    if (e->has_expected)
        fprintf(f, "<line x1=\"%.1f\" y1=\"0\" x2=\"%.1f\" y2=\"%d\" stroke=\"#24292f\" stroke-width=\"1.5\" "
                   "stroke-dasharray=\"3 2\"/>", 1 + bar_x(e->expected), 1 + bar_x(e->expected), BAR_H + 4);
    if (e->has_rate || e->has_expected)
        fprintf(f, "<line x1=\"%.1f\" y1=\"0\" x2=\"%.1f\" y2=\"%d\" stroke=\"#24292f\" stroke-width=\"2\"/>",
                1 + bar_x(1), 1 + bar_x(1), BAR_H + 4);
    fputs("</svg>", f);
}

static void legend(Rep *r)
{
    FILE *f = r->out;
    fputs("<p class=\"legend\"><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"24\" height=\"12\">"
          "<rect width=\"24\" height=\"12\" fill=\"#0969da\"/></svg> ", f);
    esc(f, r->L->legend_actual);
    fputs(" &nbsp; <svg xmlns=\"http://www.w3.org/2000/svg\" width=\"6\" height=\"14\">"
          "<line x1=\"3\" y1=\"0\" x2=\"3\" y2=\"14\" stroke=\"#24292f\" stroke-width=\"2\"/></svg> ", f);
    esc(f, r->L->legend_target);
    fputs(" &nbsp; <svg xmlns=\"http://www.w3.org/2000/svg\" width=\"6\" height=\"14\">"
          "<line x1=\"3\" y1=\"0\" x2=\"3\" y2=\"14\" stroke=\"#24292f\" stroke-width=\"1.5\" "
          "stroke-dasharray=\"3 2\"/></svg> ", f);
    esc(f, r->L->legend_expected);
    fputs(" &nbsp; (0–150%)</p>\n", f);
}

/* A cell; head is its column's heading, shown before it where the table
 * is laid out as blocks (narrow screens). */
static void td(FILE *f, const char *cls, const char *head, const char *v, const char *date)
{
    fputs("<td", f);
    if (cls) fprintf(f, " class=\"%s\"", cls);
    if (head && *v) {
        fputs(" data-h=\"", f);
        esc(f, head);
        fputc('"', f);
    }
    fputc('>', f);
    esc(f, v);
    if (*v && date && *date) {
        fputs(" <span class=\"why\">(", f);
        esc(f, date);
        fputs(")</span>", f);
    }
    fputs("</td>", f);
}

/* ---- the trend chart ------------------------------------------------- */

enum { TR_W = 168, TR_H = 64, TR_PAD = 5 };

typedef struct Frame {
    DayNum d0, d1;
    double v0, v1;
} Frame;

static double tx(const Frame *fr, DayNum d)
{
    return TR_PAD + (double)(d - fr->d0) / (double)(fr->d1 - fr->d0) * (TR_W - 2 * TR_PAD);
}

static double ty(const Frame *fr, double v)
{
    return TR_H - TR_PAD - (v - fr->v0) / (fr->v1 - fr->v0) * (TR_H - 2 * TR_PAD);
}

static void grow(Frame *fr, bool *any, DayNum d, double v)
{
    if (!*any) { fr->d0 = fr->d1 = d; fr->v0 = fr->v1 = v; *any = true; return; }
    if (d < fr->d0) fr->d0 = d;
    if (d > fr->d1) fr->d1 = d;
    if (v < fr->v0) fr->v0 = v;
    if (v > fr->v1) fr->v1 = v;
}

static bool dated(const Item *it)
{
    return it && item_date_valid(it);
}

/* The actuals up to the report date, in date order (arena). */
static uint32_t actuals_until(Rep *r, const IndicatorEval *e, const Item ***out)
{
    const Indicator *ind = e->ind;
    const Item **a = ARENA_ARRAY(&r->arena, const Item *, ind->nactuals ? ind->nactuals : 1);
    uint32_t n = 0;
    for (uint32_t i = 0; i < ind->nactuals; i++) {
        const Item *it = ind->actuals[i];
        if (!dated(it) || item_date_last(it) > r->ev->as_of) continue;
        uint32_t k = n++;
        while (k > 0 && item_date_last(a[k - 1]) > item_date_last(it)) { a[k] = a[k - 1]; k--; }
        a[k] = it;
    }
    *out = a;
    return n;
}

/* Its actuals year by year (the status colour) against the line from the
 * baseline (or 0 at the start) through the numeric targets in date order
 * (grey, dashed; each target a diamond), the report date a vertical line.
 * Nothing when there is no dated numeric target or actual to draw. */
static void trend(Rep *r, const IndicatorEval *e)
{
    FILE *f = r->out;
    const Indicator *ind = e->ind;
    if (ind->qualitative) return;
    const Item **acts;
    uint32_t na = actuals_until(r, e, &acts);
    Frame fr;
    bool any = false;
    DayNum start = e->start;
    const Item *baseline = ind_baseline(ind);
    double base = baseline ? item_num(baseline) : 0;
    bool line_ok = start != INT32_MIN;
    uint32_t ntargets = 0;
    for (uint32_t i = 0; i < ind->ntargets; i++) {
        const Item *t = ind->targets[i];
        if (target_is_text(t) || !dated(t)) continue;
        grow(&fr, &any, item_date_last(t), item_num(t));
        ntargets++;
    }
    if (!ntargets && !na) return;
    if (line_ok && ntargets) grow(&fr, &any, start, base);
    for (uint32_t i = 0; i < na; i++) grow(&fr, &any, item_date_last(acts[i]), item_num(acts[i]));
    grow(&fr, &any, r->ev->as_of, fr.v0);
    if (fr.d1 == fr.d0) fr.d1 = fr.d0 + 1;
    if (fr.v1 - fr.v0 < 1e-9) { fr.v0 -= 1; fr.v1 += 1; }
    double pad = (fr.v1 - fr.v0) * 0.08;
    fr.v0 -= pad;
    fr.v1 += pad;

    RepMark mk = rep_ind_mark(r, e);
    fprintf(f, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"trend\" width=\"%d\" height=\"%d\" "
               "viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"", TR_W, TR_H, TR_W, TR_H);
    esc(f, r->L->trend);
    fputs("\"><rect width=\"100%\" height=\"100%\" fill=\"#f6f8fa\"/>", f);
    /* The report date. */
    double xd = tx(&fr, r->ev->as_of);
    fprintf(f, "<line x1=\"%.1f\" y1=\"0\" x2=\"%.1f\" y2=\"%d\" stroke=\"#8c959f\" stroke-width=\"1\">"
               "<title>", xd, xd, TR_H);
    esc(f, r->L->report_date);
    fprintf(f, " %s</title></line>", rep_iso(r, r->ev->as_of));
    /* Baseline through the targets. */
    if (ntargets) {
        fputs("<polyline fill=\"none\" stroke=\"#57606a\" stroke-width=\"1.2\" stroke-dasharray=\"4 3\" points=\"", f);
        if (line_ok) fprintf(f, "%.1f,%.1f ", tx(&fr, start), ty(&fr, base));
        for (uint32_t i = 0; i < ind->ntargets; i++) {
            const Item *t = ind->targets[i];
            if (target_is_text(t) || !dated(t)) continue;
            fprintf(f, "%.1f,%.1f ", tx(&fr, item_date_last(t)), ty(&fr, item_num(t)));
        }
        fputs("\"/>", f);
        for (uint32_t i = 0; i < ind->ntargets; i++) {
            const Item *t = ind->targets[i];
            if (target_is_text(t) || !dated(t)) continue;
            double x = tx(&fr, item_date_last(t)), y = ty(&fr, item_num(t));
            fprintf(f, "<path d=\"M%.1f %.1fl4 4-4 4-4-4z\" fill=\"#fff\" stroke=\"#24292f\"><title>", x, y - 4);
            esc(f, r->L->target);
            fprintf(f, " %s: ", rep_written_date(r, t));
            esc(f, arena_printf(&r->arena, "%g", item_num(t)));
            fputs("</title></path>", f);
        }
    }
    /* The actuals. */
    const char *col = COLOR[mk.color];
    if (na > 1) {
        fprintf(f, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" points=\"", col);
        for (uint32_t i = 0; i < na; i++)
            fprintf(f, "%.1f,%.1f ", tx(&fr, item_date_last(acts[i])), ty(&fr, item_num(acts[i])));
        fputs("\"/>", f);
    }
    for (uint32_t i = 0; i < na; i++) {
        fprintf(f, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"><title>", tx(&fr, item_date_last(acts[i])),
                ty(&fr, item_num(acts[i])), col);
        esc(f, r->L->actual);
        fprintf(f, " %s: ", rep_written_date(r, acts[i]));
        esc(f, arena_printf(&r->arena, "%g", item_num(acts[i])));
        fputs("</title></circle>", f);
    }
    fputs("</svg>", f);
}

static void trend_legend(Rep *r)
{
    FILE *f = r->out;
    fputs("<p class=\"legend\"><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"24\" height=\"10\">"
          "<line x1=\"0\" y1=\"5\" x2=\"24\" y2=\"5\" stroke=\"#0969da\" stroke-width=\"2\"/>"
          "<circle cx=\"12\" cy=\"5\" r=\"3\" fill=\"#0969da\"/></svg> ", f);
    esc(f, r->L->actual);
    fputs(" &nbsp; <svg xmlns=\"http://www.w3.org/2000/svg\" width=\"24\" height=\"10\">"
          "<line x1=\"0\" y1=\"5\" x2=\"24\" y2=\"5\" stroke=\"#57606a\" stroke-dasharray=\"4 3\"/></svg> ", f);
    esc(f, r->L->legend_line);
    fputs(" &nbsp; <svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
          "<path d=\"M5 1l4 4-4 4-4-4z\" fill=\"#fff\" stroke=\"#24292f\"/></svg> ", f);
    esc(f, r->L->target);
    fputs(" &nbsp; <svg xmlns=\"http://www.w3.org/2000/svg\" width=\"6\" height=\"12\">"
          "<line x1=\"3\" y1=\"0\" x2=\"3\" y2=\"12\" stroke=\"#8c959f\"/></svg> ", f);
    esc(f, r->L->report_date);
    fputs("</p>\n", f);
}

/* ---- a project ---------------------------------------------------------- */

static void dd(Rep *r, const char *label, const char *value)
{
    fputs("<dt>", r->out);
    esc(r->out, label);
    fputs("</dt><dd>", r->out);
    esc(r->out, value);
    fputs("</dd>", r->out);
}

static void indicator_row(Rep *r, const RepRow *row)
{
    const RepLabels *L = r->L;
    FILE *f = r->out;
    const Indicator *ind = row->e->ind;
    fputs("<tr><td class=\"t\">", f);
    esc(f, row->title);
    const char *kind = rep_kind(r, ind), *src = rep_str(r, ind_source(ind));
    if (*kind) {
        fputs("<span class=\"info\">", f);
        esc(f, L->kind);
        fputs(": ", f);
        esc(f, kind);
        fputs("</span>", f);
    }
    if (*src) {
        fputs("<span class=\"info\">", f);
        esc(f, L->source);
        fputs(": ", f);
        esc(f, src);
        fputs("</span>", f);
    }
    fputs("</td><td class=\"tr\">", f);
    trend(r, row->e);
    fputs("<br>", f);
    bar(r, row->e);
    fputs("</td>", f);
    td(f, NULL, L->actual, row->actual, row->actual_date);
    td(f, NULL, L->target, row->target, row->target_date);
    td(f, row->e->has_rate ? "n" : "why", L->rate, row->rate, NULL);
    td(f, "n", L->expected, row->expected, NULL);
    if (r->show_needed) td(f, NULL, L->needed, row->needed, NULL);
    td(f, NULL, L->remaining, row->remaining, NULL);
    if (r->any_forecast) td(f, NULL, L->forecast, row->forecast, NULL);
    fputs("<td>", f);
    badge(r, rep_ind_mark(r, row->e));
    RepMark dm;
    if (rep_ind_declared(r, ind, &dm)) {
        fprintf(f, " <span class=\"why\">%s: ", L->declared);
        esc(f, dm.label);
        fputs("</span>", f);
    }
    fputs("</td></tr>\n", f);
}

static void project(Rep *r, const Project *p, const char *h)
{
    const RepLabels *L = r->L;
    FILE *f = r->out;
    fprintf(f, "<section>\n<%s>%u. ", h, p->index + 1);
    esc(f, rep_title(r, &p->e));
    fprintf(f, " <small>(%s)</small></%s>\n<p>", ent_id(&p->e)->name, h);
    esc(f, L->computed);
    fputs(": ", f);
    badge(r, rep_project_mark(r, p));
    fputs(" &nbsp; ", f);
    esc(f, L->declared);
    fputs(": ", f);
    RepMark d;
    if (rep_declared_mark(r, p, &d)) badge(r, d);
    else esc(f, L->none);
    if (rep_differs(r, p)) {
        fputs(" <strong>", f);
        esc(f, L->differs);
        fputs("</strong>", f);
    }
    fputs("</p>\n", f);
    if (p->owner.bytes || p->nactivities) {
        fputs("<dl class=\"meta\">", f);
        if (p->owner.bytes) dd(r, L->owner, rep_str(r, &p->owner));
        if (p->nactivities) {
            fputs("<dt>", f);
            esc(f, L->activities);
            fputs("</dt><dd><ul class=\"act\">", f);
            for (uint32_t i = 0; i < p->nactivities; i++) {
                fputs("<li>", f);
                esc(f, rep_str(r, &p->activities[i]));
                fputs("</li>", f);
            }
            fputs("</ul></dd>", f);
        }
        fputs("</dl>\n", f);
    }
    if (p->assessment && p->assessment->u.w.text.bytes) {
        fputs("<blockquote>", f);
        esc(f, rep_str(r, &p->assessment->u.w.text));
        fputs("</blockquote>\n", f);
    }
    if (p->nindicators) {
        fputs("<table class=\"ind\">\n<tr>", f);
        const char *heads[10] = {L->indicator, L->trend, L->actual, L->target, L->rate,
                                 L->expected, L->needed, L->remaining, L->forecast, L->status};
        for (int i = 0; i < 10; i++) {
            if (i == 8 && !r->any_forecast) continue;   /* no indicator has a forecast */
            if (i == 6 && !r->show_needed) continue;    /* not a pace-based scale */
            fputs("<th>", f);
            esc(f, heads[i]);
            fputs("</th>", f);
        }
        fputs("</tr>\n", f);
        for (uint32_t i = 0; i < p->nindicators; i++) indicator_row(r, &r->rows[p->indicators[i]->index]);
        fputs("</table>\n", f);
    }
    fputs("</section>\n", f);
}

static void milestones(Rep *r)
{
    const Model *m = r->m;
    FILE *f = r->out;
    if (!m->nmilestones) return;
    fputs("<h2>", f);
    esc(f, r->L->milestones);
    fputs("</h2>\n<dl class=\"meta\">", f);
    for (uint32_t i = 0; i < m->nmilestones; i++)
        dd(r, rep_written_date(r, m->milestones[i]), rep_str(r, &m->milestones[i]->u.txt.text));
    fputs("</dl>\n", f);
}

static void summary_table(Rep *r)
{
    FILE *f = r->out;
    fputs("<table style=\"width:auto\">\n<tr><th>", f);
    esc(f, r->L->status);
    fputs("</th><th>", f);
    esc(f, r->L->indicators);
    fputs("</th><th>", f);
    esc(f, r->L->projects);
    fputs("</th></tr>\n", f);
    for (uint32_t s = 0; s < rep_nsummary(r); s++) {
        fputs("<tr><td>", f);
        badge(r, rep_summary_mark(r, s));
        fprintf(f, "</td><td class=\"n\">%u</td><td class=\"n\">%u</td></tr>\n",
                rep_summary_count(r, s, false), rep_summary_count(r, s, true));
    }
    fputs("</table>\n", f);
}

static void document_head(FILE *f, bool ja, const char *title)
{
    fprintf(f, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n"
               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>",
            ja ? "ja" : "en");
    esc(f, title);
    fprintf(f, "</title>\n<style>%s</style>\n</head>\n<body>\n", CSS);
}

void rep_html(Rep *r)
{
    const RepLabels *L = r->L;
    const Model *m = r->m;
    FILE *f = r->out;
    const char *title = rep_title(r, &m->e);
    if (!r->part) document_head(f, r->o->ja, arena_printf(&r->arena, "%s — %s", title, L->report));
    fputs("<h1>", f);
    esc(f, title);
    fputs(" — ", f);
    esc(f, L->report);
    fputs("</h1>\n<p class=\"meta\">", f);
    if (m->period) {
        esc(f, L->period);
        fprintf(f, ": %s %s %s &nbsp; ", rep_iso(r, m->start), r->o->ja ? "〜" : "to", rep_iso(r, m->end));
    }
    esc(f, L->as_of);
    fprintf(f, ": <strong>%s</strong>%s", rep_iso(r, r->ev->as_of), r->o->ja ? "" : " ");
    esc(f, rep_as_of_remark(r));
    fputs("</p>\n", f);
    if (m->goal) {
        fputs("<p class=\"goal\"><strong>", f);
        esc(f, L->goal);
        fputs("</strong>: ", f);
        esc(f, rep_str(r, &m->goal->u.txt.text));
        fputs("</p>\n", f);
    }
    fputs("<h2>", f);
    esc(f, L->summary);
    fputs("</h2>\n", f);
    summary_chart(r);
    summary_table(r);
    if (r->o->picture || r->o->picture_omitted) {
        /* The SVG is Graphviz's: its labels escaped there (graph_svg.c). */
        fputs("<h2>", f);
        esc(f, L->picture);
        fputs("</h2>\n", f);
        if (r->o->picture) {
            fputs("<div class=\"graph\">\n", f);
            fwrite(r->o->picture, 1, r->o->picture_len, f);
            fputs("</div>\n", f);
        } else {
            fputs("<p class=\"meta\">", f);
            esc(f, L->picture_omitted);
            fputs("</p>\n", f);
        }
    }
    legend(r);
    trend_legend(r);
    for (uint32_t g = 0; g < r->ngroups; g++) {
        const RepGroup *G = &r->groups[g];
        const char *head = rep_group_heading(r, G);
        if (head) {
            fputs("<h2>", f);
            esc(f, head);
            fputs(" — ", f);
            badge(r, rep_group_mark(r, G));
            fputs("</h2>\n", f);
        }
        for (uint32_t i = 0; i < G->nprojects; i++) project(r, G->projects[i], head ? "h3" : "h2");
    }
    milestones(r);
    if (!r->part) fputs("</body>\n</html>\n", f);
}

/* One page: the summary over the strategies first, then each one's report. */
void rep_html_portfolio(Rep *const *parts, size_t n, FILE *out)
{
    Rep *r = parts[0];
    const RepLabels *L = r->L;
    document_head(out, r->o->ja, L->portfolio);
    fputs("<h1>", out);
    esc(out, L->portfolio);
    fputs("</h1>\n<table>\n<tr><th>", out);
    esc(out, L->strategy);
    fputs("</th><th>", out);
    esc(out, L->as_of);
    fputs("</th>", out);
    for (int s = 0; s < ST__COUNT; s++) {
        fputs("<th>", out);
        badge(r, (RepMark){rep_status_label(r, (Status)s), status_name((Status)s), (Status)s});
        fputs("</th>", out);
    }
    fputs("<th>", out);
    esc(out, L->projects);
    fputs("</th></tr>\n", out);
    uint32_t sum[ST__COUNT] = {0}, projects = 0;
    for (size_t i = 0; i < n; i++) {
        Rep *p = parts[i];
        fputs("<tr><td>", out);
        esc(out, rep_title(p, &p->m->e));
        fprintf(out, "</td><td>%s</td>", rep_iso(p, p->ev->as_of));
        for (int s = 0; s < ST__COUNT; s++) {
            fprintf(out, "<td class=\"n\">%u</td>", p->ev->summary[s]);
            sum[s] += p->ev->summary[s];
        }
        fprintf(out, "<td class=\"n\">%u</td></tr>\n", p->m->nprojects);
        projects += p->m->nprojects;
    }
    fputs("<tr><th>", out);
    esc(out, L->total);
    fputs("</th><th></th>", out);
    for (int s = 0; s < ST__COUNT; s++) fprintf(out, "<th class=\"n\">%u</th>", sum[s]);
    fprintf(out, "<th class=\"n\">%u</th></tr>\n</table>\n", projects);
    for (size_t i = 0; i < n; i++) {
        fputs("<hr>\n", out);
        rep_html(parts[i]);
    }
    fputs("</body>\n</html>\n", out);
}
