/* test_eval.c - the evaluator's rules (doc/report.md) at their boundaries:
 * rate with and without baselines, decreasing indicators, the applicable
 * intermediate target, missing data, the expected pace at the ends of the
 * period, status thresholds (defaults and overrides), the roll-up, the
 * forecast and the remaining gap; and the seed document's own figures. */
#include <criterion/criterion.h>
#include <math.h>
#include <string.h>

#include "eval.h"
#include "strat.h"

static Strat S;

static void setup(void) { strat_init(&S, NULL); }
static void teardown(void) { strat_fini(&S); }

static Model *load_ok(const char *src)
{
    Model *m = strat_load_bytes(&S, "t.strat", src, strlen(src));
    cr_assert_not_null(m);
    if (S.diags.errors) {
        diag_sort(&S.diags);
        DiagStyle st = {false};
        diag_print_text(&S.diags, stderr, st);
    }
    cr_assert_eq(S.diags.errors, 0, "unexpected errors");
    return m;
}

static DayNum day(int y, int mo, int d) { return days_from_civil(y, mo, d); }

/* One indicator `i` in project `p`, period FY2018..FY2020 (2018-04-01 ..
 * 2021-03-31), evaluated at `as_of`. */
#define ONE(extra, body)                                                  \
    "strategy s \"S\" {\n period FY2018 .. FY2020\n" extra "\n"           \
    " project p \"P\" {\n  indicator i \"I\" {\n" body "\n  }\n }\n}\n"

static const IndicatorEval *one(const char *src, DayNum as_of)
{
    Model *m = load_ok(src);
    cr_assert_eq(m->nindicators, 1);
    Evaluation *ev = evaluate(m, as_of, &S.arena);
    return &ev->indicators[0];
}

#define NEAR(x, y) cr_expect(fabs((x) - (y)) < 1e-9, "%s = %.12g, expected %.12g", #x, (double)(x), (double)(y))

TestSuite(eval, .init = setup, .fini = teardown, .timeout = 10);

/* 2018-03-31 .. 2020-03-31 is 731 days of 1096 to 2021-03-31. */
static const double SEED_PACE = 731.0 / 1096.0;

Test(eval, rate_without_baseline)
{
    const IndicatorEval *e = one(ONE("", "target 30 by FY2020\nactual 22 at R2.3"), day(2020, 3, 31));
    cr_assert(e->has_rate);
    NEAR(e->rate, 22.0 / 30.0);
    cr_expect(e->has_expected);
    NEAR(e->expected, SEED_PACE);
    cr_expect_eq(e->status, ST_ON_TRACK);
    cr_expect(e->has_remaining);
    NEAR(e->remaining, 8);
    cr_expect(e->has_needed);
    NEAR(e->needed_now, 30 * SEED_PACE);
    cr_expect_not(e->has_forecast, "one actual: no trend");
    cr_expect_eq(e->why_code, WHY_NONE);
}

Test(eval, rate_with_baseline)
{
    const IndicatorEval *e = one(ONE("", "baseline 20 at FY2017\ntarget 60 by FY2020\nactual 25 at FY2018"),
                                 day(2019, 3, 31));
    NEAR(e->rate, 5.0 / 40.0);
    /* Start at the baseline's date, the end of FY2017 = 2018-03-31. */
    cr_expect_eq(e->start, day(2018, 3, 31));
    NEAR(e->expected, 365.0 / 1096.0);
    NEAR(e->needed_now, 20 + 40 * 365.0 / 1096.0);
    cr_expect_eq(e->status, ST_FAR_BELOW);   /* 0.125 < 0.5 x 0.333 */
}

Test(eval, baseline_without_date_starts_at_period)
{
    const IndicatorEval *e = one(ONE("", "baseline 10\ntarget 20 by FY2020\nactual 15 at R2.3"),
                                 day(2020, 3, 31));
    NEAR(e->rate, 0.5);
    cr_expect_eq(e->start, day(2018, 3, 31));
    NEAR(e->expected, SEED_PACE);
}

