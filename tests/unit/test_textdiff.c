/* test_textdiff.c - the character-level diff: segments rebuild both texts,
 * Japanese text diffs by character, the bounds fall back to replacement. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "textdiff.h"

/* Old = EQUAL + DELETE pieces; new = EQUAL + INSERT pieces. */
static void rebuild(const TextDiff *d, const char *a, const char *b, char **ra, char **rb)
{
    size_t la = 0, lb = 0;
    *ra = calloc(strlen(a) + 1, 1);
    *rb = calloc(strlen(b) + 1, 1);
    for (size_t i = 0; i < d->n; i++) {
        const TextSeg *g = &d->segs[i];
        if (g->op != TD_INSERT) { memcpy(*ra + la, a + g->off, g->len); la += g->len; }
        if (g->op == TD_EQUAL) { memcpy(*rb + lb, a + g->off, g->len); lb += g->len; }
        if (g->op == TD_INSERT) { memcpy(*rb + lb, b + g->off, g->len); lb += g->len; }
    }
}

static void expect_rebuilds(const char *a, const char *b)
{
    TextDiff d;
    textdiff(a, strlen(a), b, strlen(b), &d);
    char *ra, *rb;
    rebuild(&d, a, b, &ra, &rb);
    cr_expect_str_eq(ra, a);
    cr_expect_str_eq(rb, b);
    free(ra);
    free(rb);
    textdiff_free(&d);
}

Test(textdiff, japanese_by_character)
{
    const char *a = "県経済の持続的成長を目指す。", *b = "県経済の力強い成長を目指す。";
    TextDiff d;
    textdiff(a, strlen(a), b, strlen(b), &d);
    cr_assert_eq(d.n, 4);
    cr_expect_eq(d.segs[0].op, TD_EQUAL);
    cr_expect_eq(d.segs[1].op, TD_DELETE);
    cr_expect_eq(d.segs[2].op, TD_INSERT);
    cr_expect_eq(d.segs[3].op, TD_EQUAL);
    cr_expect(strncmp(a + d.segs[1].off, "持続的", d.segs[1].len) == 0 && d.segs[1].len == strlen("持続的"));
    cr_expect(strncmp(b + d.segs[2].off, "力強い", d.segs[2].len) == 0 && d.segs[2].len == strlen("力強い"));
    cr_expect_eq(d.old_cp, 14);
    cr_expect_eq(d.same_cp, 11);
    cr_expect(!d.whole);
    textdiff_free(&d);
}

Test(textdiff, equal_and_empty)
{
    TextDiff d;
    textdiff("same", 4, "same", 4, &d);
    cr_expect_eq(d.n, 1);
    cr_expect_eq(d.segs[0].op, TD_EQUAL);
    cr_expect_float_eq(textdiff_ratio(&d), 1.0, 1e-9);
    textdiff_free(&d);

    textdiff("", 0, "new", 3, &d);
    cr_expect_eq(d.n, 1);
    cr_expect_eq(d.segs[0].op, TD_INSERT);
    cr_expect_float_eq(textdiff_ratio(&d), 0.0, 1e-9);
    textdiff_free(&d);

    textdiff("", 0, "", 0, &d);
    cr_expect_eq(d.n, 0);
    cr_expect_float_eq(textdiff_ratio(&d), 1.0, 1e-9);
    textdiff_free(&d);
}

Test(textdiff, insertion_in_the_middle)
{
    const char *a = "Revision published", *b = "Revision approved and published";
    TextDiff d;
    textdiff(a, strlen(a), b, strlen(b), &d);
    cr_assert_eq(d.n, 3);
    cr_expect_eq(d.segs[1].op, TD_INSERT);
    cr_expect_eq(d.segs[1].len, strlen("approved and "));
    textdiff_free(&d);
}

Test(textdiff, similarity)
{
    cr_expect_float_eq(text_similarity("abcd", 4, "abcd", 4), 1.0, 1e-9);
    cr_expect_float_eq(text_similarity("abcd", 4, "wxyz", 4), 0.0, 1e-9);
    cr_expect_float_eq(text_similarity("abcd", 4, "abxd", 4), 0.75, 1e-9);
}

Test(textdiff, rebuilds_both_texts)
{
    static const char *const words[] = {"a", "b", "県", "経済", "の", "、", "x", "成長"};
    unsigned seed = 12345;
    for (int round = 0; round < 300; round++) {
        char a[256] = "", b[256] = "";
        int na = (int)((seed = seed * 1103515245 + 12345) >> 16) % 20;
        int nb = (int)((seed = seed * 1103515245 + 12345) >> 16) % 20;
        for (int i = 0; i < na; i++) strcat(a, words[((seed = seed * 1103515245 + 12345) >> 16) % 8]);
        for (int i = 0; i < nb; i++) strcat(b, words[((seed = seed * 1103515245 + 12345) >> 16) % 8]);
        expect_rebuilds(a, b);
    }
}

Test(textdiff, invalid_bytes_are_characters)
{
    expect_rebuilds("ab\xff\xfe" "cd", "a\xff" "cd");
}

Test(textdiff, bound_on_edits_falls_back_to_replacement)
{
    size_t n = 3 * TEXTDIFF_MAX_EDITS;
    char *a = malloc(n + 3), *b = malloc(n + 3);
    a[0] = b[0] = '<';
    for (size_t i = 1; i <= n; i++) { a[i] = 'a'; b[i] = 'b'; }
    a[n + 1] = b[n + 1] = '>';
    a[n + 2] = b[n + 2] = '\0';
    TextDiff d;
    textdiff(a, n + 2, b, n + 2, &d);
    cr_expect(d.whole);
    cr_assert_eq(d.n, 4);          /* "<", delete, insert, ">" */
    cr_expect_eq(d.segs[0].op, TD_EQUAL);
    cr_expect_eq(d.segs[1].op, TD_DELETE);
    cr_expect_eq(d.segs[1].len, n);
    cr_expect_eq(d.segs[2].op, TD_INSERT);
    cr_expect_eq(d.segs[3].op, TD_EQUAL);
    textdiff_free(&d);
    expect_rebuilds(a, b);
    free(a);
    free(b);
}
