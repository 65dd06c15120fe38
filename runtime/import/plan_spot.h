/* plan_spot.h - where in a plan's text a new actual goes (plan_spot.c),
 * for the editor (plan_edit.c).  Internal to runtime/import. */
#ifndef STRAT_PLAN_SPOT_H
#define STRAT_PLAN_SPOT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "model.h"

typedef struct Plan {
    const char *t;
    uint32_t n;
    const char *nl;             /* the file's line end: "\n" or "\r\n" */
    struct Edit *edits;
    size_t nedits, cap;
} Plan;

/* How the new lines are joined to the text at the spot. */
typedef enum {
    AT_LINE,                    /* at a line start: indent, line, line end */
    AFTER_ON_LINE,              /* after an item that shares its line: line end, indent, line */
    BEFORE_ON_LINE,             /* before one: line, line end, indent */
    NEW_BLOCK,                  /* after an indicator without a block: " {", lines, "}" */
    INTO_EMPTY                  /* into `{}` written on the indicator's line */
} Mode;

typedef struct Spot {
    Mode mode;
    uint32_t at;
    const char *ind;            /* indentation of the new lines; NULL: one level in */
    size_t nind;
    const char *outer;          /* the indicator's own */
    size_t nouter;
    const char *unit;           /* written after the number, or NULL */
} Spot;

/* The spot for a new actual of ind; prev is the last of its actuals (in
 * source order) dated on or before the new one, or NULL. */
void spot_for(const Plan *p, const Indicator *ind, const Item *prev, Spot *sp);

#endif
