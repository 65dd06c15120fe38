/* jsonw.h - a streaming JSON writer: commas, escaping and indentation.
 *
 * Every JSON output of stratc (dump, report, diff, diagnostics) goes through
 * here, so escaping and number formatting are decided once. */
#ifndef STRAT_JSONW_H
#define STRAT_JSONW_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

typedef struct JsonW {
    FILE *f;
    int depth;
    bool pretty;
    bool after_key;
    uint64_t nonempty;     /* bit d: container at depth d has a member */
    size_t n;              /* bytes waiting in buf: json_end() writes them */
    char buf[16384];
} JsonW;

void json_init(JsonW *w, FILE *f, bool pretty);
void json_obj(JsonW *w);
void json_obj_end(JsonW *w);
void json_arr(JsonW *w);
void json_arr_end(JsonW *w);
void json_key(JsonW *w, const char *key);
void json_str(JsonW *w, const char *s);           /* NULL prints null */
void json_strn(JsonW *w, const char *s, size_t n);
void json_num(JsonW *w, double v);                /* non-finite prints null */
void json_int(JsonW *w, long long v);
void json_bool(JsonW *w, bool v);
/* libjansson (stratc lsp) exports json_null(void): this one links as jsonw_null. */
#define json_null(w) jsonw_null(w)
void json_null(JsonW *w);
void json_end(JsonW *w);                          /* final newline; flushes */

/* Shorthands for "key": value. */
void json_kstr(JsonW *w, const char *key, const char *s);
void json_knum(JsonW *w, const char *key, double v);
void json_kint(JsonW *w, const char *key, long long v);
void json_kbool(JsonW *w, const char *key, bool v);
void json_knull(JsonW *w, const char *key);

/* Shortest decimal that reads back as v ("0.1", not "0.1000000000000000055"). */
void json_format_double(double v, char *buf, size_t size);

#endif
