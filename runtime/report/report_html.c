/* report_html.c - one self-contained page: inline CSS and SVG, no script,
 * nothing fetched.  A chart of indicators by status, then per project a
 * table whose bar column shows the actual (as a rate), the target (100%)
 * and the expected pace; laid out to print on A4 without splitting a
 * project. */
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
    "margin:2rem auto;max-width:1150px;padding:0 1rem;color:#1f2328;background:#fff;line-height:1.45}"
    "h1{font-size:1.5rem;margin:0 0 .3rem}h2{font-size:1.15rem;margin:1.6rem 0 .3rem}"
    ".meta{color:#57606a;margin:0 0 1rem}"
    "table{border-collapse:collapse;width:100%;font-size:.85rem;margin:.4rem 0}"
    "th,td{border-bottom:1px solid #d0d7de;padding:.3rem .45rem;text-align:left;vertical-align:middle}"
    "th{background:#f6f8fa;font-weight:600}td.n{text-align:right;white-space:nowrap}"
    ".st{display:inline-block;padding:.05rem .45rem;border-radius:.7rem;color:#fff;white-space:nowrap;"
    "font-size:.8rem}"
    ".st-exceeded{background:#1a7f37}.st-achieved{background:#2f9e55}.st-on_track{background:#0969da}"
    ".st-below{background:#9a6700}.st-far_below{background:#cf222e}.st-no_data{background:#6e7781}"
    ".why{color:#57606a;font-size:.8rem}table.ind{table-layout:fixed}"
    "blockquote{margin:.3rem 0 .5rem;padding:.1rem .8rem;border-left:.25rem solid #d0d7de;color:#57606a}"
    "section{break-inside:avoid;page-break-inside:avoid}"
    ".legend{font-size:.8rem;color:#57606a}.graph svg{max-width:100%;height:auto}"
    "@media print{body{margin:0;max-width:none}.st,svg{print-color-adjust:exact;"
    "-webkit-print-color-adjust:exact}h2{break-after:avoid}}";

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
    fprintf(f, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"680\" height=\"%d\" role=\"img\" "
               "aria-label=\"", h);
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

static void td(FILE *f, const char *cls, const char *v, const char *date)
{
    fprintf(f, cls ? "<td class=\"%s\">" : "<td>", cls);
    esc(f, v);
    if (*v && date && *date) {
        fputs(" <span class=\"why\">(", f);
        esc(f, date);
        fputs(")</span>", f);
    }
    fputs("</td>", f);
}

static void project(Rep *r, const Project *p, const char *h)
{
    const RepLabels *L = r->L;
    FILE *f = r->out;
    fprintf(f, "<section>\n<%s>%u. ", h, p->index + 1);
    esc(f, rep_title(r, &p->e));
    fprintf(f, " <small>(%s)</small></%s>\n<p>", p->e.id.name, h);
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
    if (p->assessment && p->assessment->u.w.text.s) {
        fputs("<blockquote>", f);
        esc(f, arena_strndup(&r->arena, p->assessment->u.w.text.s, p->assessment->u.w.text.len));
        fputs("</blockquote>\n", f);
    }
    if (p->nindicators) {
        /* Fixed widths, so every project's table lines up with the next. */
        fputs("<table class=\"ind\">\n<colgroup><col style=\"width:18%\"><col style=\"width:146px\">"
              "<col><col><col style=\"width:6.5%\"><col style=\"width:6.5%\"><col style=\"width:9%\">", f);
        if (r->show_needed) fputs("<col style=\"width:8%\">", f);
        if (r->any_forecast) fputs("<col style=\"width:8%\">", f);
        fputs("<col style=\"width:11%\"></colgroup>\n<tr>", f);
        const char *heads[10] = {L->indicator, "", L->actual, L->target, L->rate,
                                 L->expected, L->needed, L->remaining, L->forecast, L->status};
        for (int i = 0; i < 10; i++) {
            if (i == 8 && !r->any_forecast) continue;   /* no indicator has a forecast */
            if (i == 6 && !r->show_needed) continue;    /* not a pace-based scale */
            fputs("<th>", f);
            esc(f, heads[i]);
            fputs("</th>", f);
        }
        fputs("</tr>\n", f);
        for (uint32_t i = 0; i < p->nindicators; i++) {
            const RepRow *row = &r->rows[p->indicators[i]->index];
            fputs("<tr>", f);
            td(f, NULL, row->title, NULL);
            fputs("<td>", f);
            bar(r, row->e);
            fputs("</td>", f);
            td(f, NULL, row->actual, row->actual_date);
            td(f, NULL, row->target, row->target_date);
            td(f, row->e->has_rate ? "n" : "why", row->rate, NULL);
            td(f, "n", row->expected, NULL);
            if (r->show_needed) td(f, NULL, row->needed, NULL);
            td(f, NULL, row->remaining, NULL);
            if (r->any_forecast) td(f, NULL, row->forecast, NULL);
            fputs("<td>", f);
            badge(r, rep_ind_mark(r, row->e));
            RepMark dm;
            if (rep_ind_declared(r, row->e->ind, &dm)) {
                fprintf(f, " <span class=\"why\">%s: ", r->L->declared);
                esc(f, dm.label);
                fputs("</span>", f);
            }
            fputs("</td></tr>\n", f);
        }
        fputs("</table>\n", f);
    }
    fputs("</section>\n", f);
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

void rep_html(Rep *r)
{
    const RepLabels *L = r->L;
    const Model *m = r->m;
    FILE *f = r->out;
    const char *title = rep_title(r, &m->e);
    fprintf(f, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n"
               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>",
            r->o->ja ? "ja" : "en");
    esc(f, title);
    fputs(" — ", f);
    esc(f, L->report);
    fprintf(f, "</title>\n<style>%s</style>\n</head>\n<body>\n<h1>", CSS);
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
    fputs("</p>\n<h2>", f);
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
    fputs("</body>\n</html>\n", f);
}
