/* report_csv.c - one row per indicator, RFC 4180: CRLF line ends, fields
 * quoted when they hold a comma, quote, CR or LF, quotes doubled.  Numbers
 * are plain (rates as fractions, like JSON); dates ISO.
 *
 * Made for Excel: UTF-8 starts with a byte order mark unless --no-bom
 * (without it Excel reads the file as the local code page); --encoding=cp932
 * writes Shift_JIS (Windows) instead, a character it cannot hold as '?'.  A
 * text cell that starts with = + - @, a tab or a CR, which a spreadsheet
 * would run as a formula, gets a leading apostrophe (the OWASP rule for CSV
 * injection); numbers are never text cells, so -200 stays a number. */
#include "report_parts.h"

#include <string.h>
#include "jsonw.h"

enum { NCOLS = 27 };

static const char *const HEAD_EN[NCOLS] = {
    "project", "project_title", "indicator", "indicator_title", "unit", "direction",
    "baseline", "baseline_date", "target", "target_date", "actual", "actual_date",
    "rate", "expected_rate", "remaining", "forecast", "forecast_reached", "needed_now", "status",
    "status_label", "declared_status", "why", "project_status", "declared_assessment", "owner",
    "kind", "source"};
static const char *const HEAD_JA[NCOLS] = {
    "プロジェクトID", "プロジェクト", "指標ID", "指標", "単位", "方向",
    "基準値", "基準値の時点", "目標", "目標の期限", "実績", "実績の時点",
    "達成率", "期待値", "残り", "見通し", "目標到達の見込み日", "現時点の目安", "状況コード",
    "状況", "指標の自己評価", "算出できない理由", "プロジェクト評価（計算）", "自己評価", "担当課",
    "区分", "出典"};

typedef struct Csv {
    FILE *f;
    bool first;         /* no comma before the next field */
} Csv;

/* A cell as it is: numbers, dates, codes. */
static void field(Csv *c, const char *s)
{
    if (!c->first) fputc(',', c->f);
    c->first = false;
    if (!s) return;
    if (!strpbrk(s, ",\"\r\n")) { fputs(s, c->f); return; }
    fputc('"', c->f);
    for (; *s; s++) {
        if (*s == '"') fputc('"', c->f);
        fputc(*s, c->f);
    }
    fputc('"', c->f);
}

static bool needs_neutralising(const char *s)
{
    return s && (*s == '=' || *s == '+' || *s == '-' || *s == '@' || *s == '\t' || *s == '\r');
}

/* A cell of text from the file (titles, units, texts): neutralised. */
static void text(Rep *r, Csv *c, const char *s)
{
    if (needs_neutralising(s)) s = arena_printf(&r->arena, "'%s", s);
    field(c, s);
}

static void end_row(Csv *c)
{
    fputs("\r\n", c->f);
    c->first = true;
}

static void number(Csv *c, bool has, double v)
{
    char b[40];
    if (!has) { field(c, ""); return; }
    json_format_double(v, b, sizeof b);
    field(c, b);
}

static void day(Rep *r, Csv *c, const Item *it)
{
    field(c, it && item_date_valid(it) ? rep_iso(r, item_date_last(it)) : "");
}

