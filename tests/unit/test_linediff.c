/* test_linediff.c - the git driver's fallback line diff: hunks, context,
 * additions and removals at the ends, and the bounded replacement. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "linediff.h"

static char *run(const char *a, const char *b, size_t *hunks)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    *hunks = linediff_print(a, strlen(a), b, strlen(b), "a/x", "b/x", f);
    fclose(f);
    return buf;
}

Test(linediff, equal_texts_print_nothing)
{
    size_t h;
    char *out = run("a\nb\n", "a\nb\n", &h);
    cr_expect_eq(h, 0);
    cr_expect_str_eq(out, "");
    free(out);
}

Test(linediff, one_changed_line_with_context)
{
    size_t h;
    char *out = run("1\n2\n3\n4\n5\n6\n7\n8\n9\n", "1\n2\n3\n4\nX\n6\n7\n8\n9\n", &h);
    cr_expect_eq(h, 1);
    cr_expect_str_eq(out, "--- a/x\n+++ b/x\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+X\n 6\n 7\n 8\n");
    free(out);
}

Test(linediff, far_apart_changes_are_two_hunks)
{
    size_t h;
    char *out = run("a\n1\n2\n3\n4\n5\n6\n7\n8\nb\n", "A\n1\n2\n3\n4\n5\n6\n7\n8\nB\n", &h);
    cr_expect_eq(h, 2);
    cr_expect(strstr(out, "@@ -1,4 +1,4 @@\n-a\n+A\n 1\n 2\n 3\n") != NULL, "%s", out);
    cr_expect(strstr(out, "@@ -7,4 +7,4 @@\n 6\n 7\n 8\n-b\n+B\n") != NULL, "%s", out);
    free(out);
}

Test(linediff, added_and_removed_files)
{
    size_t h;
    char *out = run("", "a\nb\n", &h);
    cr_expect_str_eq(out, "--- a/x\n+++ b/x\n@@ -0,0 +1,2 @@\n+a\n+b\n");
    free(out);
    out = run("a\n", "", &h);
    cr_expect_str_eq(out, "--- a/x\n+++ b/x\n@@ -1,1 +0,0 @@\n-a\n");
    free(out);
}

Test(linediff, insertion_keeps_the_common_lines)
{
    size_t h;
    char *out = run("a\nb\nc\n", "a\nx\nb\nc\n", &h);
    cr_expect_str_eq(out, "--- a/x\n+++ b/x\n@@ -1,3 +1,4 @@\n a\n+x\n b\n c\n");
    free(out);
}
