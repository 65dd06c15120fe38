/* model.h - the resolved strategy that check, report, diff and fmt share.
 *
 * The resolver indexes the syntax tree: entities get arrays, references
 * point at what they name, dates carry their intervals.  Values are not
 * copied: targets, actuals and milestones are the AST items themselves
 * (read them through the accessors below and item_value, item_date in
 * ast.h: a measure item keeps its parts compactly). */
#ifndef STRAT_MODEL_H
#define STRAT_MODEL_H

#include <stdbool.h>
#include <stdint.h>
#include "ast.h"
#include "ptrmap.h"
#include "scale.h"
#include "status.h"

typedef struct Project Project;
typedef struct Indicator Indicator;

typedef enum { EK_STRATEGY, EK_VIEWPOINT, EK_SECTOR, EK_PROJECT, EK_INDICATOR } EntityKind;

/* What every named thing has. */
typedef struct Entity {
    EntityKind kind;
    uint32_t nnotes;
    const Ident *renamed_from;  /* ->name NULL when none */
    Text *notes;
    const Item *item;           /* its declaration (ent_id, ent_title); NULL for a strategy
                                 * without one */
} Entity;

/* What a missing text or id points at: a strategy without a declaration
 * (a file with errors), an indicator without a source or `en`. */
extern const Text NO_TEXT;
extern const Ident NO_IDENT;

/* Its id, title and `en` title are its declaration's: never NULL; ->name
 * (->bytes) NULL when absent. */
static inline const Ident *ent_id(const Entity *e) { return e->item ? &e->item->u.ent.id : &NO_IDENT; }
static inline const Text *ent_title(const Entity *e) { return e->item ? &e->item->u.ent.title : &NO_TEXT; }
static inline const Text *ent_en(const Entity *e)
{
    return e->item && e->item->u.ent.en ? e->item->u.ent.en : &NO_TEXT;
}

/* The title to show in a language: the `en` one in English where written. */
static inline const Text *ent_title_in(const Entity *e, bool ja)
{
    return !ja && ent_en(e)->bytes ? ent_en(e) : ent_title(e);
}

typedef struct Viewpoint { Entity e; uint32_t index; } Viewpoint;
typedef struct Sector    { Entity e; uint32_t index; } Sector;

typedef struct Ref {            /* a reference as written, and what it names */
    Ident id;
    void *target;               /* Sector* / Viewpoint*; NULL if unresolved */
} Ref;

typedef enum { IK_NONE, IK_OUTPUT, IK_OUTCOME } IndicatorKind;   /* ORDER: KINDS in resolve.c */

/* Which of an indicator's items its block has (Indicator.has), so that
 * looking for one that is not there costs nothing. */
enum {
    HAS_UNIT = 1, HAS_BASELINE = 2, HAS_STATUS = 4, HAS_SOURCE = 8,
    HAS_DIRECTION = 16          /* a direction item that names one */
};

/* One per indicator: no padding, no copies.  Its baseline, unit, status,
 * direction and source items are not copied either: the accessors below
 * find them in its block (few items, read a few times each). */
struct Indicator {
    Entity e;
    Project *project;
    const char *unit;           /* interned; NULL if not declared */
    const Item **targets;       /* IT_TARGET, in date order (undated last) */
    const Item **actuals;       /* IT_ACTUAL, in source order */
    uint32_t index;             /* position among all indicators */
    uint32_t ntargets;
    uint32_t nactuals;
    int declared_grade;         /* the declared status as a grade of Model.scale, or -1 */
    uint8_t declared;           /* Status; valid when ind_status() and known */
    int8_t direction;           /* +1 increase, -1 decrease */
    uint8_t kind;               /* IndicatorKind */
    bool declared_known;        /* `declared` is valid (a seed status name) */
    bool direction_inferred;    /* no direction, no comparator: read from baseline vs target */
    uint8_t has;                /* HAS_* */
    bool qualitative;           /* all its targets are text */
};

/* The first item of kind k in the indicator's block (what the resolver
 * reads: a second one is reported and ignored), or NULL when it has none
 * (Indicator.has bit). */
static inline const Item *ind_item(const Indicator *ind, ItemKind k, unsigned bit)
{
    if (!(ind->has & bit)) return NULL;
    for (const Item *c = ind->e.item->u.ent.items; c; c = c->next)
        if (c->kind == k) return c;
    return NULL;
}

