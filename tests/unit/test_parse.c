/* test_parse.c - every construct of the language parses into the model it
 * means; lexical details (BOM, CRLF, full-width digits, escapes, Japanese
 * ids, date-words as ids); syntax errors are all reported, with positions. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "strat.h"
#include "parse.h"
#include "parse_ctx.h"
#include "suggest.h"
#include "xalloc.h"

static Strat S;

static void setup(void) { strat_init(&S, NULL); }
static void teardown(void) { strat_fini(&S); }

static Model *load(const char *src)
{
    return strat_load_bytes(&S, "t.strat", src, strlen(src));
}

static Model *load_ok(const char *src)
{
    Model *m = load(src);
    cr_assert_not_null(m);
    if (S.diags.errors || S.diags.warnings) {
        diag_sort(&S.diags);
        DiagStyle st = {false};
        diag_print_text(&S.diags, stderr, st);
    }
    cr_assert_eq(S.diags.errors, 0, "unexpected errors");
    return m;
}

static char *iso(DayNum n)
{
    static char b[4][16];
    static int k;
    k = (k + 1) % 4;
    date_iso(n, b[k]);
    return b[k];
}

#define WRAP(body) "strategy s \"S\" {\n" body "\n}\n"

/* A Text is len bytes, not a C string (ast.h). */
#define expect_text(t, lit) do {                                                        \
        const Text *t_ = (t);                                                           \
        cr_expect(text_is(t_, lit), "text '%.*s', expected '%s'", t_->bytes ? (int)t_->len : 0, \
                  t_->bytes ? t_->bytes : "", lit);                                       \
    } while (0)

TestSuite(parse, .init = setup, .fini = teardown, .timeout = 10);

Test(parse, strategy_header_and_period)
{
    Model *m = load_ok(WRAP("period FY2018 .. FY2020\nas_of R2.3\nfiscal_year starts april"));
    cr_expect_str_eq(ent_id(&m->e)->name, "s");
    expect_text(ent_title(&m->e), "S");
    cr_expect_str_eq(iso(m->start), "2018-04-01");
    cr_expect_str_eq(iso(m->end), "2021-03-31");
    cr_expect_str_eq(iso(m->as_of), "2020-03-31");
    cr_expect_eq(m->fy_start, 4);
}

Test(parse, fiscal_year_start_changes_fy_dates_written_before_it)
{
    Model *m = load_ok(WRAP("period FY2024 .. FY2026\nfiscal_year starts july"));
    cr_expect_str_eq(iso(m->start), "2024-07-01");
    cr_expect_str_eq(iso(m->end), "2027-06-30");
    m = load_ok(WRAP("period FY2024 .. FY2024\nfiscal_year starts 10"));
    cr_expect_str_eq(iso(m->start), "2024-10-01");
    m = load_ok(WRAP("period FY2024 .. FY2024\nfiscal_year starts 1月"));
    cr_expect_str_eq(iso(m->end), "2024-12-31");
}

Test(parse, period_in_every_form)
{
    static const char *const forms[][3] = {
        {"2018 .. 2020", "2018-01-01", "2020-12-31"},
        {"2018-04 .. 2021-03", "2018-04-01", "2021-03-31"},
        {"2018-04-01 .. 2021-03-31", "2018-04-01", "2021-03-31"},
        {"平成30年度 .. 令和2年度", "2018-04-01", "2021-03-31"},
        {"H30年度 .. R2年度", "2018-04-01", "2021-03-31"},
        {"H30.4 .. R3.3", "2018-04-01", "2021-03-31"},
        {"平成30年4月1日 .. 令和3年3月31日", "2018-04-01", "2021-03-31"},
        {"２０１８ .. ２０２０", "2018-01-01", "2020-12-31"},
        {"R２.３ .. R３.３", "2020-03-01", "2021-03-31"},
    };
    for (size_t i = 0; i < sizeof forms / sizeof *forms; i++) {
        char src[256];
        snprintf(src, sizeof src, WRAP("period %s"), forms[i][0]);
        Model *m = load_ok(src);
        cr_expect_str_eq(iso(m->start), forms[i][1], "%s", forms[i][0]);
        cr_expect_str_eq(iso(m->end), forms[i][2], "%s", forms[i][0]);
    }
}

