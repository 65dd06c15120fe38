/* model_json.c - the JSON spelling of model values (see model_json.h). */
#include "model_json.h"

void mjson_day(JsonW *w, DayNum n)
{
    char b[16];
    date_iso(n, b);
    json_str(w, b);
}

void mjson_date_last(JsonW *w, const Date *d)
{
    if (!d->valid) json_null(w);
    else mjson_day(w, d->last);
}

void mjson_text(JsonW *w, const Text *t)
{
    if (!t->bytes) json_null(w);
    else json_strn(w, t->bytes, t->len);
}
