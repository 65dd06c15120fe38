/* allow.c - `# stratc: allow RULE[, RULE] [reason]`: a finding allowed
 * where it is right (see allow.h).
 *
 * The comment stands at the end of an item's first line or on the line(s)
 * just above the item; it silences the rules it names for that item and
 * everything in its block.  An allow that silences nothing (or names a rule
 * that does not exist, or one that cannot be allowed) is a warning of its
 * own, so allows do not outlive the findings they were written for. */
#include "allow.h"
#include "check_ctx.h"
#include "rules.h"
#include "suggest.h"
#include "xalloc.h"

#include <stdlib.h>
#include <string.h>

enum { ALLOW_MAX_RULES = 16 };

typedef struct Allow {
    Span comment;
    const Item *item;                   /* what it covers, NULL if nothing */
    const char *rule[ALLOW_MAX_RULES];  /* registered ids */
    Span rule_span[ALLOW_MAX_RULES];
    bool used[ALLOW_MAX_RULES];
    int nrules;
} Allow;

typedef struct Allows { Allow *v; size_t n, cap; } Allows;

/* Findings about the file itself, not about an item: allowing them would
 * hide that the file is not what stratc reads. */
static bool allowable(const char *id)
{
    static const char *const never[] = {"syntax", "encoding", "io", "internal", "limit",
                                        "unused-allow"};
    for (size_t i = 0; i < sizeof never / sizeof *never; i++)
        if (strcmp(id, never[i]) == 0) return false;
    return true;
}

static bool blank(char ch) { return ch == ' ' || ch == '\t' || ch == '\r'; }

/* Only blanks and whole comments between two offsets: an allow on the line
 * above an item may share those lines with other comments. */
static bool only_comments(const char *t, uint32_t from, uint32_t to)
{
    for (uint32_t i = from; i < to; i++) {
        if (blank(t[i]) || t[i] == '\n') continue;
        if (t[i] != '#') return false;
        while (i < to && t[i] != '\n') i++;
    }
    return true;
}

/* The first item starting after off, depth first (a block's items after
 * the block's own start), or the outermost one starting on [lo, hi). */
static const Item *item_after(const Item *it, uint32_t off)
{
    for (; it; it = it->next) {
        if (it->span.start > off) return it;
        if (it->span.end > off && (it->flags & IF_BLOCK) && it->kind != IT_GRADE) {
            const Item *in = item_after(it->u.ent.items, off);
            if (in) return in;
        }
    }
    return NULL;
}

static const Item *item_starting_in(const Item *it, uint32_t lo, uint32_t hi)
{
    for (; it; it = it->next) {
        if (it->span.start >= lo && it->span.start < hi) return it;
        if (it->span.start < lo && it->span.end > lo && (it->flags & IF_BLOCK) && it->kind != IT_GRADE) {
            const Item *in = item_starting_in(it->u.ent.items, lo, hi);
            if (in) return in;
        }
    }
    return NULL;
}

/* "# stratc: allow a, b  reason" -> the rule list, reported when a name is
 * not a rule.  Returns false for a comment that is not a stratc directive. */
static bool parse_allow(CheckCtx *c, const char *t, Span sp, Allow *a)
{
    uint32_t i = sp.start + 1, end = sp.end;
    while (i < end && blank(t[i])) i++;
    static const char PREFIX[] = "stratc:";
    if (end - i < sizeof PREFIX - 1 || memcmp(t + i, PREFIX, sizeof PREFIX - 1) != 0) return false;
    i += sizeof PREFIX - 1;
    while (i < end && blank(t[i])) i++;
    uint32_t w = i;
    while (i < end && t[i] >= 'a' && t[i] <= 'z') i++;
    if (i - w != 5 || memcmp(t + w, "allow", 5) != 0) {
        Span at = {sp.file, w, i > w ? i : end};
        Diag *g = check_add(c, "unused-allow", at, "unknown stratc directive '%.*s'", (int)(i - w), t + w);
        diag_help(g, "the directive is: # stratc: allow RULE[, RULE] [reason]");
        return false;
    }
    for (;;) {
        while (i < end && blank(t[i])) i++;
        uint32_t r = i;
        while (i < end && ((t[i] >= 'a' && t[i] <= 'z') || (t[i] >= '0' && t[i] <= '9') || t[i] == '-'))
            i++;
        if (i == r) {
            if (a->nrules == 0) {
                Span at = {sp.file, r, end};
                Diag *g = check_add(c, "unused-allow", at, "an allow comment names no rule");
                diag_help(g, "write # stratc: allow RULE[, RULE] [reason]");
            }
            break;
        }
        Span rs = {sp.file, r, i};
        char id[64];
        size_t n = i - r < sizeof id - 1 ? i - r : sizeof id - 1;
        memcpy(id, t + r, n);
        id[n] = '\0';
        const Rule *rule = rule_find(id);
        if (!rule) {
            size_t nall;
            const Rule *all = rules_all(&nall);
            const char **names = xmalloc(nall * sizeof *names);
            for (size_t k = 0; k < nall; k++) names[k] = all[k].id;
            Diag *g = check_add(c, "unused-allow", rs, "allow names '%s', which is not a rule", id);
            const char *best = suggest_closest(id, names, nall);
            if (best) diag_note(g, NULL, "did you mean '%s'?", best);
            else diag_help(g, "the rules are listed in doc/checks.md");
            free(names);
        } else if (!allowable(rule->id)) {
            check_add(c, "unused-allow", rs, "'%s' cannot be allowed: it is about the file, not an item", id);
        } else if (a->nrules < ALLOW_MAX_RULES) {
            a->rule[a->nrules] = rule->id;
            a->rule_span[a->nrules] = rs;
            a->nrules++;
        }
        size_t j = i;
        while (j < end && blank(t[j])) j++;
        if (j < end && t[j] == ',') { i = (uint32_t)j + 1; continue; }
        break;      /* the rest is the reason */
    }
    return true;
}

