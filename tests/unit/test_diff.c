/* test_diff.c - diff_models(): matching (declared and inferred renames,
 * moves), field changes, layout-only changes, and size: two files of
 * 20,000 indicators that differ in one target give exactly one change. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diff.h"

typedef struct Pair {
    Strat s;
    DiffResult r;
} Pair;

static void diff_texts(Pair *p, const char *a, const char *b)
{
    strat_init(&p->s, NULL);
    Model *ma = strat_load_bytes(&p->s, "old.strat", a, strlen(a));
    Model *mb = strat_load_bytes(&p->s, "new.strat", b, strlen(b));
    cr_assert(ma && mb);
    cr_assert_eq(p->s.diags.errors, 0, "the test files must be valid");
    diff_models(&p->s, ma, mb, &p->r);
}

static void pair_free(Pair *p)
{
    diff_result_free(&p->r);
    strat_fini(&p->s);
}

static const DiffChange *find(const Pair *p, DiffKind k, const char *path, const char *field)
{
    for (size_t i = 0; i < p->r.n; i++) {
        const DiffChange *c = &p->r.v[i];
        if (c->kind == k && c->path && strcmp(c->path, path) == 0 &&
            (!field || (c->field && strcmp(c->field, field) == 0)))
            return c;
    }
    return NULL;
}

#define HEAD "strategy s \"S\" {\n  period FY2020 .. FY2022\n"

Test(diff, declared_rename_keeps_references)
{
    Pair p;
    diff_texts(&p,
               HEAD "  sector iot \"IoT\"\n  project a \"A\" { sectors iot }\n}\n",
               HEAD "  sector future \"Future tech\" { renamed_from iot }\n"
                    "  project a \"A\" { sectors future }\n}\n");
    const DiffChange *c = find(&p, DK_RENAMED, "future", NULL);
    cr_assert(c);
    cr_expect_str_eq(c->old_id, "iot");
    cr_expect(!c->inferred);
    cr_expect(find(&p, DK_CHANGED, "future", "title"));
    cr_expect(!find(&p, DK_CHANGED, "a", "sectors"), "a renamed sector is the same sector");
    cr_expect_eq(p.r.n, 2);
    pair_free(&p);
}

Test(diff, inferred_rename_by_title_and_by_similarity)
{
    Pair p;
    diff_texts(&p,
               HEAD "  project ports \"Port upgrade\" {\n"
                    "    indicator calls \"Ship calls per year\" { target 30 by FY2022 }\n  }\n}\n",
               HEAD "  project port \"Port upgrade\" {\n"
                    "    indicator ship_calls \"Ship calls per year (total)\" { target 30 by FY2022 }\n  }\n}\n");
    const DiffChange *c = find(&p, DK_RENAMED, "port", NULL);
    cr_assert(c);
    cr_expect(c->inferred);
    cr_expect_str_eq(c->old_id, "ports");
    c = find(&p, DK_RENAMED, "port/ship_calls", NULL);
    cr_assert(c);
    cr_expect(c->inferred);
    cr_expect_eq(p.r.added, 0);
    cr_expect_eq(p.r.removed, 0);
    pair_free(&p);
}

Test(diff, dissimilar_titles_are_removed_and_added)
{
    Pair p;
    diff_texts(&p, HEAD "  viewpoint a \"Open innovation\"\n}\n", HEAD "  viewpoint b \"Digital transformation\"\n}\n");
    cr_expect(find(&p, DK_REMOVED, "a", NULL));
    cr_expect(find(&p, DK_ADDED, "b", NULL));
    cr_expect_eq(p.r.renamed, 0);
    pair_free(&p);
}

Test(diff, indicator_in_another_project_is_moved)
{
    Pair p;
    diff_texts(&p,
               HEAD "  project a \"A\" { indicator x \"X\" { target 1 by FY2022 } }\n  project b \"B\"\n}\n",
               HEAD "  project a \"A\"\n  project b \"B\" { indicator x \"X\" { target 2 by FY2022 } }\n}\n");
    const DiffChange *c = find(&p, DK_MOVED, "b/x", NULL);
    cr_assert(c);
    cr_expect(strncmp(c->old.s, "a/x", c->old.len) == 0);
    cr_expect(find(&p, DK_CHANGED, "b/x", "target"));
    cr_expect_eq(p.r.removed, 0);
    cr_expect_eq(p.r.added, 0);
    pair_free(&p);
}

Test(diff, target_change_has_relative_change)
{
    Pair p;
    diff_texts(&p, HEAD "  project a \"A\" { indicator x \"X\" { target 30 by FY2022 } }\n}\n",
               HEAD "  project a \"A\" { indicator x \"X\" { target 40 by FY2022 } }\n}\n");
    const DiffChange *c = find(&p, DK_CHANGED, "a/x", "target");
    cr_assert(c);
    cr_expect_float_eq(c->old.num, 30, 1e-9);
    cr_expect_float_eq(c->new_.num, 40, 1e-9);
    cr_expect(c->has_rel);
    cr_expect_float_eq(c->rel, 1.0 / 3, 1e-9);
    pair_free(&p);
}

Test(diff, added_and_removed_at_every_level)
{
    Pair p;
    diff_texts(&p,
               HEAD "  goal \"G\"\n  viewpoint v \"V\"\n  sector s1 \"S1\"\n"
                    "  project p \"P\" { indicator i \"I\" { target 1 by FY2022 } activity \"Act\" }\n"
                    "  project gone \"Gone\" { indicator gi \"GI\" { target 1 by FY2022 } }\n"
                    "  milestone R3.3 \"Published\"\n}\n",
               HEAD "  viewpoint w \"W\"\n  sector s2 \"S2\"\n"
                    "  project p \"P\" { indicator j \"Jobs created\" { target 5 by FY2022 } }\n"
                    "  project fresh \"Fresh\" { indicator fi \"FI\" { target 1 by FY2022 } }\n"
                    "  milestone R4.3 \"Reviewed\"\n}\n");
    cr_expect(find(&p, DK_REMOVED, "goal", NULL));
    cr_expect(find(&p, DK_REMOVED, "v", NULL));
    cr_expect(find(&p, DK_ADDED, "w", NULL));
    cr_expect(find(&p, DK_REMOVED, "s1", NULL));
    cr_expect(find(&p, DK_ADDED, "s2", NULL));
    cr_expect(find(&p, DK_REMOVED, "p/i", NULL));
    cr_expect(find(&p, DK_ADDED, "p/j", NULL));
    cr_expect(find(&p, DK_CHANGED, "p", "activity"));
    cr_expect(find(&p, DK_REMOVED, "gone", NULL));
    cr_expect(find(&p, DK_REMOVED, "gone/gi", NULL));
    cr_expect(find(&p, DK_ADDED, "fresh", NULL));
    cr_expect(find(&p, DK_ADDED, "fresh/fi", NULL));
    cr_expect(find(&p, DK_REMOVED, "2021-03-31", NULL));
    cr_expect(find(&p, DK_ADDED, "2022-03-31", NULL));
    pair_free(&p);
}

Test(diff, layout_spelling_and_order_are_no_change)
{
    Pair p;
    diff_texts(&p,
               HEAD "  as_of R2.3\n  sector e \"環境・エネルギー関連産業\"\n  sector f \"F\"\n"
                    "  project a \"A\" { sectors e, f  indicator x \"X\" { target 30 by FY2022 } }\n}\n",
               "# comment\nstrategy s \"S\" { period 令和2年度 .. 令和4年度 as_of 2020-03\n"
               "  sector f \"F\"\n  sector e \"環境・ｴﾈﾙｷﾞｰ\" \"関連産業\"\n"
               "  project a \"A\" {\n sectors f, e\n indicator x \"X\" { target ３０ by R4年度 } }\n}\n");
    cr_expect_eq(p.r.n, 0);
    pair_free(&p);
}

Test(diff, goal_change_is_inline)
{
    Pair p;
    diff_texts(&p, HEAD "  goal \"県経済の持続的成長\"\n}\n", HEAD "  goal \"県経済の力強い成長\"\n}\n");
    const DiffChange *c = find(&p, DK_CHANGED, "goal", "text");
    cr_assert(c);
    cr_expect(c->inline_text);
    pair_free(&p);
}

/* Linear matching: ids are hashed, never compared pairwise. */
static char *big_file(uint32_t n, uint32_t changed_target)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    fputs(HEAD, f);
    for (uint32_t p = 0; p < n / 10; p++) {
        fprintf(f, "  project p%u \"Project %u\" {\n", p, p);
        for (uint32_t k = 0; k < 10; k++) {
            uint32_t i = p * 10 + k;
            fprintf(f, "    indicator i%u \"Indicator %u\" { unit \"件\" target %u by FY2022 actual 1 at R3.3 }\n",
                    i, i, i == changed_target ? 999 : 10);
        }
        fputs("  }\n", f);
    }
    fputs("}\n", f);
    fclose(f);
    return buf;
}