static void row(Rep *r, Csv *c, const RepGroup *G, const Project *p, const IndicatorEval *e)
{
    const Indicator *ind = e->ind;
    if (r->part) {
        field(c, ent_id(&r->m->e)->name);
        text(r, c, rep_title(r, &r->m->e));
    }
    if (G) {
        text(r, c, G->entity ? ent_id(G->entity)->name : "");
        text(r, c, G->entity ? rep_title(r, G->entity) : "");
    }
    field(c, ent_id(&p->e)->name);
    text(r, c, rep_title(r, &p->e));
    field(c, ent_id(&ind->e)->name);
    text(r, c, r->rows[ind->index].title);
    text(r, c, ind->unit ? ind->unit : "");
    field(c, ind->direction < 0 ? (r->o->ja ? "減少" : "decrease") : (r->o->ja ? "増加" : "increase"));
    const Item *base = ind_baseline(ind);
    number(c, base != NULL, base ? item_num(base) : 0);
    day(r, c, base && item_has_date(base) ? base : NULL);
    if (ind->qualitative) {
        text(r, c, r->rows[ind->index].target);
        day(r, c, ind->targets[0]);
    } else {
        number(c, e->target != NULL, e->target ? item_num(e->target) : 0);
        day(r, c, e->target);
    }
    number(c, e->actual != NULL, e->actual ? item_num(e->actual) : 0);
    day(r, c, e->actual);
    number(c, e->has_rate, rep_round(e->rate, 6));
    number(c, e->has_expected, rep_round(e->expected, 6));
    number(c, e->has_remaining, rep_round(e->remaining, 9));
    number(c, e->has_forecast, rep_round(e->forecast, 6));
    field(c, e->has_reach ? rep_iso(r, e->reach) : "");
    number(c, e->has_needed, rep_round(e->needed_now, 6));
    field(c, status_name(e->status));
    field(c, rep_status_label(r, e->status));
    RepMark dm;
    field(c, rep_ind_declared(r, ind, &dm) ? dm.id : "");
    field(c, e->why_code == WHY_NONE ? "" : eval_why_text(e->why_code, r->o->ja));
    field(c, status_name(r->ev->projects[p->index].status));
    Status d = rep_declared(p);
    field(c, d == ST__COUNT ? "" : status_name(d));
    text(r, c, rep_str(r, &p->owner));
    const char *kind = ind_kind_word(ind);
    field(c, kind ? kind : "");
    text(r, c, rep_str(r, ind_source(ind)));
    if (r->grade_cols && !r->graded) {
        for (int i = 0; i < 4; i++) field(c, "");
    } else if (r->graded) {
        field(c, rep_ind_mark(r, e).id);
        text(r, c, rep_ind_mark(r, e).label);
        field(c, rep_project_mark(r, p).id);
        field(c, rep_declared_mark(r, p, &dm) ? dm.id : "");
    }
    end_row(c);
}

void rep_csv(Rep *r)
{
    Csv c = {r->out, true};
    bool grouped = r->o->by != RB_PROJECT;
    if (r->part && !r->first) goto rows;                /* one header for all strategies */
    if (r->o->bom) fputs("\xEF\xBB\xBF", r->out);   /* the driver turns it off for cp932 */
    if (r->part) {
        field(&c, r->o->ja ? "戦略ID" : "strategy");
        field(&c, r->o->ja ? "戦略" : "strategy_title");
    }
    if (grouped) {
        bool sec = r->o->by == RB_SECTOR;
        field(&c, sec ? (r->o->ja ? "分野ID" : "sector") : (r->o->ja ? "視点ID" : "viewpoint"));
        field(&c, sec ? (r->o->ja ? "分野" : "sector_title") : (r->o->ja ? "視点" : "viewpoint_title"));
    }
    for (int i = 0; i < NCOLS; i++) field(&c, r->o->ja ? HEAD_JA[i] : HEAD_EN[i]);
    if (r->grade_cols) {
        /* A scale other than the seed's: its grades too. */
        static const char *const en[] = {"grade", "grade_label", "project_grade", "declared_grade"};
        static const char *const ja[] = {"評定", "評定の説明", "プロジェクト評定（計算）", "自己評定"};
        for (int i = 0; i < 4; i++) field(&c, r->o->ja ? ja[i] : en[i]);
    }
    end_row(&c);
rows:
    for (uint32_t g = 0; g < r->ngroups; g++) {
        const RepGroup *G = &r->groups[g];
        for (uint32_t i = 0; i < G->nprojects; i++) {
            const Project *p = G->projects[i];
            for (uint32_t k = 0; k < p->nindicators; k++)
                row(r, &c, grouped ? G : NULL, p, &r->ev->indicators[p->indicators[k]->index]);
        }
    }
}
