/* check.h - `stratc check`'s semantic rules, run on a loaded model.
 *
 * The front end already reported what makes a file unreadable (syntax,
 * dates, undefined references); these rules look at what a careful reviewer
 * would: dates that contradict each other, values in the wrong unit, stale
 * data, missing pieces, optimistic assessments, revisions that do not fit.
 * Every rule is registered in rules.h and documented in doc/checks.md. */
#ifndef STRAT_CHECK_H
#define STRAT_CHECK_H

#include <stdbool.h>
#include "reportdate.h"
#include "strat.h"

typedef struct CheckOptions {
    ReportDate date;            /* report_date_decide()'s answer for this model */
    size_t first_diag;          /* s->diags.n before the file was loaded */
    bool no_allow;              /* --no-allow: ignore `# stratc: allow` comments (audits) */
} CheckOptions;

/* Adds findings for m to s->diags, as of opt->date (never the clock).  May
 * load the file m revises into s. */
void check_model(Strat *s, Model *m, const CheckOptions *opt);

#endif