Test(diff, twenty_thousand_indicators, .timeout = 60)
{
    char *a = big_file(20000, UINT32_MAX), *b = big_file(20000, 12345);
    Pair p;
    diff_texts(&p, a, b);
    cr_expect_eq(p.r.n, 1);
    cr_expect(find(&p, DK_CHANGED, "p1234/i12345", "target"));
    pair_free(&p);
    free(a);
    free(b);
}

Test(diff, inferred_rename_by_contents)
{
    Pair p;
    diff_texts(&p,
               HEAD "  project a \"A\" {\n    activity \"Build the harbour\"\n"
                    "    indicator x \"Calls\" { unit \"回\" target 30 by FY2022 }\n  }\n}\n",
               HEAD "  project b \"Harbour programme\" {\n    activity \"Build the harbour\"\n"
                    "    indicator y \"Vessel arrivals\" { unit \"回\" target 30 by FY2022 }\n  }\n}\n");
    const DiffChange *c = find(&p, DK_RENAMED, "b", NULL);
    cr_assert(c, "same activities: the project was renamed");
    cr_expect(c->inferred);
    c = find(&p, DK_RENAMED, "b/y", NULL);
    cr_assert(c, "same unit and targets: the indicator was renamed");
    cr_expect_str_eq(c->old_id, "x");
    pair_free(&p);
}

