/* lsp_complete.c - textDocument/completion.
 *
 * What may be typed at the cursor, from the text before it (so it works in
 * a half-written file the parser rejects): the items of the enclosing block
 * at the start of an item; sector or viewpoint ids after `sectors` or
 * `viewpoints`; statuses after `status`, the strategy's grades after
 * `assessment`, the words of `direction`, `kind`, `scale` and `starts`;
 * dates after `period`, `as_of`, `at` or `by`. */
#include "lsp_int.h"
#include "xalloc.h"

#include <stdlib.h>
#include <string.h>

/* The items each block holds (doc/language.md). */
static const struct { const char *block; const char *items[16]; } BLOCKS[] = {
    {"", {"strategy"}},
    {"strategy", {"period", "fiscal_year", "as_of", "revises", "include", "goal", "viewpoint", "sector",
                  "project", "milestone", "thresholds", "scale", "note"}},
    {"project", {"sectors", "viewpoints", "activity", "owner", "indicator", "assessment", "note",
                 "renamed_from"}},
    {"indicator", {"unit", "baseline", "target", "actual", "status", "direction", "kind", "source",
                   "note", "renamed_from"}},
    {"viewpoint", {"note", "renamed_from"}},
    {"sector", {"note", "renamed_from"}},
    {"thresholds", {"on_track", "below", "stale_days"}},
    {"scale", {"grade"}},
};

enum { CK_VALUE = 12, CK_KEYWORD = 14, CK_REFERENCE = 18, CK_ENUM_MEMBER = 20 };

static bool word_byte(unsigned char c)
{
    return c >= 0x80 || c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

typedef struct Ctx {
    char block[16];             /* the innermost open block's keyword, "" at the top */
    char first[32];             /* the first word of the cursor's line */
    char prev[32];              /* the last whole word before the cursor's */
    bool at_item_start;         /* only the word being typed is on the line */
    bool in_string;
} Ctx;

static void copy_word(char *dst, size_t cap, const char *s, size_t n)
{
    if (n >= cap) n = cap - 1;
    memcpy(dst, s, n);
    dst[n] = '\0';
}

/* Scans text[0, off): blocks opened and closed, outside strings and comments. */
static void scan(const char *t, uint32_t off, Ctx *c)
{
    enum { MAXD = 64 };
    char stack[MAXD][16];
    int depth = 0;
    char stmt[16] = "";
    bool stmt_start = true;
    uint32_t i = 0;
    c->in_string = false;
    while (i < off) {
        unsigned char ch = (unsigned char)t[i];
        if (ch == '#') {
            while (i < off && t[i] != '\n') i++;
        } else if (ch == '"') {
            i++;
            while (i < off && t[i] != '"' && t[i] != '\n') i += t[i] == '\\' ? 2 : 1;
            if (i >= off) { c->in_string = true; break; }
            i++;
        } else if (ch == '{') {
            if (depth < MAXD) snprintf(stack[depth], sizeof stack[depth], "%s", stmt);
            depth++;
            stmt_start = true;
            i++;
        } else if (ch == '}') {
            if (depth > 0) depth--;
            stmt_start = true;
            i++;
        } else if (ch == '\n') {
            stmt_start = true;
            i++;
        } else if (word_byte(ch)) {
            uint32_t s = i;
            while (i < off && word_byte((unsigned char)t[i])) i++;
            if (stmt_start) copy_word(stmt, sizeof stmt, t + s, i - s);
            stmt_start = false;
        } else {
            i++;
        }
    }
    snprintf(c->block, sizeof c->block, "%s", depth == 0 ? "" : depth <= MAXD ? stack[depth - 1] : "?");
    /* The cursor's line: its first word, the word before the one being typed. */
    uint32_t bol = off;
    while (bol > 0 && t[bol - 1] != '\n') bol--;
    uint32_t e = off;
    while (e > bol && word_byte((unsigned char)t[e - 1])) e--;     /* the word being typed */
    uint32_t p = bol;
    while (p < e && (t[p] == ' ' || t[p] == '\t' || t[p] == '{' || t[p] == '}')) p++;
    c->at_item_start = p == e;
    uint32_t fe = p;
    while (fe < e && word_byte((unsigned char)t[fe])) fe++;
    copy_word(c->first, sizeof c->first, t + p, fe - p);
    uint32_t pe = e;
    while (pe > bol && (t[pe - 1] == ' ' || t[pe - 1] == '\t' || t[pe - 1] == ',')) pe--;
    uint32_t ps = pe;
    while (ps > bol && word_byte((unsigned char)t[ps - 1])) ps--;
    copy_word(c->prev, sizeof c->prev, t + ps, pe - ps);
}

static void item(json_t *out, const char *label, int kind, const char *detail, size_t dlen)
{
    json_t *it = json_pack("{s:s, s:i}", "label", label, "kind", kind);
    if (detail) json_object_set_new(it, "detail", json_stringn(detail, dlen));
    json_array_append_new(out, it);
}

static void entities(json_t *out, const Entity *const *all, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++)
        if (ent_id(all[i])->name)
            item(out, ent_id(all[i])->name, CK_REFERENCE, ent_title(all[i])->bytes, ent_title(all[i])->len);
}