Test(parse, goal_viewpoints_sectors_translations)
{
    Model *m = load_ok(WRAP("goal \"a\" \"b\"\n  \"c\"\n"
                            "viewpoint v1 \"V\" en \"Vee\"\n"
                            "sector iot \"IoT等関連分野\" en \"IoT and related fields\"\n"
                            "sector 未来 \"未来技術\" { renamed_from iot2 note \"n\" }\n"
                            "sector S1 \"date-like id\"\nsector H2 \"another\""));
    expect_text(&m->goal->u.txt.text, "abc");
    cr_expect_eq(text_npieces(&m->goal->u.txt.text), 3);
    cr_expect_eq(m->nviewpoints, 1);
    expect_text(ent_en(&m->viewpoints[0]->e), "Vee");
    cr_expect_eq(m->nsectors, 4);
    cr_expect_str_eq(ent_id(&m->sectors[1]->e)->name, "未来");
    cr_expect_str_eq(m->sectors[1]->e.renamed_from->name, "iot2");
    cr_expect_eq(m->sectors[1]->e.nnotes, 1);
    cr_expect_str_eq(ent_id(&m->sectors[2]->e)->name, "S1");
    cr_expect_str_eq(ent_id(&m->sectors[3]->e)->name, "H2");
}

Test(parse, empty_goal_and_notes)
{
    Model *m = load_ok(WRAP("goal\nnote \"one\"\nnote \"two\""));
    cr_expect_not_null(m->goal);
    cr_expect_eq(m->goal->flags & IF_TEXT, 0);
    cr_expect_eq(m->e.nnotes, 2);
}

Test(parse, project_items)
{
    Model *m = load_ok(WRAP("sector a \"A\"\nsector b \"B\"\nviewpoint v \"V\"\n"
                            "project p \"P\" {\n"
                            "  sectors a, b\n  viewpoints v\n  owner \"課\"\n"
                            "  activity \"x\"\n  activity \"y\"\n  note \"z\"\n"
                            "  assessment on_track \"概ね\"\n  renamed_from old_p\n}"));
    cr_assert_eq(m->nprojects, 1);
    Project *p = m->projects[0];
    cr_expect_eq(p->nsectors, 2);
    cr_expect_eq(p->sectors[1].target, m->sectors[1]);
    cr_expect_eq(p->viewpoints[0].target, m->viewpoints[0]);
    expect_text(&p->owner, "課");
    cr_expect_eq(p->nactivities, 2);
    cr_expect_eq(p->e.nnotes, 1);
    cr_expect(p->assessed_known);
    cr_expect_eq(p->assessed, ST_ON_TRACK);
    expect_text(&p->assessment->u.w.text, "概ね");
    cr_expect_str_eq(p->e.renamed_from->name, "old_p");
}

/* The model does not copy an indicator's items: it finds them in the block
 * by the resolver's rules.  The first unit, baseline and status count (a
 * second is an error); a direction that names none is unread, so a later
 * one counts; the last source and the last valid kind count. */
Test(parse, indicator_items_found_by_the_resolvers_rules)
{
    Model *m = load(WRAP("project p \"P\" { indicator i \"I\" {\n"
                         "  unit \"回\"\n  unit \"人\"\n"
                         "  baseline 1 at FY2017\n  baseline 2 at FY2018\n"
                         "  status on_track \"a\"\n  status below \"b\"\n"
                         "  direction up\n  direction decrease\n  direction increase\n"
                         "  kind output\n  kind outcome\n"
                         "  source \"one\"\n  source \"two\"\n"
                         "  target 0\n} }"));
    cr_assert_not_null(m);
    cr_expect_eq(S.diags.errors, 5, "unit, baseline, status and direction twice; direction up");
    const Indicator *ind = m->indicators[0];
    cr_expect_str_eq(ind->unit, "回");
    expect_text(&ind_unit_item(ind)->u.txt.text, "回");
    cr_expect_eq(item_num(ind_baseline(ind)), 1);
    expect_text(&ind_status(ind)->u.w.text, "a");
    cr_assert_not_null(ind_direction_item(ind));
    cr_expect_str_eq(ind_direction_item(ind)->u.w.word.name, "decrease");
    cr_expect_eq(ind->direction, -1);
    cr_expect_str_eq(ind_kind_word(ind), "outcome");
    expect_text(ind_source(ind), "two");

    strat_fini(&S);
    strat_init(&S, NULL);
    m = load_ok(WRAP("project p \"P\" { indicator i \"I\" { target <= 3 } }"));
    ind = m->indicators[0];
    cr_expect_null(ind_baseline(ind));
    cr_expect_null(ind_unit_item(ind));
    cr_expect_null(ind_status(ind));
    cr_expect_null(ind_direction_item(ind), "implied by <=, not declared");
    cr_expect_eq(ind->direction, -1);
    cr_expect_null(ind_kind_word(ind));
    cr_expect_null(ind_source(ind)->bytes);
}

