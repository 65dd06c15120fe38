/* test_ci.c - the pieces behind CI use: GitLab fingerprints (stable under
 * whitespace and line moves, distinct by rule, path, text and occurrence),
 * JUnit's XML escaping (entities, characters XML cannot carry, bad UTF-8),
 * the directory walk (sorted, suffix only, .git skipped, links to
 * directories not followed) and creating a file that must not exist. */
#include <criterion/criterion.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "gitlab.h"
#include "junit.h"
#include "newfile.h"
#include "reporoot.h"
#include "walk.h"

static void fp(const char *rule, const char *path, const char *text, unsigned occ, char out[33])
{
    gitlab_fingerprint(rule, path, text, strlen(text), occ, out);
}

Test(gitlab, fingerprint_is_32_hex_digits_and_stable)
{
    char a[33], b[33];
    fp("unit-mismatch", "tests/golden/check/formats.strat", "20 個", 0, a);
    fp("unit-mismatch", "tests/golden/check/formats.strat", "20 個", 0, b);
    cr_expect_eq(strlen(a), 32);
    cr_expect_eq(strspn(a, "0123456789abcdef"), 32);
    cr_expect_str_eq(a, b);
    /* Pinned (the golden case check/formats-gitlab has it too): a change to
     * the hash would make every finding in GitLab look new. */
    cr_expect_str_eq(a, "21849b77d967d03d7953fe8b63d88f3d");
}

Test(gitlab, fingerprint_ignores_whitespace_layout)
{
    char a[33], b[33];
    fp("syntax", "p.strat", "target 30\n    by FY2026", 0, a);
    fp("syntax", "p.strat", "  target  30 by\tFY2026 ", 0, b);
    cr_expect_str_eq(a, b);
}

Test(gitlab, fingerprint_differs_by_each_part)
{
    char base[33], x[33];
    fp("r", "p.strat", "text", 0, base);
    fp("s", "p.strat", "text", 0, x);
    cr_expect_str_neq(base, x, "rule");
    fp("r", "q.strat", "text", 0, x);
    cr_expect_str_neq(base, x, "path");
    fp("r", "p.strat", "texts", 0, x);
    cr_expect_str_neq(base, x, "text");
    fp("r", "p.strat", "text", 1, x);
    cr_expect_str_neq(base, x, "occurrence");
    fp("r", "p.strat", "te xt", 0, x);
    cr_expect_str_neq(base, x, "a space inside the text");
    /* Fields are separated: moving bytes between them changes the hash. */
    fp("rp", ".strat", "text", 0, x);
    cr_expect_str_neq(base, x, "field boundary");
}

#define ESC(lit) escaped(lit, sizeof lit - 1)

static char *escaped(const char *s, size_t len)
{
    char *buf = NULL;
    size_t n = 0;
    FILE *m = open_memstream(&buf, &n);
    junit_escape(m, s, len);
    fclose(m);
    return buf;
}

