/* cellval.c - numbers and dates in cells (cellval.h). */
#include "cellval.h"
#include "utf8.h"
#include "xalloc.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* The cell's trimmed text, NFKC'd when it is not ASCII (numbers and dates
 * only: full-width digits, ％, the ideographic space); malloc'd. */
static char *normal_text(const Cell *c)
{
    const char *s;
    size_t n;
    cell_trimmed(c, &s, &n);
    if (utf8_is_ascii(s, n)) return xstrndup(s, n);
    char *t = utf8_nfkc(s, n);
    /* NFKC turns U+3000 into a space: trim again. */
    size_t a = 0, b = strlen(t);
    while (a < b && t[a] == ' ') a++;
    while (b > a && t[b - 1] == ' ') b--;
    memmove(t, t + a, b - a);
    t[b - a] = '\0';
    return t;
}

static bool is_dash(const char *t)
{
    static const char *const DASHES[] = {"-", "\xE2\x80\x95", "\xE2\x80\x94", "\xE2\x80\x93",
                                         "\xE2\x88\x92", "\xE3\x83\xBC"};   /* - ― — – − ー */
    for (size_t i = 0; i < sizeof DASHES / sizeof *DASHES; i++)
        if (strcmp(t, DASHES[i]) == 0) return true;
    return false;
}

static bool digit(char ch) { return ch >= '0' && ch <= '9'; }

/* sign? digits (',' or '_' between digits) ('.' digits)? (e sign? digits)?
 * into out without the separators; false if t is not that. */
static bool number_shape(const char *t, char *out)
{
    size_t o = 0, i = 0;
    if (t[i] == '-' || t[i] == '+') out[o++] = t[i++];
    if (!digit(t[i])) return false;
    /* Thousands separators group by three (1,050; 12,345,678), so that a
     * decimal comma (3,5) is not read as thirty-five.  '_' as in the language. */
    size_t run = 0;
    bool grouped = false;
    for (;; i++) {
        if (digit(t[i])) { out[o++] = t[i]; run++; continue; }
        if (t[i] == ',' && (grouped ? run == 3 : run <= 3) && digit(t[i + 1])) {
            grouped = true;
            run = 0;
            continue;
        }
        if (t[i] == '_' && i > 0 && digit(t[i - 1]) && digit(t[i + 1])) continue;
        break;
    }
    if (grouped && run != 3) return false;
    if (t[i] == '.') {
        out[o++] = t[i++];
        if (!digit(t[i])) return false;
        while (digit(t[i])) out[o++] = t[i++];
    }
    if (t[i] == 'e' || t[i] == 'E') {
        out[o++] = t[i++];
        if (t[i] == '-' || t[i] == '+') out[o++] = t[i++];
        if (!digit(t[i])) return false;
        while (digit(t[i])) out[o++] = t[i++];
    }
    out[o] = '\0';
    return t[i] == '\0';
}

CellRead cell_number(const Cell *c, double *v, bool *percent)
{
    *percent = false;
    if (cell_is_blank(c)) return CV_BLANK;
    if (c->kind == CELL_NUMBER) { *v = c->num; *percent = c->percent; return CV_OK; }
    if (c->kind != CELL_TEXT) return CV_BAD;
    char *t = normal_text(c);
    if (is_dash(t)) { free(t); return CV_BLANK; }
    char *p = t;
    bool neg = false;
    /* ▲ U+25B2 and △ U+25B3 */
    if (strncmp(p, "\xE2\x96\xB2", 3) == 0 || strncmp(p, "\xE2\x96\xB3", 3) == 0) {
        neg = true;
        p += 3;
        while (*p == ' ') p++;
    }
    size_t n = strlen(p);
    if (n && p[n - 1] == '%') {
        *percent = true;
        p[--n] = '\0';
        while (n && p[n - 1] == ' ') p[--n] = '\0';
    }
    char *clean = xmalloc(n + 2);
    CellRead r = CV_BAD;
    if (!(neg && (*p == '-' || *p == '+')) && number_shape(p, clean)) {
        double x = strtod(clean, NULL);
        if (isfinite(x)) {
            *v = neg ? -x : x;
            r = CV_OK;
        }
    }
    free(clean);
    free(t);
    return r;
}

/* 2023/3/31 or 2023/3 (Excel's way in Japan): Gregorian day or month. */
static bool slash_date(const char *t, DateSpec *d)
{
    const char *p = t;
    int y = 0, k = 0;
    for (; digit(*p) && k < 5; p++, k++) y = y * 10 + (*p - '0');
    if (k != 4 || *p != '/') return false;
    int part[2] = {0, 0}, np = 0;
    while (*p == '/' && np < 2) {
        p++;
        int v = 0, w = 0;
        for (; digit(*p) && w < 2; p++, w++) v = v * 10 + (*p - '0');
        if (w == 0) return false;
        part[np++] = v;
    }
    if (*p) return false;
    memset(d, 0, sizeof *d);
    d->year = y;
    d->month = (uint8_t)part[0];
    d->day = (uint8_t)part[1];
    d->form = np == 2 ? DF_DAY : DF_MONTH;
    return true;
}

CellRead cell_date(const Cell *c, DateSpec *d)
{
    memset(d, 0, sizeof *d);
    if (cell_is_blank(c)) return CV_BLANK;
    if (c->kind == CELL_DATE) {
        int y, m, dd;
        civil_from_days(c->day, &y, &m, &dd);
        d->form = DF_DAY;
        d->year = y;
        d->month = (uint8_t)m;
        d->day = (uint8_t)dd;
        return CV_OK;
    }
    if (c->kind == CELL_NUMBER) {
        if (c->num != floor(c->num) || c->num < 1000 || c->num > 9998 || c->percent) return CV_BAD;
        d->form = DF_YEAR;
        d->year = (int)c->num;
        return CV_OK;
    }
    if (c->kind != CELL_TEXT) return CV_BAD;
    char *t = normal_text(c);
    bool ok = date_parse(t, strlen(t), d) || slash_date(t, d);
    free(t);
    return ok ? CV_OK : CV_BAD;
}

void date_in_its_era(DateSpec *d)
{
    if (d->era == ERA_NONE) return;
    DayNum first, last;
    date_interval(d, 4, &first, &last);
    Era e = era_of_day(first);
    if (e == ERA_NONE || e == d->era) return;
    int ey, m, dd;
    civil_from_days(era_first(e), &ey, &m, &dd);
    d->year = date_gregorian_year(d) - ey + 1;
    d->era = (uint8_t)e;
    d->gan = d->kanji && d->year == 1;
}
