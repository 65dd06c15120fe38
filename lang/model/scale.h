/* scale.h - grading scales: the seed's five grades, the national A/B/F/N,
 * the municipal S/A/B/C/−, and scales declared in the strategy.
 *
 * A scale is an ordered list of grades, best first.  The presets' rules are
 * built in (runtime/grade.c); a declared scale's grades carry conditions. */
#ifndef STRAT_SCALE_H
#define STRAT_SCALE_H

#include <stdbool.h>
#include <stdint.h>
#include "ast.h"

typedef enum { SCALE_SEED, SCALE_NATIONAL, SCALE_MUNICIPAL, SCALE_CUSTOM } ScaleKind;

typedef struct Grade {
    const char *id;             /* what `assessment` names: "A", "on_track" */
    const char *label_ja, *label_en;
    const Cond *when;           /* custom scales; NULL for presets */
    Span span;                  /* custom: the grade's declaration */
} Grade;

typedef struct Scale {
    ScaleKind kind;
    const char *name;           /* "seed", "national", "municipal" or the declared id */
    const Grade *grades;
    uint32_t ngrades;
    bool pace_based;            /* grades look at the expected pace: report shows "needed now" */
    bool pace_at_data;          /* the pace runs to each indicator's latest data date, not the
                                 * report date (national; a declared scale using expected_at_data) */
    const Item *item;           /* the `scale` item, NULL for the default */
} Scale;

const Scale *scale_preset(ScaleKind k);
/* "seed" | "national" | "municipal" -> the preset, or NULL. */
const Scale *scale_preset_named(const char *name);
/* Index of the grade named by id or by its Japanese label; -1 if none. */
int          scale_find(const Scale *s, const char *name);
/* A grade's label in the language asked for. */
const char  *grade_label(const Scale *s, int g, bool ja);

#endif