static void collect(CheckCtx *c, const AstFile *af, Allows *out)
{
    if (!af) return;
    SrcFile *f = src_file(c->s->src, af->file);
    const char *t = f->text;
    for (const Comment *cm = af->comments; cm; cm = cm->next) {
        if (!memmem(t + cm->span.start, cm->span.end - cm->span.start, "stratc:", 7)) continue;
        Allow a;
        memset(&a, 0, sizeof a);
        a.comment = cm->span;
        if (!parse_allow(c, t, cm->span, &a)) continue;
        uint32_t bol = cm->span.start;
        while (bol > 0 && t[bol - 1] != '\n') bol--;
        bool trailing = !only_comments(t, bol, cm->span.start);
        if (trailing) {
            a.item = item_starting_in(af->items, bol, cm->span.start);
        } else {
            const Item *next = item_after(af->items, cm->span.end);
            if (next && only_comments(t, cm->span.end, next->span.start)) a.item = next;
        }
        if (!a.item && a.nrules) {
            Diag *g = check_add(c, "unused-allow", cm->span, "this allow comment stands by no item");
            diag_help(g, "write it at the end of the item's first line, or on the line above it");
            continue;
        }
        if (a.nrules) {
            XGROW(out->v, out->cap, out->n + 1);
            out->v[out->n++] = a;
        }
    }
    /* Included files have comments of their own. */
    for (const Item *it = af->items; it; it = it->next) {
        if (it->kind == IT_INCLUDE) collect(c, it->u.txt.included, out);
        if (it->kind == IT_STRATEGY && (it->flags & IF_BLOCK))
            for (const Item *in = it->u.ent.items; in; in = in->next)
                if (in->kind == IT_INCLUDE) collect(c, in->u.txt.included, out);
    }
}

static bool silenced(const Diag *g, void *arg)
{
    Allows *as = arg;
    if (!g->located || !g->rule) return false;
    for (size_t i = 0; i < as->n; i++) {
        Allow *a = &as->v[i];
        const Span *sc = &a->item->span;
        if (g->span.file != sc->file || g->span.start < sc->start || g->span.start >= sc->end) continue;
        for (int k = 0; k < a->nrules; k++) {
            if (strcmp(a->rule[k], g->rule) == 0) {
                a->used[k] = true;
                return true;
            }
        }
    }
    return false;
}

void check_allows(CheckCtx *c, size_t first_diag)
{
    Allows as = {0};
    collect(c, c->m->ast, &as);
    /* The directive's own warnings are never silenced: unused-allow cannot
     * be allowed (allowable()). */
    diag_drop_if(&c->s->diags, first_diag, silenced, &as);
    /* With syntax errors, findings are held back (check.c), so an allow may
     * seem to silence nothing: say so only of a file without them. */
    if (!c->syntax_errors) {
        for (size_t i = 0; i < as.n; i++)
            for (int k = 0; k < as.v[i].nrules; k++)
                if (!as.v[i].used[k]) {
                    Diag *g = check_add(c, "unused-allow", as.v[i].rule_span[k],
                                        "this allow silences nothing: no '%s' finding here",
                                        as.v[i].rule[k]);
                    diag_help(g, "remove it, or move it to the item whose finding it allows");
                }
    }
    free(as.v);
}
