/* report_parts.c - what the report formats share: labels in two languages,
 * the status or grade each row shows, each indicator's cells as text, and
 * the groups (--by).  The format writers (report_*.c) call these; nothing
 * here calls back into them or into the driver (report.c). */
#include "report_parts.h"
#include "pow10.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static const RepLabels JA = {
    .report = "進捗状況", .period = "計画期間", .as_of = "基準日",
    .as_of_option = "（--as-of による）", .as_of_file = "（ファイルの as_of）",
    .as_of_today = "（本日。ファイルに as_of がないため）",
    .project = "プロジェクト", .sector = "分野", .viewpoint = "視点",
    .no_sector = "（分野の指定なし）", .no_viewpoint = "（視点の指定なし）",
    .indicator = "指標", .baseline = "基準値", .actual = "実績", .target = "目標",
    .rate = "達成率", .expected = "期待値", .remaining = "残り", .forecast = "見通し",
    .needed = "現時点の目安", .status = "状況", .computed = "評価（計算）",
    .declared = "自己評価", .differs = "相違あり", .none = "なし", .summary = "集計",
    .indicators = "指標数", .projects = "プロジェクト数", .to_go = "あと %s",
    .reached = "達成済", .qualitative = "定性", .why = "算出できない理由",
    .chart = "状況別の指標数", .legend_actual = "実績（達成率）",
    .legend_target = "目標（100%）", .legend_expected = "期待値（時間の経過）",
    .reach = "%s に目標到達", .with_declared = "%s（自己評価: %s）",
    .picture = "構成図",
    .picture_omitted = "構成図は大きすぎるため省略しました（stratc graph で出力できます）。",
    .owner = "担当課", .source = "出典", .kind = "区分", .output = "アウトプット",
    .outcome = "アウトカム", .activities = "主な取組", .milestones = "スケジュール", .goal = "目標",
    .points = "%s ポイント", .trend = "推移", .legend_line = "基準値から目標への線",
    .report_date = "基準日",
    .portfolio = "全体の集計", .strategy = "戦略", .total = "合計",
};

static const RepLabels EN = {
    .report = "progress report", .period = "Period", .as_of = "As of",
    .as_of_option = "(from --as-of)", .as_of_file = "(the file's as_of)",
    .as_of_today = "(today: the file has no as_of)",
    .project = "Project", .sector = "Sector", .viewpoint = "Viewpoint",
    .no_sector = "(no sector)", .no_viewpoint = "(no viewpoint)",
    .indicator = "Indicator", .baseline = "Baseline", .actual = "Actual", .target = "Target",
    .rate = "Rate", .expected = "Expected", .remaining = "To go", .forecast = "At this pace",
    .needed = "Needed now", .status = "Status", .computed = "Computed",
    .declared = "Declared", .differs = "differs", .none = "none", .summary = "Summary",
    .indicators = "Indicators", .projects = "Projects", .to_go = "%s to go",
    .reached = "reached", .qualitative = "qualitative", .why = "why no rate",
    .chart = "Indicators by status", .legend_actual = "actual (rate)",
    .legend_target = "target (100%)", .legend_expected = "expected (time elapsed)",
    .reach = "target reached %s", .with_declared = "%s (declared: %s)",
    .picture = "Logic model",
    .picture_omitted = "The logic model is too large to show here; stratc graph draws it.",
    .owner = "Owner", .source = "Source", .kind = "Kind", .output = "output",
    .outcome = "outcome", .activities = "Activities", .milestones = "Milestones", .goal = "Goal",
    .points = "%s points", .trend = "Trend", .legend_line = "baseline to target",
    .report_date = "report date",
    .portfolio = "Portfolio summary", .strategy = "Strategy", .total = "total",
};

const RepLabels *rep_labels(bool ja)
{
    return ja ? &JA : &EN;
}

const char *rep_title(Rep *r, const Entity *e)
{
    const Text *t = ent_title_in(e, r->o->ja);
    if (!t->bytes) return ent_id(e)->name ? ent_id(e)->name : "";
    return rep_str(r, t);
}

