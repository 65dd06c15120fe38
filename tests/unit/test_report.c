/* test_report.c - the report's text table lines up by display width with
 * Japanese titles (colour or not, wrapped cells or not), the seed's figures
 * appear as the document gives them, and CSV quoting follows RFC 4180. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "report.h"
#include "strat.h"
#include "table.h"
#include "utf8.h"

static Strat S;

static void setup(void) { strat_init(&S, NULL); }
static void teardown(void) { strat_fini(&S); }

TestSuite(report, .init = setup, .fini = teardown, .timeout = 10);

static char *render(const Model *m, ReportOptions o)
{
    Evaluation *ev = evaluate(m, m->as_of, &S.arena);
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    cr_assert_not_null(f);
    cr_assert(report_write(ev, &o, f));
    fclose(f);
    return buf;
}

static const Model *seed(void)
{
    Model *m = strat_load(&S, TEST_SOURCE_ROOT "/examples/yamaguchi-2018.strat");
    cr_assert_not_null(m);
    cr_assert_eq(S.diags.errors, 0);
    return m;
}

/* Display width of a line with its SGR colour codes taken out. */
static size_t plain_width(const char *s, size_t n)
{
    char *p = malloc(n + 1);
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '\033') {
            while (i < n && s[i] != 'm') i++;
            continue;
        }
        p[k++] = s[i];
    }
    size_t w = utf8_width(p, k);
    free(p);
    return w;
}

/* Every line of every table block ('+' and '|' lines) is as wide as the
 * block's first; returns the number of blocks that hold non-ASCII text. */
static int check_tables(const char *out)
{
    int japanese = 0, blocks = 0;
    size_t width = 0;
    bool in = false, block_ja = false;
    for (const char *l = out; *l;) {
        const char *e = strchr(l, '\n');
        size_t n = e ? (size_t)(e - l) : strlen(l);
        bool row = n > 0 && (l[0] == '+' || l[0] == '|');
        if (row) {
            size_t w = plain_width(l, n);
            if (!in) { width = w; in = true; block_ja = false; blocks++; }
            cr_expect_eq(w, width, "line of width %zu in a table %zu wide: %.*s", w, width, (int)n, l);
            if (!utf8_is_ascii(l, n)) block_ja = true;
        } else if (in) {
            in = false;
            japanese += block_ja;
        }
        l = e ? e + 1 : l + n;
    }
    if (in) japanese += block_ja;
    cr_expect_gt(blocks, 0);
    return japanese;
}

Test(report, text_rows_have_equal_display_width)
{
    const Model *m = seed();
    char *out = render(m, (ReportOptions){.format = RF_TEXT, .ja = true});
    cr_expect_eq(check_tables(out), 11, "ten project tables and the summary, all in Japanese");
    free(out);
}

Test(report, text_rows_equal_width_in_colour_and_grouped)
{
    const Model *m = seed();
    char *out = render(m, (ReportOptions){.format = RF_TEXT, .ja = true, .color = true, .by = RB_SECTOR});
    cr_expect_not_null(strstr(out, "\033["), "colour codes present");
    cr_expect_gt(check_tables(out), 11);
    free(out);
    out = render(m, (ReportOptions){.format = RF_TEXT, .ja = false});
    check_tables(out);
    free(out);
}

Test(report, seed_figures_as_the_document_gives_them)
{
    const Model *m = seed();
    char *out = render(m, (ReportOptions){.format = RF_TEXT, .ja = true});
    static const char *const want[] = {
        "| 石炭共同輸送実施回数           | 22 回 (R2.3)  ",
        "|  73.3% |", "| 111.1% |", "|     0% |", "| 102.7% |", "|    60% |",
        "あと 8 回", "あと 0.7 km", "達成済",
    };
    for (size_t i = 0; i < sizeof want / sizeof *want; i++)
        cr_expect_not_null(strstr(out, want[i]), "missing: %s", want[i]);
    free(out);
}

Test(report, table_wraps_by_display_width)
{
    Table *t = table_new(2);
    table_col(t, 0, false, 10);
    table_col(t, 1, true, 0);
    table_row(t);
    table_cell(t, "指標", NULL);
    table_cell(t, "値", NULL);
    table_row(t);
    table_cell(t, "とても長い日本語の指標名です", NULL);   /* 28 columns: three lines */
    table_cell(t, "1", "32");
    table_row(t);
    table_cell(t, "short words that wrap", NULL);
    table_cell(t, "22", NULL);
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    table_print(t, f, true);
    fclose(f);
    table_free(t);
    check_tables(buf);
    cr_expect_not_null(strstr(buf, "| とても長い | "), "%s", buf);
    cr_expect_not_null(strstr(buf, "| 日本語の指 |"), "%s", buf);
    cr_expect_not_null(strstr(buf, "| short      |"), "%s", buf);
    cr_expect_not_null(strstr(buf, "| words that |"), "%s", buf);
    cr_expect_not_null(strstr(buf, "\033[32m1\033[0m"), "%s", buf);
    free(buf);
}

