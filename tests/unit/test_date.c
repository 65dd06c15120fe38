/* test_date.c - every date form of the language maps to the right interval;
 * era boundaries, invalid dates and dates past their era. */
#include <criterion/criterion.h>
#include <string.h>

#include "date.h"

typedef struct DateCase {
    const char *text;
    int fy_start;
    const char *first, *last;   /* ISO; NULL first means: must not parse */
    DateCheck check;
} DateCase;

static void iso(DayNum n, char b[16]) { date_iso(n, b); }

/* One test walks the table with cr_expect, so a run shows every failing row.
 * (Criterion's parameterized tests would need cr_malloc'd strings: the
 * workers are separate processes.) */
static const DateCase CASES[] = {
    {"2020-03-31", 4, "2020-03-31", "2020-03-31", DATE_OK},
    {"2020-03", 4, "2020-03-01", "2020-03-31", DATE_OK},
    {"2020-2", 4, "2020-02-01", "2020-02-29", DATE_OK},
    {"2020", 4, "2020-01-01", "2020-12-31", DATE_OK},
    {"FY2020", 4, "2020-04-01", "2021-03-31", DATE_OK},
    {"FY2020", 7, "2020-07-01", "2021-06-30", DATE_OK},
    {"FY2020", 1, "2020-01-01", "2020-12-31", DATE_OK},
    {"R2", 4, "2020-01-01", "2020-12-31", DATE_OK},
    {"R2.3", 4, "2020-03-01", "2020-03-31", DATE_OK},
    {"R2.3.31", 4, "2020-03-31", "2020-03-31", DATE_OK},
    /* D末: the last day of D (not of a day). */
    {"令和6年度末", 4, "2025-03-31", "2025-03-31", DATE_OK},
    {"R2.3末", 4, "2020-03-31", "2020-03-31", DATE_OK},
    {"2020年末", 4, "2020-12-31", "2020-12-31", DATE_OK},
    {"FY2020末", 7, "2021-06-30", "2021-06-30", DATE_OK},
    {"R元.12", 4, "2019-12-01", "2019-12-31", DATE_OK},
    {"R元.5", 4, "2019-05-01", "2019-05-31", DATE_OK},
    {"H30.4", 4, "2018-04-01", "2018-04-30", DATE_OK},
    {"H30.4.1", 4, "2018-04-01", "2018-04-01", DATE_OK},
    {"H31.4", 4, "2019-04-01", "2019-04-30", DATE_OK},
    {"令和2年3月", 4, "2020-03-01", "2020-03-31", DATE_OK},
    {"平成30年4月1日", 4, "2018-04-01", "2018-04-01", DATE_OK},
    {"令和2年", 4, "2020-01-01", "2020-12-31", DATE_OK},
    {"令和2年度", 7, "2020-04-01", "2021-03-31", DATE_OK},   /* 年度: always April */
    {"R2年度", 4, "2020-04-01", "2021-03-31", DATE_OK},
    {"平成30年度", 4, "2018-04-01", "2019-03-31", DATE_OK},
    {"平成31年度", 4, "2019-04-01", "2020-03-31", DATE_OK},
    {"令和元年度", 4, "2019-04-01", "2020-03-31", DATE_OK},  /* the same fiscal year */
    {"2020年度", 4, "2020-04-01", "2021-03-31", DATE_OK},
    {"2020年3月", 4, "2020-03-01", "2020-03-31", DATE_OK},
    {"S64.1.7", 4, "1989-01-07", "1989-01-07", DATE_OK},
    {"H1.1.8", 4, "1989-01-08", "1989-01-08", DATE_OK},
    {"昭和50年", 4, "1975-01-01", "1975-12-31", DATE_OK},
    {"T1.7.30", 4, "1912-07-30", "1912-07-30", DATE_OK},
    {"M45.7.29", 4, "1912-07-29", "1912-07-29", DATE_OK},
    /* past the end of its era: accepted, with a warning */
    {"平成32年度", 4, "2020-04-01", "2021-03-31", DATE_AFTER_ERA},
    {"H32.3", 4, "2020-03-01", "2020-03-31", DATE_AFTER_ERA},
    {"H31.5", 4, "2019-05-01", "2019-05-31", DATE_AFTER_ERA},
    /* invalid */
    {"R1.4", 4, "2019-04-01", "2019-04-30", DATE_INVALID},
    {"R1.4.30", 4, "2019-04-30", "2019-04-30", DATE_INVALID},
    {"H1.1.7", 4, "1989-01-07", "1989-01-07", DATE_INVALID},
    {"R2.13", 4, NULL, NULL, DATE_INVALID},
    {"2020-02-30", 4, NULL, NULL, DATE_INVALID},
    {"2019-02-29", 4, NULL, NULL, DATE_INVALID},
    {"2020-00", 4, NULL, NULL, DATE_INVALID},
    {"R0.1", 4, NULL, NULL, DATE_INVALID},
    {"R999.99", 4, NULL, NULL, DATE_INVALID},
};