Test(eval, decreasing_with_baseline)
{
    const IndicatorEval *e = one(ONE("", "baseline 12000 at FY2017\ntarget <= 6000 by FY2020\n"
                                         "actual 9000 at R2.3"), day(2020, 3, 31));
    cr_expect_eq(e->ind->direction, -1);
    NEAR(e->rate, 0.5);
    NEAR(e->remaining, 3000);
    cr_expect_eq(e->status, ST_BELOW);       /* 0.5 < 0.8 x 0.667 = 0.533, >= 0.333 */
}

Test(eval, decreasing_past_target_exceeds)
{
    const IndicatorEval *e = one(ONE("", "baseline 10 at FY2017\ntarget <= 6 by FY2020\nactual 5 at R2.3"),
                                 day(2020, 3, 31));
    NEAR(e->rate, 1.25);
    NEAR(e->remaining, 0);                   /* never negative */
    cr_expect_eq(e->status, ST_EXCEEDED);
}

Test(eval, decreasing_without_baseline_has_no_rate)
{
    const IndicatorEval *e = one(ONE("", "direction decrease\ntarget 5 by FY2020\nactual 7 at R2.3"),
                                 day(2020, 3, 31));
    cr_expect_not(e->has_rate);
    cr_expect_eq(e->why_code, WHY_DECREASE_NO_BASE);
    cr_expect_str_eq(eval_why_text(e->why_code, false), "a decreasing indicator needs a baseline");
    cr_expect_eq(e->status, ST_NO_DATA, "not met, and no rate to judge the pace by");
    NEAR(e->remaining, 2);
}

Test(eval, decreasing_without_baseline_met_is_achieved)
{
    const IndicatorEval *e = one(ONE("", "target <= 5 by FY2020\nactual 5 at R2.3"), day(2020, 3, 31));
    cr_expect_not(e->has_rate);
    cr_expect_eq(e->status, ST_ACHIEVED);
    const IndicatorEval *f = one(ONE("", "target <= 5 by FY2020\nactual 4 at R2.3"), day(2020, 3, 31));
    cr_expect_eq(f->status, ST_EXCEEDED);
}

Test(eval, target_equal_to_baseline)
{
    const IndicatorEval *e = one(ONE("", "baseline 100 at FY2017\ntarget 100 by FY2020\nactual 98 at R2.3"),
                                 day(2020, 3, 31));
    cr_expect_not(e->has_rate);
    cr_expect_eq(e->why_code, WHY_TARGET_IS_BASE);
    cr_expect_str_eq(eval_why_text(e->why_code, false), "the target equals the baseline");
    cr_expect(e->maintain);
    cr_expect_eq(e->status, ST_BELOW);     /* the line was not held */
    const IndicatorEval *f = one(ONE("", "direction decrease\nbaseline 0 at FY2017\ntarget 0 by FY2020\n"
                                         "actual 0 at R2.3"), day(2020, 3, 31));
    cr_expect_eq(f->status, ST_ACHIEVED);  /* 待機児童 0 -> 0, held */
    cr_expect(f->met);
}

Test(eval, negative_target_without_baseline_has_no_rate)
{
    /* 社会増減数: target -200, actual -300: not 150 %, and 100 to go. */
    const IndicatorEval *e = one(ONE("", "target -200 by FY2020\nactual -300 at R2.3"), day(2020, 3, 31));
    cr_expect_not(e->has_rate);
    cr_expect_eq(e->why_code, WHY_NEGATIVE_NO_BASE);
    cr_expect_eq(e->status, ST_NO_DATA);
    NEAR(e->remaining, 100);
    cr_expect_not(e->has_needed);
    const IndicatorEval *f = one(ONE("", "baseline -400 at FY2017\ntarget -200 by FY2020\nactual -300 at R2.3"),
                                 day(2020, 3, 31));
    cr_assert(f->has_rate);
    NEAR(f->rate, 0.5);
}

