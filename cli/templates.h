/* templates.h - the starting plans `stratc init` writes.
 *
 * They live as templates/NAME-LANG.strat and are compiled in by
 * tools/embed.sh, so the program needs no data directory at run time. */
#ifndef STRAT_TEMPLATES_H
#define STRAT_TEMPLATES_H

#include <stddef.h>

typedef struct Template {
    const char *name;       /* "sogo", "okr", "blank" */
    const char *lang;       /* "ja", "en" */
    const char *text;
} Template;

extern const Template TEMPLATES[];
extern const size_t NTEMPLATES;

#endif
