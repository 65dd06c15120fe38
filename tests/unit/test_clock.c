/* test_clock.c - the report date rule and the clock behind "today". */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "clock.h"
#include "reportdate.h"
#include "strat.h"

static Strat S;
static void setup(void) { strat_init(&S, NULL); }
static void teardown(void) { strat_fini(&S); }

static Model *load(const char *text)
{
    Model *m = strat_load_bytes(&S, "t.strat", text, strlen(text));
    cr_assert_not_null(m);
    return m;
}

TestSuite(report_date, .init = setup, .fini = teardown);

Test(report_date, option_then_file_then_today)
{
    Model *with = load("strategy t \"T\" {\n  period FY2019 .. FY2021\n  as_of R2.3\n}\n");
    Model *without = load("strategy u \"U\" {\n  period FY2019 .. FY2021\n}\n");
    DayNum opt = days_from_civil(2030, 1, 1), today = days_from_civil(2026, 12, 2);
    DayNum r23 = days_from_civil(2020, 3, 31);

    ReportDate r = report_date_decide(with, &opt, today);
    cr_expect_eq(r.day, opt);
    cr_expect_eq(r.from, ASOF_OPTION);
    cr_expect_eq(r.doc, r23, "the file's as_of stays the document's date");
    cr_expect(r.doc_is_file);

    r = report_date_decide(with, NULL, today);
    cr_expect_eq(r.day, r23);
    cr_expect_eq(r.from, ASOF_FILE);

    r = report_date_decide(without, &opt, today);
    cr_expect_eq(r.day, opt);
    cr_expect_eq(r.doc, opt, "--as-of frees a file without as_of from the clock");
    cr_expect_not(r.doc_is_file);

    r = report_date_decide(without, NULL, today);
    cr_expect_eq(r.day, today);
    cr_expect_eq(r.from, ASOF_TODAY);
    cr_expect_eq(r.doc, today);
}

static DayNum today_in(const char *tz, const char *epoch)
{
    setenv("TZ", tz, 1);
    tzset();
    setenv("SOURCE_DATE_EPOCH", epoch, 1);
    DayNum d = 0;
    char err[160];
    cr_assert(clock_today(&d, err, sizeof err), "%s", err);
    return d;
}

/* 1806537600 is 2027-04-01 00:00 UTC; 1806535800 half an hour before. */
Test(clock, source_date_epoch_is_now_in_the_local_time_zone)
{
    cr_expect_eq(today_in("UTC", "1806537600"), days_from_civil(2027, 4, 1));
    cr_expect_eq(today_in("UTC", "1806535800"), days_from_civil(2027, 3, 31));
    cr_expect_eq(today_in("Asia/Tokyo", "1806535800"), days_from_civil(2027, 4, 1),
                 "08:30 on 1 April in Tokyo is the new fiscal year");
    cr_expect_eq(today_in("America/New_York", "1806537600"), days_from_civil(2027, 3, 31));
    cr_expect_eq(today_in("UTC", "0"), 0);
}

Test(clock, malformed_source_date_epoch_is_refused)
{
    static const char *const bad[] = {"yesterday", "12x", "-5", "99999999999999999999999", " 1"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        setenv("SOURCE_DATE_EPOCH", bad[i], 1);
        DayNum d = 0;
        char err[160] = "";
        cr_expect_not(clock_today(&d, err, sizeof err), "'%s' was accepted", bad[i]);
        cr_expect(strstr(err, "SOURCE_DATE_EPOCH") != NULL);
    }
}

Test(clock, without_source_date_epoch_reads_the_clock)
{
    unsetenv("SOURCE_DATE_EPOCH");
    setenv("TZ", "UTC", 1);
    tzset();
    time_t before = time(NULL);
    DayNum d = 0;
    char err[160];
    cr_assert(clock_today(&d, err, sizeof err));
    time_t after = time(NULL);
    cr_expect(d == (DayNum)(before / 86400) || d == (DayNum)(after / 86400));
}
