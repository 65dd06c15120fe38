/* import_summary.c - what an import did, per indicator (import.h).
 *
 *   coal_shipping: added 25 at 令和3年度, 28 at 令和4年度
 *   roads: replaced 30.8 by 31 at R2.3
 *   water_pipes: skipped 3.2 at R2.3 (already in the plan)
 *   2 added, 1 replaced, 1 skipped
 */
#include "import.h"
#include "i18n.h"
#include "numtext.h"
#include "xalloc.h"

#include <stdarg.h>
#include <stdlib.h>

static int by_indicator(const void *x, const void *y)
{
    const ImportAct *a = *(const ImportAct *const *)x, *b = *(const ImportAct *const *)y;
    if (a->ind->index != b->ind->index) return a->ind->index < b->ind->index ? -1 : 1;
    if (a->kind != b->kind) return a->kind < b->kind ? -1 : 1;
    if (a->last != b->last) return a->last < b->last ? -1 : 1;
    return a->seq < b->seq ? -1 : a->seq > b->seq;
}

/* A growing string: the values of one kind, before its sentence is printed. */
typedef struct { char *p; size_t len, cap; } Buf;

static void buf_printf(Buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void buf_printf(Buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0) return;
    XGROW(b->p, b->cap, b->len + (size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(b->p + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

static void one(const ImportAct *a, Buf *out)
{
    if (a->kind == IA_REPLACE) {
        char old[NUMTEXT_MAX];
        num_spell(item_num(a->existing), old);
        /* TRANSLATORS: "30.8 by 31 at R2.3": the old value, the new, the date. */
        buf_printf(out, _("%s by %s at %s"), old, a->num, a->date);
    } else {
        /* TRANSLATORS: "25 at 令和3年度": a value and its date. */
        buf_printf(out, _("%s at %s"), a->num, a->date);
    }
}

/* One sentence per kind, the list of values in it, so that a translation
 * can put the verb where its language wants it. */
static void kind_line(uint8_t k, const char *list, FILE *out)
{
    if (k == IA_ADD) fprintf(out, _("added %s"), list);
    else if (k == IA_SKIP) fprintf(out, _("skipped %s (already in the plan)"), list);
    else fprintf(out, _("replaced %s"), list);
}

void import_summary(const ImportRun *run, FILE *out)
{
    const ImportAct **v = xmalloc((run->n + 1) * sizeof *v);
    size_t count[3] = {0, 0, 0};
    for (size_t i = 0; i < run->n; i++) {
        v[i] = &run->acts[i];
        count[run->acts[i].kind]++;
    }
    qsort(v, run->n, sizeof *v, by_indicator);
    for (size_t i = 0; i < run->n;) {
        const Indicator *ind = v[i]->ind;
        fprintf(out, "%s:", ent_id(&ind->e)->name);
        for (int first_kind = 1; i < run->n && v[i]->ind == ind; first_kind = 0) {
            uint8_t k = v[i]->kind;
            Buf list = {0};
            for (bool first = true; i < run->n && v[i]->ind == ind && v[i]->kind == k; i++) {
                /* TRANSLATORS: between the values of a list. */
                if (!first) buf_printf(&list, "%s", _(", "));
                one(v[i], &list);
                first = false;
            }
            fprintf(out, "%s ", first_kind ? "" : ";");
            kind_line(k, list.p ? list.p : "", out);
            free(list.p);
        }
        fputc('\n', out);
    }
    fprintf(out, _("%zu added, %zu replaced, %zu skipped"), count[IA_ADD], count[IA_REPLACE],
            count[IA_SKIP]);
    fputc('\n', out);
    free(v);
}
