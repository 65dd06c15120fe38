/* clock.h - today's date, the one place stratc reads the clock.
 *
 * Today is the calendar date in the user's own time zone (TZ, else the
 * system's), so a planner in Tokyo running a report at 08:00 on 1 April is
 * in the new fiscal year.  SOURCE_DATE_EPOCH, the reproducible-builds
 * convention, stands in for the clock when set: seconds since 1970-01-01 UTC,
 * turned into a local date like the clock's own time. */
#ifndef STRAT_CLOCK_H
#define STRAT_CLOCK_H

#include <stdbool.h>
#include <stddef.h>
#include "date.h"

/* Today's date; false, with a message in err, if SOURCE_DATE_EPOCH is set
 * but is not a whole number of seconds. */
bool clock_today(DayNum *out, char *err, size_t errsz);

#endif
