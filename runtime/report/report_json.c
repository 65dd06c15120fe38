/* report_json.c - the report as JSON, in a stable shape (doc/report.md), plus
 * the remaining gap, forecast, why-texts and roll-ups per sector and
 * viewpoint (doc/report.md).  Keys never depend on --lang. */
#include "report_parts.h"

#include "model_json.h"
#include "jsonw.h"

static void knum_or_null(JsonW *w, const char *key, bool has, double v, int decimals)
{
    if (has) json_knum(w, key, rep_round(v, decimals));
    else json_knull(w, key);
}

static void kday_or_null(JsonW *w, const char *key, const Item *it)
{
    json_key(w, key);
    if (it && item_date_valid(it)) mjson_day(w, item_date_last(it));
    else json_null(w);
}

static void counts(JsonW *w, const char *key, const uint32_t c[ST__COUNT])
{
    json_key(w, key);
    json_obj(w);
    for (int s = 0; s < ST__COUNT; s++) json_kint(w, status_name((Status)s), c[s]);
    json_obj_end(w);
}

static void title_fields(JsonW *w, const Entity *e)
{
    json_key(w, "title");
    mjson_text(w, ent_title(e));
    if (ent_en(e)->bytes) { json_key(w, "title_en"); mjson_text(w, ent_en(e)); }
}

static void text_or_null(JsonW *w, const char *key, const Text *t)
{
    json_key(w, key);
    if (t->bytes) mjson_text(w, t);
    else json_null(w);
}

static void indicator(Rep *r, JsonW *w, const IndicatorEval *e)
{
    const Indicator *ind = e->ind;
    json_obj(w);
    json_kstr(w, "id", ent_id(&ind->e)->name);
    title_fields(w, &ind->e);
    json_kstr(w, "unit", ind->unit);
    json_kstr(w, "direction", ind->direction < 0 ? "decrease" : "increase");
    json_kstr(w, "kind", ind_kind_word(ind));
    text_or_null(w, "source", ind_source(ind));
    json_kbool(w, "qualitative", ind->qualitative);
    const Item *base = ind_baseline(ind);
    knum_or_null(w, "baseline", base != NULL, base ? item_num(base) : 0, 9);
    kday_or_null(w, "baseline_date", base && item_has_date(base) ? base : NULL);
    if (ind->qualitative) {
        json_knull(w, "target");
        json_key(w, "target_text");
        mjson_text(w, &ind->targets[0]->u.m.text);
        kday_or_null(w, "target_date", ind->targets[0]);
    } else {
        knum_or_null(w, "target", e->target != NULL, e->target ? item_num(e->target) : 0, 9);
        kday_or_null(w, "target_date", e->target);
    }
    knum_or_null(w, "actual", e->actual != NULL, e->actual ? item_num(e->actual) : 0, 9);
    kday_or_null(w, "actual_date", e->actual);
    knum_or_null(w, "rate", e->has_rate, e->rate, 6);
    knum_or_null(w, "expected_rate", e->has_expected, e->expected, 6);
    json_kstr(w, "status", status_name(e->status));
    json_key(w, "declared_status");
    if (ind_status(ind) && ind->declared_known) json_str(w, status_name(ind->declared));
    else json_null(w);
    json_key(w, "why");
    if (e->why_code != WHY_NONE) json_str(w, eval_why_text(e->why_code, false));
    else json_null(w);
    knum_or_null(w, "remaining", e->has_remaining, e->remaining, 9);
    knum_or_null(w, "forecast", e->has_forecast, e->forecast, 6);
    json_kstr(w, "forecast_reached", e->has_reach ? rep_iso(r, e->reach) : NULL);
    knum_or_null(w, "needed_now", e->has_needed, e->needed_now, 6);
    if (r->graded) {
        json_kstr(w, "grade", rep_ind_mark(r, e).id);
        json_kstr(w, "declared_grade", ind_status(ind) && ind->declared_grade >= 0
                                           ? r->gr->scale->grades[ind->declared_grade].id : NULL);
    }
    json_obj_end(w);
}

static void project(Rep *r, JsonW *w, const Project *p)
{
    json_obj(w);
    json_kstr(w, "id", ent_id(&p->e)->name);
    title_fields(w, &p->e);
    text_or_null(w, "owner", &p->owner);
    json_key(w, "activities");
    json_arr(w);
    for (uint32_t i = 0; i < p->nactivities; i++) mjson_text(w, &p->activities[i]);
    json_arr_end(w);
    json_kstr(w, "status", status_name(r->ev->projects[p->index].status));
    Status d = rep_declared(p);
    json_kstr(w, "declared_status", d == ST__COUNT ? NULL : status_name(d));
    counts(w, "counts", r->ev->projects[p->index].counts);
    if (r->graded) {
        RepMark dm;
        json_kstr(w, "grade", rep_project_mark(r, p).id);
        json_kstr(w, "declared_grade", rep_declared_mark(r, p, &dm) ? dm.id : NULL);
    }
    json_key(w, "indicators");
    json_arr(w);
    for (uint32_t i = 0; i < p->nindicators; i++) indicator(r, w, &r->ev->indicators[p->indicators[i]->index]);
    json_arr_end(w);
    json_obj_end(w);
}