Test(parse, indicator_items)
{
    Model *m = load_ok(WRAP("period FY2018 .. FY2020\n"
                            "project p \"P\" { indicator i \"I\" {\n"
                            "  unit \"回\"\n  baseline 10 回 at FY2017\n"
                            "  target >= 20 by FY2019\n  target 30 回 by FY2020\n"
                            "  actual 12 at R元.12\n  actual 22 at R2.3\n"
                            "  direction increase\n  kind outcome\n  source \"県調べ\"\n"
                            "  note \"n\"\n  status on_track \"ok\"\n} }"));
    Indicator *ind = m->indicators[0];
    cr_expect_str_eq(ind->unit, "回");
    cr_expect_eq(item_num(ind_baseline(ind)), 10);
    cr_expect_str_eq(item_unit(ind_baseline(ind)), "回");
    cr_expect_str_eq(iso(item_date_last(ind_baseline(ind))), "2018-03-31");
    cr_assert_eq(ind->ntargets, 2);
    cr_expect_eq(ind->targets[0]->op, OP_GE);
    cr_expect_eq(item_num(ind->targets[1]), 30);
    cr_expect_eq(ind->nactuals, 2);
    cr_expect_str_eq(iso(item_date_last(ind->actuals[0])), "2019-12-31");
    cr_expect_eq(ind->direction, 1);
    cr_expect_str_eq(ind_kind_word(ind), "outcome");
    expect_text(ind_source(ind), "県調べ");
    cr_expect(ind->declared_known);
    cr_expect_eq(ind->declared, ST_ON_TRACK);
    cr_expect_not(ind->qualitative);
}

Test(parse, targets_sorted_by_date_and_undated_due_at_period_end)
{
    Model *m = load_ok(WRAP("period 2024 .. 2026\nproject p \"P\" { indicator i \"I\" {\n"
                            "  target 50\n  target 10 by 2024\n} }"));
    Indicator *ind = m->indicators[0];
    cr_expect_eq(item_num(ind->targets[0]), 10);
    cr_expect_eq(item_num(ind->targets[1]), 50);
    cr_expect_str_eq(iso(item_date_last(ind->targets[1])), "2026-12-31");
    cr_expect_eq(ind->targets[1]->flags & IF_DATE, 0);
}

Test(parse, decreasing_and_qualitative)
{
    Model *m = load_ok(WRAP("project p \"P\" {\n"
                            "  indicator d \"D\" { target <= 5 % by 2025 }\n"
                            "  indicator q \"Q\" { target \"実施\" by 2025 status achieved }\n"
                            "  indicator e \"E\" { target = 3 by 2025 direction decrease }\n}"));
    cr_expect_eq(m->indicators[0]->direction, -1);
    cr_expect_str_eq(item_unit(m->indicators[0]->targets[0]), "%");
    cr_expect(m->indicators[1]->qualitative);
    cr_expect_eq(m->indicators[1]->declared, ST_ACHIEVED);
    cr_expect_eq(m->indicators[2]->targets[0]->op, OP_EQ);
    cr_expect_eq(m->indicators[2]->direction, -1);
}

Test(parse, numbers)
{
    Model *m = load_ok(WRAP("project p \"P\" { indicator i \"I\" {\n"
                            "  actual 30 at 2020\n  actual 3.9 at 2021\n  actual -5 at 2022\n"
                            "  actual 1_000 at 2023\n  actual ３０ at 2024\n  actual １３．９％ at 2025\n"
                            "  actual 98.1 億円 at 2026\n  actual 2.5e3 at 2027\n} }"));
    Indicator *ind = m->indicators[0];
    double want[] = {30, 3.9, -5, 1000, 30, 13.9, 98.1, 2500};
    cr_assert_eq(ind->nactuals, 8);
    for (int i = 0; i < 8; i++) cr_expect_eq(item_num(ind->actuals[i]), want[i], "actual %d", i);
    cr_expect_str_eq(item_unit(ind->actuals[5]), "%");
    cr_expect_str_eq(item_unit(ind->actuals[6]), "億円");
}