static void one_case(const DateCase *c)
{
    DateSpec d;
    cr_assert(date_parse(c->text, strlen(c->text), &d), "'%s' should parse", c->text);
    char msg[256], hint[160];
    DateCheck ck = date_validate(&d, msg, sizeof msg, hint, sizeof hint);
    cr_expect_eq(ck, c->check, "'%s': check %d, expected %d (%s)", c->text, ck, c->check, msg);
    if (!c->first) return;
    DayNum f, l;
    date_interval(&d, c->fy_start, &f, &l);
    char a[16], b[16];
    iso(f, a);
    iso(l, b);
    cr_expect_str_eq(a, c->first, "'%s' starts %s", c->text, a);
    cr_expect_str_eq(b, c->last, "'%s' ends %s", c->text, b);
}

Test(date, every_form_maps_to_its_interval)
{
    for (size_t i = 0; i < sizeof CASES / sizeof *CASES; i++) one_case(&CASES[i]);
}

static const char *const NOT_DATES[] = {
    "R2.3.31末", "末", "2020-03-31末", "令和2年度末末",
    "FY20", "R", "R.3", "R2.", "R2..3", "2020-", "20-03", "令和", "令和2", "令和2年3", "X2.3",
    "2020/03", "R2年3", "令和元", "FY2020x", "",
};

Test(date, shapes_that_are_not_dates)
{
    for (size_t i = 0; i < sizeof NOT_DATES / sizeof *NOT_DATES; i++) {
        DateSpec d;
        cr_expect_not(date_parse(NOT_DATES[i], strlen(NOT_DATES[i]), &d), "'%s' parsed",
                      NOT_DATES[i]);
    }
}

/* Validates text, expecting `want`; returns the message, the hint in *hint. */
static const char *validate(const char *text, DateCheck want, const char **hint)
{
    static char msg[256], h[160];
    DateSpec d;
    cr_assert(date_parse(text, strlen(text), &d), "'%s' should parse", text);
    cr_assert_eq(date_validate(&d, msg, sizeof msg, h, sizeof h), want, "'%s': %s", text, msg);
    if (hint) *hint = h;
    return msg;
}

Test(date, hint_names_the_previous_era)
{
    const char *hint;
    validate("R1.4", DATE_INVALID, &hint);
    cr_expect_str_eq(hint, "Reiwa began on 2019-05-01; did you mean H31.4?");
}

Test(date, after_era_names_the_normalised_date)
{
    const char *msg = validate("平成32年度", DATE_AFTER_ERA, NULL);
    cr_expect(strstr(msg, "令和2年度") != NULL, "%s", msg);
    cr_expect(strstr(msg, "2020-04-01") != NULL, "%s", msg);
}

Test(date, feb_30_hint)
{
    const char *hint;
    validate("2021-02-30", DATE_INVALID, &hint);
    cr_expect_str_eq(hint, "February 2021 has 28 days");
}

Test(date, render_keeps_the_form)
{
    static const char *const same[] = {"R2.3", "R元.12", "H30.4.1", "令和2年3月", "令和元年度",
                                       "R2年度", "FY2020", "2020-03-31", "2020-03", "2020"};
    for (size_t i = 0; i < sizeof same / sizeof *same; i++) {
        DateSpec d;
        char out[64];
        cr_assert(date_parse(same[i], strlen(same[i]), &d));
        date_render(&d, out, sizeof out);
        cr_expect_str_eq(out, same[i]);
    }
    DateSpec d;
    char out[64];
    cr_assert(date_parse("R2.03", 5, &d));
    date_render(&d, out, sizeof out);
    cr_expect_str_eq(out, "R2.3");
}

Test(date, civil_round_trip)
{
    for (DayNum n = -800000; n < 800000; n += 37) {
        int y, m, d;
        civil_from_days(n, &y, &m, &d);
        cr_assert_eq(days_from_civil(y, m, d), n);
    }
}

Test(date, month_names)
{
    cr_expect_eq(month_from_name("april"), 4);
    cr_expect_eq(month_from_name("Apr"), 4);
    cr_expect_eq(month_from_name("7"), 7);
    cr_expect_eq(month_from_name("4月"), 4);
    cr_expect_eq(month_from_name("13"), 0);
    cr_expect_eq(month_from_name("aprill"), 0);
}

