/* test_fmt.c - `stratc fmt`: the canonical layout, and that it loses nothing.
 *
 * Exact outputs for each rule of doc/format.md; then, over a file with
 * comments in every position and over every example and golden input:
 * formatting twice changes nothing, every comment survives with its text,
 * and each stays with the item it belonged to (before it, after it on its
 * line, inside it, or at the end of its block). */
#include <criterion/criterion.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fmt.h"
#include "fmt_lines.h"
#include "xalloc.h"

/* Formats src; NULL when it has errors.  The result is malloc'd. */
static char *fmt_str(const char *src, size_t n)
{
    Strat s;
    strat_init(&s, NULL);
    uint32_t id;
    char *out = NULL;
    size_t len;
    if (src_load_bytes(&s, "t.strat", NULL, src, n, &id)) out = fmt_source(&s, id, &len);
    strat_fini(&s);
    return out;
}

static char *fmt_cstr(const char *src) { return fmt_str(src, strlen(src)); }

static void expect_fmt(const char *in, const char *want)
{
    char *got = fmt_cstr(in);
    cr_assert_not_null(got, "fmt refused:\n%s", in);
    cr_expect_str_eq(got, want, "input:\n%s", in);
    char *again = fmt_cstr(got);
    cr_assert_not_null(again);
    cr_expect_str_eq(again, got, "not idempotent");
    free(again);
    free(got);
}

TestSuite(fmt, .timeout = 20);

/* ---- the layout, rule by rule ------------------------------------------ */

Test(fmt, indentation_spacing_one_item_per_line)
{
    expect_fmt("strategy   s \"S\"{period FY2018..FY2020\n\tproject p \"P\" { sectors a,b\n"
               "indicator i \"I\" {unit \"件\" target 30 by FY2020 } } }",
               "strategy s \"S\" {\n"
               "  period FY2018 .. FY2020\n"
               "  project p \"P\" {\n"
               "    sectors a, b\n"
               "    indicator i \"I\" {\n"
               "      unit \"件\"\n"
               "      target 30 by FY2020\n"
               "    }\n"
               "  }\n"
               "}\n");
}

Test(fmt, blank_line_groups_kept_at_most_one)
{
    expect_fmt("\n\nstrategy s \"S\" {\n\n\n  note \"a\"\n  note \"b\"\n\n\n\n  note \"c\"\n\n}\n\n\n",
               "strategy s \"S\" {\n"
               "  note \"a\"\n"
               "  note \"b\"\n"
               "\n"
               "  note \"c\"\n"
               "}\n");
}

Test(fmt, dates_in_canonical_spelling_of_their_form)
{
    expect_fmt("milestone R2.03 \"a\"\nmilestone R２.３.０１ \"b\"\nmilestone 令和２年度 \"c\"\n"
               "milestone R元.12 \"d\"\nmilestone 令和1年5月 \"e\"\nmilestone 2020-3 \"f\"\n"
               "milestone ２０２０年３月 \"g\"\nmilestone R2年度 \"h\"\nmilestone FY２０２０ \"i\"\n"
               "milestone 2020 \"j\"\nmilestone 平成32年度 \"k\"\n",
               "milestone R2.3        \"a\"\n"
               "milestone R2.3.1      \"b\"\n"
               "milestone 令和2年度   \"c\"\n"
               "milestone R元.12      \"d\"\n"
               "milestone 令和元年5月 \"e\"\n"
               "milestone 2020-03     \"f\"\n"
               "milestone 2020年3月   \"g\"\n"
               "milestone R2年度      \"h\"\n"
               "milestone FY2020      \"i\"\n"
               "milestone 2020        \"j\"\n"
               "milestone 平成32年度  \"k\"\n");
}

Test(fmt, numbers_keep_their_spelling_in_ascii_digits)
{
    expect_fmt("actual １２_０００ 件 at R2\nactual 3.50 at R2\nactual －５ at R2\nactual 1e3 at R2\n"
               "baseline ９８．１ 億円\ntarget ＝ 5 by R2\ntarget ≤ 2 % by R2\ntarget ＞＝ 1 by R2\n",
               "actual 12_000 件 at R2\n"
               "actual 3.50 at R2\n"
               "actual -5 at R2\n"
               "actual 1e3 at R2\n"
               "baseline 98.1 億円\n"
               "target = 5 by R2\n"
               "target <= 2 % by R2\n"
               "target >= 1 by R2\n");
}

