/* test_import.c - the pieces of `stratc import`: the CSV reader (RFC 4180,
 * encodings), numbers and dates in cells, number spelling, xlsx number
 * formats, layout detection, and where the plan editor puts new actuals. */
#include <criterion/criterion.h>
#include <string.h>

#include "cellval.h"
#include "csv.h"
#include "import.h"
#include "layout.h"
#include "numtext.h"
#include "xlsx_parts.h"

static Strat S;
static Sheet SH;

static void setup(void)
{
    strat_init(&S, NULL);
    sheet_init(&SH, "t.csv");
}

static void teardown(void)
{
    sheet_free(&SH);
    strat_fini(&S);
}

static bool read_csv(const char *bytes, size_t n, const char *enc, char sep)
{
    return csv_read_bytes(&S, "t.csv", bytes, n, enc, sep, &SH);
}

static void expect_cell(uint32_t row, uint32_t col, const char *text)
{
    const Cell *c = NULL;
    for (size_t i = 0; i < SH.n; i++)
        if (SH.rows[i].row == row) c = row_cell(&SH.rows[i], col);
    cr_assert(c, "no cell at %u:%u", row, col);
    cr_expect_eq(c->len, strlen(text), "cell %u:%u has %u bytes, want '%s'", row, col, c->len, text);
    cr_expect(memcmp(c->text, text, c->len) == 0, "cell %u:%u is '%.*s', want '%s'", row, col,
              (int)c->len, c->text, text);
}

TestSuite(csv, .init = setup, .fini = teardown, .timeout = 10);

Test(csv, rfc4180_quoting)
{
    const char in[] = "a,\"b,c\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",,x\n";
    cr_assert(read_csv(in, sizeof in - 1, NULL, ','));
    cr_assert_eq(SH.n, 2);
    expect_cell(1, 1, "a");
    expect_cell(1, 2, "b,c");
    expect_cell(1, 3, "say \"hi\"");
    expect_cell(2, 1, "two\nlines");
    cr_expect_eq(row_cell(&SH.rows[1], 2)->kind, CELL_EMPTY);
    expect_cell(2, 3, "x");
}

Test(csv, bom_is_dropped_and_blank_lines_skipped)
{
    const char in[] = "\xEF\xBB\xBFid,v\n\n,\nx,1";
    cr_assert(read_csv(in, sizeof in - 1, NULL, ','));
    cr_assert_eq(SH.n, 2);
    expect_cell(1, 1, "id");
    expect_cell(4, 2, "1");
}

Test(csv, cp932_is_detected_and_named)
{
    const char in[] = "\x8E\x77\x95\x57,1\n";        /* 指標 in CP932 */
    cr_assert(read_csv(in, sizeof in - 1, NULL, ','));
    expect_cell(1, 1, "指標");
    sheet_free(&SH);
    sheet_init(&SH, "t.csv");
    cr_assert(read_csv(in, sizeof in - 1, "CP932", ','));
    expect_cell(1, 1, "指標");
}

Test(csv, tab_separated)
{
    const char in[] = "a\tb,c\n";
    cr_assert(read_csv(in, sizeof in - 1, NULL, '\t'));
    expect_cell(1, 2, "b,c");
}

Test(csv, unclosed_quote_is_an_error)
{
    const char in[] = "a,\"b\n";
    cr_expect(!read_csv(in, sizeof in - 1, NULL, ','));
    cr_expect_eq(S.diags.errors, 1);
}

Test(csv, invalid_bytes_are_an_encoding_error)
{
    const char in[] = "a,\xFF\xFE\xFD\n";
    cr_expect(!read_csv(in, sizeof in - 1, NULL, ','));
    cr_expect_eq(S.diags.errors, 1);
}

static Cell text_cell(const char *s)
{
    Cell c = {.kind = CELL_TEXT, .text = s, .len = (uint32_t)strlen(s)};
    return c;
}