Test(parse, strings_and_escapes)
{
    Model *m = load_ok(WRAP("note \"q\\\"b\\\\n\\n t\\tu\\u{3042}\\u{1F600}\""));
    expect_text(&m->e.notes[0], "q\"b\\n\n t\tuあ\xF0\x9F\x98\x80");
}

Test(parse, titles_are_not_normalised)
{
    Model *m = load_ok(WRAP("sector a \"①ＩｏＴ㈱ｽﾀｰﾄｱｯﾌﾟ\""));
    expect_text(ent_title(&m->sectors[0]->e), "①ＩｏＴ㈱ｽﾀｰﾄｱｯﾌﾟ");
}

Test(parse, milestones_thresholds_revises_include_text)
{
    Model *m = load_ok(WRAP("milestone R2.9 \"a\"\nmilestone 令和3年3月 \"b\"\n"
                            "thresholds { on_track 90 %  below 0.4  stale_days 400 }\n"
                            "revises \"old.strat\""));
    cr_expect_eq(m->nmilestones, 2);
    cr_expect_str_eq(iso(m->milestones[1]->u.txt.date.last), "2021-03-31");
    cr_expect_float_eq(m->thresholds.on_track, 0.9, 1e-12);
    cr_expect_float_eq(m->thresholds.below, 0.4, 1e-12);
    cr_expect_float_eq(m->thresholds.stale_days, 400, 1e-12);
    cr_expect_str_eq(m->revises_path, "old.strat");
}

Test(parse, bom_crlf_comments_and_ideographic_space)
{
    const char *src = "\xEF\xBB\xBF# head\r\nstrategy s \"S\" {\r\n\xE3\x80\x80sector a \"A\" # tail\r\n}\r\n";
    Model *m = load_ok(src);
    cr_expect_eq(m->nsectors, 1);
    cr_expect_eq(m->ast->ncomments, 2);
    Comment *c = m->ast->comments;
    SrcFile *f = src_file(S.src, m->file);
    cr_expect_eq(strncmp(f->text + c->span.start, "# head", 6), 0);
    int line, col;
    src_linecol(f, c->next->span.start, &line, &col);
    cr_expect_eq(line, 3);
    cr_expect_eq(col, 15);   /* columns count code points: the U+3000 is one */
}

Test(parse, full_width_keywords_are_keywords)
{
    Model *m = load_ok("ｓｔｒａｔｅｇｙ s \"S\" { ｓｅｃｔｏｒ a \"A\" }");
    cr_expect_eq(m->nsectors, 1);
}

Test(parse, five_syntax_errors_are_all_reported)
{
    const char *src = "strategy s \"S\" {\n"
                      "  period FY2018 FY2020\n"          /* 2:17 missing .. */
                      "  sector a\n"
                      "  project p \"P\" {\n"
                      "    indicator i \"I\" {\n"
                      "      target >= by FY2020\n"      /* 6:17 missing value */
                      "      actual 3 R2.3\n"            /* 7:16 missing at */
                      "    }\n"
                      "    sectors a,\n"                 /* 10:5 dangling comma */
                      "  }\n"
                      "  milestone \"text\"\n"           /* 11:13 missing date */
                      "}\n";
    load(src);
    diag_sort(&S.diags);
    cr_assert_eq(S.diags.errors, 5, "got %d errors", S.diags.errors);
    int want[5][2] = {{2, 17}, {6, 17}, {7, 16}, {10, 3}, {11, 13}};
    for (int i = 0; i < 5; i++) {
        int l, c, el, ec;
        diag_position(&S.diags, &S.diags.items[i]->span, &l, &c, &el, &ec);
        cr_expect_eq(l, want[i][0], "error %d at line %d (%s)", i, l, S.diags.items[i]->msg);
        cr_expect_eq(c, want[i][1], "error %d at column %d (%s)", i, c, S.diags.items[i]->msg);
        cr_expect_str_eq(S.diags.items[i]->rule, "syntax");
    }
}

Test(parse, misplaced_items_say_where_they_belong)
{
    load(WRAP("unit \"回\"\nproject p \"P\" { target 3 }"));
    cr_assert_eq(S.diags.errors, 2);
    cr_expect_str_eq(S.diags.items[0]->rule, "misplaced-item");
    cr_expect(strstr(S.diags.items[0]->notes->msg, "an indicator") != NULL);
}

