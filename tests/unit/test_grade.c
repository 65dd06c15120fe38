/* test_grade.c - the preset scales' rules at their boundaries, custom
 * scales' conditions, the roll-up, and the national review's worked case. */
#include <criterion/criterion.h>
#include <string.h>

#include "grade.h"
#include "strat.h"

typedef struct Fixture {
    Indicator ind;
    Item actual, baseline, target;
    IndicatorEval e;
} Fixture;

/* An indicator with an actual (and a baseline when base is not NAN). */
static void fixture(Fixture *f, double actual, double base, double rate, double expected)
{
    memset(f, 0, sizeof *f);
    f->ind.direction = 1;
    f->actual.kind = IT_ACTUAL;
    f->actual.u.m.value.num = actual;
    f->baseline.kind = IT_BASELINE;
    f->baseline.u.m.value.num = base;
    if (base == base) f->ind.baseline = &f->baseline;
    f->e.ind = &f->ind;
    f->e.actual = &f->actual;
    f->e.has_rate = rate == rate;
    f->e.rate = rate;
    f->e.has_expected = expected == expected;
    f->e.expected = expected;
}

#define NONE __builtin_nan("")

Test(grade, national_progress_equal_to_elapsed_share_is_A)
{
    const Scale *s = scale_preset(SCALE_NATIONAL);
    Fixture f;
    fixture(&f, 0, NONE, 2.0 / 3, 2.0 / 3);
    cr_expect_str_eq(s->grades[grade_indicator(s, &f.e)].id, "A");
    fixture(&f, 0, NONE, 2.0 / 3 - 1e-6, 2.0 / 3);
    cr_expect_str_eq(s->grades[grade_indicator(s, &f.e)].id, "B");
    fixture(&f, 0, NONE, 1.5, 0.2);
    cr_expect_str_eq(s->grades[grade_indicator(s, &f.e)].id, "A");
}

Test(grade, national_no_data_is_N_and_qualitative_is_F)
{
    const Scale *s = scale_preset(SCALE_NATIONAL);
    Fixture f;
    fixture(&f, 0, NONE, NONE, 0.5);
    f.e.actual = NULL;
    cr_expect_str_eq(s->grades[grade_indicator(s, &f.e)].id, "N");
    fixture(&f, 0, NONE, NONE, 0.5);
    f.ind.qualitative = true;
    cr_expect_str_eq(s->grades[grade_indicator(s, &f.e)].id, "F");
}