Test(eval, decreasing_without_baseline_has_no_needed_value)
{
    const IndicatorEval *e = one(ONE("", "direction decrease\ntarget 100 by FY2020\nactual 120 at R2.3"),
                                 day(2020, 3, 31));
    cr_expect_not(e->has_needed);     /* not 60, below its own target */
    NEAR(e->remaining, 20);
}

Test(eval, direction_is_read_from_baseline_and_target)
{
    const char *src = ONE("", "baseline 12 at FY2017\ntarget 0 by FY2020\nactual 3 at R2.3");
    Model *m = load_ok(src);
    cr_expect_eq(m->indicators[0]->direction, -1);
    cr_expect(m->indicators[0]->direction_inferred);
    const IndicatorEval *e = one(src, day(2020, 3, 31));
    NEAR(e->rate, 0.75);
    NEAR(e->remaining, 3);            /* not "reached" */
    cr_expect_eq(e->status, ST_ON_TRACK);
}

Test(eval, floor_the_baseline_meets_is_met_or_not)
{
    /* 「毎年95%以上」 from 96.2 %: 94.5 % is not 141.7 % exceeded. */
    const IndicatorEval *e = one(ONE("", "unit %\nbaseline 96.2 % at FY2017\ntarget >= 95 % by FY2020\n"
                                         "actual 94.5 % at R2.3"), day(2020, 3, 31));
    cr_expect_not(e->has_rate);
    cr_expect_eq(e->why_code, WHY_FLOOR);
    cr_expect_eq(e->status, ST_BELOW);
    NEAR(e->remaining, 0.5);
    cr_assert(e->has_needed);
    NEAR(e->needed_now, 95);
    const IndicatorEval *f = one(ONE("", "unit %\nbaseline 96.2 % at FY2017\ntarget >= 95 % by FY2020\n"
                                         "actual 95.5 % at R2.3"), day(2020, 3, 31));
    cr_expect_eq(f->status, ST_ACHIEVED);
    /* A floor above the baseline is progress as usual. */
    const IndicatorEval *g = one(ONE("", "baseline 0 at FY2017\ntarget >= 10 by FY2020\nactual 5 at R2.3"),
                                 day(2020, 3, 31));
    cr_assert(g->has_rate);
    NEAR(g->rate, 0.5);
}

Test(eval, counts_are_not_forecast_below_zero)
{
    /* 待機児童数 21 -> 9 in a year: the line reaches 0 about nine months
     * later, before the target date; the forecast is 0, not -15. */
    const IndicatorEval *e = one(ONE("", "direction decrease\nbaseline 30 at 2017-03-31\n"
                                         "target 0 by 2021-03-31\nactual 21 at 2018-03-31\n"
                                         "actual 9 at 2019-03-31"), day(2019, 3, 31));
    cr_assert(e->has_forecast);
    NEAR(e->forecast, 0);
    cr_assert(e->has_reach);
    /* 9 / (12 / 365 per day) = 273.75 days after 2019-03-31: 2019-12-30. */
    cr_expect_eq(e->reach, day(2019, 12, 30));
    /* A quantity that may be negative keeps its line. */
    const IndicatorEval *f = one(ONE("", "baseline 10 at 2017-03-31\ntarget -20 by 2021-03-31\n"
                                         "actual 0 at 2018-03-31\nactual -10 at 2019-03-31"), day(2019, 3, 31));
    cr_expect(f->forecast < -20);
    cr_expect_not(f->has_reach);
}

Test(eval, target_zero_without_baseline)
{
    const IndicatorEval *e = one(ONE("", "target 0 by FY2020\nactual 3 at R2.3"), day(2020, 3, 31));
    cr_expect_not(e->has_rate);
    cr_expect_eq(e->why_code, WHY_TARGET_ZERO);
}

Test(eval, no_actual_is_no_data)
{
    const IndicatorEval *e = one(ONE("", "target 5 by FY2020"), day(2020, 3, 31));
    cr_expect_not(e->has_rate);
    cr_expect_eq(e->status, ST_NO_DATA);
    cr_expect_eq(e->why_code, WHY_NO_ACTUAL);
    cr_expect_not(e->has_remaining);
    cr_expect(e->has_expected, "the pace does not need an actual");
}

