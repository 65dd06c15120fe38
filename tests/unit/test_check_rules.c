/* test_check_rules.c - the rule registry is complete and in step with the
 * sources and doc/checks.md; SARIF URIs; boundary cases of the rules that
 * golden files would not pin down (the staleness limit, the milestone range).
 *
 * Runs from the repository root (make unit), where the sources are. */
#include <criterion/criterion.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "rules.h"
#include "sarif.h"
#include "strat.h"

static char *slurp(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *s = malloc((size_t)n + 1);
    size_t got = fread(s, 1, (size_t)n, f);
    s[got] = '\0';
    fclose(f);
    return s;
}

/* The literal rule argument of each diag_add / diag_add_global (3rd argument)
 * and check_add (2nd) call in a source text; calls whose argument is not a
 * literal (the definitions, check_add's own body) are skipped. */
typedef void (*RuleFn)(const char *rule, size_t len, const char *file, void *ctx);

static void rule_literals(const char *s, const char *file, RuleFn fn, void *ctx)
{
    static const struct { const char *name; int arg; } CALLS[] = {
        {"diag_add(", 2}, {"diag_add_global(", 2}, {"check_add(", 1}};
    for (size_t k = 0; k < sizeof CALLS / sizeof *CALLS; k++) {
        size_t nl = strlen(CALLS[k].name);
        for (const char *p = strstr(s, CALLS[k].name); p; p = strstr(p + 1, CALLS[k].name)) {
            if (p > s && (p[-1] == '_' || (p[-1] >= 'a' && p[-1] <= 'z'))) continue;
            const char *q = p + nl;
            int depth = 0, arg = 0;
            while (*q && depth >= 0) {
                if (*q == '"') {
                    const char *e = q + 1;
                    while (*e && *e != '"') e += e[0] == '\\' && e[1] ? 2 : 1;
                    if (depth == 0 && arg == CALLS[k].arg) { fn(q + 1, (size_t)(e - q - 1), file, ctx); break; }
                    q = *e ? e + 1 : e;
                    continue;
                }
                if (*q == '(') depth++;
                else if (*q == ')') depth--;
                else if (*q == ',' && depth == 0 && ++arg > CALLS[k].arg) break;
                q++;
            }
        }
    }
}

typedef struct Seen { bool *used; int missing; } Seen;

static void note_rule(const char *rule, size_t len, const char *file, void *ctx)
{
    Seen *seen = ctx;
    char id[64];
    cr_assert_lt(len, sizeof id);
    memcpy(id, rule, len);
    id[len] = '\0';
    int i = rule_index(id);
    cr_expect_geq(i, 0, "%s reports rule '%s', which runtime/rules.c does not register", file, id);
    if (i >= 0) seen->used[i] = true;
    else seen->missing++;
}

static void scan_dir(const char *dir, Seen *seen)
{
    DIR *d = opendir(dir);
    cr_assert_not_null(d, "cannot open %s (run the unit tests from the repository root)", dir);
    struct dirent *e;
    while ((e = readdir(d))) {
        size_t n = strlen(e->d_name);
        bool src = (n > 2 && strcmp(e->d_name + n - 2, ".c") == 0)
                || (n > 2 && strcmp(e->d_name + n - 2, ".y") == 0)
                || (n > 2 && strcmp(e->d_name + n - 2, ".l") == 0);
        if (!src) continue;
        char path[512];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        char *s = slurp(path);
        if (!s) continue;
        rule_literals(s, path, note_rule, seen);
        free(s);
    }
    closedir(d);
}

Test(rules, every_reported_rule_is_registered_and_every_registered_rule_reported)
{
    size_t n;
    const Rule *r = rules_all(&n);
    Seen seen = {calloc(n, sizeof(bool)), 0};
    scan_dir("lang", &seen);
    scan_dir("runtime", &seen);
    scan_dir("runtime/check", &seen);
    scan_dir("cli", &seen);
    cr_expect_eq(seen.missing, 0);
    for (size_t i = 0; i < n; i++)
        cr_expect(seen.used[i], "rule '%s' is registered but nothing reports it", r[i].id);
    free(seen.used);
}

