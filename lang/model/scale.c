/* scale.c - the preset scales (their rules are in runtime/grade.c). */
#include "scale.h"

#include <string.h>

/* ORDER: the seed's grades are the Status values, best first. */
static const Grade SEED[] = {
    {"exceeded", "目標を上回る", "exceeded", NULL, {0, 0, 0}},
    {"achieved", "目標を達成", "achieved", NULL, {0, 0, 0}},
    {"on_track", "概ね目標通り", "on track", NULL, {0, 0, 0}},
    {"below", "目標を下回る", "below target", NULL, {0, 0, 0}},
    {"far_below", "目標を大幅に下回る", "far below target", NULL, {0, 0, 0}},
    {"no_data", "データなし", "no data", NULL, {0, 0, 0}},
};

/* The national growth-strategy KPI reviews (日本再興戦略 and its successors). */
static const Grade NATIONAL[] = {
    {"A", "A（目標達成に向け進捗）", "A: progress on pace", NULL, {0, 0, 0}},
    {"B", "B（進捗が遅れている）", "B: behind pace", NULL, {0, 0, 0}},
    {"F", "F（施策の実施自体が目標）", "F: the action is the KPI", NULL, {0, 0, 0}},
    {"N", "N（データ未公表）", "N: no data yet", NULL, {0, 0, 0}},
};

/* A municipal comprehensive plan's scale, as 長与町 grades its 第9次総合計画's
 * numeric targets: S beyond the target, A beyond the baseline, B 基準値と同水準
 * (△10%以内: △ is the minus sign, so at most 10 % worse), C worse than that. */
static const Grade MUNICIPAL[] = {
    {"S", "S（目標値を上回る）", "S: beyond the target", NULL, {0, 0, 0}},
    {"A", "A（基準値を上回る）", "A: better than the baseline", NULL, {0, 0, 0}},
    {"B", "B（基準値と同水準・△10%以内）", "B: at most 10% worse than the baseline", NULL, {0, 0, 0}},
    {"C", "C（基準値を△10%超下回る）", "C: more than 10% worse than the baseline", NULL, {0, 0, 0}},
    {"−", "−（測定不能）", "−: cannot be measured", NULL, {0, 0, 0}},
};

static const Scale PRESETS[] = {
    {SCALE_SEED, "seed", SEED, 6, true, false, NULL},
    {SCALE_NATIONAL, "national", NATIONAL, 4, true, true, NULL},
    {SCALE_MUNICIPAL, "municipal", MUNICIPAL, 5, false, false, NULL},
};

const Scale *scale_preset(ScaleKind k) { return k <= SCALE_MUNICIPAL ? &PRESETS[k] : NULL; }

const Scale *scale_preset_named(const char *name)
{
    for (size_t i = 0; i < sizeof PRESETS / sizeof *PRESETS; i++)
        if (strcmp(PRESETS[i].name, name) == 0) return &PRESETS[i];
    return NULL;
}

int scale_find(const Scale *s, const char *name)
{
    for (uint32_t i = 0; i < s->ngrades; i++) {
        const Grade *g = &s->grades[i];
        if (strcmp(g->id, name) == 0 || (g->label_ja && strcmp(g->label_ja, name) == 0)) return (int)i;
    }
    /* The municipal "−" may be typed as "none" or the full-width minus. */
    if (s->kind == SCALE_MUNICIPAL && (strcmp(name, "none") == 0 || strcmp(name, "－") == 0))
        return 4;
    return -1;
}

const char *grade_label(const Scale *s, int g, bool ja)
{
    if (g < 0 || (uint32_t)g >= s->ngrades) return "?";
    const Grade *x = &s->grades[g];
    const char *l = ja ? x->label_ja : x->label_en;
    return l ? l : x->id;
}