Test(eval, actual_after_report_date_is_ignored)
{
    const char *src = ONE("", "target 10 by FY2020\nactual 4 at R2.3\nactual 9 at R2.4");
    const IndicatorEval *e = one(src, day(2020, 3, 31));
    NEAR(e->rate, 0.4);
    /* R2.4 ends on 2020-04-30: not yet on the 29th, counted on the 30th. */
    const IndicatorEval *f = one(src, day(2020, 4, 29));
    NEAR(f->rate, 0.4);
    const IndicatorEval *g = one(src, day(2020, 4, 30));
    NEAR(g->rate, 0.9);
    cr_expect_eq(g->actual->u.m.num, 9);
}

Test(eval, actual_before_all_is_no_data)
{
    const IndicatorEval *e = one(ONE("", "target 10 by FY2020\nactual 4 at R2.3"), day(2020, 3, 30));
    cr_expect_eq(e->status, ST_NO_DATA);
}

Test(eval, latest_actual_by_date_not_source_order)
{
    const IndicatorEval *e = one(ONE("", "target 10 by FY2020\nactual 8 at R2.3\nactual 2 at H31.3"),
                                 day(2020, 3, 31));
    NEAR(e->rate, 0.8);
    /* The trend runs from the earlier actual (2 on 2019-03-31) to the later
     * (8 on 2020-03-31), read on the due date 2021-03-31. */
    cr_assert(e->has_forecast);
    NEAR(e->forecast, 8 + 6.0 * 365 / 366);
}

Test(eval, intermediate_target_next_due)
{
    const char *src = ONE("", "baseline 10 at FY2017\ntarget 14 by FY2018\ntarget 25 by FY2020\n"
                              "actual 13.5 at FY2018\nactual 16 at R2.3");
    /* On the first target's own due date, that target still applies. */
    const IndicatorEval *e = one(src, day(2019, 3, 31));
    NEAR(item_num(e->target), 14);
    NEAR(e->rate, 3.5 / 4.0);
    NEAR(e->expected, 1);
    cr_expect_eq(e->status, ST_ON_TRACK);    /* 0.875 >= 0.8 */
    /* The day after, the next one. */
    const IndicatorEval *f = one(src, day(2019, 4, 1));
    NEAR(item_num(f->target), 25);
    NEAR(f->expected, 366.0 / 1096.0);
    /* All past due: the last one. */
    const IndicatorEval *g = one(src, day(2022, 1, 1));
    NEAR(item_num(g->target), 25);
    NEAR(g->expected, 1);
}

Test(eval, pace_at_period_boundaries)
{
    const char *src = ONE("", "target 10 by FY2020\nactual 0 at 2018-01");
    const IndicatorEval *before = one(src, day(2018, 3, 30));
    NEAR(before->expected, 0);               /* clamped */
    const IndicatorEval *first_day = one(src, day(2018, 3, 31));
    NEAR(first_day->expected, 0);            /* the end of the day before the period */
    const IndicatorEval *next = one(src, day(2018, 4, 1));
    NEAR(next->expected, 1.0 / 1096.0);      /* the period's first day has passed */
    const IndicatorEval *due = one(src, day(2021, 3, 31));
    NEAR(due->expected, 1);
    const IndicatorEval *after = one(src, day(2023, 1, 1));
    NEAR(after->expected, 1);
}

Test(eval, zero_rate_at_zero_pace_is_on_track)
{
    /* Nothing expected yet, nothing done yet: on track. */
    const IndicatorEval *e = one(ONE("", "target 10 by FY2020\nactual 0 at 2018-03-31"), day(2018, 3, 31));
    NEAR(e->rate, 0);
    cr_expect_eq(e->status, ST_ON_TRACK);
}