Test(fmt, strings_kept_byte_for_byte_with_the_authors_split)
{
    expect_fmt("goal \"①㈱ \\\"q\\\" \\u{3042}\\t\"   \"二つ目\" \"三\"\n"
               "  sector x \"ＩｏＴ\"en \"IoT\" \n",
               "goal \"①㈱ \\\"q\\\" \\u{3042}\\t\"\n"
               "     \"二つ目\"\n"
               "     \"三\"\n"
               "sector x \"ＩｏＴ\" en \"IoT\"\n");
}

Test(fmt, continuation_literals_align_by_display_width)
{
    expect_fmt("project p \"P\" {\nassessment on_track \"概ね\" \"目標通り\"\n}\n",
               "project p \"P\" {\n"
               "  assessment on_track \"概ね\"\n"
               "                      \"目標通り\"\n"
               "}\n");
}

Test(fmt, titles_of_consecutive_declarations_align)
{
    expect_fmt("sector a \"A\"\nsector environment \"環境\"\nsector 医療 \"M\"\n"
               "viewpoint v \"V\"\n\nsector b \"B\"\nsector cc\nsector d \"D\"\n",
               "sector a           \"A\"\n"
               "sector environment \"環境\"\n"
               "sector 医療        \"M\"\n"
               "viewpoint v \"V\"\n"
               "\n"
               "sector b \"B\"\n"
               "sector cc\n"
               "sector d \"D\"\n");
}

Test(fmt, trailing_comments_of_a_run_align)
{
    expect_fmt("sectors a # one\nviewpoints long_name   # two\nnote \"x\"\nsectors b  #three \r\n",
               "sectors a             # one\n"
               "viewpoints long_name  # two\n"
               "note \"x\"\n"
               "sectors b  #three\n");
}

Test(fmt, long_id_lists_wrap_under_the_first_id)
{
    char in[2048] = "project p \"P\" {\n  sectors ";
    for (int i = 0; i < 30; i++) {
        char b[32];
        snprintf(b, sizeof b, "%ssector_%02d", i ? ", " : "", i);
        strcat(in, b);
    }
    strcat(in, "\n}\n");
    char *got = fmt_cstr(in);
    cr_assert_not_null(got);
    cr_expect(strstr(got, "  sectors sector_00, sector_01,") == got + strlen("project p \"P\" {\n"));
    size_t lines = 0;
    for (char *l = got; *l; l = strchr(l, '\n') + 1) {
        size_t w = (size_t)(strchr(l, '\n') - l);
        cr_expect_leq(w, FMT_MAX_WIDTH, "line too long: %.*s", (int)w, l);
        if (lines >= 2 && l[0] == ' ' && l[1] == ' ' && l[2] == ' ')
            cr_expect(strncmp(l, "          sector_", 17) == 0, "continuation: %.*s", (int)w, l);
        lines++;
    }
    cr_expect_geq(lines, 5);
    free(got);
}

Test(fmt, empty_blocks_and_words)
{
    expect_fmt("sector a \"A\" { }\nsector b \"B\" {\n\n}\nunit ％\nunit 回\ngoal\nfiscal_year starts ４\n"
               "thresholds { on_track 90 ％ below 0.5 }\n",
               "sector a \"A\" {}\n"
               "sector b \"B\" {}\n"
               "unit %\n"
               "unit 回\n"
               "goal\n"
               "fiscal_year starts 4\n"
               "thresholds {\n"
               "  on_track 90 %\n"
               "  below 0.5\n"
               "}\n");
}

Test(fmt, bom_crlf_and_keywords_in_full_width_letters)
{
    expect_fmt("\xEF\xBB\xBFstrategy s \"S\" {\r\n  ｎｏｔｅ \"x\"   \r\n}\r\n",
               "strategy s \"S\" {\n  note \"x\"\n}\n");
}

