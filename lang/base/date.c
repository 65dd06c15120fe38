/* date.c - calendar arithmetic and Japanese eras (see date.h). */
#include "date.h"
#include "i18n.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

typedef struct EraInfo {
    char letter;
    const char *ja, *en;
    int y, m, d;            /* first day */
    int ey, em, ed;         /* last day (9999 for the current era) */
    DayNum first, last;     /* the same as day numbers: every era date is checked against them */
} EraInfo;

/* ORDER: Era enum.  First days as the government proclaimed them; the day numbers are
 * days_from_civil of the columns before them (test_date checks each). */
static const EraInfo ERAS[] = {
    [ERA_NONE]   = {0, "", "", 1, 1, 1, 9999, 12, 31, -719162, 2932896},
    [ERA_MEIJI]  = {'M', "明治", N_("Meiji"), 1868, 1, 25, 1912, 7, 29, -37231, -20975},
    [ERA_TAISHO] = {'T', "大正", N_("Taisho"), 1912, 7, 30, 1926, 12, 24, -20974, -15714},
    [ERA_SHOWA]  = {'S', "昭和", N_("Showa"), 1926, 12, 25, 1989, 1, 7, -15713, 6946},
    [ERA_HEISEI] = {'H', "平成", N_("Heisei"), 1989, 1, 8, 2019, 4, 30, 6947, 18016},
    [ERA_REIWA]  = {'R', "令和", N_("Reiwa"), 2019, 5, 1, 9999, 12, 31, 18017, 2932896},
};

const char *era_name_en(Era e) { return ERAS[e].en; }
const char *era_name_ja(Era e) { return ERAS[e].ja; }
char era_letter(Era e) { return ERAS[e].letter; }

DayNum days_from_civil(int y, int m, int d)
{
    y -= m <= 2;
    int era = (y >= 0 ? y : y - 399) / 400;
    int yoe = y - era * 400;
    int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void civil_from_days(DayNum z, int *py, int *pm, int *pd)
{
    z += 719468;
    int era = (z >= 0 ? z : z - 146096) / 146097;
    int doe = z - era * 146097;
    int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int y = yoe + era * 400;
    int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int mp = (5 * doy + 2) / 153;
    int d = doy - (153 * mp + 2) / 5 + 1;
    int m = mp < 10 ? mp + 3 : mp - 9;
    *py = y + (m <= 2);
    *pm = m;
    *pd = d;
}

static bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m)
{
    static const int n[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12) return 0;
    return m == 2 && leap(y) ? 29 : n[m - 1];
}

/* Spelling a date without printf (fmt and dump spell every date of a file):
 * the pieces are appended to a buffer known to be big enough. */
typedef struct Spell { char *p; } Spell;

static void sp_str(Spell *o, const char *s)
{
    size_t n = strlen(s);
    memcpy(o->p, s, n);
    o->p += n;
}

static void sp_int(Spell *o, int v, int width)     /* 0 <= v */
{
    char t[12];
    int n = 0;
    do { t[n++] = (char)('0' + v % 10); v /= 10; } while (v > 0);
    while (n < width) t[n++] = '0';
    while (n > 0) *o->p++ = t[--n];
}

/* Reports print millions of these: spelled as dates are, not with snprintf. */
void date_iso(DayNum n, char buf[16])
{
    int y, m, d;
    civil_from_days(n, &y, &m, &d);
    if (y < 0 || y > 9999) { snprintf(buf, 16, "%04d-%02d-%02d", y, m, d); return; }
    Spell o = {buf};
    sp_int(&o, y, 4);
    *o.p++ = '-';
    sp_int(&o, m, 2);
    *o.p++ = '-';
    sp_int(&o, d, 2);
    *o.p = '\0';
}

DayNum era_first(Era e) { return ERAS[e].first; }
DayNum era_last(Era e) { return ERAS[e].last; }

