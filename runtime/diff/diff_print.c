/* diff_print.c - the change list as text, Markdown or JSON (see diff.h).
 *
 * text reads like a terraform plan: `+` added, `-` removed, `~` changed,
 * `→` between old and new; an entity's changes are indented under one
 * header line, an indicator's under its project.  Long texts show a
 * character-level diff, `[-old-]{+new+}` (Markdown: <del>old</del><ins>new</ins>). */
#include "diff.h"
#include "i18n.h"
#include "jsonw.h"
#include "textdiff.h"

#include <math.h>
#include <string.h>

typedef struct P {
    FILE *f;
    DiffFormat fmt;
    bool color;
} P;

enum { C_RESET, C_ADD, C_DEL, C_CHG, C_DIM };

static void color(const P *p, int c)
{
    static const char *const codes[] = {"\033[0m", "\033[32m", "\033[31m", "\033[33m", "\033[2m"};
    if (p->color) fputs(codes[c], p->f);
}

/* ---- plain values ---------------------------------------------------- */

static void put_md_escaped(FILE *f, const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        if (strchr("\\`*_[]<>|~#", s[i]) && s[i]) fputc('\\', f);
        if (s[i] == '\n') { fputs("<br>", f); continue; }
        fputc(s[i], f);
    }
}

/* A text as the language writes it: quoted, with \" \\ \n \t escaped. */
static void put_quoted(FILE *f, const char *s, size_t len)
{
    fputc('"', f);
    for (size_t i = 0; i < len; i++) {
        switch (s[i]) {
        case '"':  fputs("\\\"", f); break;
        case '\\': fputs("\\\\", f); break;
        case '\n': fputs("\\n", f); break;
        case '\t': fputs("\\t", f); break;
        default:   fputc(s[i], f);
        }
    }
    fputc('"', f);
}

static void put_text(const P *p, const char *s, size_t len)
{
    if (p->fmt == DIFF_MD) put_md_escaped(p->f, s, len);
    else put_quoted(p->f, s, len);
}

static void put_num(FILE *f, double v)
{
    char b[40];
    json_format_double(v, b, sizeof b);
    fputs(b, f);
}

static bool date_written(const Date *d) { return d && d->valid && d->span.end > d->span.start; }

static void put_date(FILE *f, const Date *d)
{
    char b[64];
    if (date_written(d)) {
        date_render(&d->spec, b, sizeof b);
    } else if (d && d->valid) {
        date_iso(d->last, b);
    } else {
        strcpy(b, "?");
    }
    fputs(b, f);
}

static const char *op_text(int op)
{
    return op == OP_GE ? ">= " : op == OP_LE ? "<= " : op == OP_EQ ? "= " : "";
}

static void put_value(const P *p, const DiffVal *v)
{
    FILE *f = p->f;
    switch (v->t) {
    case DV_NULL: fputs("(none)", f); break;
    case DV_TEXT: put_text(p, v->s, v->len); break;
    case DV_NUM:  put_num(f, v->num); break;
    case DV_DATE: put_date(f, v->date); break;
    case DV_PERIOD:
        put_date(f, v->date);
        fputs(" .. ", f);
        put_date(f, v->date2);
        break;
    case DV_IDS:
        if (!v->nids) fputs("(none)", f);
        for (uint32_t i = 0; i < v->nids; i++) {
            if (i) fputs(", ", f);
            if (p->fmt == DIFF_MD) fprintf(f, "`%s`", v->ids[i]);
            else fputs(v->ids[i], f);
        }
        break;
    case DV_MEASURE:
    case DV_TARGET:
        fputs(op_text(v->op), f);
        if (v->has_num) {
            put_num(f, v->num);
            if (v->unit) fprintf(f, " %s", v->unit);
        } else {
            put_text(p, v->s, v->len);
        }
        if (date_written(v->date)) {
            fputs(v->t == DV_TARGET ? " by " : " at ", f);
            put_date(f, v->date);
        }
        break;
    case DV_STATUS:
        fputs(v->word ? v->word : "?", f);
        if (v->s) { fputc(' ', f); put_text(p, v->s, v->len); }
        break;
    case DV_MILESTONE:
        put_date(f, v->date);
        fputc(' ', f);
        put_text(p, v->s, v->len);
        break;
    }
}