Test(fmt, comments_only_and_empty_files)
{
    expect_fmt("", "");
    expect_fmt("\n\n  \n", "");
    expect_fmt("   # a\n\n\n# b", "# a\n\n# b\n");
}

Test(fmt, files_with_errors_are_refused)
{
    const char *bad[] = {
        "strategy s \"S\" {\n  taget 30\n}\n",
        "strategy s \"S\" {\n  note \"unterminated\n}\n",
        "strategy s \"S\" {\n  as_of R2.13\n}\n",
        "strategy s \"S\" {\n  note \"bad \\q escape\"\n}\n",
        "strategy s \"S\" {\n",
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        char *out = fmt_cstr(bad[i]);
        cr_expect_null(out, "formatted a file with errors:\n%s", bad[i]);
        free(out);
    }
}

/* Errors that need the whole strategy (an unknown sector) are check's
 * business; an included file has no strategy block at all. */
Test(fmt, files_that_do_not_resolve_are_formatted)
{
    expect_fmt("project p \"P\" {\n  sectors nowhere\n}\n", "project p \"P\" {\n  sectors nowhere\n}\n");
}

/* ---- nothing lost, nothing moved --------------------------------------- */

typedef struct Parsed {
    Strat s;
    AstFile *ast;
    SrcFile *src;
} Parsed;

static bool parse(Parsed *p, const char *text, size_t n)
{
    strat_init(&p->s, NULL);
    uint32_t id;
    p->ast = NULL;
    if (!src_load_bytes(&p->s, "t.strat", NULL, text, n, &id)) return false;
    p->ast = parse_file(&p->s, id, false);
    p->src = src_file(p->s.src, id);
    return p->ast && p->s.diags.errors == 0;
}

static bool newline_between(const char *src, uint32_t a, uint32_t b)
{
    return b > a && memchr(src + a, '\n', b - a) != NULL;
}

/* Where a comment belongs, as "path relation": "0/3 before" (before the
 * strategy's fourth item), "0/3 after" (on its last line), "0/3 in"
 * (between its tokens), "0/3 end" (at the end of its block). */
static void owner(const char *src, const Item *items, const char *path, uint32_t pos, char *out,
                  size_t sz)
{
    const Item *prev = NULL;
    int i = 0;
    for (const Item *it = items; it; it = it->next, i++) {
        if (pos < it->span.start) {
            if (prev && !newline_between(src, prev->span.end, pos))
                snprintf(out, sz, "%s/%d after", path, i - 1);
            else
                snprintf(out, sz, "%s/%d before", path, i);
            return;
        }
        if (pos < it->span.end) {
            char sub[512];
            snprintf(sub, sizeof sub, "%s/%d", path, i);
            if (it->flags & IF_BLOCK) owner(src, it->u.ent.items, sub, pos, out, sz);
            else snprintf(out, sz, "%s in", sub);
            return;
        }
        prev = it;
    }
    if (prev && !newline_between(src, prev->span.end, pos)) snprintf(out, sz, "%s/%d after", path, i - 1);
    else snprintf(out, sz, "%s end", path);
}

static size_t comment_len(const char *src, const Comment *c)
{
    uint32_t e = c->span.end;
    while (e > c->span.start && (src[e - 1] == ' ' || src[e - 1] == '\t' || src[e - 1] == '\r')) e--;
    return e - c->span.start;
}