static void rollups(Rep *r, JsonW *w, const char *key, bool sectors)
{
    const Model *m = r->m;
    uint32_t n = sectors ? m->nsectors : m->nviewpoints;
    json_key(w, key);
    json_arr(w);
    for (uint32_t i = 0; i < n; i++) {
        const Entity *e = sectors ? &m->sectors[i]->e : &m->viewpoints[i]->e;
        const GroupEval *g = sectors ? &r->ev->sectors[i] : &r->ev->viewpoints[i];
        json_obj(w);
        json_kstr(w, "id", ent_id(e)->name);
        title_fields(w, e);
        json_kstr(w, "status", status_name(g->status));
        if (r->graded) {
            int gi = sectors ? r->gr->sectors[i] : r->gr->viewpoints[i];
            json_kstr(w, "grade", r->gr->scale->grades[gi].id);
        }
        counts(w, "counts", g->counts);
        json_obj_end(w);
    }
    json_arr_end(w);
}

/* --by=sector|viewpoint: the sections as the other formats show them. */
static void groups(Rep *r, JsonW *w)
{
    json_key(w, "groups");
    json_arr(w);
    for (uint32_t g = 0; g < r->ngroups; g++) {
        const RepGroup *G = &r->groups[g];
        json_obj(w);
        json_kstr(w, "kind", r->o->by == RB_SECTOR ? "sector" : "viewpoint");
        json_kstr(w, "id", G->entity ? ent_id(G->entity)->name : NULL);
        json_kstr(w, "status", status_name(G->eval->status));
        if (r->graded) json_kstr(w, "grade", rep_group_mark(r, G).id);
        counts(w, "counts", G->eval->counts);
        json_key(w, "projects");
        json_arr(w);
        for (uint32_t i = 0; i < G->nprojects; i++) json_str(w, ent_id(&G->projects[i]->e)->name);
        json_arr_end(w);
        json_obj_end(w);
    }
    json_arr_end(w);
}

/* The report as one JSON object, into w. */
static void report_object(Rep *r, JsonW *w)
{
    const Model *m = r->m;
    json_obj(w);
    json_key(w, "strategy");
    json_obj(w);
    json_kstr(w, "id", ent_id(&m->e)->name);
    title_fields(w, &m->e);
    json_key(w, "period");
    if (m->period) {
        json_obj(w);
        json_key(w, "start");
        mjson_day(w, m->start);
        json_key(w, "end");
        mjson_day(w, m->end);
        json_obj_end(w);
    } else {
        json_null(w);
    }
    json_key(w, "goal");
    if (m->goal) mjson_text(w, &m->goal->u.txt.text);
    else json_null(w);
    json_key(w, "milestones");
    json_arr(w);
    for (uint32_t i = 0; i < m->nmilestones; i++) {
        const Item *ms = m->milestones[i];
        json_obj(w);
        json_key(w, "date");
        if (ms->u.txt.date.valid) mjson_day(w, ms->u.txt.date.first);
        else json_null(w);
        json_kstr(w, "date_as_written", rep_written_date(r, ms));
        json_key(w, "text");
        mjson_text(w, &ms->u.txt.text);
        json_obj_end(w);
    }
    json_arr_end(w);
    json_obj_end(w);
    json_key(w, "as_of");
    mjson_day(w, r->ev->as_of);
    static const char *const from[] = {"option", "file", "today"};
    json_kstr(w, "as_of_from", from[r->o->as_of_source]);
    json_kstr(w, "scale", r->gr->scale->name);
    json_key(w, "thresholds");
    json_obj(w);
    json_knum(w, "on_track", m->thresholds.on_track);
    json_knum(w, "below", m->thresholds.below);
    json_obj_end(w);
    json_key(w, "projects");
    json_arr(w);
    for (uint32_t i = 0; i < m->nprojects; i++) project(r, w, m->projects[i]);
    json_arr_end(w);
    rollups(r, w, "sectors", true);
    rollups(r, w, "viewpoints", false);
    if (r->o->by != RB_PROJECT) groups(r, w);
    counts(w, "summary", r->ev->summary);
    counts(w, "project_summary", r->ev->project_summary);
    if (r->graded) {
        /* The same by the scale's grades, best first. */
        for (int projects = 0; projects < 2; projects++) {
            json_key(w, projects ? "grade_project_summary" : "grade_summary");
            json_obj(w);
            for (uint32_t i = 0; i < rep_nsummary(r); i++)
                json_kint(w, rep_summary_mark(r, i).id, rep_summary_count(r, i, projects));
            json_obj_end(w);
        }
    }
    json_obj_end(w);
}

void rep_json(Rep *r)
{
    JsonW w;
    json_init(&w, r->out, true);
    report_object(r, &w);
    json_end(&w);
}

/* {"strategies": [one object per strategy, as alone], "portfolio": the
 * indicators and projects by status over all of them, and per strategy}. */
void rep_json_portfolio(Rep *const *parts, size_t n, FILE *out)
{
    JsonW w;
    json_init(&w, out, true);
    json_obj(&w);
    json_key(&w, "strategies");
    json_arr(&w);
    for (size_t i = 0; i < n; i++) report_object(parts[i], &w);
    json_arr_end(&w);
    json_key(&w, "portfolio");
    json_obj(&w);
    uint32_t sum[ST__COUNT] = {0}, psum[ST__COUNT] = {0};
    for (size_t i = 0; i < n; i++)
        for (int s = 0; s < ST__COUNT; s++) {
            sum[s] += parts[i]->ev->summary[s];
            psum[s] += parts[i]->ev->project_summary[s];
        }
    counts(&w, "summary", sum);
    counts(&w, "project_summary", psum);
    json_obj_end(&w);
    json_obj_end(&w);
    json_end(&w);
}