const char *rep_str(Rep *r, const Text *t)
{
    const char *s = text_dup(&r->arena, t);
    return s ? s : "";
}

const char *rep_kind(const Rep *r, const Indicator *ind)
{
    switch ((IndicatorKind)ind->kind) {
    case IK_OUTPUT:  return r->L->output;
    case IK_OUTCOME: return r->L->outcome;
    default:         return "";
    }
}

/* A date in its own style (R2.3, 令和2年度), in the report's arena. */
static const char *spelled(Rep *r, const DateSpec *spec)
{
    char b[64];
    date_render(spec, b, sizeof b);
    return arena_strdup(&r->arena, b);
}

const char *rep_written_date(Rep *r, const Item *it)
{
    Date d = it->kind == IT_MILESTONE ? it->u.txt.date : item_date(it);
    return d.valid ? spelled(r, &d.spec) : "";
}

const char *rep_status_label(const Rep *r, Status s)
{
    return r->o->ja ? status_label_ja(s) : status_label_en(s);
}

uint32_t rep_status_rgb(Status s)
{
    /* ORDER: Status; the HTML report's badge colours */
    static const uint32_t RGB[ST__COUNT] = {0x1a7f37, 0x2f9e55, 0x0969da, 0x9a6700, 0xcf222e, 0x6e7781};
    return s < ST__COUNT ? RGB[s] : 0x6e7781;
}

const char *rep_status_sgr(Status s)
{
    static const char *const SGR[ST__COUNT] = {"1;32", "32", "36", "33", "1;31", "2"};
    return s < ST__COUNT ? SGR[s] : NULL;
}

const char *rep_iso(Rep *r, DayNum d)
{
    char b[16];
    date_iso(d, b);
    return arena_strdup(&r->arena, b);
}

const char *rep_as_of_remark(const Rep *r)
{
    switch (r->o->as_of_source) {
    case ASOF_OPTION: return r->L->as_of_option;
    case ASOF_FILE:   return r->L->as_of_file;
    default:          return r->L->as_of_today;
    }
}

const char *rep_as_of_line(Rep *r)
{
    return arena_printf(&r->arena, "%s%s%s", rep_iso(r, r->ev->as_of), r->o->ja ? "" : " ",
                        rep_as_of_remark(r));
}

double rep_round(double v, int decimals)
{
    double k = decimals >= 0 && decimals < 16 ? POW10[decimals] : pow(10, decimals);
    double x = round(v * k) / k;
    return x == 0 ? 0 : x;      /* no -0 */
}

/* "%.*f" with trailing zeros dropped down to min decimals. */
static const char *num(Rep *r, double v, int max, int min)
{
    v = rep_round(v, max);
    char *s = arena_printf(&r->arena, "%.*f", max, v);
    char *dot = strchr(s, '.');
    if (dot) {
        char *end = s + strlen(s);
        while (end > dot + 1 + min && end[-1] == '0') *--end = '\0';
        if (end == dot + 1) *dot = '\0';
    }
    return s;
}

const char *rep_percent(Rep *r, double fraction)
{
    return arena_printf(&r->arena, "%s%%", num(r, fraction * 100, 1, 0));
}

Status rep_declared(const Project *p)
{
    return p->assessment && p->assessed_known ? p->assessed : ST__COUNT;
}

/* Decimals as written: 3.9 has one.  Binary fractions are near enough. */
static int decimals_of(double v)
{
    for (int d = 0; d < 6; d++) {
        double k = POW10[d];
        if (fabs(v * k - round(v * k)) < 1e-6) return d;
    }
    return 6;
}

int rep_decimals(const Indicator *ind)
{
    int d = 0, x;
    const Item *base = ind_baseline(ind);
    if (base && (x = decimals_of(item_num(base))) > d) d = x;
    for (uint32_t i = 0; i < ind->ntargets; i++)
        if (!target_is_text(ind->targets[i]) && (x = decimals_of(item_num(ind->targets[i]))) > d) d = x;
    for (uint32_t i = 0; i < ind->nactuals; i++)
        if ((x = decimals_of(item_num(ind->actuals[i]))) > d) d = x;
    return d;
}

