/* rollup.h - the roll-ups a report prints, computed once by evaluate():
 * grades on the strategy's scale (grade.h) and the sections of each
 * grouping (all projects; each sector or viewpoint with its projects, then
 * the projects that name none).  The report writers only print them. */
#ifndef STRAT_ROLLUP_H
#define STRAT_ROLLUP_H

#include "arena.h"
#include "eval.h"

/* Fills ev->grading and ev->by[]; ev->no_sector and ev->no_viewpoint must
 * already hold their counts and status (eval.c). */
void eval_rollups(Evaluation *ev, Arena *a);

#endif
