/* rules.c - the rule table (see rules.h).  doc/checks.md has a section per
 * row; tests/unit/test_check_rules.c checks both directions. */
#include "rules.h"

#include <string.h>

#define E SEV_ERROR
#define W SEV_WARNING

static const Rule RULES[] = {
    /* ---- front end (lang/) ---- */
    {"syntax", E, "front end", "The file does not follow the grammar.",
     "An item, token or block that the grammar does not allow: an unknown item, a missing "
     "closing brace, a bad string escape or a stray character.",
     "Fix the text at the caret; doc/language.md lists every item and where it may stand."},
    {"encoding", E, "front end", "The file is not valid UTF-8.",
     "stratc reads UTF-8. Files saved as Shift_JIS (CP932) or UTF-16 are reported with the "
     "offset of the first bad byte and the encoding they appear to be in.",
     "Convert the file with iconv -f CP932 -t UTF-8, or pass --input-encoding=cp932."},
    {"io", E, "front end", "A file could not be opened or read.",
     "The named file does not exist, is a directory or could not be read.",
     "Check the path and the file's permissions."},
    {"limit", E, "front end", "An implementation limit was exceeded.",
     "The file is larger than stratc accepts, or blocks are nested deeper than a strategy needs.",
     "Split the strategy with include, or remove the extra nesting."},
    {"internal", E, "front end", "stratc itself failed.",
     "Something went wrong inside stratc rather than in the file.",
     "Please report it with the file that triggers it."},
    {"date", E, "front end", "A date that does not exist or cannot be read.",
     "A date whose form is unknown, or one that does not exist: month 13, February 30, or an "
     "era date before its era began (R1.4: Reiwa began on 2019-05-01).",
     "Write 2020-03-31, 2020-03, 2020, FY2020, R2.3.31, R2.3, R2, 令和2年3月 or 令和2年度."},
    {"date-after-era", W, "front end", "An era date past the end of its era.",
     "Plans written before an era change use years past its end (平成32年度 = 令和2年度). The date "
     "is accepted with its normalised form; under --strict it is an error.",
     "Write the date in the era in force (令和2年度), as the message suggests."},
    {"number-range", E, "front end", "A number too large to represent.",
     "stratc keeps numbers as 64-bit floating point; this one overflows it.",
     "Use a larger unit (億円 rather than 円)."},
    {"number-precision", W, "front end", "A number that loses precision.",
     "The number has more significant digits than a 64-bit floating point value holds, so "
     "reports would print a different value.",
     "Round the number, or use a larger unit."},
    {"misplaced-item", E, "front end", "An item where it cannot stand.",
     "Each item belongs in one kind of block (unit in an indicator, sectors in a project); this "
     "one stands elsewhere.",
     "Move the item into the block the help line names."},
    {"duplicate-item", E, "front end", "An item given twice where once is allowed.",
     "A block may hold one period, one unit, one assessment and so on; the second is ignored.",
     "Remove one of them; the note shows the first."},
    {"unknown-name", E, "front end", "An unknown status, direction, kind, month or threshold.",
     "A keyword-like word that is not one of the values its item accepts.",
     "Use one of the values the help line lists; a did-you-mean note suggests the closest."},
    {"thresholds", E, "front end", "A status threshold out of range.",
     "on_track and below are shares of the expected pace between 0 and 1, below no larger than "
     "on_track; stale_days is at least 1.",
     "Correct the value in the thresholds block."},
    {"scale", E, "front end", "A status scale that cannot be used.",
     "A declared scale { } without grades, or with grades that cannot be told apart.",
     "List the scale's grades best first: grade ID \"LABEL\" when CONDITION (doc/language.md)."},
    {"include", E, "front end", "An include that cannot be followed.",
     "An include cycle, an include nested too deep, a missing name, or a file outside the "
     "strategy's directory.",
     "Fix the file name, break the cycle, or allow the directory with --include-path."},
    {"undefined-reference", E, "references", "A reference to an id that is not defined.",
     "A project's sectors or viewpoints name an id no sector or viewpoint has. The closest "
     "defined id (by edit distance in code points, so Japanese ids work too) is suggested.",
     "Correct the id, or declare the sector or viewpoint."},
    {"duplicate-definition", E, "references", "Two definitions with one id.",
     "Ids are unique within their kind (viewpoint, sector, project, indicator); the second "
     "definition is ignored.",
     "Rename one of them; the note shows the first definition."},
    /* ---- dates (runtime/check_dates.c) ---- */
    {"period-order", E, "dates", "The strategy period starts after it ends.",
     "period A .. B runs from the start of A to the end of B; here A begins after B has ended.",
     "Swap the two dates, or correct the one that is wrong."},
    {"target-outside-period", W, "dates", "A target due outside the strategy period.",
     "A target's date falls before the period starts or after it ends, so the strategy cannot "
     "be held to it.",
     "Correct the date, or move the target to the strategy that covers it."},
    {"actual-after-as-of", E, "dates", "An actual value dated after the report date.",
     "An actual is dated after the strategy's as_of (or, without one, after today): the "
     "document reports a value that was not yet measured.",
     "Correct the actual's date, or move as_of forward."},
    {"actual-before-start", W, "dates", "An actual value dated before the period or baseline.",
     "An actual is dated before the indicator's baseline date or, without one, before the "
     "strategy period starts; progress is measured from there.",
     "Correct the date, or make the value the indicator's baseline."},
    {"actual-order", W, "dates", "An actual series out of date order.",
     "The actuals of an indicator are not written in date order, which usually means a date "
     "was mistyped.",
     "Check the dates and write the series oldest first."},
    {"actual-same-date", E, "dates", "Two actual values for one date.",
     "An indicator has two actuals at the same date; reports could show either.",
     "Keep one value per date."},
    {"milestone-order", W, "dates", "Milestones out of date order.",
     "The milestones are not written in date order, which usually means a date was mistyped.",
     "Check the dates and list the milestones in order."},
    {"milestone-range", W, "dates", "A milestone far from the strategy period.",
     "A milestone is dated more than five years before the period starts or after it ends, "
     "usually a mistyped year.",
     "Check the milestone's year."},
    {"revises-period", E, "dates", "The revised strategy's period does not come first.",
     "A revision's period must start after the period of the strategy it revises has ended.",
     "Correct either period, or the file that revises names."},
    /* ---- units and values (runtime/check_values.c) ---- */
    {"unit-mismatch", E, "units and values", "A value in a unit other than its indicator's.",
     "A baseline, target or actual carries a unit that differs from the indicator's unit "
     "(or, without one, from the unit its other values carry).",
     "Convert the value to the indicator's unit."},
    {"percent-range", W, "units and values", "A percentage above 100.",
     "A value of an indicator measured in % is above 100, which is possible (growth) but more "
     "often a misplaced decimal point.",
     "Check the value."},
    {"target-already-met", W, "units and values", "A target the baseline already meets.",
     "The baseline is already at or beyond the target in the indicator's direction, so the "
     "target asks for no progress (or for going backwards).",
     "Check the target, the baseline, and the indicator's direction."},
    {"target-equals-baseline", W, "units and values", "A target equal to its baseline.",
     "The achievement rate is the share of the way from baseline to target; with both equal no "
     "progress can be measured.",
     "Check the target and the baseline."},
    {"target-direction", E, "units and values", "A target that contradicts the direction.",
     "target <= on an indicator declared direction increase, or target >= on one declared "
     "direction decrease.",
     "Change the comparison or the direction."},
    {"baseline-missing", W, "units and values", "A decreasing indicator without a baseline.",
     "The achievement rate of a decreasing indicator is (baseline - actual) / (baseline - "
     "target); without a baseline it cannot be computed.",
     "Add baseline V at D."},
    /* ---- staleness (runtime/check_stale.c) ---- */
    {"stale-data", W, "staleness", "The latest actual is too old.",
     "At the report date the latest actual is older than thresholds.stale_days (default 730 "
     "days): the data stopped coming in.",
     "Add the current value, or set stale_days in thresholds { } if the data is yearly."},
    /* ---- completeness (runtime/check_complete.c) ---- */
    {"project-without-indicators", W, "completeness", "A project without indicators.",
     "A project has no indicator, so its progress cannot be measured. When no project of the "
     "strategy has one (a plan whose targets are yet to be set), one finding says so.",
     "Add indicators with targets."},
    {"indicator-without-target", W, "completeness", "An indicator without a target.",
     "Without a target no achievement rate or status can be computed.",
     "Add target V by D (or a qualitative target \"TEXT\")."},
    {"indicator-without-actual", W, "completeness", "An indicator without an actual value.",
     "A quantitative indicator has no actual at or before the report date, so its status is "
     "no_data.",
     "Add actual V at D."},
    {"qualitative-without-status", E, "completeness", "A qualitative indicator without a status.",
     "An indicator whose targets are all text cannot be computed; it must declare its status.",
     "Add status STATUS \"TEXT\"."},
    {"unused-definition", W, "completeness", "A sector or viewpoint no project refers to.",
     "A sector or viewpoint is declared but no project lists it, so it has no measures.",
     "Reference it from the projects that serve it, or remove it."},
    {"empty-goal", W, "completeness", "An empty goal.",
     "The goal item has no text (or only blanks).",
     "Write the goal's text, or remove the item."},
    /* ---- assessments (runtime/check_assess.c) ---- */
    {"assessment-optimistic", W, "assessments", "An assessment better than the indicators show.",
     "A project's declared assessment is more favourable than the status stratc computes from "
     "its indicators (the rules of stratc report, doc/report.md); on a declared scale (national "
     "A/B/F/N, municipal, or the strategy's own), than the grade it computes. Notes name the "
     "indicators that computed worse than the assessment. Silent on a file with errors.",
     "Revise the assessment, or explain it in its text and check the indicators named."},
    /* ---- revisions (runtime/check_revision.c) ---- */
    {"revises-unreadable", E, "revisions", "The revised strategy cannot be read.",
     "The file revises names cannot be opened, has errors of its own, or is this file itself.",
     "Correct the path (relative to this file), or run stratc check on that file."},
    {"revises-id", E, "revisions", "The revised strategy has another id.",
     "A revision keeps the strategy id of the strategy it revises.",
     "Use the same strategy id, or name the right file in revises."},
    {"renamed-from-unknown", E, "revisions", "renamed_from names an id the old strategy lacks.",
     "Every renamed_from names an id of the same kind that existed in the revised strategy.",
     "Correct the old id."},

    /* ---- allow comments (runtime/check/allow.c) ---- */
    {"unused-allow", W, "allow comments", "An allow comment that silences nothing.",
     "A `# stratc: allow RULE` comment that silences no finding of RULE on its item, names no "
     "rule, names an unknown rule or one that cannot be allowed. Allows should not outlive the "
     "findings they were written for.",
     "Remove the comment, correct the rule name, or move it to the item it is about."},
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
