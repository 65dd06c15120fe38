/* dump.h - the resolved model as JSON (`stratc dump`, doc/dump.md). */
#ifndef STRAT_DUMP_H
#define STRAT_DUMP_H

#include <stdio.h>
#include "jsonw.h"
#include "model.h"

void dump_model(const Model *m, FILE *out);

/* Pieces other JSON writers reuse. */
void dump_date_last(JsonW *w, const Date *d);     /* "YYYY-MM-DD" (last day) or null */
void dump_day(JsonW *w, DayNum n);
void dump_text(JsonW *w, const Text *t);          /* string or null */

#endif