Test(date, era_table_day_numbers)
{
    cr_assert(era_table_consistent());
    cr_assert_eq(era_first(ERA_REIWA), days_from_civil(2019, 5, 1));
    cr_assert_eq(era_last(ERA_HEISEI), days_from_civil(2019, 4, 30));
}

/* date_render spells dates by hand; every form, era and style must come out
 * as snprintf spells it. */
Test(date, render_matches_printf)
{
    static const int years[] = {0, 1, 2, 9, 10, 31, 99, 100, 999, 1000, 2020, 9998, 9999, 10000, 123456, 999999};
    int differ = 0;
    for (int era = ERA_NONE; era <= ERA_REIWA; era++)
        for (int style = 0; style < 4; style++)
            for (int form = DF_YEAR; form <= DF_NENDO; form++)
                for (size_t yi = 0; yi < sizeof years / sizeof *years; yi++)
                    for (int md = 0; md < 256; md += 5) {
                        DateSpec d = {.year = years[yi], .form = (uint8_t)form, .kanji = style & 1,
                                      .gan = (style >> 1) & 1, .era = (uint8_t)era,
                                      .month = (uint8_t)md, .day = (uint8_t)(255 - md)};
                        char a[64], b[64];
                        date_render(&d, a, sizeof a);
                        date_render_printf(&d, b, sizeof b);
                        if (strcmp(a, b) != 0 && differ++ < 5)
                            cr_log_error("'%s' spelled '%s' by printf", a, b);
                    }
    cr_expect_eq(differ, 0);
}

Test(date, fiscal_years_named_by_their_end)
{
    /* Microsoft's FY2025 runs July 2024 - June 2025; 年度 keep their start. */
    struct { const char *text; int fy; bool end; const char *first, *last; } cases[] = {
        {"FY2025", 7, true, "2024-07-01", "2025-06-30"},
        {"FY2025", 7, false, "2025-07-01", "2026-06-30"},
        {"FY2025", 4, true, "2024-04-01", "2025-03-31"},
        {"FY2025", 1, true, "2025-01-01", "2025-12-31"},   /* a January year is its calendar year */
        {"令和7年度", 7, true, "2025-04-01", "2026-03-31"},
        {"2025", 7, true, "2025-01-01", "2025-12-31"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        DateSpec d;
        cr_assert(date_parse(cases[i].text, strlen(cases[i].text), &d));
        DayNum f, l;
        date_interval_fy(&d, cases[i].fy, cases[i].end, &f, &l);
        char a[16], b[16];
        iso(f, a);
        iso(l, b);
        cr_expect_str_eq(a, cases[i].first, "case %zu starts %s", i, a);
        cr_expect_str_eq(b, cases[i].last, "case %zu ends %s", i, b);
    }
}

/* A measure keeps only its date's last day (ast.h): the first, found again
 * from it, must be what the interval says, for every form, era, `末`, fiscal
 * start and naming, in leap years and not. */
Test(date, first_day_found_again_from_the_last)
{
    int differ = 0, tried = 0;
    for (int era = ERA_NONE; era <= ERA_REIWA; era++)
        for (int form = DF_YEAR; form <= DF_NENDO; form++)
            for (int end = 0; end < 2; end++)
                for (int year = 1; year <= 2104; year += era == ERA_NONE ? 7 : 1) {
                    if (era != ERA_NONE && year > 70) break;
                    for (int month = 1; month <= 12; month++)
                        for (int fy = 1; fy <= 12; fy++)
                            for (int by_end = 0; by_end < 2; by_end++) {
                                DateSpec d = {.year = year, .form = (uint8_t)form, .end = (uint8_t)end,
                                              .era = (uint8_t)era, .month = (uint8_t)month,
                                              .day = (uint8_t)(month == 2 ? 28 : 30)};
                                DayNum f, l;
                                date_interval_fy(&d, fy, by_end, &f, &l);
                                tried++;
                                if (date_first(&d, l) != f && differ++ < 5) {
                                    char a[64], b[16], c[16];
                                    date_render(&d, a, sizeof a);
                                    iso(f, b);
                                    iso(date_first(&d, l), c);
                                    cr_log_error("'%s' (fy %d%s) starts %s, found again as %s", a, fy,
                                                 by_end ? ", named by end" : "", b, c);
                                }
                            }
                }
    cr_expect_gt(tried, 100000);
    cr_expect_eq(differ, 0);
}