bool era_table_consistent(void)
{
    for (int e = ERA_NONE; e <= ERA_REIWA; e++)
        if (ERAS[e].first != days_from_civil(ERAS[e].y, ERAS[e].m, ERAS[e].d)
            || ERAS[e].last != days_from_civil(ERAS[e].ey, ERAS[e].em, ERAS[e].ed))
            return false;
    return true;
}

Era era_of_day(DayNum n)
{
    for (int e = ERA_REIWA; e >= ERA_MEIJI; e--)
        if (n >= era_first((Era)e)) return (Era)e;
    return ERA_NONE;
}

int date_gregorian_year(const DateSpec *d)
{
    return d->era == ERA_NONE ? d->year : ERAS[d->era].y + d->year - 1;
}

/* ---- parsing ------------------------------------------------------------ */

typedef struct Cur { const char *p, *end; } Cur;

static bool lit_n(Cur *c, const char *s, size_t n)
{
    if ((size_t)(c->end - c->p) >= n && memcmp(c->p, s, n) == 0) { c->p += n; return true; }
    return false;
}
#define lit(c, s) lit_n((c), (s), sizeof(s) - 1)     /* s is a literal */

/* Digits (at most 6, so no overflow) or, when gan is allowed, 元 = 1. */
static bool num(Cur *c, int *v, bool gan)
{
    if (gan && lit(c, "元")) { *v = -1; return true; }
    int n = 0, k = 0;
    while (c->p < c->end && *c->p >= '0' && *c->p <= '9') {
        if (++k > 6) return false;
        n = n * 10 + (*c->p++ - '0');
    }
    if (!k) return false;
    *v = n;
    return true;
}

/* A month or a day: up to three digits, at most 255 (what DateSpec holds;
 * anything above 31 is reported as a day that does not exist). */
static bool small(Cur *c, uint8_t *v)
{
    const char *p0 = c->p;
    int n;
    if (!num(c, &n, false) || c->p - p0 > 3 || n > 255) return false;
    *v = (uint8_t)n;
    return true;
}

static bool era_prefix(Cur *c, DateSpec *d)
{
    if (c->p == c->end) return false;
    if ((unsigned char)*c->p >= 0x80) {     /* only a kanji era starts with a non-ASCII byte */
        for (int e = ERA_MEIJI; e <= ERA_REIWA; e++)
            if (lit_n(c, ERAS[e].ja, strlen(ERAS[e].ja))) { d->era = (uint8_t)e; d->kanji = true; return true; }
        return false;
    }
    {
        for (int e = ERA_MEIJI; e <= ERA_REIWA; e++)
            if (*c->p == ERAS[e].letter) { d->era = (uint8_t)e; c->p++; return true; }
    }
    return false;
}

/* After the year: 年度 | 年[M月[D日]] | end. */
static bool kanji_tail(Cur *c, DateSpec *d)
{
    if (lit(c, "年度")) { d->form = DF_NENDO; return c->p == c->end; }
    if (!lit(c, "年")) return false;
    d->form = DF_YEAR;
    if (c->p == c->end) return true;
    if (!small(c, &d->month) || !lit(c, "月")) return false;
    d->form = DF_MONTH;
    if (c->p == c->end) return true;
    if (!small(c, &d->day) || !lit(c, "日")) return false;
    d->form = DF_DAY;
    return c->p == c->end;
}

static bool parse_form(const char *text, size_t len, DateSpec *d);

/* D末 is the end of D: a year, a month or a fiscal year, not a day. */
bool date_parse(const char *text, size_t len, DateSpec *d)
{
    static const char END[] = "末";
    size_t n = sizeof END - 1;
    if (len > n && memcmp(text + len - n, END, n) == 0) {
        if (!parse_form(text, len - n, d) || d->form == DF_DAY) return false;
        d->end = true;
        return true;
    }
    return parse_form(text, len, d);
}

