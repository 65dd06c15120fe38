/* import_summary.c - what an import did, per indicator (import.h).
 *
 *   coal_shipping: added 25 at 令和3年度, 28 at 令和4年度
 *   roads: replaced 30.8 by 31 at R2.3
 *   water_pipes: skipped 3.2 at R2.3 (already in the plan)
 *   2 added, 1 replaced, 1 skipped
 */
#include "import.h"
#include "numtext.h"
#include "xalloc.h"

#include <stdlib.h>

static int by_indicator(const void *x, const void *y)
{
    const ImportAct *a = *(const ImportAct *const *)x, *b = *(const ImportAct *const *)y;
    if (a->ind->index != b->ind->index) return a->ind->index < b->ind->index ? -1 : 1;
    if (a->kind != b->kind) return a->kind < b->kind ? -1 : 1;
    if (a->last != b->last) return a->last < b->last ? -1 : 1;
    return a->seq < b->seq ? -1 : a->seq > b->seq;
}

static void one(const ImportAct *a, FILE *out)
{
    if (a->kind == IA_REPLACE) {
        char old[NUMTEXT_MAX];
        num_spell(item_num(a->existing), old);
        fprintf(out, "%s by %s at %s", old, a->num, a->date);
    } else {
        fprintf(out, "%s at %s", a->num, a->date);
    }
}

void import_summary(const ImportRun *run, FILE *out)
{
    static const char *const VERB[] = {"added", "skipped", "replaced"};   /* ORDER: ImportActKind */
    const ImportAct **v = xmalloc((run->n + 1) * sizeof *v);
    size_t count[3] = {0, 0, 0};
    for (size_t i = 0; i < run->n; i++) {
        v[i] = &run->acts[i];
        count[run->acts[i].kind]++;
    }
    qsort(v, run->n, sizeof *v, by_indicator);
    for (size_t i = 0; i < run->n;) {
        const Indicator *ind = v[i]->ind;
        fprintf(out, "%s:", ind->e.id.name);
        for (int first_kind = 1; i < run->n && v[i]->ind == ind; first_kind = 0) {
            uint8_t k = v[i]->kind;
            fprintf(out, "%s %s ", first_kind ? "" : ";", VERB[k]);
            for (bool first = true; i < run->n && v[i]->ind == ind && v[i]->kind == k; i++) {
                if (!first) fputs(", ", out);
                one(v[i], out);
                first = false;
            }
            if (k == IA_SKIP) fputs(" (already in the plan)", out);
        }
        fputc('\n', out);
    }
    fprintf(out, "%zu added, %zu replaced, %zu skipped\n", count[IA_ADD], count[IA_REPLACE],
            count[IA_SKIP]);
    free(v);
}