Test(report, table_cell_wider_than_its_column_still_ends)
{
    Table *t = table_new(1);
    table_col(t, 0, false, 1);
    table_row(t);
    table_cell(t, "日本", NULL);            /* each character is 2 wide, the limit 1 */
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    table_print(t, f, false);
    fclose(f);
    table_free(t);
    cr_expect_str_eq(buf, "+----+\n| 日 |\n| 本 |\n+----+\n");
    free(buf);
}

Test(report, csv_quotes_per_rfc_4180)
{
    const char *src = "strategy s \"S\" {\n period FY2018 .. FY2020\n as_of R2.3\n"
                      " project p \"a \\\"quoted\\\", title\" {\n  indicator i \"line\\nbreak\" {\n"
                      "   target 10 by FY2020\n   actual 5 at R2.3\n  }\n }\n}\n";
    Model *m = strat_load_bytes(&S, "t.strat", src, strlen(src));
    cr_assert_not_null(m);
    cr_assert_eq(S.diags.errors, 0);
    char *out = render(m, (ReportOptions){.format = RF_CSV, .ja = false, .bom = true});
    cr_expect_eq(strncmp(out, "\xEF\xBB\xBFproject,", 11), 0);
    cr_expect_not_null(strstr(out, "p,\"a \"\"quoted\"\", title\",i,\"line\nbreak\","), "%s", out);
    /* Every record ends in CRLF: count them. */
    int crlf = 0;
    for (const char *p = out; (p = strstr(p, "\r\n")); p += 2) crlf++;
    cr_expect_eq(crlf, 2);
    free(out);
}

/* The widest line of out, in display columns (SGR codes not counted). */
static size_t widest_line(const char *out)
{
    size_t w = 0;
    for (const char *s = out; *s;) {
        const char *e = strchr(s, '\n');
        size_t n = e ? (size_t)(e - s) : strlen(s);
        size_t x = plain_width(s, n);
        if (x > w) w = x;
        s += n + (e != NULL);
    }
    return w;
}

Test(report, text_never_wider_than_asked)
{
    const Model *m = seed();
    for (size_t width = 20; width <= 200; width += 9) {
        for (int ja = 0; ja < 2; ja++) {
            char *out = render(m, (ReportOptions){.format = RF_TEXT, .ja = ja, .width = width});
            cr_expect_leq(widest_line(out), width, "--width=%zu --lang=%s", width, ja ? "ja" : "en");
            free(out);
        }
    }
    char *out = render(m, (ReportOptions){.format = RF_TEXT, .ja = true});
    cr_expect_gt(widest_line(out), 150, "no width: the tables as wide as they are");
    free(out);
}

Test(report, table_fits_by_wrapping_then_as_records)
{
    Table *t = table_new(3);
    table_fit(t, 30);
    table_row(t);
    table_cell(t, "指標", NULL);
    table_cell(t, "実績", NULL);
    table_cell(t, "状況", NULL);
    table_row(t);
    table_cell(t, "石炭共同輸送実施回数の長い長い名前", NULL);
    table_cell(t, "22 回 (R2.3)", NULL);
    table_cell(t, "概ね目標通り", NULL);
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    table_print(t, f, false);
    fclose(f);
    cr_expect_leq(widest_line(buf), 30);
    cr_expect(buf[0] == '+', "fits as a table: %s", buf);
    free(buf);
    table_fit(t, 20);
    f = open_memstream(&buf, &len);
    table_print(t, f, false);
    fclose(f);
    cr_expect_leq(widest_line(buf), 20);
    cr_expect(strncmp(buf, "石炭共同", strlen("石炭共同")) == 0, "too narrow: records: %s", buf);
    cr_expect(strstr(buf, "\n  実績: 22 回 (R2.3)\n"), "too narrow: records: %s", buf);
    free(buf);
    table_free(t);
}

Test(report, csv_neutralises_formula_text_but_not_numbers)
{
    Model *m = strat_load(&S, TEST_SOURCE_ROOT "/tests/golden/report/fields.strat");
    cr_assert_not_null(m);
    cr_assert_eq(S.diags.errors, 0);
    char *out = render(m, (ReportOptions){.format = RF_CSV, .ja = true});
    cr_expect(strstr(out, ",'+1 事業,"), "a title starting with +");
    cr_expect(strstr(out, ",'\t収支,"), "a title starting with a tab");
    cr_expect(strstr(out, ",'=商工政策課,"), "an owner starting with =");
    cr_expect(strstr(out, ",\"'\r決算書\""), "a source starting with CR, quoted");
    cr_expect(strstr(out, ",-200,"), "a negative number stays a number");
    cr_expect_null(strstr(out, ",=") , "no cell starts with =");
    cr_expect_null(strstr(out, ",@"), "no cell starts with @");
    free(out);
}

Test(report, differences_of_percentages_in_points)
{
    char *out = render(seed(), (ReportOptions){.format = RF_TEXT, .ja = true});
    cr_expect(strstr(out, "あと 2.1 ポイント"), "the IoT rate: 13.9%% of 16%%");
    free(out);
    out = render(seed(), (ReportOptions){.format = RF_TEXT, .ja = false});
    cr_expect(strstr(out, "2.1 points to go"));
    free(out);
}