/* ---- inline text diff ------------------------------------------------- */

/* A piece of a text inside its quotes (text) or escaped (Markdown). */
static void put_piece(const P *p, const char *s, size_t len)
{
    if (p->fmt == DIFF_MD) { put_md_escaped(p->f, s, len); return; }
    for (size_t k = 0; k < len; k++) {
        if (s[k] == '"' || s[k] == '\\') fputc('\\', p->f);
        if (s[k] == '\n') { fputs("\\n", p->f); continue; }
        fputc(s[k], p->f);
    }
}

static void put_inline(const P *p, const DiffVal *o, const DiffVal *n)
{
    TextDiff td;
    textdiff(o->s, o->len, n->s, n->len, &td);
    bool md = p->fmt == DIFF_MD;
    if (!md) fputc('"', p->f);
    for (size_t i = 0; i < td.n; i++) {
        const TextSeg *g = &td.segs[i];
        const char *src = g->op == TD_INSERT ? n->s : o->s;
        if (g->op == TD_EQUAL) {
            put_piece(p, src + g->off, g->len);
            continue;
        }
        bool del = g->op == TD_DELETE;
        color(p, del ? C_DEL : C_ADD);
        /* Markdown: HTML tags, because ~~ and ** do not close after
         * punctuation such as 、 or before a space (CommonMark flanking). */
        fputs(md ? (del ? "<del>" : "<ins>") : (del ? "[-" : "{+"), p->f);
        put_piece(p, src + g->off, g->len);
        fputs(md ? (del ? "</del>" : "</ins>") : (del ? "-]" : "+}"), p->f);
        color(p, C_RESET);
    }
    if (!md) fputc('"', p->f);
    textdiff_free(&td);
}

static void put_rel(FILE *f, double rel)
{
    double pc = rel * 100;
    if (fabs(pc) >= 9.95 || fabs(pc - round(pc)) < 0.05) fprintf(f, " (%+.0f%%)", pc);
    else fprintf(f, " (%+.1f%%)", pc);
}

/* ---- text and Markdown ------------------------------------------------ */

static bool same_group(const DiffChange *a, const DiffChange *b)
{
    if (a->entity != b->entity) return false;
    if (!a->path || !b->path) return a->path == b->path;
    return strcmp(a->path, b->path) == 0;
}

static void put_entity(const P *p, const DiffChange *c)
{
    FILE *f = p->f;
    bool md = p->fmt == DIFF_MD;
    fputs(diff_entity_name(c->entity), f);
    if (c->entity == DE_MILESTONE) {
        fputc(' ', f);
        if (c->when) put_date(f, c->when);
        else fputs(c->path, f);
        return;
    }
    if (c->id) fprintf(f, md ? " `%s`" : " %s", c->id);
    if (c->title) {
        fputc(' ', f);
        put_text(p, c->title, c->title_len);
    }
}

/* One line: marker, indent, body. */
static void line_start(const P *p, int indent, char mark)
{
    if (p->fmt == DIFF_MD) {
        fprintf(p->f, "%*s- ", indent, "");
        return;
    }
    color(p, mark == '+' ? C_ADD : mark == '-' ? C_DEL : C_CHG);
    fprintf(p->f, "%*s%c ", indent, "", mark);
}

static void md_kind(const P *p, const char *word)
{
    if (p->fmt == DIFF_MD) fprintf(p->f, "**%s** ", word);
}

static void field_line(const P *p, int indent, const DiffChange *c)
{
    FILE *f = p->f;
    char mark = c->old.t == DV_NULL ? '+' : c->new_.t == DV_NULL ? '-' : '~';
    line_start(p, indent, mark);
    fputs(c->field, f);
    if (p->fmt == DIFF_MD && mark != '~') fputs(mark == '+' ? _(" added") : _(" removed"), f);
    fputs(": ", f);
    color(p, C_RESET);
    if (mark == '+') put_value(p, &c->new_);
    else if (mark == '-') put_value(p, &c->old);
    else if (c->inline_text) put_inline(p, &c->old, &c->new_);
    else {
        put_value(p, &c->old);
        fputs(" → ", f);
        put_value(p, &c->new_);
        if (c->has_rel) put_rel(f, c->rel);
    }
    fputc('\n', f);
}