Test(eval, status_thresholds_default)
{
    /* Due now (expected 1): on_track from 0.8, below from 0.5. */
    struct { const char *actual; Status st; } cases[] = {
        {"actual 11 at FY2020", ST_EXCEEDED}, {"actual 10 at FY2020", ST_ACHIEVED},
        {"actual 9.99 at FY2020", ST_ON_TRACK}, {"actual 8 at FY2020", ST_ON_TRACK},
        {"actual 7.99 at FY2020", ST_BELOW}, {"actual 5 at FY2020", ST_BELOW},
        {"actual 4.99 at FY2020", ST_FAR_BELOW}, {"actual 0 at FY2020", ST_FAR_BELOW},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char src[256];
        snprintf(src, sizeof src, ONE("", "target 10 by FY2020\n%s"), cases[i].actual);
        const IndicatorEval *e = one(src, day(2021, 3, 31));
        cr_expect_eq(e->status, cases[i].st, "%s: %s, expected %s", cases[i].actual,
                     status_name(e->status), status_name(cases[i].st));
    }
}

Test(eval, status_thresholds_overridden)
{
    const char *th = "thresholds {\n on_track 90 %\n below 0.6\n}";
    char src[512];
    snprintf(src, sizeof src, ONE("%s", "target 10 by FY2020\nactual 8.5 at FY2020"), th);
    cr_expect_eq(one(src, day(2021, 3, 31))->status, ST_BELOW);
    snprintf(src, sizeof src, ONE("%s", "target 10 by FY2020\nactual 9 at FY2020"), th);
    cr_expect_eq(one(src, day(2021, 3, 31))->status, ST_ON_TRACK);
    snprintf(src, sizeof src, ONE("%s", "target 10 by FY2020\nactual 5.9 at FY2020"), th);
    cr_expect_eq(one(src, day(2021, 3, 31))->status, ST_FAR_BELOW);
}

Test(eval, qualitative_carries_declared_status)
{
    const IndicatorEval *e = one(ONE("", "target \"do it\"\nstatus below \"not yet\""), day(2020, 3, 31));
    cr_expect_eq(e->status, ST_BELOW);
    cr_expect_eq(e->why_code, WHY_QUALITATIVE);
    cr_expect_not(e->has_rate);
    const IndicatorEval *f = one(ONE("", "target \"do it\""), day(2020, 3, 31));
    cr_expect_eq(f->status, ST_NO_DATA);
}

Test(eval, no_target)
{
    const IndicatorEval *e = one(ONE("", "actual 3 at R2.3"), day(2020, 3, 31));
    cr_expect_eq(e->status, ST_NO_DATA);
    cr_expect_eq(e->why_code, WHY_NO_TARGET);
}

Test(eval, target_without_by_is_due_at_period_end)
{
    const IndicatorEval *e = one(ONE("", "target 30\nactual 22 at R2.3"), day(2020, 3, 31));
    NEAR(e->expected, SEED_PACE);
}

Test(eval, no_period_no_pace)
{
    const char *src = "strategy s \"S\" {\n project p \"P\" {\n  indicator i \"I\" {\n"
                      "   target 10\n   actual 7 at 2020\n  }\n }\n}\n";
    const IndicatorEval *e = one(src, day(2020, 12, 31));
    cr_expect_not(e->has_expected);
    cr_expect_not(e->has_needed);
    NEAR(e->rate, 0.7);
    cr_expect_eq(e->status, ST_BELOW, "judged as if due: 0.7 < 0.8");
}

Test(eval, forecast_from_last_two_actuals)
{
    /* 30 at the end of FY2018, 70 a year later (366 days), due end of FY2020
     * (365 days on): 70 + 40/366 x 365. */
    const IndicatorEval *e = one(ONE("", "target 120 by FY2020\nactual 30 at FY2018\nactual 70 at FY2019"),
                                 day(2020, 3, 31));
    cr_assert(e->has_forecast);
    NEAR(e->forecast, 70 + 40.0 / 366.0 * 365.0);
    NEAR(e->remaining, 50);
}