Test(cells, numbers)
{
    static const struct { const char *in; CellRead r; double v; bool pct; } CASES[] = {
        {"1050", CV_OK, 1050, false},      {"1,050", CV_OK, 1050, false},
        {"12,345,678.5", CV_OK, 12345678.5, false}, {"１，０５０", CV_OK, 1050, false},
        {" 98.1 ", CV_OK, 98.1, false},    {"-3", CV_OK, -3, false},
        {"▲3", CV_OK, -3, false},         {"△ 2.5", CV_OK, -2.5, false},
        {"13.9%", CV_OK, 13.9, true},      {"13.9 ％", CV_OK, 13.9, true},
        {"1_000", CV_OK, 1000, false},     {"2.5e3", CV_OK, 2500, false},
        {"", CV_BLANK, 0, false},          {"　", CV_BLANK, 0, false},
        {"-", CV_BLANK, 0, false},         {"－", CV_BLANK, 0, false},
        {"―", CV_BLANK, 0, false},
        {"3,5", CV_BAD, 0, false},         {"1,05", CV_BAD, 0, false},
        {"1050,", CV_BAD, 0, false},       {",1050", CV_BAD, 0, false},
        {"1.2.3", CV_BAD, 0, false},       {"140人", CV_BAD, 0, false},
        {"inf", CV_BAD, 0, false},         {"nan", CV_BAD, 0, false},
        {"0x10", CV_BAD, 0, false},        {"1e999", CV_BAD, 0, false},
        {"▲-3", CV_BAD, 0, false},         {".5", CV_BAD, 0, false},
    };
    for (size_t i = 0; i < sizeof CASES / sizeof *CASES; i++) {
        Cell c = text_cell(CASES[i].in);
        double v = 0;
        bool pct = false;
        CellRead r = cell_number(&c, &v, &pct);
        cr_expect_eq(r, CASES[i].r, "'%s': read %d, want %d", CASES[i].in, r, CASES[i].r);
        if (r == CV_OK) {
            cr_expect_eq(v, CASES[i].v, "'%s': %g, want %g", CASES[i].in, v, CASES[i].v);
            cr_expect_eq(pct, CASES[i].pct, "'%s': percent", CASES[i].in);
        }
    }
}

Test(cells, dates)
{
    static const struct { const char *in; CellRead r; int y, m, d, form; } CASES[] = {
        {"令和5年度", CV_OK, 5, 0, 0, DF_NENDO}, {"令和５年度", CV_OK, 5, 0, 0, DF_NENDO},
        {"R5.3", CV_OK, 5, 3, 0, DF_MONTH},       {"FY2023", CV_OK, 2023, 0, 0, DF_FY},
        {"2023-03-31", CV_OK, 2023, 3, 31, DF_DAY}, {"2023/3/31", CV_OK, 2023, 3, 31, DF_DAY},
        {"2023/03", CV_OK, 2023, 3, 0, DF_MONTH}, {" 2023 ", CV_OK, 2023, 0, 0, DF_YEAR},
        {"", CV_BLANK, 0, 0, 0, 0},               {"next year", CV_BAD, 0, 0, 0, 0},
        {"2023/3/31/1", CV_BAD, 0, 0, 0, 0},      {"23/3/31", CV_BAD, 0, 0, 0, 0},
        {"2023/100", CV_BAD, 0, 0, 0, 0},
        /* found by the fuzzer: a long year before a slash overflowed an int */
        {"77777777777777777777/3/1", CV_BAD, 0, 0, 0, 0},
    };
    for (size_t i = 0; i < sizeof CASES / sizeof *CASES; i++) {
        Cell c = text_cell(CASES[i].in);
        DateSpec d;
        CellRead r = cell_date(&c, &d);
        cr_expect_eq(r, CASES[i].r, "'%s': read %d, want %d", CASES[i].in, r, CASES[i].r);
        if (r != CV_OK) continue;
        cr_expect_eq(d.year, CASES[i].y, "'%s': year %d", CASES[i].in, d.year);
        cr_expect_eq(d.month, CASES[i].m, "'%s': month %d", CASES[i].in, d.month);
        cr_expect_eq(d.day, CASES[i].d, "'%s': day %d", CASES[i].in, d.day);
        cr_expect_eq(d.form, CASES[i].form, "'%s': form %d", CASES[i].in, d.form);
    }
    Cell date = {.kind = CELL_DATE, .day = days_from_civil(2024, 3, 31)};
    DateSpec d;
    cr_expect_eq(cell_date(&date, &d), CV_OK);
    cr_expect(d.form == DF_DAY && d.year == 2024 && d.month == 3 && d.day == 31);
    Cell year = {.kind = CELL_NUMBER, .num = 2023};
    cr_expect_eq(cell_date(&year, &d), CV_OK);
    cr_expect(d.form == DF_YEAR && d.year == 2023);
    Cell frac = {.kind = CELL_NUMBER, .num = 2023.5};
    cr_expect_eq(cell_date(&frac, &d), CV_BAD);
}

Test(numtext, spelling)
{
    static const struct { double v; const char *want; } CASES[] = {
        {1050, "1050"}, {98.099999999999994, "98.1"}, {-0.5, "-0.5"}, {0, "0"},
        {-0.0, "0"}, {0.1 + 0.2, "0.3"}, {1e-7, "0.0000001"}, {1e20, "100000000000000000000"},
        {123456789012345678.0, "123456789012346000"}, {2.5e-3, "0.0025"},
    };
    for (size_t i = 0; i < sizeof CASES / sizeof *CASES; i++) {
        char buf[NUMTEXT_MAX];
        num_spell(CASES[i].v, buf);
        cr_expect_str_eq(buf, CASES[i].want, "%.17g", CASES[i].v);
    }
}

