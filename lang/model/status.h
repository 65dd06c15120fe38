/* status.h - the five grades of the seed document, plus "no data".
 *
 * Ordered from best to worst, so "more favourable" is "smaller". */
#ifndef STRAT_STATUS_H
#define STRAT_STATUS_H

#include <stdbool.h>

typedef enum {              /* ORDER: names and labels in status.c */
    ST_EXCEEDED, ST_ACHIEVED, ST_ON_TRACK, ST_BELOW, ST_FAR_BELOW, ST_NO_DATA,
    ST__COUNT
} Status;

const char *status_name(Status s);        /* "on_track" */
const char *status_label_ja(Status s);    /* "概ね目標通り" */
const char *status_label_en(Status s);    /* "on track" */
/* Accepts the name or the Japanese label; false if neither. */
bool        status_from_name(const char *s, Status *out);

#endif
