/* eval.h - the evaluator: achievement rate, expected pace and status per
 * indicator, rolled up to projects, sectors and viewpoints, as of a date.
 *
 * `stratc report` prints it; `stratc check` compares declared assessments
 * with it.  The rules are documented in doc/report.md. */
#ifndef STRAT_EVAL_H
#define STRAT_EVAL_H

#include <stdbool.h>
#include <stdint.h>
#include "arena.h"
#include "model.h"

/* Why a rate (or a status) could not be computed.  ORDER: texts in eval.c. */
typedef enum {
    WHY_NONE,
    WHY_QUALITATIVE,        /* a text target: the declared status stands */
    WHY_NO_TARGET,          /* no numeric target */
    WHY_NO_ACTUAL,          /* no actual at or before the report date */
    WHY_DECREASE_NO_BASE,   /* a decreasing indicator needs a baseline */
    WHY_TARGET_IS_BASE,     /* the target equals the baseline */
    WHY_TARGET_ZERO,        /* increasing, no baseline, target 0 */
    WHY_NEGATIVE_NO_BASE,   /* no baseline and a target below 0 */
    WHY_FLOOR,              /* a >= / <= target the baseline already meets */
    WHY__COUNT
} EvalWhy;

typedef struct IndicatorEval {   /* one per indicator: ordered so as not to pad */
    const Indicator *ind;
    const Item *actual;         /* latest IT_ACTUAL at or before as_of; NULL if none */
    const Item *target;         /* the target that applies (doc/report.md); NULL if none */
    double rate;                /* fraction: 0.733 for 22 of 30 */
    double expected;            /* share of start..target date elapsed at as_of, 0..1 (at
                                 * the latest actual's date on a scale with pace_at_data) */
    double expected_data;       /* the same at the latest actual's date (counted in months
                                 * when every date is a month's end, as the national reviews) */
    double remaining;           /* what is left to reach the target (>= 0) */
    double forecast;            /* value at the target date at the recent trend (>= 0 for a
                                 * quantity whose values are all >= 0) */
    double needed_now;          /* the baseline-to-target line at `expected`; the target
                                 * itself for a line to hold */
    DayNum start;               /* where the pace line starts: baseline date or period start */
    DayNum reach;               /* has_reach: the day the trend reaches the target */
    Status status : 8;
    EvalWhy why_code : 8;       /* when !has_rate: why not (eval_why_text); WHY_NONE when has_rate */
    int8_t dir;                 /* which way is better for the target that applies: +1 / -1 */
    /* Bits: one of these per indicator. */
    bool has_rate : 1, has_expected : 1, has_expected_data : 1, has_remaining : 1, has_forecast : 1,
        has_needed : 1;
    bool has_reach : 1;         /* the forecast was held at 0: the target is reached first */
    bool maintain : 1;          /* a floor or ceiling the baseline meets, or target = baseline:
                                 * met or not met at each date, no rate */
    bool met : 1;               /* the actual meets the target in direction dir */
} IndicatorEval;

typedef struct GroupEval {
    Status status;              /* the roll-up (doc/report.md) */
    uint32_t counts[ST__COUNT]; /* its indicators by status */
} GroupEval;

struct Grading;     /* grade.h */

/* The groupings of a report (--by). */
typedef enum { EG_PROJECT, EG_SECTOR, EG_VIEWPOINT, EG__COUNT } EvalGroupBy;

/* A section of a report: all projects; or a sector (viewpoint) with the
 * projects that name it; or the projects that name none (entity NULL). */
typedef struct EvalGroup {
    const Entity *entity;       /* NULL: all projects, or those that name none */
    const GroupEval *eval;      /* its roll-up; NULL for all projects */
    const Project **projects;
    uint32_t nprojects;
    int grade;                  /* its roll-up on the strategy's scale */
} EvalGroup;

typedef struct EvalGrouping {
    EvalGroup *groups;
    uint32_t n;
} EvalGrouping;

typedef struct Evaluation {
    const Model *model;
    DayNum as_of;
    IndicatorEval *indicators;  /* indexed like model->indicators */
    GroupEval *projects;        /* indexed like model->projects */
    GroupEval *sectors;         /* indexed like model->sectors */
    GroupEval *viewpoints;      /* indexed like model->viewpoints */
    uint32_t summary[ST__COUNT];          /* indicators by status */
    uint32_t project_summary[ST__COUNT];  /* projects by status */
    GroupEval no_sector, no_viewpoint;    /* the projects that name none */
    const struct Grading *grading;        /* grades on the strategy's scale (rollup.h) */
    EvalGrouping by[EG__COUNT];           /* the report's sections per grouping */
} Evaluation;

/* as_of: the report date (the model's as_of, or --as-of); with the grades
 * and every roll-up a report prints (rollup.h).  Allocates from a. */
Evaluation *evaluate(const Model *m, DayNum as_of, Arena *a);

/* The why-text in English or Japanese ("" for WHY_NONE). */
const char *eval_why_text(EvalWhy w, bool ja);

/* The roll-up rule on its own, for tests and callers with their own groups. */
Status rollup_status(const Status *st, size_t n);

#endif
