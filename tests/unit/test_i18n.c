/* test_i18n.c - the message language: how it is chosen, that the catalog is
 * found without a ja_JP locale, that every rule of the registry reads in
 * Japanese, and that translation touches messages only (rule ids, positions
 * and severities stay).
 *
 * Criterion runs each test in its own process, so i18n_start()'s process
 * state (locale, LANGUAGE) does not leak from one test to the next.  The
 * build's catalogs are under TEST_LOCALEDIR (the Makefile sets it). */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "i18n.h"
#include "rules.h"
#include "strat.h"

Test(i18n, option_wins)
{
    cr_assert_str_eq(i18n_pick("ja", NULL, "C", NULL, NULL), "ja");
    cr_assert_str_eq(i18n_pick("en", "ja", NULL, NULL, "ja_JP.UTF-8"), "en");
}

Test(i18n, locale_variables_in_order)
{
    cr_assert_str_eq(i18n_pick(NULL, NULL, NULL, NULL, "ja_JP.UTF-8"), "ja");
    cr_assert_str_eq(i18n_pick(NULL, NULL, NULL, "ja_JP.UTF-8", "en_US.UTF-8"), "ja");
    cr_assert_str_eq(i18n_pick(NULL, NULL, "en_US.UTF-8", "ja_JP.UTF-8", "ja_JP.UTF-8"), "en");
    cr_assert_str_eq(i18n_pick(NULL, NULL, "ja_JP", NULL, NULL), "ja");
    cr_assert_str_eq(i18n_pick(NULL, NULL, "", "", "ja_JP.eucJP"), "ja");   /* empty = unset */
    cr_assert_str_eq(i18n_pick(NULL, NULL, NULL, NULL, NULL), "en");
    cr_assert_str_eq(i18n_pick(NULL, NULL, NULL, NULL, "fr_FR.UTF-8"), "en");
    cr_assert_str_eq(i18n_pick(NULL, NULL, NULL, NULL, "jam_JM"), "en");     /* not "ja" */
}

Test(i18n, language_list_outside_the_c_locale)
{
    cr_assert_str_eq(i18n_pick(NULL, "ja", NULL, NULL, "en_US.UTF-8"), "ja");
    cr_assert_str_eq(i18n_pick(NULL, "fr:ja:en", NULL, NULL, "en_US.UTF-8"), "ja");
    cr_assert_str_eq(i18n_pick(NULL, "en_GB:ja", NULL, NULL, "ja_JP.UTF-8"), "en");
    cr_assert_str_eq(i18n_pick(NULL, "fr:de", NULL, NULL, "ja_JP.UTF-8"), "ja");
    /* gettext's rule: the C locale is English whatever LANGUAGE says; stratc
     * counts C.UTF-8 as C, so the golden suite's LC_ALL=C.UTF-8 is English. */
    cr_assert_str_eq(i18n_pick(NULL, "ja", "C", NULL, NULL), "en");
    cr_assert_str_eq(i18n_pick(NULL, "ja", "C.UTF-8", NULL, "ja_JP.UTF-8"), "en");
    cr_assert_str_eq(i18n_pick(NULL, "ja", NULL, NULL, "POSIX"), "en");
    cr_assert_str_eq(i18n_pick(NULL, "ja", NULL, NULL, NULL), "en");
}

Test(i18n, unknown_option_falls_back_to_the_environment)
{
    cr_assert_str_eq(i18n_pick("fr", NULL, NULL, NULL, "ja_JP.UTF-8"), "ja");
    cr_assert(i18n_known("ja") && i18n_known("en"));
    cr_assert(!i18n_known("jp") && !i18n_known("") && !i18n_known(NULL));
}

Test(i18n, english_by_default)
{
    cr_assert_str_eq(_("unknown command '%s'"), "unknown command '%s'");
    cr_assert_eq(i18n_start("en", TEST_LOCALEDIR), 0);
    cr_assert_str_eq(_("unknown command '%s'"), "unknown command '%s'");
}

Test(i18n, japanese_without_a_japanese_locale)
{
    /* setlocale(LC_ALL, "ja_JP.UTF-8") need not succeed here (and does not on
     * a machine without that locale); the catalog is found anyway. */
    cr_assert_eq(i18n_start("ja", TEST_LOCALEDIR), 0);
    cr_assert_str_eq(_("unknown command '%s'"), "コマンド「%s」は不明です");
    cr_assert_str_eq(_n("%d error", "%d errors", 2), "エラー %d 件");
}

/* The registry's texts appear in SARIF (shortDescription, fullDescription,
 * help): each has its own Japanese, and none is left in English. */
Test(i18n, every_rule_is_translated)
{
    cr_assert_eq(i18n_start("ja", TEST_LOCALEDIR), 0);
    size_t n;
    const Rule *r = rules_all(&n);
    cr_assert_gt(n, 30);
    for (size_t i = 0; i < n; i++) {
        const char *texts[] = {r[i].summary, r[i].description, r[i].help};
        for (size_t k = 0; k < 3; k++) {
            const char *ja = _(texts[k]);
            cr_assert_neq(ja, texts[k], "%s: no translation of \"%s\"", r[i].id, texts[k]);
            cr_assert(strcmp(ja, texts[k]) != 0, "%s: \"%s\" is translated as itself", r[i].id, texts[k]);
        }
    }
}

static const char BAD[] =
    "strategy s \"S\" {\n"
    "  period 2020 .. 2024\n"
    "  sector a \"A\"\n"
    "  project p \"P\" { sectors b }\n"
    "}\n";

/* One run in each language: the same findings, ids, positions and severities;
 * only the message text differs, and quoted ids stay as written. */
static void load(const char *lang, Diags *out, Strat *s)
{
    cr_assert_eq(i18n_start(lang, TEST_LOCALEDIR), 0);
    StratOptions opt = {0};
    strat_init(s, &opt);
    strat_load_bytes(s, "bad.strat", BAD, sizeof BAD - 1);
    diag_sort(&s->diags);
    *out = s->diags;
}

Test(i18n, messages_change_nothing_else)
{
    Strat s;
    Diags d;
    load("ja", &d, &s);
    cr_assert_gt(d.n, 0);
    const Diag *g = NULL;
    for (size_t i = 0; i < d.n; i++)
        if (strcmp(d.items[i]->rule, "undefined-reference") == 0) g = d.items[i];
    cr_assert_not_null(g);
    cr_assert_eq(g->sev, SEV_ERROR);
    cr_assert_eq(g->span.start, (uint32_t)(strstr(BAD, "sectors b") - BAD + 8));
    cr_assert_not_null(strstr(g->msg, "「b」"), "%s", g->msg);
    cr_assert_null(strstr(g->msg, "undefined"), "%s", g->msg);
    strat_fini(&s);
}
