/* jsonw.c - streaming JSON writer (see jsonw.h). */
#include "jsonw.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

void json_init(JsonW *w, FILE *f, bool pretty)
{
    w->f = f;
    w->depth = 0;
    w->pretty = pretty;
    w->after_key = false;
    w->nonempty = 0;
}

static void newline(JsonW *w)
{
    static const char spaces[] = "                                ";
    if (!w->pretty) return;
    fputc('\n', w->f);
    /* The indentation in one write, not two bytes at a time: dump writes millions. */
    for (size_t n = 2 * (size_t)(w->depth > 0 ? w->depth : 0); n > 0;) {
        size_t k = n < sizeof spaces - 1 ? n : sizeof spaces - 1;
        fwrite(spaces, 1, k, w->f);
        n -= k;
    }
}

/* Called before every value or key: the comma and indentation rules. */
static void sep(JsonW *w)
{
    if (w->after_key) { w->after_key = false; return; }
    if (w->depth == 0) return;
    uint64_t bit = 1ULL << (w->depth & 63);
    if (w->nonempty & bit) fputc(',', w->f);
    w->nonempty |= bit;
    newline(w);
}

static void open(JsonW *w, char c)
{
    sep(w);
    fputc(c, w->f);
    w->depth++;
    w->nonempty &= ~(1ULL << (w->depth & 63));
}

static void close_(JsonW *w, char c)
{
    bool had = w->nonempty & (1ULL << (w->depth & 63));
    w->depth--;
    if (had) newline(w);
    fputc(c, w->f);
}

void json_obj(JsonW *w) { open(w, '{'); }
void json_obj_end(JsonW *w) { close_(w, '}'); }
void json_arr(JsonW *w) { open(w, '['); }
void json_arr_end(JsonW *w) { close_(w, ']'); }

static void raw_string(FILE *f, const char *s, size_t n)
{
    fputc('"', f);
    size_t run = 0;     /* start of the bytes that need no escape */
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c != '"' && c != '\\' && c != 0x7f) continue;
        fwrite(s + run, 1, i - run, f);
        run = i + 1;
        switch (c) {
        case '"':  fputs("\\\"", f); break;
        case '\\': fputs("\\\\", f); break;
        case '\n': fputs("\\n", f); break;
        case '\t': fputs("\\t", f); break;
        case '\r': fputs("\\r", f); break;
        default:   fprintf(f, "\\u%04x", c); break;
        }
    }
    fwrite(s + run, 1, n - run, f);
    fputc('"', f);
}

void json_key(JsonW *w, const char *key)
{
    sep(w);
    raw_string(w->f, key, strlen(key));
    fputs(w->pretty ? ": " : ":", w->f);
    w->after_key = true;
}

void json_strn(JsonW *w, const char *s, size_t n)
{
    sep(w);
    raw_string(w->f, s, n);
}

void json_str(JsonW *w, const char *s)
{
    if (!s) { json_null(w); return; }
    json_strn(w, s, strlen(s));
}

void json_format_double(double v, char *buf, size_t size)
{
    if (v == 0) { snprintf(buf, size, "0"); return; }
    /* A number whose shortest form has at most 15 digits prints the same at
     * %.15g (trailing zeros dropped), so the search starts there. */
    for (int prec = 15; prec <= 17; prec++) {
        snprintf(buf, size, "%.*g", prec, v);
        if (strtod(buf, NULL) == v) break;
    }
    /* %g may choose an exponent; keep plain notation for ordinary magnitudes. */
    if (strchr(buf, 'e') && fabs(v) >= 1e-6 && fabs(v) < 1e17) {
        char tmp[64];
        for (int dec = 0; dec <= 20; dec++) {
            snprintf(tmp, sizeof tmp, "%.*f", dec, v);
            if (strtod(tmp, NULL) == v) break;
        }
        snprintf(buf, size, "%s", tmp);
    }
}

void json_num(JsonW *w, double v)
{
    if (!isfinite(v)) { json_null(w); return; }
    char buf[64];
    json_format_double(v, buf, sizeof buf);
    sep(w);
    fputs(buf, w->f);
}

void json_int(JsonW *w, long long v) { sep(w); fprintf(w->f, "%lld", v); }
void json_bool(JsonW *w, bool v) { sep(w); fputs(v ? "true" : "false", w->f); }
void json_null(JsonW *w) { sep(w); fputs("null", w->f); }
void json_end(JsonW *w) { fputc('\n', w->f); }

void json_kstr(JsonW *w, const char *k, const char *s) { json_key(w, k); json_str(w, s); }
void json_knum(JsonW *w, const char *k, double v) { json_key(w, k); json_num(w, v); }
void json_kint(JsonW *w, const char *k, long long v) { json_key(w, k); json_int(w, v); }
void json_kbool(JsonW *w, const char *k, bool v) { json_key(w, k); json_bool(w, v); }
void json_knull(JsonW *w, const char *k) { json_key(w, k); json_null(w); }
