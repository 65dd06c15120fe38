/* reportdate.c - the report date rule (see reportdate.h). */
#include "reportdate.h"
#include "model.h"

bool report_date_in_file(const Model *m)
{
    return m && m->as_of_item && m->as_of_item->u.per.a.valid;
}

ReportDate report_date_decide(const Model *m, const DayNum *option, DayNum today)
{
    ReportDate r = {0};
    bool in_file = report_date_in_file(m);
    if (option) {
        r.day = *option;
        r.from = ASOF_OPTION;
    } else if (in_file) {
        r.day = m->as_of;
        r.from = ASOF_FILE;
    } else {
        r.day = today;
        r.from = ASOF_TODAY;
    }
    r.doc_is_file = in_file;
    r.doc = in_file ? m->as_of : r.day;
    return r;
}