/* Formats text and checks idempotence and every comment; false if it has errors. */
static bool check_lossless(const char *name, const char *text, size_t n)
{
    Parsed a, b;
    bool ok = parse(&a, text, n);
    if (!ok) { strat_fini(&a.s); return false; }
    size_t flen;
    char *f = fmt_ast(a.src, a.ast, &flen);
    cr_assert(parse(&b, f, flen), "%s: the formatted text does not parse", name);
    size_t f2len;
    char *f2 = fmt_ast(b.src, b.ast, &f2len);
    cr_expect(f2len == flen && memcmp(f, f2, flen) == 0, "%s: fmt is not idempotent", name);
    cr_expect_eq(a.ast->ncomments, b.ast->ncomments, "%s: comments lost", name);
    const Comment *x = a.ast->comments, *y = b.ast->comments;
    for (; x && y; x = x->next, y = y->next) {
        size_t xl = comment_len(a.src->text, x), yl = comment_len(b.src->text, y);
        cr_expect(xl == yl && memcmp(a.src->text + x->span.start, b.src->text + y->span.start, xl) == 0,
                  "%s: comment '%.*s' became '%.*s'", name, (int)xl, a.src->text + x->span.start,
                  (int)yl, b.src->text + y->span.start);
        char wx[1024], wy[1024];
        owner(a.src->text, a.ast->items, "", x->span.start, wx, sizeof wx);
        owner(b.src->text, b.ast->items, "", y->span.start, wy, sizeof wy);
        cr_expect_str_eq(wx, wy, "%s: comment '%.*s' moved", name, (int)xl, a.src->text + x->span.start);
    }
    free(f);
    free(f2);
    strat_fini(&a.s);
    strat_fini(&b.s);
    return true;
}

Test(fmt, comments_in_every_position_stay_with_their_item)
{
    static const char SRC[] =
        "# file header\n"
        "\n"
        "strategy s \"S\"  # after the header\n"
        "{\n"
        "  # before period\n"
        "  period FY2018 # inside period, before ..\n"
        "    .. FY2020   # after period\n"
        "  goal \"a\" # between literals\n"
        "       # own line between literals\n"
        "       \"b\"\n"
        "  sector x \"X\" # before en\n"
        "    en \"x\"\n"
        "  sector y \"Y\" {  # after the brace\n"
        "    note \"n\"  # after note\n"
        "    # end of y\n"
        "  }  # after y\n"
        "  project p \"P\" {\n"
        "    sectors x, # after x,\n"
        "            y\n"
        "    indicator i \"I\" {\n"
        "      target # before the op\n"
        "        >= 3 # before by\n"
        "        by FY2020 # after target\n"
        "      actual 1 # before the unit\n"
        "        件 at FY2019\n"
        "      # end of i\n"
        "    }\n"
        "    # end of p\n"
        "  }\n"
        "  thresholds {\n"
        "    # before on_track\n"
        "    on_track 80 %  # after on_track\n"
        "  }\n"
        "  # end of s\n"
        "}  # after s\n"
        "# end of file\n"
        "# no newline";
    cr_assert(check_lossless("every-position", SRC, sizeof SRC - 1));
    char *f = fmt_cstr(SRC);
    cr_assert_not_null(f);
    /* a few placements spelled out */
    cr_expect(strstr(f, "strategy s \"S\"  # after the header\n{\n"));
    cr_expect(strstr(f, "  sector y \"Y\" {  # after the brace\n"));
    cr_expect(strstr(f, "    # end of y\n  }  # after y\n"));
    cr_expect(strstr(f, "      target  # before the op\n"
                      "          >= 3       # before by\n"
                      "          by FY2020  # after target\n"));
    cr_expect(strstr(f, "}  # after s\n# end of file\n# no newline\n"));
    free(f);
}

/* Every example and every golden input that parses. */
static char **corpus;
static size_t ncorpus, capcorpus;

static int collect(const char *path, const struct stat *st, int type, struct FTW *ftw)
{
    (void)st;
    (void)ftw;
    size_t n = strlen(path);
    if (type == FTW_F && n > 6 && strcmp(path + n - 6, ".strat") == 0) {
        XGROW(corpus, capcorpus, ncorpus + 1);
        corpus[ncorpus++] = xstrdup(path);
    }
    return 0;
}

static char *slurp(const char *path, size_t *n)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 4096;
    char *b = xmalloc(cap);
    *n = 0;
    size_t k;
    while ((k = fread(b + *n, 1, cap - *n, f)) > 0) {
        *n += k;
        if (*n == cap) b = xrealloc(b, cap *= 2);
    }
    fclose(f);
    return b;
}