Test(eval, forecast_needs_distinct_dates)
{
    const IndicatorEval *e = one(ONE("", "target 10 by FY2020\nactual 3 at R2.3\nactual 4 at R2.3"),
                                 day(2020, 3, 31));
    cr_expect_not(e->has_forecast);
    NEAR(e->rate, 0.4);                  /* the later line wins a tie */
}

Test(eval, rollup_rule)
{
    Status a[] = {ST_ON_TRACK, ST_ON_TRACK, ST_EXCEEDED, ST_ON_TRACK, ST_ON_TRACK};  /* 3.4 */
    cr_expect_eq(rollup_status(a, 5), ST_ON_TRACK);
    Status b[] = {ST_EXCEEDED, ST_ACHIEVED};                                          /* 4.5 */
    cr_expect_eq(rollup_status(b, 2), ST_EXCEEDED, "half rounds up");
    Status c[] = {ST_FAR_BELOW, ST_ON_TRACK, ST_NO_DATA};                             /* 2 */
    cr_expect_eq(rollup_status(c, 3), ST_BELOW, "no_data does not count");
    Status d[] = {ST_NO_DATA, ST_NO_DATA};
    cr_expect_eq(rollup_status(d, 2), ST_NO_DATA);
    cr_expect_eq(rollup_status(NULL, 0), ST_NO_DATA);
    Status e[] = {ST_BELOW, ST_FAR_BELOW};                                            /* 1.5 */
    cr_expect_eq(rollup_status(e, 2), ST_BELOW);
    Status f[] = {ST_ACHIEVED, ST_BELOW, ST_BELOW};                                   /* 2.67 */
    cr_expect_eq(rollup_status(f, 3), ST_ON_TRACK);
}

Test(eval, why_texts)
{
    cr_expect_str_eq(eval_why_text(WHY_NONE, false), "");
    for (int w = 1; w < WHY__COUNT; w++) {
        cr_expect_neq(strlen(eval_why_text((EvalWhy)w, false)), 0);
        cr_expect_neq(strlen(eval_why_text((EvalWhy)w, true)), 0);
    }
}

/* The seed document's progress table, as of R2.3. */
Test(eval, seed_document)
{
    Model *m = strat_load(&S, TEST_SOURCE_ROOT "/examples/yamaguchi-2018.strat");
    cr_assert_not_null(m);
    cr_assert_eq(S.diags.errors, 0);
    Evaluation *ev = evaluate(m, m->as_of, &S.arena);
    struct { const char *id; double rate; } rates[] = {
        {"coal_shipping", 22.0 / 30}, {"plans_approved", 50.0 / 45}, {"startups_attracted", 0},
        {"water_pipes", 3.2 / 3.9}, {"roads", 30.8 / 30}, {"aid_projects", 0.6},
    };
    for (size_t i = 0; i < sizeof rates / sizeof *rates; i++) {
        const Indicator *ind = ptrmap_get(&m->indicator_by_id, intern(S.names, rates[i].id, strlen(rates[i].id)));
        cr_assert_not_null(ind, "%s", rates[i].id);
        const IndicatorEval *e = &ev->indicators[ind->index];
        cr_expect(e->has_rate, "%s", rates[i].id);
        NEAR(e->rate, rates[i].rate);
        NEAR(e->expected, SEED_PACE);
    }
    struct { const char *id; Status st; } projects[] = {
        {"setouchi", ST_ON_TRACK}, {"automotive", ST_ON_TRACK}, {"industrial_land", ST_ON_TRACK},
        {"core_firms", ST_ACHIEVED}, {"core_firm_siting", ST_EXCEEDED}, {"talent", ST_EXCEEDED},
        {"infrastructure_export", ST_ON_TRACK}, {"iot", ST_BELOW}, {"startups", ST_FAR_BELOW},
        {"shin_yamaguchi", ST_ON_TRACK},
    };
    cr_assert_eq(m->nprojects, 10);
    for (size_t i = 0; i < 10; i++) {
        cr_expect_str_eq(ent_id(&m->projects[i]->e)->name, projects[i].id);
        cr_expect_eq(ev->projects[i].status, projects[i].st, "%s: %s", projects[i].id,
                     status_name(ev->projects[i].status));
    }
    cr_expect_eq(ev->summary[ST_NO_DATA], 0);
    uint32_t n = 0;
    for (int s = 0; s < ST__COUNT; s++) n += ev->summary[s];
    cr_expect_eq(n, m->nindicators);
}