Test(parse, references_duplicates_and_suggestions)
{
    load(WRAP("sector iot \"A\"\nsector iot \"B\"\nproject p \"P\" { sectors iott }"));
    diag_sort(&S.diags);
    cr_assert_eq(S.diags.errors, 2);
    cr_expect_str_eq(S.diags.items[0]->rule, "duplicate-definition");
    cr_expect_str_eq(S.diags.items[1]->rule, "undefined-reference");
    cr_expect_str_eq(S.diags.items[1]->notes->msg, "did you mean 'iot'?");
}

Test(parse, japanese_ids_get_suggestions)
{
    load(WRAP("sector 未来技術 \"A\"\nproject p \"P\" { sectors 未来技 }"));
    cr_assert_eq(S.diags.errors, 1);
    cr_expect_str_eq(S.diags.items[0]->notes->msg, "did you mean '未来技術'?");
}

Test(parse, empty_file_and_comment_only_file)
{
    cr_assert_not_null(load(""));
    cr_expect_eq(S.diags.errors, 1);
    cr_assert_not_null(load("# only\n# comments\n"));
    cr_expect_eq(S.diags.errors, 2);
}

Test(parse, unterminated_block_keeps_what_was_read)
{
    Model *m = load("strategy s \"S\" {\n  sector a \"A\"\n  project p \"P\" {\n");
    cr_expect_eq(S.diags.errors, 1);
    cr_expect_eq(m->nsectors, 1);
    cr_expect_eq(m->nprojects, 1);
    cr_expect_str_eq(S.diags.items[0]->msg, "'{' of project 'p' at line 3 is never closed");
}

/* One mistake, one message: recovery reads on as the item the keyword (or
 * "did you mean") names, with its id and block. */
Test(parse, a_mistyped_item_keyword_keeps_its_id_and_block)
{
    Model *m = load(WRAP("sector a \"A\"\nproject p \"P\" {\n  sectors a\n"
                         "  indcator i \"I\" {\n    target 5 by 2020\n  }\n}"));
    cr_assert_eq(S.diags.errors, 1);
    cr_expect_str_eq(S.diags.items[0]->msg, "unknown item 'indcator'");
    cr_assert_eq(m->nindicators, 1);
    cr_expect_str_eq(ent_id(&m->indicators[0]->e)->name, "i");
    expect_text(ent_title(&m->indicators[0]->e), "I");
    cr_expect_eq(m->indicators[0]->ntargets, 1);
}

Test(parse, a_mistyped_sector_still_defines_its_id)
{
    Model *m = load(WRAP("sectr a \"A\"\nproject p \"P\" { sectors a }"));
    cr_expect_eq(S.diags.errors, 1);
    cr_assert_eq(m->nsectors, 1);
    cr_expect_str_eq(ent_id(&m->sectors[0]->e)->name, "a");
}

Test(parse, an_item_before_a_mistake_is_kept)
{
    /* Without LAC the complete sector is reduced before the error. */
    Model *m = load(WRAP("sector a \"A\"\nfoo bar\nproject p \"P\" { sectors a }"));
    cr_expect_eq(S.diags.errors, 1);
    cr_expect_eq(m->nsectors, 1);
    cr_expect_eq(m->nprojects, 1);
}

Test(parse, a_missing_id_keeps_the_block)
{
    Model *m = load(WRAP("project p \"P\" {\n  indicator \"I\" {\n    target 5 by 2020\n  }\n}"));
    cr_expect_eq(S.diags.errors, 1);
    cr_assert_eq(m->nindicators, 1);
    cr_expect_null(ent_id(&m->indicators[0]->e)->name);
    cr_expect_eq(m->indicators[0]->ntargets, 1);
}

Test(parse, a_forgotten_brace_is_put_where_the_indentation_says)
{
    Model *m = load("strategy s \"S\" {\n"
                    "  project p \"P\" {\n"
                    "    indicator i \"I\" {\n"
                    "      target 5 by 2020\n"
                    "    indicator j \"J\" {\n"
                    "      target 6 by 2020\n"
                    "    }\n"
                    "  }\n"
                    "}\n");
    cr_assert_eq(S.diags.errors, 1);
    cr_expect_str_eq(S.diags.items[0]->msg, "'{' of indicator 'i' at line 3 is never closed");
    cr_assert_eq(m->nprojects, 1);
    cr_expect_eq(m->projects[0]->nindicators, 2);
}

