/* jsonw.c - streaming JSON writer (see jsonw.h). */
#include "jsonw.h"
#include "pow10.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Output goes through a buffer of our own: dump and report write millions of
 * small pieces, and a stdio call per comma costs more than the JSON. */
static void flush(JsonW *w)
{
    if (w->n) fwrite(w->buf, 1, w->n, w->f);
    w->n = 0;
}

static void put_slow(JsonW *w, const char *s, size_t n)
{
    flush(w);
    if (n > sizeof w->buf) { fwrite(s, 1, n, w->f); return; }
    memcpy(w->buf, s, n);
    w->n = n;
}

/* Inline, so that the pieces of known length (": ", "null") are copied
 * without a call. */
static inline void put(JsonW *w, const char *s, size_t n)
{
    if (n > sizeof w->buf - w->n) { put_slow(w, s, n); return; }
    memcpy(w->buf + w->n, s, n);
    w->n += n;
}

static inline void putch(JsonW *w, char c)
{
    if (w->n == sizeof w->buf) flush(w);
    w->buf[w->n++] = c;
}

#define puts_(w, s) put((w), (s), strlen(s))

void json_init(JsonW *w, FILE *f, bool pretty)
{
    w->f = f;
    w->depth = 0;
    w->pretty = pretty;
    w->after_key = false;
    w->nonempty = 0;
    w->n = 0;
}

static void newline(JsonW *w)
{
    static const char spaces[] = "                                ";
    if (!w->pretty) return;
    size_t indent = 2 * (size_t)(w->depth > 0 ? w->depth : 0);
    if (indent + 1 <= sizeof w->buf - w->n) {      /* the usual case: in place */
        w->buf[w->n] = '\n';
        memset(w->buf + w->n + 1, ' ', indent);
        w->n += indent + 1;
        return;
    }
    putch(w, '\n');
    for (size_t n = 2 * (size_t)(w->depth > 0 ? w->depth : 0); n > 0;) {
        size_t k = n < sizeof spaces - 1 ? n : sizeof spaces - 1;
        put(w, spaces, k);
        n -= k;
    }
}

/* Called before every value or key: the comma and indentation rules. */
static void sep(JsonW *w)
{
    if (w->after_key) { w->after_key = false; return; }
    if (w->depth == 0) return;
    uint64_t bit = 1ULL << (w->depth & 63);
    if (w->nonempty & bit) putch(w, ',');
    w->nonempty |= bit;
    newline(w);
}

static void open(JsonW *w, char c)
{
    sep(w);
    putch(w, c);
    w->depth++;
    w->nonempty &= ~(1ULL << (w->depth & 63));
}

static void close_(JsonW *w, char c)
{
    bool had = w->nonempty & (1ULL << (w->depth & 63));
    w->depth--;
    if (had) newline(w);
    putch(w, c);
}

void json_obj(JsonW *w) { open(w, '{'); }
void json_obj_end(JsonW *w) { close_(w, '}'); }
void json_arr(JsonW *w) { open(w, '['); }
void json_arr_end(JsonW *w) { close_(w, ']'); }

/* 1 for the bytes a JSON string cannot hold as they are. */
static const unsigned char NEEDS_ESCAPE[256] = {
    [0x00] = 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    ['"'] = 1, ['\\'] = 1, [0x7f] = 1,
};

/* Eight bytes at a time: none below 0x20, none '"', '\\' or DEL.  (The
 * has-less-than and has-zero-byte tests are exact for "any byte"; bytes of
 * 0x80 and up never match.) */
static bool clean8(const char *p)
{
    const uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
    uint64_t x;
    memcpy(&x, p, 8);
    uint64_t q = x ^ (ones * '"'), b = x ^ (ones * '\\'), d = x ^ (ones * 0x7f);
    uint64_t bad = ((x - ones * 0x20) & ~x) | ((q - ones) & ~q) | ((b - ones) & ~b) | ((d - ones) & ~d);
    return (bad & highs) == 0;
}

/* A string with nothing to escape, copied as it is checked; false (and
 * nothing written) otherwise, or when the buffer is short of room. */
static bool clean_string(JsonW *w, const char *s, size_t n)
{
    if (n + 2 > sizeof w->buf - w->n) return false;
    char *o = w->buf + w->n;
    *o++ = '"';
    size_t i = 0;
    for (; i + 8 <= n && clean8(s + i); i += 8) memcpy(o + i, s + i, 8);
    for (; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (NEEDS_ESCAPE[c]) return false;
        o[i] = (char)c;
    }
    o[n] = '"';
    w->n += n + 2;
    return true;
}