Test(fmt, every_example_and_golden_input_is_lossless_and_idempotent)
{
    nftw(TEST_SOURCE_ROOT "/examples", collect, 16, FTW_PHYS);
    nftw(TEST_SOURCE_ROOT "/tests/golden", collect, 16, FTW_PHYS);
    size_t formatted = 0;
    for (size_t i = 0; i < ncorpus; i++) {
        size_t n;
        char *text = slurp(corpus[i], &n);
        if (text && check_lossless(corpus[i], text, n)) formatted++;
        free(text);
        free(corpus[i]);
    }
    free(corpus);
    cr_expect_geq(formatted, 3, "the examples were not found (under TEST_SOURCE_ROOT)");
}

/* Lines are rendered as soon as nothing to come can align with them
 * (fmt_lines_settle): over random runs of aligned heads, trailing comments,
 * indents and blank lines, with a settle between any two lines, the output
 * is the one rendering everything at the end gives. */
static char *random_lines(uint64_t seed, bool keep_all, size_t *len)
{
    static const char *codes[] = {"sector s1", "sector long_name_2", "milestone 2020",
                                  "note", "viewpoint 視点", "}"};
    static const char *heads[] = {" \"a\"", " \"タイトル\"", " \"bb\""};
    FmtLines l;
    fmt_lines_init(&l, 64, NULL, NULL);
    l.keep_all = keep_all;
    uint64_t x = seed;
    for (int i = 0; i < 400; i++) {
        x ^= x << 13; x ^= x >> 7; x ^= x << 17;
        if (x % 11 == 0) {
            fmt_line_blank(&l);
        } else {
            FmtLine *ln = fmt_line_new(&l, (uint32_t)(x >> 8) % 2 * 2);
            const char *code = codes[(x >> 12) % 6];
            fmt_line_append(&l, code, strlen(code));
            unsigned key = (unsigned)(x >> 20) % 3;
            if (key) {
                ln = fmt_line_last(&l);
                ln->key = key;
                ln->head_len = ln->code_len;
                const char *h = heads[(x >> 24) % 3];
                fmt_line_append(&l, h, strlen(h));
            }
            if ((x >> 28) % 3 == 0) fmt_line_comment(&l, "# c", 3);
        }
        if ((x >> 32) % 2) fmt_lines_settle(&l);
    }
    char *out = fmt_lines_render(&l, len);
    fmt_lines_free(&l);
    return out;
}

Test(fmt, lines_rendered_early_align_as_if_rendered_at_the_end)
{
    for (uint64_t seed = 1; seed <= 200; seed++) {
        size_t n1, n2;
        char *stream = random_lines(seed * 0x9e3779b97f4a7c15u, false, &n1);
        char *whole = random_lines(seed * 0x9e3779b97f4a7c15u, true, &n2);
        cr_assert_eq(n1, n2, "seed %lu", (unsigned long)seed);
        cr_assert_str_eq(stream, whole, "seed %lu", (unsigned long)seed);
        free(stream);
        free(whole);
    }
}

/* A measure whose parts stand far apart (a comment longer than 64 KB inside
 * it keeps its offsets whole, ast.h) is printed with its number, unit and
 * date spelled as written, and the comment kept. */
Test(fmt, a_measure_with_a_long_comment_inside_keeps_its_parts)
{
    size_t pad = 70000;
    char *src = xmalloc(pad + 512);
    size_t n = (size_t)sprintf(src, "strategy s \"S\" {\n  project p \"P\" {\n    indicator i \"I\" {\n"
                                    "      actual １_２ 件 # ");
    memset(src + n, 'x', pad);
    n += pad;
    n += (size_t)sprintf(src + n, "\n        at R2.3\n    }\n  }\n}\n");
    src[n] = '\0';
    char *got = fmt_str(src, n);
    cr_assert_not_null(got);
    cr_expect_not_null(strstr(got, "      actual 1_2 件  # xxx"), "the value and its unit, then the comment");
    cr_expect_not_null(strstr(got, "xxx\n          at R2.3\n"), "the date after it, on its own line");
    char *again = fmt_cstr(got);
    cr_assert_not_null(again);
    cr_expect_str_eq(again, got, "not idempotent");
    free(again);
    free(got);
    free(src);
}