Test(parse, two_forgotten_braces_are_both_put_back)
{
    Model *m = load("strategy s \"S\" {\n"
                    "  project p \"P\" {\n"
                    "    indicator i \"I\" {\n"
                    "      target 5 by 2020\n"
                    "  project q \"Q\" {\n"
                    "    indicator j \"J\" {\n"
                    "      target 6 by 2020\n"
                    "    }\n"
                    "  }\n"
                    "}\n");
    cr_expect_eq(S.diags.errors, 2);
    cr_assert_eq(m->nprojects, 2);
    cr_expect_eq(m->projects[0]->nindicators, 1);
    cr_expect_eq(m->projects[1]->nindicators, 1);
}

Test(parse, a_mistake_inside_a_broken_block_is_reported_too)
{
    load(WRAP("project p \"P\" {\n  indcator i \"I\" {\n    unt \"x\"\n  }\n}"));
    cr_expect_eq(S.diags.errors, 2);
}

Test(parse, an_unterminated_title_gives_back_its_brace)
{
    Model *m = load(WRAP("project p \"P\" {\n  indicator i \"I {\n    target 5 by 2020\n  }\n}"));
    cr_expect_eq(S.diags.errors, 1);
    cr_assert_eq(m->nindicators, 1);
    cr_expect_eq(m->indicators[0]->ntargets, 1);
}

Test(parse, curly_and_corner_quotes_are_one_error_each_and_read_as_text)
{
    Model *m = load(WRAP("goal \u201c\u76ee\u6a19\u201d\nnote \u300c\u30e1\u30e2\u300d"));
    cr_expect_eq(S.diags.errors, 2);
    cr_assert_not_null(m->goal);
    expect_text(&m->goal->u.txt.text, "\u76ee\u6a19");
}

Test(parse, wave_dash_periods_end_dates_and_full_width_eras)
{
    Model *m = load_ok(WRAP("period 令和2年度〜令和6年度\nas_of 令和4年度末"));
    cr_expect_str_eq(iso(m->start), "2020-04-01");
    cr_expect_str_eq(iso(m->end), "2025-03-31");
    cr_expect_str_eq(iso(m->as_of), "2023-03-31");
    m = load_ok(WRAP("period R2 ～ R6\nas_of \uff32\uff15\uff0e\uff13"));
    cr_expect_str_eq(iso(m->end), "2024-12-31");
    cr_expect_str_eq(iso(m->as_of), "2023-03-31");
}

/* The parser remembers valid date tokens it has seen; a repeated date still
 * gets its own span, and a warning or an error is reported at each place. */
Test(parse, repeated_dates_keep_their_spans_and_diagnostics)
{
    Model *m = load(WRAP("  project p \"P\" {\n"
                         "    indicator i \"I\" {\n"
                         "      baseline 1 at R2.3\n"
                         "      actual 2 at R2.3\n"
                         "      actual 3 at H32.3\n"
                         "      actual 4 at H32.3\n"
                         "      target 5 by 2020-02-30\n"
                         "      target 6 by 2020-02-30\n"
                         "    }\n"
                         "  }"));
    cr_assert_not_null(m);
    cr_expect_eq(S.diags.warnings, 2, "H32.3 twice: two date-after-era warnings");
    cr_expect_eq(S.diags.errors, 2, "2020-02-30 twice: two errors");
    const Indicator *ind = m->indicators[0];
    Date a = item_date(ind_baseline(ind)), b = item_date(ind->actuals[0]);
    cr_expect(a.valid && b.valid);
    cr_expect_neq(a.span.start, b.span.start);
    cr_expect_eq(b.span.end - b.span.start, 4);
    cr_expect_str_eq(iso(b.last), "2020-03-31");
    cr_expect_eq(a.first, b.first);
}

/* Numbers of up to 15 digits are read without strtod; whatever the path,
 * the value must be strtod's for the same digits (underscores dropped). */