Test(diff, removal_listed_where_it_stood)
{
    Pair p;
    diff_texts(&p, HEAD "  viewpoint a \"Alpha\"\n  viewpoint b \"Beta\"\n  viewpoint c \"Gamma\"\n}\n",
               HEAD "  viewpoint a \"Alpha\"\n  viewpoint c \"Gamma\"\n  viewpoint d \"Delta\"\n}\n");
    cr_assert_eq(p.r.n, 2);
    cr_expect_eq(p.r.v[0].kind, DK_REMOVED);
    cr_expect_str_eq(p.r.v[0].id, "b");
    cr_expect_eq(p.r.v[1].kind, DK_ADDED);
    cr_expect_str_eq(p.r.v[1].id, "d");
    pair_free(&p);
}

/* diff loads its two files on two threads: a session sharing another's
 * interner and sources, then adopted.  Ids intern to the same pointers,
 * file ids are common, and the diagnostics of both list the first file's
 * first whatever the order the threads registered their files in. */
Test(diff, sharing_sessions_intern_alike_and_merge_diagnostics)
{
    static const char *a = "strategy s \"A\" {\n  sector x \"X\"\n  sector x \"Y\"\n}\n";
    static const char *b = "strategy s \"B\" {\n  sector x \"X\"\n  period FY2020\n}\n";
    Strat s, s2;
    strat_init(&s, NULL);
    strat_init_sharing(&s2, NULL, &s);
    Model *mb = strat_load_bytes(&s2, "new.strat", b, strlen(b));   /* registered first */
    Model *ma = strat_load_bytes(&s, "old.strat", a, strlen(a));
    cr_assert(ma && mb);
    cr_expect_eq(ent_id(&ma->sectors[0]->e)->name, ent_id(&mb->sectors[0]->e)->name, "one interner");
    cr_expect_str_eq(src_file(s.src, mb->file)->path, "new.strat");
    cr_expect_eq(s.diags.errors, 1);
    cr_expect_eq(s2.diags.errors, 1);
    strat_adopt(&s, &s2);
    strat_fini(&s2);
    cr_expect_eq(s.diags.errors, 2);
    diag_sort(&s.diags);
    cr_assert_eq(s.diags.n, 2);
    cr_expect_str_eq(src_file(s.src, s.diags.items[0]->span.file)->path, "old.strat");
    cr_expect_str_eq(src_file(s.src, s.diags.items[1]->span.file)->path, "new.strat");
    DiffResult r;
    diff_models(&s, ma, mb, &r);
    cr_expect(r.n > 0);
    diff_result_free(&r);
    strat_fini(&s);
}