static inline const Item *ind_baseline(const Indicator *ind)  { return ind_item(ind, IT_BASELINE, HAS_BASELINE); }
static inline const Item *ind_unit_item(const Indicator *ind) { return ind_item(ind, IT_UNIT, HAS_UNIT); }
static inline const Item *ind_status(const Indicator *ind)    { return ind_item(ind, IT_STATUS, HAS_STATUS); }
/* The direction item that names one; NULL: default or implied by <=. */
const Item *ind_direction_item(const Indicator *ind);
/* The last `source` written; never NULL: ->bytes NULL when none. */
const Text *ind_source(const Indicator *ind);
/* "output", "outcome" or NULL. */
const char *ind_kind_word(const Indicator *ind);

struct Project {
    Entity e;
    uint32_t index;
    Ref *sectors;     uint32_t nsectors;
    Ref *viewpoints;  uint32_t nviewpoints;
    Text *activities; uint32_t nactivities;
    Text owner;
    Indicator **indicators; uint32_t nindicators;
    const Item *assessment;     /* IT_ASSESSMENT or NULL */
    Status assessed;            /* seed scale: the declared status */
    bool assessed_known;        /* seed scale: `assessed` is valid */
    int assessed_grade;         /* any scale: index into Model.scale->grades, or -1 */
};

/* Status rules: a quantitative indicator is on_track when its rate reaches
 * on_track x the expected rate, below when it reaches below x, else far_below
 * (report.md).  The defaults can be changed in thresholds { }. */
#define THRESHOLD_ON_TRACK_DEFAULT 0.8
#define THRESHOLD_BELOW_DEFAULT 0.5
#define THRESHOLD_STALE_DAYS_DEFAULT 730    /* two fiscal years: one missed report */
typedef struct Thresholds {
    double on_track;            /* THRESHOLD_ON_TRACK_DEFAULT unless set */
    double below;               /* THRESHOLD_BELOW_DEFAULT */
    double stale_days;          /* check: latest actual older than this; THRESHOLD_STALE_DAYS_DEFAULT */
    const Item *item;
} Thresholds;

typedef struct Model {
    Entity e;                   /* the strategy */
    uint32_t file;              /* main file's SrcSet index */
    const char *path;           /* as given */
    const Item *period;         /* IT_PERIOD or NULL */
    DayNum start, end;          /* period interval, when period != NULL */
    int fy_start;               /* month the fiscal year starts (FY_START_DEFAULT) */
    bool fy_named_by_end;       /* FY2025 ends in 2025 (`named_by end`), not starts */
    const Item *as_of_item;
    DayNum as_of;               /* last day of as_of; valid when as_of_item */
    const Item *revises;        /* IT_REVISES or NULL */
    const char *revises_name;   /* the file revises names, as written */
    char *revises_path;         /* resolved relative to the file (arena) */
    const Item *goal;           /* IT_GOAL or NULL */
    Viewpoint **viewpoints; uint32_t nviewpoints;
    Sector **sectors;       uint32_t nsectors;
    Project **projects;     uint32_t nprojects;
    Indicator **indicators; uint32_t nindicators;
    const Item **milestones; uint32_t nmilestones;
    Thresholds thresholds;
    const Scale *scale;         /* never NULL: the seed's five grades by default */
    PtrMap viewpoint_by_id, sector_by_id, project_by_id, indicator_by_id;
    AstFile *ast;
} Model;

/* Accessors for measure items (baseline, target, actual); item_value and
 * item_date (ast.h) rebuild the whole Value and Date. */
static inline double       item_num(const Item *it)      { return it->u.m.num; }
static inline const char  *item_unit(const Item *it)     { return it->u.m.unit; }
static inline bool         item_has_date(const Item *it) { return (it->flags & IF_DATE) != 0; }
/* The date's interval is valid (written, or implied for a target: the period's end). */
static inline bool         item_date_valid(const Item *it) { return (it->flags & IF_DATE_VALID) != 0; }
static inline DayNum       item_date_last(const Item *it)  { return it->u.m.last; }
/* The day a measure orders by: its date's last day, undated (or invalid) last. */
static inline DayNum       item_order_day(const Item *it)  { return item_date_valid(it) ? item_date_last(it) : INT32_MAX; }
static inline bool         target_is_text(const Item *it){ return !(it->flags & IF_VALUE); }

#endif