Test(junit, escape_entities_controls_and_bad_utf8)
{
    char *e = ESC("a<b>&\"c'");
    cr_expect_str_eq(e, "a&lt;b&gt;&amp;&quot;c&apos;");
    free(e);
    e = ESC("tab\tnl\nbell\acr\r");
    cr_expect_str_eq(e, "tab\tnl\nbell\xEF\xBF\xBD" "cr\xEF\xBF\xBD");
    free(e);
    e = ESC("計画\xff.strat");
    cr_expect_str_eq(e, "計画\xEF\xBF\xBD.strat");
    free(e);
    e = ESC("x\xEF\xBF\xBF");        /* U+FFFF, not an XML character: each byte replaced */
    cr_expect_str_eq(e, "x\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
    free(e);
    e = ESC("nul\0after");
    cr_expect_str_eq(e, "nul\xEF\xBF\xBD" "after");
    free(e);
}

static void touch(const char *dir, const char *name)
{
    char p[512];
    snprintf(p, sizeof p, "%s/%s", dir, name);
    FILE *f = fopen(p, "w");
    cr_assert(f, "cannot create %s", p);
    fputs("x\n", f);
    fclose(f);
}

/* A directory outside any git work tree: under /tmp, with GIT_CEILING_DIRECTORIES
 * so that git does not look above it. */
static char *scratch_dir(void)
{
    char *d = strdup("/tmp/stratc-walk-XXXXXX");
    cr_assert(mkdtemp(d));
    setenv("GIT_CEILING_DIRECTORIES", "/tmp", 1);
    return d;
}

static void rm_rf(const char *d)
{
    char cmd[600];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", d);
    cr_expect_eq(system(cmd), 0);
}

Test(walk, sorted_suffix_only_no_git_dir_no_dir_links)
{
    char *d = scratch_dir();
    char p[512];
    snprintf(p, sizeof p, "%s/b", d); mkdir(p, 0777);
    snprintf(p, sizeof p, "%s/a", d); mkdir(p, 0777);
    snprintf(p, sizeof p, "%s/.git", d); mkdir(p, 0777);
    touch(d, "b/z.strat");
    touch(d, "b/y.strat");
    touch(d, "a/x.strat");
    touch(d, "top.strat");
    touch(d, "notes.txt");
    touch(d, ".git/hidden.strat");
    touch(d, "a/.strat");                      /* only a suffix, no name */
    snprintf(p, sizeof p, "%s/loop", d);
    cr_assert_eq(symlink(".", p), 0);          /* followed, it would never end */
    snprintf(p, sizeof p, "%s/b/ln.strat", d);
    cr_assert_eq(symlink("z.strat", p), 0);    /* a link to a file counts */
    PathList l = {0};
    char err[256];
    cr_assert(walk_files(d, ".strat", &l, err, sizeof err), "%s", err);
    const char *want[] = {"a/x.strat", "b/ln.strat", "b/y.strat", "b/z.strat", "top.strat"};
    cr_assert_eq(l.n, 5, "found %zu files", l.n);
    for (size_t i = 0; i < l.n; i++) {
        snprintf(p, sizeof p, "%s/%s", d, want[i]);
        cr_expect_str_eq(l.v[i], p);
    }
    pathlist_free(&l);
    rm_rf(d);
    free(d);
}

Test(walk, errors_name_the_path)
{
    PathList l = {0};
    char err[256];
    cr_expect_not(walk_files("/nonexistent/stratc", ".strat", &l, err, sizeof err));
    cr_expect(strstr(err, "/nonexistent/stratc"), "%s", err);
    cr_expect_not(walk_files("/etc/hostname", ".strat", &l, err, sizeof err));
    cr_expect(strstr(err, "is not a directory"), "%s", err);
    cr_expect_eq(l.n, 0);
}

Test(walk, dot_lists_relative_names)
{
    char *d = scratch_dir();
    touch(d, "p.strat");
    char *cwd = getcwd(NULL, 0);
    cr_assert_eq(chdir(d), 0);
    PathList l = {0};
    char err[256];
    cr_assert(walk_files(".", ".strat", &l, err, sizeof err), "%s", err);
    cr_assert_eq(l.n, 1);
    cr_expect_str_eq(l.v[0], "p.strat");
    pathlist_free(&l);
    cr_assert_eq(chdir(cwd), 0);
    free(cwd);
    rm_rf(d);
    free(d);
}

Test(reporoot, relative_only_under_the_base)
{
    cr_expect_str_eq(repo_relative("/r/plans/a.strat", "/r"), "plans/a.strat");
    cr_expect_str_eq(repo_relative("/r/plans/a.strat", "/r/"), "plans/a.strat");
    cr_expect_str_eq(repo_relative("/rx/a.strat", "/r"), "/rx/a.strat");
    cr_expect_str_eq(repo_relative("/r/a.strat", NULL), "/r/a.strat");
}

Test(newfile, creates_once_and_never_replaces)
{
    char *d = scratch_dir();
    char p[512];
    snprintf(p, sizeof p, "%s/plan.strat", d);
    cr_assert(newfile_write(p, "first\n", 6));
    cr_expect_not(newfile_write(p, "second\n", 7));
    FILE *f = fopen(p, "r");
    char buf[16] = {0};
    cr_assert(f);
    cr_expect(fgets(buf, sizeof buf, f));
    fclose(f);
    cr_expect_str_eq(buf, "first\n");
    /* Nothing left beside it: the temporary is gone either way. */
    char cmd[600];
    snprintf(cmd, sizeof cmd, "test $(ls -A '%s' | wc -l) -eq 1", d);
    cr_expect_eq(system(cmd), 0);
    rm_rf(d);
    free(d);
}
