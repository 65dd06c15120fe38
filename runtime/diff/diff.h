/* diff.h - what a revision changed, semantically: `stratc diff`.
 *
 * diff_models() matches the entities of two models loaded into one Strat
 * (so interned ids are pointer-equal and matching is a hash lookup) and
 * lists the changes in the order of the strategy's structure: strategy
 * fields, goal, viewpoints, sectors, projects with their indicators,
 * milestones.  diff_print() renders that list as text, Markdown or JSON
 * (doc/diff.md).  Texts are compared after NFKC, so a width variant
 * (ｴﾈﾙｷﾞｰ / エネルギー) is not a change; neither are layout, comments, the
 * order of entities or list items, or the `revises` line. */
#ifndef STRAT_DIFF_H
#define STRAT_DIFF_H

#include <stdbool.h>
#include <stdio.h>
#include "strat.h"

typedef enum { DK_ADDED, DK_REMOVED, DK_CHANGED, DK_RENAMED, DK_MOVED } DiffKind;  /* ORDER */

typedef enum {                  /* ORDER: diff_entity_name() */
    DE_STRATEGY, DE_GOAL, DE_VIEWPOINT, DE_SECTOR, DE_PROJECT, DE_INDICATOR, DE_MILESTONE
} DiffEntity;

typedef enum {
    DV_NULL,                    /* absent */
    DV_TEXT,                    /* s, len */
    DV_NUM,                     /* num */
    DV_DATE,                    /* date */
    DV_PERIOD,                  /* date .. date2 */
    DV_IDS,                     /* ids, nids */
    DV_MEASURE,                 /* num unit [at date]: baseline, actual */
    DV_TARGET,                  /* [op] num unit | "text", [by date] */
    DV_STATUS,                  /* word ["text"]: assessment, declared status */
    DV_MILESTONE                /* date "text" */
} DiffValType;

typedef struct DiffVal {
    DiffValType t;
    const char *s;              /* TEXT, and the text of TARGET, STATUS, MILESTONE */
    size_t len;
    const char *word;           /* STATUS */
    double num;
    const char *unit;
    int op;                     /* TARGET: OP_* */
    bool has_num;               /* TARGET: quantitative */
    const Date *date, *date2;   /* NULL: none (a target's: due at the end of the period) */
    const char **ids;
    uint32_t nids;
} DiffVal;

typedef struct DiffChange {
    DiffKind kind;
    DiffEntity entity;
    const char *id;             /* new id (old id when removed); NULL for goal, milestone */
    const char *old_id;         /* renamed */
    const char *path;           /* "project/indicator", "viewpoint", or a milestone's date */
    const char *project;        /* an indicator's project (new one, or old when removed) */
    const char *title;          /* the entity's title, for headers */
    size_t title_len;
    const Date *when;           /* a milestone's date (the new one when changed) */
    const char *field;          /* changed: "title", "target", ...; NULL otherwise */
    DiffVal old, new_;
    bool inferred;              /* renamed by similarity, not by renamed_from */
    bool inline_text;           /* long text: show a character-level diff */
    bool has_rel;               /* numbers: relative change */
    double rel;
} DiffChange;

typedef struct DiffResult {
    DiffChange *v;
    size_t n, cap;
    const char *old_name, *new_name;
    size_t added, removed, renamed, moved, changed;     /* entities */
} DiffResult;

/* Either model may be NULL (a file added or deleted in git). */
void diff_models(Strat *s, const Model *old, const Model *new_, DiffResult *out);
void diff_result_free(DiffResult *r);

typedef enum { DIFF_TEXT, DIFF_MD, DIFF_JSON } DiffFormat;

void diff_print(const DiffResult *r, DiffFormat f, bool color, FILE *out);

const char *diff_kind_name(DiffKind k);
const char *diff_entity_name(DiffEntity e);

#endif