Test(rules, table_is_well_formed)
{
    size_t n;
    const Rule *r = rules_all(&n);
    cr_assert_gt(n, 30);
    for (size_t i = 0; i < n; i++) {
        cr_expect(r[i].id[0] != '\0');
        for (const char *c = r[i].id; *c; c++)
            cr_expect((*c >= 'a' && *c <= 'z') || *c == '-', "rule id '%s' is not kebab-case", r[i].id);
        cr_expect(r[i].family[0] && r[i].summary[0] && r[i].description[0] && r[i].help[0],
                  "rule '%s' lacks a text (SARIF rejects empty ones)", r[i].id);
        cr_expect(r[i].severity == SEV_ERROR || r[i].severity == SEV_WARNING);
        for (size_t j = 0; j < i; j++) cr_expect_str_neq(r[i].id, r[j].id);
        cr_expect_eq(rule_find(r[i].id), &r[i]);
    }
    cr_expect_null(rule_find("no-such-rule"));
}

Test(rules, every_rule_has_its_section_in_doc_checks_md)
{
    char *doc = slurp("doc/checks.md");
    cr_assert_not_null(doc, "doc/checks.md is missing");
    size_t n;
    const Rule *r = rules_all(&n);
    for (size_t i = 0; i < n; i++) {
        char head[96];
        snprintf(head, sizeof head, "\n### `%s`", r[i].id);
        cr_expect_not_null(strstr(doc, head), "doc/checks.md has no section '### `%s`'", r[i].id);
        snprintf(head, sizeof head, "### `%s` (%s)", r[i].id, severity_name(r[i].severity));
        cr_expect_not_null(strstr(doc, head), "doc/checks.md gives '%s' another severity", r[i].id);
    }
    free(doc);
}

Test(sarif, uris_are_relative_and_percent_encoded)
{
    char *u = sarif_uri("/repo/plans/a.strat", "/repo");
    cr_expect_str_eq(u, "plans/a.strat");
    free(u);
    u = sarif_uri("/repo/計画 1.strat", "/repo");
    cr_expect_str_eq(u, "%E8%A8%88%E7%94%BB%201.strat");
    free(u);
    u = sarif_uri("/repository/a.strat", "/repo");   /* not under /repo */
    cr_expect_str_eq(u, "/repository/a.strat");
    free(u);
    u = sarif_uri("a.strat", NULL);
    cr_expect_str_eq(u, "a.strat");
    free(u);
}

/* Loads text, runs the checks, returns how many findings name rule. */
static int count_rule(const char *text, const char *rule)
{
    Strat s;
    strat_init(&s, NULL);
    CheckOptions co = {.first_diag = 0};
    Model *m = strat_load_bytes(&s, "t.strat", text, strlen(text));
    check_model(&s, m, &co);
    int k = 0;
    for (size_t i = 0; i < s.diags.n; i++) k += strcmp(s.diags.items[i]->rule, rule) == 0;
    strat_fini(&s);
    return k;
}

#define STALE(AS_OF) \
    "strategy t \"T\" {\n period 2020 .. 2024\n as_of " AS_OF "\n" \
    " thresholds { stale_days 10 }\n" \
    " project p \"P\" {\n  indicator i \"I\" {\n   target 10 by 2024\n   actual 1 at 2021-01-01\n  }\n }\n}\n"

Test(check, stale_data_is_strictly_older_than_the_limit)
{
    cr_expect_eq(count_rule(STALE("2021-01-11"), "stale-data"), 0);   /* 10 days: at the limit */
    cr_expect_eq(count_rule(STALE("2021-01-12"), "stale-data"), 1);   /* 11 days */
}

#define MILESTONE(D) \
    "strategy t \"T\" {\n period 2020 .. 2022\n as_of 2021\n milestone " D " \"M\"\n}\n"

Test(check, milestones_within_five_years_of_the_period_are_sensible)
{
    cr_expect_eq(count_rule(MILESTONE("2015-01"), "milestone-range"), 0);
    cr_expect_eq(count_rule(MILESTONE("2014-12"), "milestone-range"), 1);
    cr_expect_eq(count_rule(MILESTONE("2027-12"), "milestone-range"), 0);
    cr_expect_eq(count_rule(MILESTONE("2028-02"), "milestone-range"), 1);
}

Test(check, a_file_with_syntax_errors_gets_no_assessment_verdict)
{
    const char *t = "strategy t \"T\" {\n period 2020 .. 2022\n as_of 2021\n"
                    " project p \"P\" {\n  indicator i \"I\" {\n   target 10 by 2022\n   actual 1 at 2021\n  }\n"
                    "  assessment exceeded\n }\n}\n";
    cr_expect_eq(count_rule(t, "assessment-optimistic"), 1);
    char *broken = malloc(strlen(t) + 8);
    strcpy(broken, t);
    memcpy(strstr(broken, "target"), "targe;", 6);
    cr_expect_eq(count_rule(broken, "assessment-optimistic"), 0);
    free(broken);
}
