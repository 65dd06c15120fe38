/* dump.c - `stratc dump`: the model as JSON, in the shape doc/dump.md gives.
 *
 * Dates are the last day of their interval, except a period's start; the
 * author's spelling rides along under "..._source" keys. */
#include "dump.h"
#include "model_json.h"

#include <string.h>

static void date_source(JsonW *w, const char *key, const Date *d)
{
    char b[64];
    json_key(w, key);
    if (!d->valid || d->span.end == d->span.start) { json_null(w); return; }
    date_render(&d->spec, b, sizeof b);
    json_str(w, b);
}

static void entity_fields(JsonW *w, const Entity *e)
{
    json_kstr(w, "id", ent_id(e)->name);
    json_key(w, "title");
    mjson_text(w, ent_title(e));
    if (ent_en(e)->bytes) { json_key(w, "title_en"); mjson_text(w, ent_en(e)); }
    json_kstr(w, "renamed_from", e->renamed_from->name);
    if (e->nnotes) {
        json_key(w, "notes");
        json_arr(w);
        for (uint32_t i = 0; i < e->nnotes; i++) mjson_text(w, &e->notes[i]);
        json_arr_end(w);
    }
}

static const char *op_name(int op)
{
    return op == OP_GE ? ">=" : op == OP_LE ? "<=" : op == OP_EQ ? "=" : NULL;
}

static void measure(JsonW *w, const Item *it, bool with_date)
{
    json_obj(w);
    if (!target_is_text(it) || it->kind != IT_TARGET) {
        json_knum(w, "value", item_num(it));
        if (item_unit(it)) json_kstr(w, "unit", item_unit(it));
    }
    if (with_date) {
        json_key(w, "date");
        Date d = item_date(it);
        if (item_has_date(it) || d.valid) mjson_date_last(w, &d);
        else json_null(w);
        date_source(w, "date_source", &d);
    }
    json_obj_end(w);
}

static void indicator(JsonW *w, const Model *m, const Indicator *ind)
{
    json_obj(w);
    entity_fields(w, &ind->e);
    json_kstr(w, "unit", ind->unit);
    json_kstr(w, "direction", ind->direction < 0 ? "decrease" : "increase");
    /* Where the direction comes from: declared, implied by target <=, read
     * from baseline vs target, or the default (increase). */
    json_kstr(w, "direction_from", ind_direction_item(ind) ? "declared"
                                   : ind->direction_inferred ? "baseline_target"
                                   : ind->direction < 0 ? "comparator" : "default");
    json_kstr(w, "kind", ind_kind_word(ind));
    json_kbool(w, "qualitative", ind->qualitative);
    json_key(w, "baseline");
    const Item *base = ind_baseline(ind);
    if (base) measure(w, base, true);
    else json_null(w);
    json_key(w, "targets");
    json_arr(w);
    for (uint32_t i = 0; i < ind->ntargets; i++) {
        const Item *t = ind->targets[i];
        json_obj(w);
        json_kstr(w, "op", op_name(t->op));
        if (target_is_text(t)) {
            json_knull(w, "value");
            json_key(w, "text");
            mjson_text(w, &t->u.m.text);
        } else {
            json_knum(w, "value", item_num(t));
            if (item_unit(t)) json_kstr(w, "unit", item_unit(t));
            json_knull(w, "text");
        }
        json_key(w, "date");
        Date d = item_date(t);
        mjson_date_last(w, &d);
        if (item_has_date(t)) date_source(w, "date_source", &d);
        else json_knull(w, "date_source");
        json_obj_end(w);
    }
    json_arr_end(w);
    json_key(w, "actuals");
    json_arr(w);
    for (uint32_t i = 0; i < ind->nactuals; i++) measure(w, ind->actuals[i], true);
    json_arr_end(w);
    json_key(w, "status");
    const Item *status = ind_status(ind);
    if (status && (ind->declared_known || ind->declared_grade >= 0)) {
        json_obj(w);
        json_kstr(w, "status", ind->declared_known ? status_name(ind->declared) : NULL);
        json_kstr(w, "grade", ind->declared_grade >= 0 ? m->scale->grades[ind->declared_grade].id : NULL);
        json_key(w, "text");
        mjson_text(w, &status->u.w.text);
        json_obj_end(w);
    } else {
        json_null(w);
    }
    const Text *source = ind_source(ind);
    if (source->bytes) { json_key(w, "source"); mjson_text(w, source); }
    json_obj_end(w);
}