static bool parse_form(const char *text, size_t len, DateSpec *d)
{
    Cur c = {text, text + len};
    memset(d, 0, sizeof *d);
    if (lit(&c, "FY")) {
        d->form = DF_FY;
        return num(&c, &d->year, false) && c.p == c.end && (c.end - text) == 6;
    }
    if (era_prefix(&c, d)) {
        if (!num(&c, &d->year, true)) return false;
        if (d->year == -1) { d->year = 1; d->gan = true; }
        if (c.p == c.end) { d->form = DF_YEAR; return !d->kanji; }
        if (!d->kanji && lit(&c, ".")) {
            if (!small(&c, &d->month)) return false;
            d->form = DF_MONTH;
            if (c.p == c.end) return true;
            if (!lit(&c, ".") || !small(&c, &d->day)) return false;
            d->form = DF_DAY;
            return c.p == c.end;
        }
        return kanji_tail(&c, d);
    }
    const char *start = c.p;
    if (!num(&c, &d->year, false) || c.p - start != 4) return false;
    if (c.p == c.end) { d->form = DF_YEAR; return true; }
    if (lit(&c, "-")) {
        if (!small(&c, &d->month)) return false;
        d->form = DF_MONTH;
        if (c.p == c.end) return true;
        if (!lit(&c, "-") || !small(&c, &d->day)) return false;
        d->form = DF_DAY;
        return c.p == c.end;
    }
    return kanji_tail(&c, d);
}

/* ---- rendering ---------------------------------------------------------- */

void date_render_in_era(const DateSpec *d, Era era, char *buf, size_t sz)
{
    DateSpec x = *d;
    int gy = date_gregorian_year(d);
    x.era = (uint8_t)era;
    x.year = era == ERA_NONE ? gy : gy - ERAS[era].y + 1;
    date_render(&x, buf, sz);
}

void date_render(const DateSpec *d, char *buf, size_t sz)
{
    /* "令和999999年255月255日" is 29 bytes; odd years go the long way. */
    if (sz < 40 || d->year < 0 || d->year > 999999) { date_render_printf(d, buf, sz); return; }
    Spell o = {buf};
    if (d->era == ERA_NONE) {
        if (d->form == DF_FY) sp_str(&o, "FY");
        sp_int(&o, d->year, 4);
        if (d->form == DF_MONTH || d->form == DF_DAY) { *o.p++ = '-'; sp_int(&o, d->month, 2); }
        if (d->form == DF_DAY) { *o.p++ = '-'; sp_int(&o, d->day, 2); }
        if (d->form == DF_NENDO) sp_str(&o, "年度");
        if (d->end) sp_str(&o, "末");
        *o.p = '\0';
        return;
    }
    if (d->kanji) sp_str(&o, ERAS[d->era].ja);
    else *o.p++ = ERAS[d->era].letter;
    if (d->year == 1 && (d->gan || d->kanji)) sp_str(&o, "元");
    else sp_int(&o, d->year, 0);
    if (d->kanji) {
        sp_str(&o, d->form == DF_NENDO || d->form == DF_FY ? "年度" : "年");
        if (d->form == DF_MONTH || d->form == DF_DAY) { sp_int(&o, d->month, 0); sp_str(&o, "月"); }
        if (d->form == DF_DAY) { sp_int(&o, d->day, 0); sp_str(&o, "日"); }
    } else {
        if (d->form == DF_MONTH || d->form == DF_DAY) { *o.p++ = '.'; sp_int(&o, d->month, 0); }
        if (d->form == DF_DAY) { *o.p++ = '.'; sp_int(&o, d->day, 0); }
        if (d->form == DF_NENDO || d->form == DF_FY) sp_str(&o, "年度");
    }
    if (d->end) sp_str(&o, "末");
    *o.p = '\0';
}

static void render_printf_form(const DateSpec *d, char *buf, size_t sz);