/* A value as written: as many decimals as it has (3.2, 30, 98.1). */
static const char *written(Rep *r, const Item *it)
{
    int d = decimals_of(item_num(it));
    return num(r, item_num(it), d, d);
}

static const char *unit_of(const Indicator *ind, const Item *it)
{
    if (it && item_unit(it)) return item_unit(it);
    return ind->unit;
}

/* "22 回", "13.9%", "3.2 km" */
static const char *with_unit(Rep *r, const char *n, const char *unit)
{
    if (!unit || !*unit) return n;
    if (strcmp(unit, "%") == 0) return arena_printf(&r->arena, "%s%%", n);
    return arena_printf(&r->arena, "%s %s", n, unit);
}

/* A difference of two values: of percentages, in points ("8 ポイント"),
 * since "8%" would read as a share of the value. */
static const char *difference(Rep *r, const char *n, const char *unit)
{
    if (unit && strcmp(unit, "%") == 0) return arena_printf(&r->arena, r->L->points, n);
    return with_unit(r, n, unit);
}

/* ---- statuses or grades ---------------------------------------------------- */

static RepMark status_mark(const Rep *r, Status s)
{
    return (RepMark){rep_status_label(r, s), status_name(s), s};
}

static RepMark grade_mark(const Rep *r, int g)
{
    const Scale *s = r->gr->scale;
    const char *id = g >= 0 && (uint32_t)g < s->ngrades ? s->grades[g].id : "?";
    return (RepMark){grade_label(s, g, r->o->ja), id, grade_color(r->gr, g)};
}

RepMark rep_ind_mark(const Rep *r, const IndicatorEval *e)
{
    if (r->graded) return grade_mark(r, r->gr->indicators[e->ind->index]);
    return status_mark(r, e->status);
}

RepMark rep_project_mark(const Rep *r, const Project *p)
{
    if (r->graded) return grade_mark(r, r->gr->projects[p->index]);
    return status_mark(r, r->ev->projects[p->index].status);
}

bool rep_ind_declared(const Rep *r, const Indicator *ind, RepMark *out)
{
    if (!ind_status(ind) || ind->qualitative) return false;
    if (r->graded && ind->declared_grade >= 0) { *out = grade_mark(r, ind->declared_grade); return true; }
    if (!ind->declared_known) return false;
    *out = status_mark(r, ind->declared);
    return true;
}

bool rep_declared_mark(const Rep *r, const Project *p, RepMark *out)
{
    if (r->graded) {
        if (!p->assessment || p->assessed_grade < 0) return false;
        *out = grade_mark(r, p->assessed_grade);
        return true;
    }
    Status d = rep_declared(p);
    if (d == ST__COUNT) return false;
    *out = status_mark(r, d);
    return true;
}

bool rep_differs(const Rep *r, const Project *p)
{
    if (r->graded) return p->assessment && p->assessed_grade >= 0 && p->assessed_grade != r->gr->projects[p->index];
    Status d = rep_declared(p);
    return d != ST__COUNT && d != r->ev->projects[p->index].status;
}

RepMark rep_group_mark(const Rep *r, const RepGroup *g)
{
    return r->graded ? grade_mark(r, g->grade) : status_mark(r, g->eval->status);
}

uint32_t rep_nsummary(const Rep *r) { return r->graded ? r->gr->scale->ngrades : ST__COUNT; }

RepMark rep_summary_mark(const Rep *r, uint32_t i)
{
    return r->graded ? grade_mark(r, (int)i) : status_mark(r, (Status)i);
}

uint32_t rep_summary_count(const Rep *r, uint32_t i, bool projects)
{
    if (r->graded) return projects ? r->gr->project_summary[i] : r->gr->summary[i];
    return projects ? r->ev->project_summary[i] : r->ev->summary[i];
}