static void print_tree(const DiffResult *r, const P *p)
{
    FILE *f = p->f;
    const char *cur_project = NULL;      /* the project whose header was printed last */
    size_t i = 0;
    while (i < r->n) {
        const DiffChange *c = &r->v[i];
        size_t e = i + 1;
        while (e < r->n && same_group(c, &r->v[e])) e++;
        int base = 0;
        if (c->entity == DE_INDICATOR) {
            if (!cur_project || strcmp(cur_project, c->project) != 0) {
                line_start(p, 0, '~');
                md_kind(p, _("changed"));
                fprintf(f, p->fmt == DIFF_MD ? "project `%s`" : "project %s", c->project);
                color(p, C_RESET);
                fputc('\n', f);
                cur_project = c->project;
            }
            base = p->fmt == DIFF_MD ? 2 : 4;
        } else if (c->entity == DE_PROJECT) {
            cur_project = c->id;
        } else {
            cur_project = NULL;
        }
        int sub = base + (p->fmt == DIFF_MD ? 2 : 4);
        if (c->kind == DK_ADDED || c->kind == DK_REMOVED) {
            bool add = c->kind == DK_ADDED;
            line_start(p, base, add ? '+' : '-');
            md_kind(p, add ? _("added") : _("removed"));
            put_entity(p, c);
            if (c->entity == DE_GOAL) {
                fputc(' ', f);
                put_value(p, add ? &c->new_ : &c->old);
            }
            if (c->entity == DE_MILESTONE) {
                const DiffVal *v = add ? &c->new_ : &c->old;
                fputc(' ', f);
                put_text(p, v->s, v->len);
            }
            color(p, C_RESET);
            fputc('\n', f);
            i = e;
            continue;
        }
        /* A changed entity: header with rename and move, then its fields. */
        line_start(p, base, '~');
        md_kind(p, _("changed"));
        put_entity(p, c);
        for (size_t k = i; k < e; k++) {
            const DiffChange *h = &r->v[k];
            if (h->kind == DK_RENAMED)
                fprintf(f, p->fmt == DIFF_MD ? (h->inferred ? _(" (renamed from `%s`, inferred)") : _(" (renamed from `%s`)"))
                                             : (h->inferred ? _(" (renamed from %s, inferred)") : _(" (renamed from %s)")),
                        h->old_id);
            if (h->kind == DK_MOVED) {
                fputs(_(" (moved from "), f);
                put_piece(p, h->old.s, h->old.len);
                fputs(_(")"), f);
            }
        }
        color(p, C_RESET);
        fputc('\n', f);
        for (size_t k = i; k < e; k++)
            if (r->v[k].kind == DK_CHANGED) field_line(p, sub, &r->v[k]);
        i = e;
    }
}

static void summary(const DiffResult *r, FILE *f)
{
    fprintf(f, _("%zu added, %zu removed, %zu renamed, %zu moved, %zu changed."), r->added, r->removed,
            r->renamed, r->moved, r->changed);
}

/* ---- JSON ------------------------------------------------------------- */

static void json_day(JsonW *w, const Date *d)
{
    if (!d || !d->valid) { json_null(w); return; }
    char b[16];
    date_iso(d->last, b);
    json_str(w, b);
}