Test(parse, numbers_read_as_strtod_reads_them)
{
    enum { N = 3000 };
    static const char *const fixed[] = {"0", "-0", "7", "12_508", "0.1", "-2.5", "17053.1",
        "123456789012345", "1234567890123456", "0.000000000000001", "99999999999999.9",
        "1e3", "2.5E-3", "1_000.0001", "-0.30000000000000004"};
    size_t nf = sizeof fixed / sizeof *fixed;
    char *text = malloc(N * 48 + 256), *o = text;
    char (*num)[40] = malloc(N * sizeof *num);
    cr_assert(text && num);
    o += sprintf(o, "strategy s \"S\" {\n project p \"P\" {\n  indicator i \"I\" {\n");
    unsigned long long x = 0x9E3779B97F4A7C15ULL;
    for (int i = 0; i < N; i++) {
        if ((size_t)i < nf) {
            snprintf(num[i], sizeof num[i], "%s", fixed[i]);
        } else {
            x ^= x << 13; x ^= x >> 7; x ^= x << 17;
            int digits = 1 + (int)(x % 17), point = (int)((x >> 8) % (unsigned)(digits + 1));
            char *q = num[i];
            if (x & (1ULL << 40)) *q++ = '-';
            unsigned long long y = x >> 3;
            for (int d = 0; d < digits; d++) {
                if (d == point && d > 0) *q++ = '.';
                *q++ = (char)('0' + (d == 0 && digits > 1 ? 1 + y % 9 : y % 10));
                y = y / 10 ? y / 10 : x >> (d % 50);
            }
            *q = '\0';
        }
        o += sprintf(o, "   actual %s at 2020-01-01\n", num[i]);
    }
    o += sprintf(o, "  }\n }\n}\n");
    Model *m = load(text);
    cr_assert_not_null(m);
    const Indicator *ind = m->indicators[0];
    cr_assert_eq(ind->nactuals, N);
    int differ = 0;
    for (int i = 0; i < N; i++) {
        char clean[40], *c = clean;
        for (const char *p = num[i]; *p; p++) if (*p != '_') *c++ = *p;
        *c = '\0';
        double want = strtod(clean, NULL), got = item_num(ind->actuals[i]);
        if (memcmp(&want, &got, sizeof want) != 0 && differ++ < 5)
            cr_log_error("%s read as %.17g, strtod gives %.17g", num[i], got, want);
    }
    cr_expect_eq(differ, 0);
    free(text);
    free(num);
}

/* keywords.def is the one list of the language's words: every item kind has
 * a name, every item keyword scans as its own token and is suggested for a
 * misspelt item (the copy that once lacked `scale` is gone). */
Test(parse, one_keyword_table)
{
    const char *items[IT__COUNT];
    size_t n = lex_item_keywords(items, IT__COUNT);
    cr_expect_eq(n, IT__COUNT - 1, "every item kind but `threshold` has a keyword");
    for (int k = 0; k < IT__COUNT; k++) {
        const char *w = item_kind_name((ItemKind)k);
        cr_assert_not_null(w);
        if (k != IT_THRESHOLD) cr_expect(parse_is_keyword(w), "'%s' is not a keyword", w);
    }
    cr_expect_not(parse_is_keyword("threshold"));
    cr_expect(parse_is_keyword("starts") && parse_is_keyword("when"));
    cr_expect_str_eq(suggest_closest("scal", items, n), "scale");
    cr_expect_str_eq(suggest_closest("thresholdz", items, n), "thresholds");
}

/* The bytes a span covers, for comparing with what was written. */
static char *spelled(Span sp)
{
    static char b[4][128];
    static int k;
    k = (k + 1) % 4;
    const SrcFile *f = src_file(S.src, sp.file);
    size_t n = sp.end - sp.start < sizeof b[k] ? sp.end - sp.start : sizeof b[k] - 1;
    memcpy(b[k], f->text + sp.start, n);
    b[k][n] = '\0';
    return b[k];
}

static void expect_measure(const Item *it, const char *value, const char *num, const char *date)
{
    Value v = item_value(it);
    cr_expect_str_eq(spelled(v.span), value);
    cr_expect_str_eq(spelled(value_num_span(&v)), num);
    if (date) cr_expect_str_eq(spelled(item_date_span(it)), date);
    else cr_expect_not(item_has_date(it));
}

/* A measure keeps its parts as one-byte offsets from its start (ast.h); one
 * with a part further away than that (a comment inside it) keeps them whole,
 * before the item, and both give back exactly the bytes written.  The
 * actual's date starts 26 bytes plus the comment's into the item: 255 is the
 * last offset kept in a byte. */