/* ---- cells ------------------------------------------------------------------- */

static const char *date_as_written(Rep *r, const Item *it)
{
    Date d = item_date(it);
    if (!d.valid) return "";
    /* Due at the period's end: written as the period's last date. */
    if (!item_has_date(it) && it->kind == IT_TARGET) return spelled(r, &r->m->period->u.per.b.spec);
    return spelled(r, &d.spec);
}

void rep_build_row(Rep *r, const IndicatorEval *e, RepRow *row)
{
    const Indicator *ind = e->ind;
    int d = rep_decimals(ind);
    row->e = e;
    row->title = rep_title(r, &ind->e);
    row->actual = row->actual_date = row->target = row->target_date = row->baseline = "";
    row->rate = row->expected = row->remaining = row->forecast = row->needed = "";
    RepMark mk = rep_ind_mark(r, e), dm;
    /* The declared one by its id on a graded scale ("A"), else by its label. */
    row->status = rep_ind_declared(r, ind, &dm)
        ? arena_printf(&r->arena, r->L->with_declared, mk.label, r->graded ? dm.id : dm.label) : mk.label;
    if (ind->qualitative) {
        const Item *t = ind->targets[0];
        row->target = rep_str(r, &t->u.m.text);
        row->target_date = date_as_written(r, t);
        const Item *status = ind_status(ind);
        if (status) row->actual = rep_str(r, &status->u.w.text);
        row->rate = r->L->qualitative;
        return;
    }
    const Item *base = ind_baseline(ind);
    if (base) {
        const char *b = with_unit(r, written(r, base), unit_of(ind, base));
        row->baseline = item_has_date(base) ? arena_printf(&r->arena, "%s (%s)", b, date_as_written(r, base)) : b;
    }
    if (e->actual) {
        row->actual = with_unit(r, written(r, e->actual), unit_of(ind, e->actual));
        row->actual_date = date_as_written(r, e->actual);
    }
    if (e->target) {
        const char *v = with_unit(r, written(r, e->target), unit_of(ind, e->target));
        if (e->target->op == OP_GE) v = arena_printf(&r->arena, "≥ %s", v);
        else if (e->target->op == OP_LE) v = arena_printf(&r->arena, "≤ %s", v);
        row->target = v;
        row->target_date = date_as_written(r, e->target);
    }
    row->rate = e->has_rate ? rep_percent(r, e->rate) : eval_why_text(e->why_code, r->o->ja);
    if (e->has_expected) row->expected = rep_percent(r, e->expected);
    if (e->has_remaining) {
        row->remaining = e->remaining < 1e-9
            ? r->L->reached
            : arena_printf(&r->arena, r->L->to_go, difference(r, num(r, e->remaining, d, d),
                                                              unit_of(ind, e->target)));
    }
    if (e->has_reach)
        row->forecast = arena_printf(&r->arena, r->L->reach, rep_iso(r, e->reach));
    else if (e->has_forecast)
        row->forecast = with_unit(r, num(r, e->forecast, d + 1, d), unit_of(ind, e->target));
    if (e->has_needed)
        row->needed = with_unit(r, num(r, e->needed_now, d, 0), unit_of(ind, e->target));
}

const char *rep_group_heading(Rep *r, const RepGroup *g)
{
    if (r->o->by == RB_PROJECT) return NULL;
    const char *kind = r->o->by == RB_SECTOR ? r->L->sector : r->L->viewpoint;
    if (!g->entity)
        return r->o->by == RB_SECTOR ? r->L->no_sector : r->L->no_viewpoint;
    return arena_printf(&r->arena, "%s: %s", kind, rep_title(r, g->entity));
}


void rep_build_rows(Rep *r)
{
    r->rows = ARENA_ARRAY(&r->arena, RepRow, r->m->nindicators ? r->m->nindicators : 1);
    for (uint32_t i = 0; i < r->m->nindicators; i++) rep_build_row(r, &r->ev->indicators[i], &r->rows[i]);
}
