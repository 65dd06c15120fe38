/* reportdate.h - the one rule for a strategy's report date.
 *
 * Every command that evaluates or checks a strategy "as of" a day asks this
 * rule: --as-of if given, else the file's as_of, else today.  Today itself is
 * the caller's to find (sys/clock.h): the model layer never reads the clock,
 * so everything below the command line is a pure function of its input. */
#ifndef STRAT_REPORTDATE_H
#define STRAT_REPORTDATE_H

#include <stdbool.h>
#include "date.h"

struct Model;

/* Where the report date came from: said in reports and in check's notes. */
typedef enum { ASOF_OPTION, ASOF_FILE, ASOF_TODAY } AsOfSource;

typedef struct ReportDate {
    DayNum day;         /* the report date */
    AsOfSource from;
    /* The document's own date, which its actuals cannot postdate: the file's
     * as_of, else the report date. */
    DayNum doc;
    bool doc_is_file;   /* doc is the file's as_of */
} ReportDate;

/* True when the file names its own as_of (a valid one). */
bool report_date_in_file(const struct Model *m);

/* The decision.  option is --as-of's last day or NULL; today is used only
 * when neither the option nor the file gives a date. */
ReportDate report_date_decide(const struct Model *m, const DayNum *option, DayNum today);

#endif