Test(parse, measure_parts_are_found_again_near_and_far)
{
    static const size_t pads[] = {0, 229, 230, 70000};
    for (size_t k = 0; k < sizeof pads / sizeof *pads; k++) {
        size_t pad = pads[k];
        char *src = xmalloc(pad + 1024);
        size_t n = (size_t)sprintf(src, "strategy s \"S\" {\n  period FY2020 .. FY2030\n"
                                        "  project p \"P\" {\n    indicator i \"I\" {\n");
        n += (size_t)sprintf(src + n, "      baseline 1_000 回 at R2.3\n"
                                      "      target <= ５０ %% by 令和6年度末\n"
                                      "      target 70\n"
                                      "      actual 12.5 # ");
        memset(src + n, 'x', pad);
        n += pad;
        n += (size_t)sprintf(src + n, "\n        at 2021-03\n"
                                      "      target \"text\" by FY2025\n"
                                      "    }\n  }\n}\n");
        strat_fini(&S);
        strat_init(&S, NULL);
        Model *m = strat_load_bytes(&S, "t.strat", src, n);
        free(src);
        cr_assert_not_null(m);
        cr_assert_eq(S.diags.errors, 0);
        const Indicator *ind = m->indicators[0];
        expect_measure(ind_baseline(ind), "1_000 回", "1_000", "R2.3");
        cr_expect_not(ind_baseline(ind)->flags & IF_WIDE);
        cr_assert_eq(ind->ntargets, 3);
        expect_measure(ind->targets[0], "５０ %", "５０", "令和6年度末");
        cr_expect_eq(item_num(ind->targets[0]), 50);
        expect_measure(ind->targets[2], "70", "70", NULL);
        cr_expect(item_date_valid(ind->targets[2]), "due at the period's end");
        cr_expect_str_eq(spelled(item_date_span(ind->targets[1])), "FY2025");
        cr_expect_str_eq(spelled(ind->targets[1]->u.m.text.span), "\"text\"");
        const Item *a = ind->actuals[0];
        cr_expect_eq((a->flags & IF_WIDE) != 0, 26 + pad > 255, "comment of %zu bytes", pad);
        expect_measure(a, "12.5", "12.5", "2021-03");
        cr_expect_eq(item_num(a), 12.5);
        cr_expect_str_eq(iso(item_date_last(a)), "2021-03-31");
        Date d = item_date(a);
        cr_expect_str_eq(iso(d.first), "2021-03-01");
    }
}

/* A literal with nothing to unescape is its own bytes in the source, not a
 * copy; one with escapes, or written as several, is decoded into the arena.
 * Either way it is len bytes with no NUL after them, so a reader that took
 * it for a C string would read on into the source. */
Test(parse, texts_without_escapes_are_the_sources_own_bytes)
{
    /* 「」 is an error, recovered as the text inside them. */
    Model *m = load(WRAP("goal \"a\\\"b\"\nnote \"x\" \"y\"\nviewpoint v 「括弧」"));
    cr_assert_not_null(m);
    cr_expect_eq(S.diags.errors, 1);
    const SrcFile *f = src_file(S.src, 0);
    const char *lo = f->text, *hi = f->text + f->len;
    const Text *title = ent_title(&m->e);
    expect_text(title, "S");
    cr_expect(title->bytes > lo && title->bytes < hi, "a plain title points into the source");
    cr_expect_eq(title->bytes[title->len], '"', "the byte after it is the closing quote, not a NUL");
    expect_text(ent_title(&m->viewpoints[0]->e), "括弧");
    cr_expect(ent_title(&m->viewpoints[0]->e)->bytes > lo && ent_title(&m->viewpoints[0]->e)->bytes < hi);

    const Text *goal = &m->goal->u.txt.text;
    expect_text(goal, "a\"b");
    cr_expect(goal->bytes < lo || goal->bytes >= hi, "an unescaped text is a decoded copy");
    const Text *note = &m->e.notes[0];
    expect_text(note, "xy");
    cr_expect(note->bytes < lo || note->bytes >= hi, "a joined text is a copy");

    cr_expect(!text_is(title, ""), "a prefix is not the text");
    cr_expect(!text_is(note, "x"), "a prefix is not the text");
    cr_expect(!text_is(note, "xyz"), "nor is a longer string");
    cr_expect(text_same(title, title));
    cr_expect(!text_same(title, note));
    Text none = {0};
    cr_expect(text_same(&none, &none) && !text_same(&none, title) && !text_is(&none, ""));
    Arena a;
    arena_init(&a);
    cr_expect_str_eq(text_dup(&a, title), "S");
    cr_expect_null(text_dup(&a, &none));
    arena_free(&a);
}