void date_render_printf(const DateSpec *d, char *buf, size_t sz)
{
    render_printf_form(d, buf, sz);
    size_t n = strlen(buf);
    if (d->end && n + sizeof "末" <= sz) memcpy(buf + n, "末", sizeof "末");
}

static void render_printf_form(const DateSpec *d, char *buf, size_t sz)
{
    if (d->era == ERA_NONE) {
        switch (d->form) {
        case DF_YEAR:  snprintf(buf, sz, "%04d", d->year); break;
        case DF_MONTH: snprintf(buf, sz, "%04d-%02d", d->year, d->month); break;
        case DF_DAY:   snprintf(buf, sz, "%04d-%02d-%02d", d->year, d->month, d->day); break;
        case DF_FY:    snprintf(buf, sz, "FY%04d", d->year); break;
        default:       snprintf(buf, sz, "%04d年度", d->year); break;
        }
        return;
    }
    char y[16];
    if (d->year == 1 && (d->gan || d->kanji)) snprintf(y, sizeof y, "元");
    else snprintf(y, sizeof y, "%d", d->year);
    if (d->kanji) {
        const char *e = ERAS[d->era].ja;
        switch (d->form) {
        case DF_YEAR:  snprintf(buf, sz, "%s%s年", e, y); break;
        case DF_MONTH: snprintf(buf, sz, "%s%s年%d月", e, y, d->month); break;
        case DF_DAY:   snprintf(buf, sz, "%s%s年%d月%d日", e, y, d->month, d->day); break;
        default:       snprintf(buf, sz, "%s%s年度", e, y); break;
        }
    } else {
        char e = ERAS[d->era].letter;
        switch (d->form) {
        case DF_YEAR:  snprintf(buf, sz, "%c%s", e, y); break;
        case DF_MONTH: snprintf(buf, sz, "%c%s.%d", e, y, d->month); break;
        case DF_DAY:   snprintf(buf, sz, "%c%s.%d.%d", e, y, d->month, d->day); break;
        default:       snprintf(buf, sz, "%c%s年度", e, y); break;
        }
    }
}

/* ---- validation and intervals ------------------------------------------- */

void date_interval(const DateSpec *d, int fy_start, DayNum *first, DayNum *last)
{
    date_interval_fy(d, fy_start, false, first, last);
}

void date_interval_fy(const DateSpec *d, int fy_start, bool named_by_end, DayNum *first, DayNum *last)
{
    int y = date_gregorian_year(d);
    switch (d->form) {
    case DF_YEAR:
        *first = days_from_civil(y, 1, 1);
        *last = days_from_civil(y, 12, 31);
        break;
    case DF_MONTH:
        *first = days_from_civil(y, d->month, 1);
        *last = days_from_civil(y, d->month, days_in_month(y, d->month));
        break;
    case DF_DAY:
        *first = *last = days_from_civil(y, d->month, d->day);
        break;
    case DF_FY:
    case DF_NENDO: {
        int m = d->form == DF_NENDO ? NENDO_START_MONTH
              : fy_start < 1 || fy_start > 12 ? FY_START_DEFAULT : fy_start;
        if (d->form == DF_FY && named_by_end && m > 1) y--;    /* 年度 is always named by its start */
        *first = days_from_civil(y, m, 1);
        *last = m == 1 ? days_from_civil(y, 12, 31) : days_from_civil(y + 1, m, 1) - 1;
        break;
    }
    }
    if (d->end) *first = *last;
}

DayNum date_first(const DateSpec *d, DayNum last)
{
    if (d->end || d->form == DF_DAY) return last;
    int y, m, day;
    civil_from_days(last, &y, &m, &day);
    switch (d->form) {
    case DF_MONTH: return days_from_civil(y, m, 1);
    case DF_YEAR:  return days_from_civil(y, 1, 1);
    default:       /* FY, 年度: the twelve months up to the day after */
        civil_from_days(last + 1, &y, &m, &day);
        return days_from_civil(y - 1, m, 1);
    }
}

