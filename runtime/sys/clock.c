/* clock.c - today's date (see clock.h). */
#include "clock.h"
#include "i18n.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

/* SOURCE_DATE_EPOCH: "a UNIX timestamp ... an integer" (reproducible-builds.org).
 * Anything else is refused rather than guessed at. */
static bool epoch_from_env(const char *s, time_t *out, char *err, size_t errsz)
{
    char *end;
    errno = 0;
    long long v = strtoll(s, &end, 10);
    if (*s < '0' || *s > '9' || errno || *end || (long long)(time_t)v != v) {
        snprintf(err, errsz, _("SOURCE_DATE_EPOCH must be a number of seconds since 1970-01-01, not '%s'"), s);
        return false;
    }
    *out = (time_t)v;
    return true;
}

bool clock_today(DayNum *out, char *err, size_t errsz)
{
    const char *sde = getenv("SOURCE_DATE_EPOCH");
    time_t now;
    if (sde && *sde) {
        if (!epoch_from_env(sde, &now, err, errsz)) return false;
    } else {
        now = time(NULL);
    }
    struct tm tm;
    if (!localtime_r(&now, &tm)) {
        snprintf(err, errsz, _("cannot convert the time %lld to a local date"), (long long)now);
        return false;
    }
    *out = days_from_civil(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
    return true;
}