Test(xlsx, number_formats)
{
    cr_expect_eq(xlsx_format_kind("General"), XF_PLAIN);
    cr_expect_eq(xlsx_format_kind("0.00"), XF_PLAIN);
    cr_expect_eq(xlsx_format_kind("#,##0"), XF_PLAIN);
    cr_expect_eq(xlsx_format_kind("0.00E+00"), XF_PLAIN);
    cr_expect_eq(xlsx_format_kind("0.0%"), XF_PERCENT);
    cr_expect_eq(xlsx_format_kind("yyyy/m/d"), XF_DATE);
    cr_expect_eq(xlsx_format_kind("[$-ja-JP]ggge\"年\"m\"月\"d\"日\""), XF_DATE);
    cr_expect_eq(xlsx_format_kind("[Red]0.0"), XF_PLAIN);
    cr_expect_eq(xlsx_format_kind("0\"days\""), XF_PLAIN);
    cr_expect_eq(xlsx_format_kind("[h]:mm"), XF_DATE);
    cr_expect_eq(xlsx_builtin_kind(14), XF_DATE);
    cr_expect_eq(xlsx_builtin_kind(57), XF_DATE);
    cr_expect_eq(xlsx_builtin_kind(10), XF_PERCENT);
    cr_expect_eq(xlsx_builtin_kind(3), XF_PLAIN);
}

/* ---- the whole import on text: where new lines go ---------------------- */

static char *import_text(const char *plan, const char *csv, bool replace, int *errors)
{
    Model *m = strat_load_bytes(&S, "p.strat", plan, strlen(plan));
    cr_assert(m && S.diags.errors == 0, "the test plan has errors");
    Layout l;
    memset(&l, 0, sizeof l);
    ImportRun run;
    memset(&run, 0, sizeof run);
    ImportOptions o = {.replace = replace};
    char *out = NULL;
    size_t len;
    if (read_csv(csv, strlen(csv), NULL, ',') && layout_detect(&S, &SH, &l)
        && import_match(&S, m, &SH, &l, &o, &run))
        out = import_apply(m, src_file(S.src, m->file), &run, false, &len);
    *errors = S.diags.errors;
    import_run_free(&run);
    layout_free(&l);
    return out;
}

Test(csv, places_in_date_order_keeping_comments)
{
    const char *plan = "strategy s \"S\" {\n"
                       "  project p \"P\" {\n"
                       "    indicator i \"I\" {\n"
                       "      target 10 by 2025\n"
                       "      # first\n"
                       "      actual 2 at 2022  # trailing\n"
                       "\n"
                       "      actual 4 at 2024\n"
                       "    }\n"
                       "  }\n"
                       "}\n";
    int errors;
    char *out = import_text(plan, "id,date,value\ni,2021,1\ni,2023,3\ni,2025,5\ni,2022,2\n", false,
                            &errors);
    cr_assert(out, "%d errors", errors);
    cr_expect_str_eq(out, "strategy s \"S\" {\n"
                          "  project p \"P\" {\n"
                          "    indicator i \"I\" {\n"
                          "      target 10 by 2025\n"
                          "      actual 1 at 2021\n"
                          "      # first\n"
                          "      actual 2 at 2022  # trailing\n"
                          "      actual 3 at 2023\n"
                          "\n"
                          "      actual 4 at 2024\n"
                          "      actual 5 at 2025\n"
                          "    }\n"
                          "  }\n"
                          "}\n");
    free(out);
}

Test(csv, replace_changes_only_the_number)
{
    const char *plan = "strategy s \"S\" { project p \"P\" {\n  indicator i \"I\" { unit \"t\"\n"
                       "    actual 1_000 t at FY2020 }\n}}\n";
    int errors;
    char *out = import_text(plan, "id,date,value\ni,FY2020,2000\n", false, &errors);
    cr_expect(!out);
    cr_expect_eq(errors, 1);
    teardown();
    setup();
    out = import_text(plan, "id,date,value\ni,FY2020,2000\ni,2022,3\n", true, &errors);
    cr_assert(out, "%d errors", errors);
    cr_expect_str_eq(out, "strategy s \"S\" { project p \"P\" {\n  indicator i \"I\" { unit \"t\"\n"
                          "    actual 2000 t at FY2020\n    actual 3 t at 2022 }\n}}\n");
    free(out);
}