DateCheck date_validate(const DateSpec *d, char *msg, size_t msz, char *hint, size_t hsz)
{
    /* Rendered only for a message: every date of a file passes through here. */
    char me[64];
    if (hint && hsz) hint[0] = '\0';
    if (d->era != ERA_NONE && d->year < 1) {
        date_render(d, me, sizeof me);
        snprintf(msg, msz, _("era years start at 1 (written 元): '%s' is not a date"), me);
        return DATE_INVALID;
    }
    int gy = date_gregorian_year(d);
    if (gy < 1 || gy > 9998) {
        snprintf(msg, msz, _("year %d is out of range (1-9998)"), gy);
        return DATE_INVALID;
    }
    if (d->form == DF_MONTH || d->form == DF_DAY) {
        if (d->month < 1 || d->month > 12) {
            date_render(d, me, sizeof me);
            snprintf(msg, msz, _("month %d does not exist in '%s'"), d->month, me);
            if (hint) snprintf(hint, hsz, "%s", _("months run from 1 to 12"));
            return DATE_INVALID;
        }
    }
    if (d->form == DF_DAY) {
        int n = days_in_month(gy, d->month);
        if (d->day < 1 || d->day > n) {
            static const char *const mon[] = {N_("January"), N_("February"), N_("March"),
                N_("April"), N_("May"), N_("June"), N_("July"), N_("August"), N_("September"),
                N_("October"), N_("November"), N_("December")};
            date_render(d, me, sizeof me);
            snprintf(msg, msz, _("day %d does not exist in '%s'"), d->day, me);
            /* TRANSLATORS: "February 2021 has 28 days". */
            if (hint) snprintf(hint, hsz, _("%s %d has %d days"), _(mon[d->month - 1]), gy, n);
            return DATE_INVALID;
        }
    }
    if (d->era == ERA_NONE) return DATE_OK;

    DayNum first, last;
    date_interval(d, 4, &first, &last);
    Era e = (Era)d->era;
    if (last < era_first(e)) {
        char fs[16];
        date_render(d, me, sizeof me);
        date_iso(era_first(e), fs);
        snprintf(msg, msz, _("'%s' is before the %s era began (%s)"), me, _(era_name_en(e)), fs);
        Era real = era_of_day(last);
        if (hint && real != ERA_NONE) {
            char alt[64];
            date_render_in_era(d, real, alt, sizeof alt);
            snprintf(hint, hsz, _("%s began on %s; did you mean %s?"), _(era_name_en(e)), fs, alt);
        }
        return DATE_INVALID;
    }
    if (first > era_last(e)) {
        char es[16], a[16], b[16], alt[64];
        date_render(d, me, sizeof me);
        date_iso(era_last(e), es);
        Era real = era_of_day(first);
        date_render_in_era(d, real, alt, sizeof alt);
        date_iso(first, a);
        date_iso(last, b);
        snprintf(msg, msz, _("'%s' is after the %s era ended (%s); read as %s (%s to %s)"), me,
                 _(era_name_en(e)), es, alt, a, b);
        if (hint) snprintf(hint, hsz, _("write %s"), alt);
        return DATE_AFTER_ERA;
    }
    return DATE_OK;
}

int month_from_name(const char *s)
{
    static const char *const names[] = {"january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december"};
    for (int i = 0; i < 12; i++) {
        if (strcasecmp(s, names[i]) == 0) return i + 1;
        if (strlen(s) == 3 && strncasecmp(s, names[i], 3) == 0) return i + 1;
    }
    int v = 0, k = 0;
    for (const char *p = s; *p >= '0' && *p <= '9' && k < 3; p++, k++) v = v * 10 + (*p - '0');
    if (k && (s[k] == '\0' || strcmp(s + k, "月") == 0) && v >= 1 && v <= 12) return v;
    return 0;
}