static void add_date(json_t *out, const char *d)
{
    size_t i;
    json_t *v;
    json_array_foreach(out, i, v)
        if (strcmp(json_string_value(json_object_get(v, "label")), d) == 0) return;
    item(out, d, CK_VALUE, NULL, 0);
}

/* The fiscal years of the period as 令和2年度, and the report date as R2.3. */
static void dates(json_t *out, const Model *m)
{
    if (m->period && m->period->u.per.a.valid && m->period->u.per.b.valid) {
        int y0, y1, mo, dd;
        civil_from_days(m->start, &y0, &mo, &dd);
        civil_from_days(m->end, &y1, &mo, &dd);
        if (mo < 4) y1--;
        for (int y = y0; y <= y1 && y - y0 < 50; y++) {
            DateSpec s = {.year = y, .form = DF_NENDO, .kanji = 1};
            char b[64];
            /* The era in force at the year's end, as offices write it: the
             * year from April 2019 is 令和元年度, not 平成31年度. */
            date_render_in_era(&s, era_of_day(days_from_civil(y + 1, 3, 31)), b, sizeof b);
            add_date(out, b);
        }
    }
    if (m->as_of_item && m->as_of_item->u.per.a.valid) {
        char b[64];
        date_render(&m->as_of_item->u.per.a.spec, b, sizeof b);
        add_date(out, b);
    }
}

json_t *lsp_completion(Lsp *l, const json_t *params, LspReply *r)
{
    uint32_t off;
    LspDoc *d = lsp_request_doc(l, params, true, &off, r);
    if (!d) return NULL;
    SrcFile *f = lsp_doc_src(d);
    Ctx c;
    scan(f->text, off, &c);
    json_t *out = json_array();
    if (c.in_string) return out;
    const Model *m = d->model;
    /* Typed a space (the trigger character): worth an answer only where a
     * word is expected after another, not while indenting. */
    bool by_space = json_integer_value(json_object_get(json_object_get(params, "context"), "triggerKind")) == 2;
    if (c.at_item_start) {
        if (by_space) return out;
        for (size_t i = 0; i < sizeof BLOCKS / sizeof *BLOCKS; i++) {
            if (strcmp(BLOCKS[i].block, c.block) != 0) continue;
            for (size_t j = 0; j < 16 && BLOCKS[i].items[j]; j++) item(out, BLOCKS[i].items[j], CK_KEYWORD, NULL, 0);
        }
        return out;
    }
    if (!m) return out;
    if (strcmp(c.first, "sectors") == 0) {
        entities(out, (const Entity *const *)m->sectors, m->nsectors);
    } else if (strcmp(c.first, "viewpoints") == 0) {
        entities(out, (const Entity *const *)m->viewpoints, m->nviewpoints);
    } else if (strcmp(c.first, "status") == 0 && strcmp(c.prev, "status") == 0) {
        for (int i = 0; i < ST__COUNT; i++)
            item(out, status_name((Status)i), CK_ENUM_MEMBER, status_label_ja((Status)i),
                 strlen(status_label_ja((Status)i)));
    } else if (strcmp(c.first, "assessment") == 0 && strcmp(c.prev, "assessment") == 0) {
        for (uint32_t i = 0; i < m->scale->ngrades; i++) {
            const Grade *g = &m->scale->grades[i];
            item(out, g->id, CK_ENUM_MEMBER, g->label_ja, g->label_ja ? strlen(g->label_ja) : 0);
        }
    } else if (strcmp(c.first, "direction") == 0 && strcmp(c.prev, "direction") == 0) {
        item(out, "increase", CK_ENUM_MEMBER, NULL, 0);
        item(out, "decrease", CK_ENUM_MEMBER, NULL, 0);
    } else if (strcmp(c.first, "kind") == 0 && strcmp(c.prev, "kind") == 0) {
        item(out, "output", CK_ENUM_MEMBER, NULL, 0);
        item(out, "outcome", CK_ENUM_MEMBER, NULL, 0);
    } else if (strcmp(c.first, "scale") == 0 && strcmp(c.prev, "scale") == 0) {
        static const char *const presets[] = {"seed", "national", "municipal"};
        for (size_t i = 0; i < 3; i++) item(out, presets[i], CK_ENUM_MEMBER, NULL, 0);
    } else if (strcmp(c.prev, "starts") == 0) {
        static const char *const months[] = {"january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december"};
        for (size_t i = 0; i < 12; i++) item(out, months[i], CK_ENUM_MEMBER, NULL, 0);
    } else if (strcmp(c.prev, "at") == 0 || strcmp(c.prev, "by") == 0
               || (strcmp(c.first, "as_of") == 0 && strcmp(c.prev, "as_of") == 0)
               || strcmp(c.first, "period") == 0) {
        dates(out, m);
    }
    return out;
}
