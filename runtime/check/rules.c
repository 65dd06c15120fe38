/* rules.c - the rule table (see rules.h).  doc/checks.md has a section per
 * row; tests/unit/test_check_rules.c checks both directions. */
#include "rules.h"
#include "i18n.h"

#include <string.h>

#define E SEV_ERROR
#define W SEV_WARNING

static const Rule RULES[] = {
    /* ---- front end (lang/) ---- */
    {"syntax", E, "front end", N_("The file does not follow the grammar."),
     N_("An item, token or block that the grammar does not allow: an unknown item, a missing "
     "closing brace, a bad string escape or a stray character."),
     N_("Fix the text at the caret; doc/language.md lists every item and where it may stand.")},
    {"encoding", E, "front end", N_("The file is not valid UTF-8."),
     N_("stratc reads UTF-8. Files saved as Shift_JIS (CP932) or UTF-16 are reported with the "
     "offset of the first bad byte and the encoding they appear to be in."),
     N_("Convert the file with iconv -f CP932 -t UTF-8, or pass --input-encoding=cp932.")},
    {"io", E, "front end", N_("A file could not be opened or read."),
     N_("The named file does not exist, is a directory or could not be read."),
     N_("Check the path and the file's permissions.")},
    {"limit", E, "front end", N_("An implementation limit was exceeded."),
     N_("The file is larger than stratc accepts, or blocks are nested deeper than a strategy needs."),
     N_("Split the strategy with include, or remove the extra nesting.")},
    {"internal", E, "front end", N_("stratc itself failed."),
     N_("Something went wrong inside stratc rather than in the file."),
     N_("Please report it with the file that triggers it.")},
    {"date", E, "front end", N_("A date that does not exist or cannot be read."),
     N_("A date whose form is unknown, or one that does not exist: month 13, February 30, or an "
     "era date before its era began (R1.4: Reiwa began on 2019-05-01)."),
     N_("Write 2020-03-31, 2020-03, 2020, FY2020, R2.3.31, R2.3, R2, 令和2年3月 or 令和2年度.")},
    {"date-after-era", W, "front end", N_("An era date past the end of its era."),
     N_("Plans written before an era change use years past its end (平成32年度 = 令和2年度). The date "
     "is accepted with its normalised form; under --strict it is an error."),
     N_("Write the date in the era in force (令和2年度), as the message suggests.")},
    {"number-range", E, "front end", N_("A number too large to represent."),
     N_("stratc keeps numbers as 64-bit floating point; this one overflows it."),
     N_("Use a larger unit (億円 rather than 円).")},
    {"number-precision", W, "front end", N_("A number that loses precision."),
     N_("The number has more significant digits than a 64-bit floating point value holds, so "
     "reports would print a different value."),
     N_("Round the number, or use a larger unit.")},
    {"misplaced-item", E, "front end", N_("An item where it cannot stand."),
     N_("Each item belongs in one kind of block (unit in an indicator, sectors in a project); this "
     "one stands elsewhere."),
     N_("Move the item into the block the help line names.")},
    {"duplicate-item", E, "front end", N_("An item given twice where once is allowed."),
     N_("A block may hold one period, one unit, one assessment and so on; the second is ignored."),
     N_("Remove one of them; the note shows the first.")},
    {"unknown-name", E, "front end", N_("An unknown status, direction, kind, month or threshold."),
     N_("A keyword-like word that is not one of the values its item accepts."),
     N_("Use one of the values the help line lists; a did-you-mean note suggests the closest.")},
    {"thresholds", E, "front end", N_("A status threshold out of range."),
     N_("on_track and below are shares of the expected pace between 0 and 1, below no larger than "
     "on_track; stale_days is at least 1."),
     N_("Correct the value in the thresholds block.")},
    {"scale", E, "front end", N_("A status scale that cannot be used."),
     N_("A declared scale { } without grades, or with grades that cannot be told apart."),
     N_("List the scale's grades best first: grade ID \"LABEL\" when CONDITION (doc/language.md).")},
    {"include", E, "front end", N_("An include that cannot be followed."),
     N_("An include cycle, an include nested too deep, a missing name, or a file outside the "
     "strategy's directory."),
     N_("Fix the file name, break the cycle, or allow the directory with --include-path.")},
    {"undefined-reference", E, "references", N_("A reference to an id that is not defined."),
     N_("A project's sectors or viewpoints name an id no sector or viewpoint has. The closest "
     "defined id (by edit distance in code points, so Japanese ids work too) is suggested."),
     N_("Correct the id, or declare the sector or viewpoint.")},
    {"duplicate-definition", E, "references", N_("Two definitions with one id."),
     N_("Ids are unique within their kind (viewpoint, sector, project, indicator); the second "
     "definition is ignored."),
     N_("Rename one of them; the note shows the first definition.")},
    /* ---- dates (runtime/check_dates.c) ---- */
    {"period-order", E, "dates", N_("The strategy period starts after it ends."),
     N_("period A .. B runs from the start of A to the end of B; here A begins after B has ended."),
     N_("Swap the two dates, or correct the one that is wrong.")},
    {"target-outside-period", W, "dates", N_("A target due outside the strategy period."),
     N_("A target's date falls before the period starts or after it ends, so the strategy cannot "
     "be held to it."),
     N_("Correct the date, or move the target to the strategy that covers it.")},
    {"actual-after-as-of", E, "dates", N_("An actual value dated after the report date."),
     N_("An actual is dated after the strategy's as_of (or, without one, after the report date): the "
     "document reports a value that was not yet measured."),
     N_("Correct the actual's date, or move as_of forward.")},
    {"actual-before-start", W, "dates", N_("An actual value dated before the period or baseline."),
     N_("An actual is dated before the indicator's baseline date or, without one, before the "
     "strategy period starts; progress is measured from there."),
     N_("Correct the date, or make the value the indicator's baseline.")},
    {"actual-order", W, "dates", N_("An actual series out of date order."),
     N_("The actuals of an indicator are not written in date order, which usually means a date "
     "was mistyped."),
     N_("Check the dates and write the series oldest first.")},
    {"actual-same-date", E, "dates", N_("Two actual values for one date."),
     N_("An indicator has two actuals at the same date; reports could show either."),
     N_("Keep one value per date.")},
    {"milestone-order", W, "dates", N_("Milestones out of date order."),
     N_("The milestones are not written in date order, which usually means a date was mistyped."),
     N_("Check the dates and list the milestones in order.")},
    {"milestone-range", W, "dates", N_("A milestone far from the strategy period."),
     N_("A milestone is dated more than five years before the period starts or after it ends, "
     "usually a mistyped year."),
     N_("Check the milestone's year.")},
    {"target-before-baseline", W, "dates", N_("A target due before its baseline was measured."),
     N_("A target's date is on or before its indicator's baseline date: the pace from baseline to "
     "target has no time to run, so the whole target counts as due from the start."),
     N_("Correct the target's date or the baseline's.")},
    {"as-of-outside-period", W, "dates", N_("The report date lies outside the strategy period."),
     N_("The strategy's as_of is before its period starts (nothing can have been measured yet) or "
     "after it ends (the report is a final review; say so by moving as_of to the period's end "
     "or revising the strategy)."),
     N_("Correct as_of or the period.")},
    {"revises-period", E, "dates", N_("The revised strategy's period does not come first."),
     N_("A revision's period must start after the period of the strategy it revises has ended."),
     N_("Correct either period, or the file that revises names.")},
    /* ---- units and values (runtime/check_values.c) ---- */
    {"unit-mismatch", E, "units and values", N_("A value in a unit other than its indicator's."),
     N_("A baseline, target or actual carries a unit that differs from the indicator's unit "
     "(or, without one, from the unit its other values carry)."),
     N_("Convert the value to the indicator's unit.")},
    {"percent-range", W, "units and values", N_("A percentage above 100."),
     /* xgettext:no-c-format */
     N_("A value of an indicator measured in % is above 100, which is possible (growth) but more "
     "often a misplaced decimal point."),
     N_("Check the value.")},
    {"target-already-met", W, "units and values", N_("A target the baseline already meets."),
     N_("The baseline is already at or beyond the target in the indicator's declared direction, so "
     "the target asks for no progress (or for going backwards). Without a declared direction "
     "the direction is read from the baseline and the target, and a target written with >= or "
     "<= that the baseline meets is a line to hold (維持), so neither is reported."),
     N_("Check the target, the baseline, and the indicator's direction.")},
    {"target-equals-baseline", W, "units and values", N_("A target equal to its baseline."),
     N_("The achievement rate is the share of the way from baseline to target; with both equal no "
     "progress can be measured (the target is then met or not met). Not reported for a target "
     "written with >= or <=, which says so."),
     N_("Check the target and the baseline; to hold a level, write target >= V or target <= V.")},
    {"target-direction", E, "units and values", N_("A target that contradicts the direction."),
     N_("target <= on an indicator declared direction increase, or target >= on one declared "
     "direction decrease."),
     N_("Change the comparison or the direction.")},
    {"baseline-missing", W, "units and values", N_("A rate that needs a baseline the indicator lacks."),
     N_("The achievement rate of a decreasing indicator is (baseline - actual) / (baseline - "
     "target), and progress toward a target below 0 is measured from where it started; without "
     "a baseline neither can be computed, and the report leaves the rate and the value needed "
     "now empty."),
     N_("Add baseline V at D.")},
    /* ---- staleness (runtime/check_stale.c) ---- */
    {"stale-data", W, "staleness", N_("The latest actual is too old."),
     N_("At the report date the latest actual is older than thresholds.stale_days (default 730 "
     "days): the data stopped coming in."),
     N_("Add the current value, or set stale_days in thresholds { } if the data is yearly.")},
    /* ---- completeness (runtime/check_complete.c) ---- */
    {"project-without-indicators", W, "completeness", N_("A project without indicators."),
     N_("A project has no indicator, so its progress cannot be measured. When no project of the "
     "strategy has one (a plan whose targets are yet to be set), one finding says so."),
     N_("Add indicators with targets.")},
    {"indicator-without-target", W, "completeness", N_("An indicator without a target."),
     N_("Without a target no achievement rate or status can be computed."),
     N_("Add target V by D (or a qualitative target \"TEXT\").")},
    {"indicator-without-actual", W, "completeness", N_("An indicator without an actual value."),
     N_("A quantitative indicator has no actual at or before the report date, so its status is "
     "no_data."),
     N_("Add actual V at D.")},
    {"qualitative-without-status", E, "completeness", N_("A qualitative indicator without a status."),
     N_("An indicator whose targets are all text cannot be computed; it must declare its status."),
     N_("Add status STATUS \"TEXT\".")},
    {"unused-definition", W, "completeness", N_("A sector or viewpoint no project refers to."),
     N_("A sector or viewpoint is declared but no project lists it, so it has no measures."),
     N_("Reference it from the projects that serve it, or remove it.")},
    {"empty-goal", W, "completeness", N_("An empty goal."),
     N_("The goal item has no text (or only blanks)."),
     N_("Write the goal's text, or remove the item.")},
    /* ---- assessments (runtime/check_assess.c) ---- */
    {"assessment-optimistic", W, "assessments", N_("An assessment better than the indicators show."),
     N_("A project's declared assessment is more favourable than the status stratc computes from "
     "its indicators (the rules of stratc report, doc/report.md); on a declared scale (national "
     "A/B/F/N, municipal, or the strategy's own), than the grade it computes. Notes name the "
     "indicators that computed worse than the assessment. Silent on a file with errors."),
     N_("Revise the assessment, or explain it in its text and check the indicators named.")},
    {"indicator-optimistic", W, "assessments", N_("An indicator's status better than its figures."),
     N_("An indicator declares a status (or, on a declared scale, a grade) more favourable than the "
     "one stratc computes from its baseline, target and latest actual (doc/report.md): status "
     "exceeded on an indicator at 10 of 100. Qualitative indicators, which cannot be computed, "
     "and indicators without an actual are not judged. Silent on a file with errors."),
     N_("Correct the declared status, or the figures it was meant to describe.")},
    /* ---- revisions (runtime/check_revision.c) ---- */
    {"revises-unreadable", E, "revisions", N_("The revised strategy cannot be read."),
     N_("The file revises names cannot be opened, has errors of its own, or is this file itself."),
     N_("Correct the path (relative to this file), or run stratc check on that file.")},
    {"revises-id", E, "revisions", N_("The revised strategy has another id."),
     N_("A revision keeps the strategy id of the strategy it revises."),
     N_("Use the same strategy id, or name the right file in revises.")},
    {"renamed-from-unknown", E, "revisions", N_("renamed_from names an id the old strategy lacks."),
     N_("Every renamed_from names an id of the same kind that existed in the revised strategy."),
     N_("Correct the old id.")},
    /* ---- allow comments (runtime/check/allow.c) ---- */
    {"unused-allow", W, "allow comments", N_("An allow comment that silences nothing."),
     N_("A `# stratc: allow RULE` comment that silences no finding of RULE on its item, names no "
     "rule, names an unknown rule or one that cannot be allowed. Allows should not outlive the "
     "findings they were written for."),
     N_("Remove the comment, correct the rule name, or move it to the item it is about.")},
    /* ---- import (runtime/import/): reported by stratc import, not check ---- */
    {"import-csv", E, "import", N_("A CSV or TSV file that cannot be read as one."),
     N_("A quoted field that is never closed, or text after a closing quote: RFC 4180 says where a field ends, and this one does not."),
     N_("Close the quote, or double a quote inside a quoted field (\"\")")},
    {"import-xlsx", E, "import", N_("A workbook that cannot be read."),
     N_("The file is not a zip archive, or a part of the workbook (the sheet list, shared strings, a sheet) is missing or is not well-formed XML."),
     N_("Save the workbook again from Excel or LibreOffice as .xlsx, or export the sheet as CSV.")},
    {"import-sheet", E, "import", N_("--sheet names a sheet the workbook lacks."),
     N_("The workbook has no sheet of that name; a note lists the sheets it has."),
     N_("Give one of the listed names, or leave --sheet out to take the first sheet.")},
    {"import-layout", E, "import", N_("The sheet's layout is not recognised."),
     N_("Neither a long layout (indicator, date, value columns) nor a wide one (the indicator, then one column per date) is found in the header, or the sheet has no data."),
     N_("Name the columns as doc/import.md shows (指標, 時点, 実績値 or indicator, date, value), or put dates in the header row.")},
    {"import-column", W, "import", N_("A column the import does not use."),
     N_("A header that names no known column in a long layout, or an empty column in a wide one; its cells are not imported."),
     N_("Remove the column, or rename its header to one doc/import.md lists.")},
    {"import-indicator", E, "import", N_("A row names no indicator of the plan, or one that cannot take actuals."),
     N_("The indicator is named by neither an id nor an exact title of the plan (a note suggests the closest), or it is qualitative, or it is declared in an included file."),
     N_("Use the indicator's id or its exact title; import into the file that declares it.")},
    {"import-date", E, "import", N_("A date cell that is not a date."),
     N_("The cell is empty or not in any form the language reads (2023-03-31, R5.3, 令和5年度, FY2023, an Excel date)."),
     N_("Write the date in one of the forms doc/language.md lists.")},
    {"import-number", E, "import", N_("A value cell that is not a number."),
     N_("The cell is empty or is not a number (1,050 and full-width digits are numbers; 3,5 is not)."),
     N_("Write the value as a number, without text around it.")},
    {"import-unit", E, "import", N_("A value in another unit than its indicator's."),
     N_("The row's unit (its unit column, or a unit written after the number) differs from the unit the indicator declares."),
     N_("Convert the value to the indicator's unit, or correct the unit column.")},
    {"import-conflict", E, "import", N_("A value that contradicts one already recorded."),
     N_("The plan (or an earlier row of the data) already has another value for the indicator at that date; nothing is written."),
     N_("Correct the data, or pass --replace to take the data's value.")},
};

#undef E
#undef W

const Rule *rules_all(size_t *n)
{
    *n = sizeof RULES / sizeof *RULES;
    return RULES;
}

int rule_index(const char *id)
{
    for (size_t i = 0; i < sizeof RULES / sizeof *RULES; i++)
        if (strcmp(RULES[i].id, id) == 0) return (int)i;
    return -1;
}

const Rule *rule_find(const char *id)
{
    int i = rule_index(id);
    return i < 0 ? NULL : &RULES[i];
}