static void project(JsonW *w, const Model *m, const Project *p)
{
    json_obj(w);
    entity_fields(w, &p->e);
    json_key(w, "sectors");
    json_arr(w);
    for (uint32_t i = 0; i < p->nsectors; i++) json_str(w, p->sectors[i].id.name);
    json_arr_end(w);
    json_key(w, "viewpoints");
    json_arr(w);
    for (uint32_t i = 0; i < p->nviewpoints; i++) json_str(w, p->viewpoints[i].id.name);
    json_arr_end(w);
    json_key(w, "activities");
    json_arr(w);
    for (uint32_t i = 0; i < p->nactivities; i++) mjson_text(w, &p->activities[i]);
    json_arr_end(w);
    json_key(w, "owner");
    mjson_text(w, &p->owner);
    json_key(w, "assessment");
    if (p->assessment && p->assessed_grade >= 0) {
        json_obj(w);
        json_kstr(w, "status", p->assessed_known ? status_name(p->assessed) : NULL);
        json_kstr(w, "grade", m->scale->grades[p->assessed_grade].id);
        json_key(w, "text");
        mjson_text(w, &p->assessment->u.w.text);
        json_obj_end(w);
    } else {
        json_null(w);
    }
    json_key(w, "indicators");
    json_arr(w);
    for (uint32_t i = 0; i < p->nindicators; i++) indicator(w, m, p->indicators[i]);
    json_arr_end(w);
    json_obj_end(w);
}

static void simple(JsonW *w, const Entity *e)
{
    json_obj(w);
    entity_fields(w, e);
    json_obj_end(w);
}

void dump_model(const Model *m, FILE *out)
{
    JsonW w;
    json_init(&w, out, true);
    json_obj(&w);
    json_key(&w, "strategy");
    json_obj(&w);
    entity_fields(&w, &m->e);
    json_key(&w, "period");
    if (m->period) {
        json_obj(&w);
        json_key(&w, "start");
        if (m->period->u.per.a.valid) mjson_day(&w, m->start); else json_null(&w);
        json_key(&w, "end");
        if (m->period->u.per.b.valid) mjson_day(&w, m->end); else json_null(&w);
        date_source(&w, "start_source", &m->period->u.per.a);
        date_source(&w, "end_source", &m->period->u.per.b);
        json_obj_end(&w);
    } else {
        json_null(&w);
    }
    json_kint(&w, "fiscal_year_starts", m->fy_start);
    json_kstr(&w, "fiscal_year_named_by", m->fy_named_by_end ? "end" : "start");
    json_key(&w, "as_of");
    if (m->as_of_item) mjson_date_last(&w, &m->as_of_item->u.per.a); else json_null(&w);
    if (m->as_of_item) date_source(&w, "as_of_source", &m->as_of_item->u.per.a);
    json_key(&w, "revises");
    if (m->revises) mjson_text(&w, &m->revises->u.txt.text); else json_null(&w);
    json_key(&w, "goal");
    if (m->goal && (m->goal->flags & IF_TEXT)) mjson_text(&w, &m->goal->u.txt.text); else json_null(&w);
    json_key(&w, "viewpoints");
    json_arr(&w);
    for (uint32_t i = 0; i < m->nviewpoints; i++) simple(&w, &m->viewpoints[i]->e);
    json_arr_end(&w);
    json_key(&w, "sectors");
    json_arr(&w);
    for (uint32_t i = 0; i < m->nsectors; i++) simple(&w, &m->sectors[i]->e);
    json_arr_end(&w);
    json_key(&w, "projects");
    json_arr(&w);
    for (uint32_t i = 0; i < m->nprojects; i++) project(&w, m, m->projects[i]);
    json_arr_end(&w);
    json_key(&w, "milestones");
    json_arr(&w);
    for (uint32_t i = 0; i < m->nmilestones; i++) {
        const Item *it = m->milestones[i];
        json_obj(&w);
        json_key(&w, "date");
        mjson_date_last(&w, &it->u.txt.date);
        date_source(&w, "date_source", &it->u.txt.date);
        json_key(&w, "text");
        mjson_text(&w, &it->u.txt.text);
        json_obj_end(&w);
    }
    json_arr_end(&w);
    json_key(&w, "scale");
    json_obj(&w);
    json_kstr(&w, "name", m->scale->name);
    json_key(&w, "grades");
    json_arr(&w);
    for (uint32_t i = 0; i < m->scale->ngrades; i++) {
        const Grade *g = &m->scale->grades[i];
        json_obj(&w);
        json_kstr(&w, "id", g->id);
        json_kstr(&w, "label_ja", g->label_ja);
        json_kstr(&w, "label_en", g->label_en);
        json_obj_end(&w);
    }
    json_arr_end(&w);
    json_obj_end(&w);
    json_key(&w, "thresholds");
    json_obj(&w);
    json_knum(&w, "on_track", m->thresholds.on_track);
    json_knum(&w, "below", m->thresholds.below);
    json_knum(&w, "stale_days", m->thresholds.stale_days);
    json_obj_end(&w);
    json_obj_end(&w);
    json_obj_end(&w);
    json_end(&w);
}