/* The report's sections come from the evaluator: each sector with the
 * projects that name it, then those that name none, rolled up. */
Test(eval, groupings_with_the_projects_that_name_no_sector)
{
    Model *m = load_ok(
        "strategy s \"S\" {\n period FY2018 .. FY2020\n sector a \"A\"\n sector b \"B\"\n"
        " project p \"P\" {\n  sectors a\n  indicator i \"I\" {\n   target 10 by FY2020\n"
        "   actual 10 at FY2019\n  }\n }\n"
        " project q \"Q\" {\n  indicator j \"J\" {\n   target 10 by FY2020\n   actual 1 at FY2019\n  }\n }\n"
        " project r \"R\" {\n  indicator k \"K\" {\n   target 10 by FY2020\n  }\n }\n}\n");
    Evaluation *ev = evaluate(m, day(2020, 3, 31), &S.arena);
    cr_assert_not_null(ev->grading);
    cr_assert_eq(ev->by[EG_PROJECT].n, 1);
    cr_expect_eq(ev->by[EG_PROJECT].groups[0].nprojects, 3);
    const EvalGrouping *g = &ev->by[EG_SECTOR];
    cr_assert_eq(g->n, 3, "a, b (empty), and the projects naming none");
    cr_expect_eq(g->groups[0].nprojects, 1);
    cr_expect_eq(g->groups[1].nprojects, 0);
    cr_expect_null(g->groups[2].entity);
    cr_expect_eq(g->groups[2].nprojects, 2);
    cr_expect_eq(g->groups[2].eval, &ev->no_sector);
    cr_expect_eq(ev->no_sector.counts[ST_FAR_BELOW], 1);
    cr_expect_eq(ev->no_sector.counts[ST_NO_DATA], 1);
    cr_expect_eq(ev->no_sector.status, ST_FAR_BELOW, "no_data stays out of the roll-up");
    cr_expect_eq(ev->by[EG_VIEWPOINT].n, 1, "no viewpoint declared: one group of all");
    cr_expect_eq(ev->by[EG_VIEWPOINT].groups[0].nprojects, 3);
}

/* The projects that name no sector roll up like a sector: an indicator
 * graded "cannot be measured" (municipal −) stays out of both. */
Test(eval, no_sector_grades_like_a_sector)
{
#define MUNI(sectors)                                                                    \
    "strategy s \"S\" {\n period 2021 .. 2025\n scale municipal\n sector a \"A\"\n"      \
    " project p \"P\" {\n" sectors "  indicator i \"I\" {\n   baseline 100 at 2020\n"  \
    "   target 200 by 2025\n   actual 250 at 2023\n  }\n"                                \
    "  indicator j \"J\" {\n   target 80 by 2025\n   actual 70 at 2023\n  }\n }\n}\n"
    Model *named = load_ok(MUNI("  sectors a\n"));
    Evaluation *ev = evaluate(named, day(2023, 12, 31), &S.arena);
    int sector_grade = ev->by[EG_SECTOR].groups[0].grade;
    cr_assert_str_eq(named->scale->grades[sector_grade].id, "S", "the unmeasurable J stays out");
    Model *none = load_ok(MUNI(""));
    ev = evaluate(none, day(2023, 12, 31), &S.arena);
    const EvalGrouping *g = &ev->by[EG_SECTOR];
    cr_assert_eq(g->n, 2);
    cr_expect_null(g->groups[1].entity);
    cr_expect_str_eq(none->scale->grades[g->groups[1].grade].id, "S", "and out of the no-sector group too");
#undef MUNI
}
