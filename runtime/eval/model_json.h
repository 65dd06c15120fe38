/* model_json.h - the JSON spelling of model values, one for every JSON
 * writer: `stratc dump` and the JSON report write dates and texts alike. */
#ifndef STRAT_MODEL_JSON_H
#define STRAT_MODEL_JSON_H

#include "jsonw.h"
#include "model.h"

void mjson_day(JsonW *w, DayNum n);                  /* "YYYY-MM-DD" */
void mjson_date_last(JsonW *w, const Date *d);       /* its last day, or null */
void mjson_text(JsonW *w, const Text *t);            /* string or null */

#endif
