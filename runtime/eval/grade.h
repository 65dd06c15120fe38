/* grade.h - grading indicators and groups on the strategy's scale.
 *
 * The evaluator (eval.h) computes rates, pace and the canonical status; a
 * scale (lang/scale.h) turns those into the grades its owners publish.  The
 * preset rules and the roll-up are documented in doc/report.md. */
#ifndef STRAT_GRADE_H
#define STRAT_GRADE_H

#include <stdbool.h>
#include <stdint.h>
#include "arena.h"
#include "eval.h"
#include "scale.h"

typedef struct Grading {
    const Scale *scale;
    int *indicators;            /* grade index per model->indicators */
    int *projects;              /* roll-up per model->projects */
    int *sectors, *viewpoints;
    uint32_t *summary;          /* indicators per grade (scale->ngrades) */
    uint32_t *project_summary;  /* projects per grade */
    int no_data;                /* the grade an indicator without data gets */
} Grading;

/* One indicator's grade (index into scale->grades). */
int  grade_indicator(const Scale *s, const IndicatorEval *e);
/* Whether an indicator counts in roll-ups: it has an actual, or is
 * qualitative with a declared status. */
bool grade_has_data(const IndicatorEval *e);
/* Rounded mean of the grades that have data, ties to the better grade. */
int  grade_rollup(const int *grades, const bool *has_data, size_t n, int no_data);

Grading *grade_all(const Evaluation *ev, Arena *a);
/* The roll-up of n graded indicators (an indicator "cannot be measured"
 * stays out); scratch_g and scratch_d hold n each. */
int  grade_group(const Grading *g, const Evaluation *ev, const Indicator *const *inds, uint32_t n,
                 int *scratch_g, bool *scratch_d);

/* The status whose colour a grade is shown in: the presets' by meaning; a
 * declared scale's by position, best green to worst red, its no-data grade
 * grey.  The report and the graph colour the same way. */
Status grade_color(const Grading *gr, int g);
/* A status's colour as "#rrggbb", one that white text reads on (the HTML
 * report's badges, the graph's nodes). */
const char *status_color(Status s);

#endif
