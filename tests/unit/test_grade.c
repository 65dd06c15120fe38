/* test_grade.c - the preset scales' rules at their boundaries, custom
 * scales' conditions, the roll-up, and the national review's worked case. */
#include <criterion/criterion.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "grade.h"
#include "strat.h"

typedef struct Fixture {
    Indicator ind;
    Item decl;              /* the indicator's declaration: its block holds the baseline */
    Item actual, baseline, target;
    IndicatorEval e;
} Fixture;

/* An indicator with an actual (and a baseline when base is not NAN). */
static void fixture(Fixture *f, double actual, double base, double rate, double expected)
{
    memset(f, 0, sizeof *f);
    f->ind.direction = 1;
    f->ind.declared_grade = -1;
    f->e.dir = 1;
    f->e.status = ST_ON_TRACK;
    f->actual.kind = IT_ACTUAL;
    f->actual.u.m.num = actual;
    f->baseline.kind = IT_BASELINE;
    f->baseline.u.m.num = base;
    f->decl.kind = IT_INDICATOR;
    f->ind.e.item = &f->decl;
    if (base == base) {
        f->decl.u.ent.items = &f->baseline;
        f->ind.has = HAS_BASELINE;
    }
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
    /* 長与町: A any rise above the baseline, B the same or at most 10 %
     * worse (△10%以内), C worse than that. */
    struct { double actual, base; int dir; const char *grade; } cases[] = {
        {110, 100, 1, "A"},   /* +10 %: a rise */
        {105, 100, 1, "A"},   /* +5 %: A where the old ±10 % reading said B */
        {100.001, 100, 1, "A"},
        {90, 100, 1, "B"},    /* exactly -10 % */
        {100, 100, 1, "B"},   /* unchanged */
        {89.99, 100, 1, "C"},
        {90, 100, -1, "A"},   /* decreasing: 10 % better */
        {110, 100, -1, "B"},  /* decreasing: 10 % worse */
        {120, 100, -1, "C"},
        {5, 0, 1, "A"},       /* from 0: any rise is +inf */
        {-1, 0, 1, "C"},      /* from 0: any fall is -inf */
        {0, 0, 1, "B"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        Fixture f;
        fixture(&f, cases[i].actual, cases[i].base, 0.5, 0.5);
        f.ind.direction = (int8_t)cases[i].dir;
        f.e.dir = (int8_t)cases[i].dir;
        cr_expect_str_eq(s->grades[grade_indicator(s, &f.e)].id, cases[i].grade, "case %zu", i);
    }
    Fixture f;
    fixture(&f, 130, 100, 1.0, 0.5);
    f.e.status = ST_ACHIEVED;     /* exactly at the target: not beyond it */
    cr_expect_str_eq(s->grades[grade_indicator(s, &f.e)].id, "A");
    fixture(&f, 130, 100, 1.3, 0.5);
    f.e.status = ST_EXCEEDED;
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

Test(grade, municipal_lines_to_hold, .init = setup, .fini = teardown)
{
    /* 待機児童 0 -> 0, actual 0: held, S; 「毎年95%以上」 from 96.2 % at
     * 94.5 %: not held, and 1.8 % below the baseline: B, never S. */
    const char *src = "strategy s \"S\" {\n period 2021 .. 2025\n as_of 2023\n scale municipal\n"
                      " project p \"P\" {\n"
                      "  indicator a \"A\" { direction decrease baseline 0 at 2020 target 0 by 2025 actual 0 at 2023 }\n"
                      "  indicator b \"B\" { unit % baseline 96.2 % at 2020 target >= 95 % by 2025 actual 94.5 % at 2023 }\n"
                      "  indicator c \"C\" { unit % baseline 96.2 % at 2020 target >= 95 % by 2025 actual 97 % at 2023 }\n"
                      " }\n}\n";
    cr_expect_str_eq(grade_of(src, 0), "S");
    cr_expect_str_eq(grade_of(src, 1), "B");
    cr_expect_str_eq(grade_of(src, 2), "S");
}

Test(grade, national_pace_runs_to_the_latest_data, .init = setup, .fini = teardown)
{
    /* 男性の育児休業取得率: 2.63 % (2011) -> 13 % (2020), 2.03 % in 2013:
     * needed 2.63 + 10.37 x 2/9 = 4.93 whatever the report date; graded B. */
    const char *src = "strategy s \"S\" {\n period 2012 .. 2020\n as_of 2017\n scale national\n"
                      " project p \"P\" {\n"
                      "  indicator a \"A\" { unit % baseline 2.63 % at 2011 target 13 % by 2020 actual 2.03 % at 2013 }\n"
                      " }\n}\n";
    Model *m = strat_load_bytes(&S, "t.strat", src, strlen(src));
    cr_assert_eq(S.diags.errors, 0);
    Evaluation *ev = evaluate(m, m->as_of, &S.arena);
    const IndicatorEval *e = &ev->indicators[0];
    cr_assert(e->has_needed && e->has_expected_data);
    cr_expect(fabs(e->expected_data - 2.0 / 9) < 1e-12, "expected_data %g", e->expected_data);
    cr_expect(fabs(e->needed_now - (2.63 + 10.37 * 2 / 9)) < 1e-9, "needed %g", e->needed_now);
    cr_expect(fabs(e->expected - 2.0 / 9) < 1e-12, "the pace shown is the data's: %g", e->expected);
    cr_expect_str_eq(grade_of(src, 0), "B");
}

Test(grade, indicators_declare_grades_of_the_scale, .init = setup, .fini = teardown)
{
    const char *mun = "strategy s \"S\" {\n scale municipal\n project p \"P\" {\n"
                      "  indicator a \"A\" { target \"策定\" status S \"策定済み\" }\n"
                      "  indicator b \"B\" { target \"実施\" status on_track }\n }\n}\n";
    cr_expect_str_eq(grade_of(mun, 0), "S");
    cr_expect_str_eq(grade_of(mun, 1), "−");    /* a seed status says nothing of S..C */
    const char *nat = "strategy s \"S\" {\n scale national\n project p \"P\" {\n"
                      "  indicator a \"A\" { target \"制度の創設\" status B }\n"
                      "  indicator b \"B\" { target \"制度の創設\" }\n }\n}\n";
    cr_expect_str_eq(grade_of(nat, 0), "B");
    cr_expect_str_eq(grade_of(nat, 1), "F");
    const char *bad = "strategy s \"S\" { scale national project p \"P\" { indicator a \"A\" { status D } } }";
    strat_load_bytes(&S, "u.strat", bad, strlen(bad));
    cr_expect_eq(S.diags.errors, 1);
}

Test(grade, a_declared_scale_chooses_where_the_pace_runs_to, .init = setup, .fini = teardown)
{
    /* 2 of 9 years to the latest figure, 6 of 9 to the report date: 30 of
     * 100 is on pace at the data, behind at the report date. */
    const char *at_data = "strategy s \"S\" {\n period 2012 .. 2020\n as_of 2017\n"
                          " scale k \"K\" {\n  grade ok \"順調\" when rate >= expected_at_data\n"
                          "  grade late \"遅れ\" when always\n }\n"
                          " project p \"P\" {\n"
                          "  indicator a \"A\" { baseline 0 at 2011 target 100 by 2020 actual 30 at 2013 }\n"
                          " }\n}\n";
    cr_expect_str_eq(grade_of(at_data, 0), "ok");
    const char *at_report = "strategy s \"S\" {\n period 2012 .. 2020\n as_of 2017\n"
                            " scale k \"K\" {\n  grade ok \"順調\" when rate >= expected\n"
                            "  grade late \"遅れ\" when always\n }\n"
                            " project p \"P\" {\n"
                            "  indicator a \"A\" { baseline 0 at 2011 target 100 by 2020 actual 30 at 2013 }\n"
                            " }\n}\n";
    cr_expect_str_eq(grade_of(at_report, 0), "late");
    Model *m = strat_load_bytes(&S, "t.strat", at_data, strlen(at_data));
    cr_expect(m->scale->pace_at_data && m->scale->pace_based);
    const IndicatorEval *e = &evaluate(m, m->as_of, &S.arena)->indicators[0];
    cr_expect(fabs(e->needed_now - 100.0 * 2 / 9) < 1e-9, "needed at the data: %g", e->needed_now);
}

/* A grouping's sections keep arrays of their own size: 100 sectors over
 * 1,000 projects cost a few bytes a project, not 100 arrays of 1,000 (the
 * roll-ups once grew as sectors times projects). */
Test(grade, rollups_grow_with_projects_not_sectors_times_projects, .init = setup, .fini = teardown)
{
    enum { NSEC = 100, NPRJ = 1000 };
    size_t cap = 1 << 20, n = 0;
    char *src = malloc(cap);
    n += (size_t)snprintf(src + n, cap - n, "strategy s \"S\" {\n period 2021 .. 2025\n as_of 2023\n");
    for (int i = 0; i < NSEC; i++) n += (size_t)snprintf(src + n, cap - n, " sector s%d \"S%d\"\n", i, i);
    for (int i = 0; i < NPRJ; i++)
        n += (size_t)snprintf(src + n, cap - n,
                              " project p%d \"P\" { sectors s%d\n indicator i%d \"I\" { target 10 by 2025 actual %d at 2023 } }\n",
                              i, i % NSEC, i, i % 12);
    n += (size_t)snprintf(src + n, cap - n, "}\n");
    cr_assert_lt(n, cap);
    Model *m = strat_load_bytes(&S, "t.strat", src, n);
    free(src);
    cr_assert_eq(S.diags.errors, 0);
    Arena a;
    arena_init(&a);
    Evaluation *ev = evaluate(m, m->as_of, &a);
    const EvalGrouping *by = &ev->by[EG_SECTOR];
    cr_assert_eq(by->n, NSEC, "one section a sector, none for projects that name none");
    for (uint32_t g = 0; g < by->n; g++) {
        cr_expect_eq(by->groups[g].nprojects, NPRJ / NSEC);
        cr_expect_eq(by->groups[g].projects[0], m->projects[g]);
    }
    size_t per_project = arena_used(&a) / NPRJ;
    cr_expect_lt(per_project, 400, "the evaluation took %zu bytes a project", per_project);
    arena_free(&a);
}