static void json_value(JsonW *w, const DiffVal *v)
{
    char b[16];
    switch (v->t) {
    case DV_NULL: json_null(w); break;
    case DV_TEXT: json_strn(w, v->s, v->len); break;
    case DV_NUM:  json_num(w, v->num); break;
    case DV_DATE: json_day(w, v->date); break;
    case DV_PERIOD:
        json_obj(w);
        json_key(w, "start");
        if (v->date && v->date->valid) { date_iso(v->date->first, b); json_str(w, b); }
        else json_null(w);
        json_key(w, "end");
        json_day(w, v->date2);
        json_obj_end(w);
        break;
    case DV_IDS:
        json_arr(w);
        for (uint32_t i = 0; i < v->nids; i++) json_str(w, v->ids[i]);
        json_arr_end(w);
        break;
    case DV_MEASURE:
    case DV_TARGET:
        json_obj(w);
        if (v->t == DV_TARGET)
            json_kstr(w, "op", v->op == OP_GE ? ">=" : v->op == OP_LE ? "<=" : v->op == OP_EQ ? "=" : NULL);
        json_key(w, "value");
        if (v->has_num) json_num(w, v->num); else json_null(w);
        if (v->unit) json_kstr(w, "unit", v->unit);
        if (v->t == DV_TARGET) {
            json_key(w, "text");
            if (v->has_num) json_null(w); else json_strn(w, v->s, v->len);
        }
        json_key(w, "date");
        json_day(w, v->date);
        json_obj_end(w);
        break;
    case DV_STATUS:
        json_obj(w);
        json_kstr(w, "status", v->word);
        json_key(w, "text");
        if (v->s) json_strn(w, v->s, v->len); else json_null(w);
        json_obj_end(w);
        break;
    case DV_MILESTONE:
        json_obj(w);
        json_key(w, "date");
        json_day(w, v->date);
        json_key(w, "text");
        json_strn(w, v->s, v->len);
        json_obj_end(w);
        break;
    }
}

static void print_json(const DiffResult *r, FILE *f)
{
    JsonW w;
    json_init(&w, f, true);
    json_obj(&w);
    json_kstr(&w, "old", r->old_name);
    json_kstr(&w, "new", r->new_name);
    json_key(&w, "changes");
    json_arr(&w);
    for (size_t i = 0; i < r->n; i++) {
        const DiffChange *c = &r->v[i];
        json_obj(&w);
        json_kstr(&w, "kind", diff_kind_name(c->kind));
        json_kstr(&w, "entity", diff_entity_name(c->entity));
        json_kstr(&w, "id", c->id);
        if (c->kind == DK_RENAMED) {
            json_kstr(&w, "old_id", c->old_id);
            json_kbool(&w, "inferred", c->inferred);
        }
        json_kstr(&w, "path", c->path);
        if (c->project) json_kstr(&w, "project", c->project);
        if (c->kind == DK_CHANGED) json_kstr(&w, "field", c->field);
        json_key(&w, "old");
        json_value(&w, &c->old);
        json_key(&w, "new");
        json_value(&w, &c->new_);
        if (c->has_rel) json_knum(&w, "relative", round(c->rel * 1e6) / 1e6);
        json_obj_end(&w);
    }
    json_arr_end(&w);
    json_key(&w, "summary");
    json_obj(&w);
    json_kint(&w, "added", (long long)r->added);
    json_kint(&w, "removed", (long long)r->removed);
    json_kint(&w, "renamed", (long long)r->renamed);
    json_kint(&w, "moved", (long long)r->moved);
    json_kint(&w, "changed", (long long)r->changed);
    json_obj_end(&w);
    json_obj_end(&w);
    json_end(&w);
}

void diff_print(const DiffResult *r, DiffFormat fmt, bool color_on, FILE *out)
{
    P p = {out, fmt, color_on && fmt == DIFF_TEXT};
    switch (fmt) {
    case DIFF_JSON:
        print_json(r, out);
        break;
    case DIFF_MD:
        fprintf(out, "### stratc diff: `%s` → `%s`\n\n", r->old_name, r->new_name);
        if (!r->n) { fprintf(out, "%s\n", _("No semantic differences.")); break; }
        summary(r, out);
        fputs("\n\n", out);
        print_tree(r, &p);
        break;
    case DIFF_TEXT:
        if (!r->n) break;
        print_tree(r, &p);
        fputc('\n', out);
        summary(r, out);
        fputc('\n', out);
        break;
    }
}
