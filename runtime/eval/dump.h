/* dump.h - the resolved model as JSON (`stratc dump`, doc/dump.md). */
#ifndef STRAT_DUMP_H
#define STRAT_DUMP_H

#include <stdio.h>
#include "model.h"

void dump_model(const Model *m, FILE *out);

#endif