static void raw_string(JsonW *w, const char *s, size_t n)
{
    if (clean_string(w, s, n)) return;
    putch(w, '"');
    size_t run = 0;     /* start of the bytes that need no escape */
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (!NEEDS_ESCAPE[c]) continue;
        put(w, s + run, i - run);
        run = i + 1;
        switch (c) {
        case '"':  puts_(w, "\\\""); break;
        case '\\': puts_(w, "\\\\"); break;
        case '\n': puts_(w, "\\n"); break;
        case '\t': puts_(w, "\\t"); break;
        case '\r': puts_(w, "\\r"); break;
        default: {
            char b[8];
            snprintf(b, sizeof b, "\\u%04x", c);
            puts_(w, b);
            break;
        }
        }
    }
    put(w, s + run, n - run);
    putch(w, '"');
}

void json_key(JsonW *w, const char *key)
{
    sep(w);
    raw_string(w, key, strlen(key));
    puts_(w, w->pretty ? ": " : ":");
    w->after_key = true;
}

void json_strn(JsonW *w, const char *s, size_t n)
{
    sep(w);
    raw_string(w, s, n);
}

void json_str(JsonW *w, const char *s)
{
    if (!s) { json_null(w); return; }
    json_strn(w, s, strlen(s));
}

/* The common case without printf: a value with at most 9 decimals and under
 * 10^15 once scaled.  m / 10^d is correctly rounded, so when it gives back v
 * the digits of m read back as v, and the first such d is the shortest. */
static bool format_fixed(double v, char *buf, size_t size)
{
    double a = fabs(v);
    if (!(a < 1e15) || a < 1e-6 || size < 32) return false;     /* as below */
    for (int d = 0; d < 10; d++) {
        double x = a * POW10[d];
        if (x >= 1e15) return false;
        uint64_t m = (uint64_t)(x + 0.5);
        if ((double)m / POW10[d] != a) continue;
        /* Digits from the right, two at a time. */
        static const char PAIRS[] =
            "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
            "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
            "8081828384858687888990919293949596979899";
        uint64_t ip = m / (uint64_t)POW10[d], fp = m % (uint64_t)POW10[d];
        char t[40], *e = t + sizeof t, *q = e;
        for (int k = d; k > 0;) {                       /* the fraction: exactly d digits */
            if (k >= 2) { q -= 2; memcpy(q, PAIRS + 2 * (fp % 100), 2); fp /= 100; k -= 2; }
            else { *--q = (char)('0' + fp % 10); fp /= 10; k--; }
        }
        if (d > 0) *--q = '.';
        do {
            if (ip >= 10) { q -= 2; memcpy(q, PAIRS + 2 * (ip % 100), 2); ip /= 100; }
            else { *--q = (char)('0' + ip); ip = 0; }
        } while (ip > 0);
        char *o = buf;
        if (v < 0) *o++ = '-';
        memcpy(o, q, (size_t)(e - q));
        o[e - q] = '\0';
        return true;
    }
    return false;
}

void json_format_double(double v, char *buf, size_t size)
{
    if (v == 0) { snprintf(buf, size, "0"); return; }
    if (format_fixed(v, buf, size)) return;
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
    puts_(w, buf);
}

void json_int(JsonW *w, long long v)
{
    char b[32];
    snprintf(b, sizeof b, "%lld", v);
    sep(w);
    puts_(w, b);
}

void json_bool(JsonW *w, bool v) { sep(w); puts_(w, v ? "true" : "false"); }
void json_null(JsonW *w) { sep(w); puts_(w, "null"); }
void json_end(JsonW *w) { putch(w, '\n'); flush(w); }

void json_kstr(JsonW *w, const char *k, const char *s) { json_key(w, k); json_str(w, s); }
void json_knum(JsonW *w, const char *k, double v) { json_key(w, k); json_num(w, v); }
void json_kint(JsonW *w, const char *k, long long v) { json_key(w, k); json_int(w, v); }
void json_kbool(JsonW *w, const char *k, bool v) { json_key(w, k); json_bool(w, v); }
void json_knull(JsonW *w, const char *k) { json_key(w, k); json_null(w); }