Test(grade, municipal_boundaries)
{
    const Scale *s = scale_preset(SCALE_MUNICIPAL);
    struct { double actual, base; int dir; const char *grade; } cases[] = {
        {110, 100, 1, "B"},   /* exactly +10 % of the baseline */
        {90, 100, 1, "B"},    /* exactly -10 % */
        {110.01, 100, 1, "A"},
        {89.99, 100, 1, "C"},
        {100, 100, 1, "B"},
        {90, 100, -1, "B"},   /* decreasing: 10 % better is still B */
        {80, 100, -1, "A"},
        {120, 100, -1, "C"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        Fixture f;
        fixture(&f, cases[i].actual, cases[i].base, 0.5, 0.5);
        f.ind.direction = cases[i].dir;
        cr_expect_str_eq(s->grades[grade_indicator(s, &f.e)].id, cases[i].grade, "case %zu", i);
    }
    Fixture f;
    fixture(&f, 130, 100, 1.0, 0.5);
    cr_expect_str_eq(s->grades[grade_indicator(s, &f.e)].id, "S");
    fixture(&f, 130, NONE, 0.9, 0.5);
    cr_expect_str_eq(s->grades[grade_indicator(s, &f.e)].id, "−");
    fixture(&f, 130, 100, NONE, NONE);
    f.e.actual = NULL;
    cr_expect_str_eq(s->grades[grade_indicator(s, &f.e)].id, "−");
}

Test(grade, seed_grades_are_the_statuses)
{
    const Scale *s = scale_preset(SCALE_SEED);
    Fixture f;
    fixture(&f, 0, NONE, 0.5, 0.5);
    for (int st = 0; st < ST__COUNT; st++) {
        f.e.status = (Status)st;
        cr_expect_str_eq(s->grades[grade_indicator(s, &f.e)].id, status_name((Status)st));
    }
}

Test(grade, rollup_ties_go_to_the_better_grade)
{
    int g[] = {0, 1, 3, 2};
    bool d[] = {true, true, false, true};
    cr_expect_eq(grade_rollup(g, d, 2, 5), 0);   /* mean 0.5 */
    cr_expect_eq(grade_rollup(g, d, 4, 5), 1);   /* (0+1+2)/3 */
    bool none[] = {false, false};
    cr_expect_eq(grade_rollup(g, none, 2, 5), 5);
}

static Strat S;
static void setup(void) { strat_init(&S, NULL); }
static void teardown(void) { strat_fini(&S); }

static const char *grade_of(const char *src, int indicator)
{
    Model *m = strat_load_bytes(&S, "t.strat", src, strlen(src));
    cr_assert_eq(S.diags.errors, 0);
    Evaluation *ev = evaluate(m, m->as_of, &S.arena);
    Grading *g = grade_all(ev, &S.arena);
    return m->scale->grades[g->indicators[indicator]].id;
}

Test(grade, custom_scale_first_matching_grade_wins, .init = setup, .fini = teardown)
{
    const char *src =
        "strategy s \"S\" {\n period 2020 .. 2022\n as_of 2021\n"
        " scale kpi \"K\" {\n"
        "  grade good \"良\" when progress >= 1.2 or rate >= 100 %\n"
        "  grade ok \"可\" when has_data and change >= 0\n"
        "  grade bad \"不可\" when actual < baseline\n"
        "  grade none \"−\" when always\n }\n"
        " project p \"P\" {\n"
        "  indicator a \"A\" { baseline 0 at 2019 target 100 by 2022 actual 90 at 2021 }\n"
        "  indicator b \"B\" { baseline 50 at 2019 target 100 by 2022 actual 55 at 2021 }\n"
        "  indicator c \"C\" { baseline 50 at 2019 target 100 by 2022 actual 40 at 2021 }\n"
        "  indicator d \"D\" { target 100 by 2022 }\n"
        " }\n}\n";
    cr_expect_str_eq(grade_of(src, 0), "good");
    cr_expect_str_eq(grade_of(src, 1), "ok");
    cr_expect_str_eq(grade_of(src, 2), "bad");
    cr_expect_str_eq(grade_of(src, 3), "none");
}

/* 日本再興戦略: 設備投資 back to about 70兆円 by FY2015 from 64.9兆円 in
 * FY2012; 68.2 in FY2013 and 69.4 in FY2014: graded A in the reviews. */
Test(grade, national_worked_case_capital_investment_is_A, .init = setup, .fini = teardown)
{
    static const char *const as_of[] = {"FY2013", "FY2014"};
    for (int i = 0; i < 2; i++) {
        char src[1024];
        snprintf(src, sizeof src,
                 "strategy s \"日本再興戦略\" {\n period FY2013 .. FY2015\n as_of %s\n scale national\n"
                 " project p \"P\" { indicator capex \"設備投資\" {\n"
                 "  unit \"兆円\"\n  baseline 64.9 at FY2012\n  target 70 by FY2015\n"
                 "  actual 68.2 at FY2013\n  actual 69.4 at FY2014\n } }\n}\n", as_of[i]);
        cr_expect_str_eq(grade_of(src, 0), "A", "as of %s", as_of[i]);
    }
}

Test(grade, assessments_name_grades_of_the_scale, .init = setup, .fini = teardown)
{
    const char *src = "strategy s \"S\" {\n scale municipal\n project p \"P\" { assessment − }\n"
                      " project q \"Q\" { assessment S }\n project r \"R\" { assessment none }\n}\n";
    Model *m = strat_load_bytes(&S, "t.strat", src, strlen(src));
    cr_assert_eq(S.diags.errors, 0);
    cr_expect_eq(m->projects[0]->assessed_grade, 4);
    cr_expect_eq(m->projects[1]->assessed_grade, 0);
    cr_expect_eq(m->projects[2]->assessed_grade, 4);
    const char *u = "strategy s \"S\" { scale national project p \"P\" { assessment D } }";
    strat_load_bytes(&S, "u.strat", u, strlen(u));
    cr_expect_eq(S.diags.errors, 1);
}

Test(grade, unmeasurable_indicators_stay_out_of_the_rollup, .init = setup, .fini = teardown)
{
    const char *src = "strategy s \"S\" {\n period 2021 .. 2025\n as_of 2023\n scale municipal\n"
                      " project p \"P\" {\n"
                      "  indicator a \"A\" { baseline 100 at 2020 target 120 by 2025 actual 130 at 2023 }\n"
                      "  indicator b \"B\" { target 80 by 2025 actual 70 at 2023 }\n }\n}\n";
    Model *m = strat_load_bytes(&S, "t.strat", src, strlen(src));
    cr_assert_eq(S.diags.errors, 0);
    Grading *g = grade_all(evaluate(m, m->as_of, &S.arena), &S.arena);
    cr_expect_str_eq(m->scale->grades[g->indicators[1]].id, "−");
    cr_expect_str_eq(m->scale->grades[g->projects[0]].id, "S");
}
