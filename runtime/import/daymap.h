/* daymap.h - a hash map from (indicator, day) to an index.
 *
 * The import looks up, for every record, the plan's actual and the earlier
 * record of the same indicator and day: a map keeps that constant time, so
 * a sheet of many rows for one indicator is not quadratic. */
#ifndef STRAT_DAYMAP_H
#define STRAT_DAYMAP_H

#include <stddef.h>
#include <stdint.h>
#include "date.h"

typedef struct DayMap {
    uint64_t *keys;
    int32_t *vals;          /* -1: an empty slot */
    size_t cap, count;
} DayMap;

void    daymap_init(DayMap *m);
void    daymap_free(DayMap *m);
/* The index stored for (ind, day), or -1. */
int32_t daymap_get(const DayMap *m, uint32_t ind, DayNum day);
/* Stores val (>= 0) for (ind, day), unless one is there already. */
void    daymap_add(DayMap *m, uint32_t ind, DayNum day, int32_t val);

#endif
