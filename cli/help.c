/* help.c - `stratc --help` and `stratc help COMMAND`.  Keep in step with
 * doc/stratc.1 and README.md. */
#include "cli.h"
#include "i18n.h"
#include "suggest.h"

#include <string.h>

static const char *const OVERVIEW = N_(
    "usage: stratc COMMAND [OPTIONS] FILE...\n"
    "\n"
    "Strategies as code: check, report on, diff and format .strat files.\n"
    "\n"
    "commands:\n"
    "  check   consistency checks with compiler-style diagnostics (for CI)\n"
    "  report  progress tables: achievement rate, expected pace, status\n"
    "  diff    what a revision changed, semantically\n"
    "  fmt     print or rewrite files in the canonical layout\n"
    "  import  add a department's actual values from CSV or xlsx to a plan\n"
    "  graph   the logic model as a picture: DOT, Mermaid or SVG\n"
    "  dump    the resolved model as JSON\n"
    "  lsp     language server for editors (LSP over stdin and stdout)\n"
    "  init    start a plan from a commented template\n"
    "  help    help on a command: stratc help check\n"
    "\n"
    "options for every command:\n"
    "  --color=auto|always|never   colour (default: on a terminal, never with NO_COLOR)\n"
    "  --input-encoding=NAME       read files in NAME (e.g. cp932) instead of UTF-8\n"
    "  --strict                    dates past the end of their era are errors\n"
    "  --include-path=DIR          includes may also come from DIR\n"
    "  --diagnostics-format=F      diagnostics on stderr as gcc (default) or json\n"
    "  --lang=ja|en                language of messages (default: from LANGUAGE,\n"
    "                              LC_ALL, LC_MESSAGES or LANG; else English)\n"
    "  --help                      help on the command\n"
    "\n"
    "FILE may be '-' for standard input.\n"
    "exit status: 0 success, 1 findings (errors, differences, files to reformat),\n"
    "2 usage or I/O trouble.  stratc --version prints the version.\n");

typedef struct Help { const char *cmd, *text; } Help;

static const Help HELPS[] = {
    {"check",
     N_("usage: stratc check [--format=gcc|json|github|sarif|gitlab|junit] [--werror]\n"
     "                    [--as-of=D] [--max-errors=N] [--no-allow] FILE|DIR...\n"
     "\n"
     "Checks strategies for errors and suspect content and prints diagnostics\n"
     "(rules: doc/checks.md).  A DIR means every .strat file below it, sorted\n"
     "(.gitignore'd ones skipped in a git work tree); a file another one includes\n"
     "is checked as part of it, not alone.\n"
     "\n"
     "  --format=gcc      file:line:col: severity: message [rule] (default, stderr)\n"
     "  --format=json     {\"diagnostics\": [...]} on stdout\n"
     "  --format=github   GitHub Actions workflow commands on stdout\n"
     "  --format=sarif    SARIF 2.1.0 on stdout, for GitHub code scanning\n"
     "  --format=gitlab   GitLab Code Quality report on stdout\n"
     "  --format=junit    JUnit XML on stdout: a test case per file, a failure per error\n"
     "  --werror          warnings count as errors\n"
     "  --as-of=D         report date for the checks (default: the file's as_of, else\n"
     "                    today: local time zone, or SOURCE_DATE_EPOCH when set)\n"
     "  --max-errors=N    stop printing after N errors\n"
     "  --no-allow        ignore '# stratc: allow RULE' comments (for audits)\n"
     "\n"
     "exit status: 0 no errors, 1 errors (or warnings with --werror), 2 trouble.\n")},
    {"report",
     N_("usage: stratc report [--format=text|md|csv|json|html|xlsx] [--as-of=D]\n"
     "                     [--by=project|sector|viewpoint] [--lang=ja|en] [--width=N]\n"
     "                     [--bom|--no-bom] [--encoding=utf-8|cp932] [--no-graph]\n"
     "                     [-o OUT] FILE...\n"
     "\n"
     "Progress tables: each indicator's latest actual against its target, the\n"
     "achievement rate, the expected pace and a status, with owners, sources,\n"
     "activities, the goal and milestones (doc/report.md).  Several FILEs make\n"
     "one report of all of them, with a summary over them.\n"
     "\n"
     "  --format=F   text (default), md, csv, json, html (trend chart per\n"
     "               indicator) or xlsx (an Excel workbook; needs -o FILE)\n"
     "  --as-of=D    report date in any date form (default: the file's as_of,\n"
     "               else today in the local time zone, or SOURCE_DATE_EPOCH's\n"
     "               date when set; the report's header says which)\n"
     "  --by=G       group by project (default), sector or viewpoint\n"
     "  --lang=L     headings and labels in ja (default) or en; messages too\n"
     "  --width=N    text: no line wider than N columns (N >= 20, 0: no limit;\n"
     "               default: COLUMNS, else the terminal's width)\n"
     "  --no-bom     csv: leave out the UTF-8 byte order mark (on by default,\n"
     "               for Excel; --bom is accepted)\n"
     "  --encoding=E csv: utf-8 (default) or cp932 (Windows Shift_JIS)\n"
     "  --no-graph   html, md: leave out the logic model picture\n"
     "  -o OUT       write to OUT atomically instead of standard output\n"
     "\n"
     "The html report embeds the logic model as SVG, the md report as a Mermaid\n"
     "block (doc/graph.md).  CSV text cells starting with = + - @, tab or CR get\n"
     "a leading apostrophe.  Several FILEs make one report with a portfolio\n"
     "summary.\n"
     "\n"
     "exit status: 0 written, 1 a file has errors, 2 usage or I/O trouble.\n")},
    {"diff",
     N_("usage: stratc diff [--format=text|md|json|dot|mermaid|svg] OLD NEW\n"
     "       stratc diff [--format=text|md|json|dot|mermaid|svg] FILE\n"
     "       stratc diff --git-driver PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE\n"
     "\n"
     "What a revision changed, semantically (doc/diff.md): entities added,\n"
     "removed, renamed (declared with renamed_from, or inferred from a similar\n"
     "title) and moved, and changed fields, old -> new.  Layout, comments, order\n"
     "and width variants of the same text are not changes.\n"
     "\n"
     "  --format=text   +/-/~ lines like a terraform plan (default)\n"
     "  --format=md     Markdown, for a pull-request comment\n"
     "  --format=json   {\"old\", \"new\", \"changes\": [...], \"summary\"}\n"
     "  --format=dot|mermaid|svg  the logic model of both, added green, removed\n"
     "                  red, renamed yellow (doc/graph.md)\n"
     "  --git-driver    run as git's external diff command (exits 0 on differences)\n"
     "\n"
     "OLD and NEW may be REV:PATH, read with git show (HEAD:plan.strat).  With one\n"
     "FILE, compares against the file its `revises` names.\n"
     "\n"
     "exit status: 0 no semantic difference, 1 differences, 2 trouble.\n")},
    {"fmt",
     N_("usage: stratc fmt [--check] [-w] FILE|DIR...\n"
     "\n"
     "Prints each FILE in the canonical layout (doc/format.md), losing nothing:\n"
     "comments, blank-line groups and texts are kept.  FILE '-' reads stdin; a\n"
     "DIR means every .strat file below it (as for check, include files too).\n"
     "\n"
     "  --check       list the files that would change; exit 1 if any\n"
     "  -w, --write   rewrite the files in place (atomically, only when changed)\n"
     "\n"
     "A file with syntax errors is never formatted: its diagnostics are printed.\n"
     "exit status: 0 formatted, 1 would reformat (--check), 2 syntax errors or trouble.\n")},
    {"import",
     N_("usage: stratc import [-w] [--replace] [--sheet=NAME] [--input-encoding=E] DATA PLAN\n"
     "\n"
     "Adds the actual values in DATA (.csv, .tsv or .xlsx) to PLAN as `actual`\n"
     "items, in date order among each indicator's actuals; nothing else in the\n"
     "file changes (doc/import.md).  DATA is long (indicator, date, value[, unit]\n"
     "[, note]; 指標, 時点, 実績値, 単位, 備考) or wide (the indicator first, a\n"
     "column per date); an indicator is named by its id or its exact title.\n"
     "\n"
     "  -w, --write          rewrite PLAN atomically instead of printing it\n"
     "  --replace            a value that contradicts the plan's replaces it\n"
     "  --sheet=NAME         the xlsx sheet to read (default: the first)\n"
     "  --input-encoding=E   DATA's encoding (default: UTF-8, or CP932 when it\n"
     "                       is not UTF-8); PLAN is always UTF-8\n"
     "\n"
     "A value equal to the plan's is skipped.  A contradiction (same date, other\n"
     "value), an unknown indicator, a unit other than the indicator's, a bad\n"
     "number or date is an error at DATA:ROW:COL, and nothing is written.  What\n"
     "was added, skipped and replaced is listed on stderr.\n"
     "\n"
     "exit status: 0 imported, 1 errors (PLAN unchanged), 2 usage or I/O trouble.\n")},
    {"graph",
     N_("usage: stratc graph [--format=dot|mermaid|svg] [--by=sector|viewpoint]\n"
     "                    [--as-of=D] [--lang=ja|en] [-o OUT] FILE\n"
     "\n"
     "The logic model as a picture (doc/graph.md): the goal, viewpoints, sectors,\n"
     "projects and indicators, edges from the references in the file, projects\n"
     "and indicators filled with their status's colour as of the report date.\n"
     "\n"
     "  --format=dot      Graphviz DOT (default)\n"
     "  --format=mermaid  a Mermaid flowchart (GitHub draws it in Markdown)\n"
     "  --format=svg      SVG laid out in-process by the Graphviz library\n"
     "  --by=G            frame each sector (default) or viewpoint with its projects\n"
     "  --as-of=D         date of the colours (default: the file's as_of, else today)\n"
     "  --lang=L          titles and labels in ja (default) or en\n"
     "  -o OUT            write to OUT atomically instead of standard output\n"
     "\n"
     "exit status: 0 written, 1 the file has errors, 2 usage or I/O trouble\n"
     "(for svg: also when Graphviz's dot layout plugin cannot be loaded).\n")},
    {"dump",
     N_("usage: stratc dump FILE\n"
     "\n"
     "Prints the resolved model as JSON (shape: doc/dump.md).  Dates are ISO,\n"
     "the last day of the interval written; a period's start is its first day.\n"
     "\n"
     "exit status: 0 written, 1 the file has errors, 2 usage or I/O trouble.\n")},
    {"lsp",
     N_("usage: stratc lsp [--stdio] [--log] [--strict] [--include-path=DIR]\n"
     "\n"
     "A Language Server Protocol 3.17 server on standard input and output, for\n"
     "editors (set-up: doc/editors.md): check's diagnostics as you type, hover\n"
     "with an indicator's progress, definition, references and rename of ids,\n"
     "the outline, fmt's formatting, completion and quick fixes.\n"
     "\n"
     "  --stdio   the transport (the only one; accepted because editors pass it)\n"
     "  --log     a line on stderr for each message the server could not use\n"
     "\n"
     "initializationOptions: {\"renameKeepsHistory\": true} makes rename leave\n"
     "renamed_from OLD behind; {\"lang\": \"en\"} hovers in English.\n"
     "\n"
     "exit status: 0 after shutdown and exit, 1 if the input ended without them.\n")},
    {"init",
     N_("usage: stratc init [--template=sogo|okr|blank] [--lang=ja|en] FILE\n"
     "\n"
     "Creates FILE with a commented starting plan that checks clean.  FILE must\n"
     "not exist: init never replaces a file.  FILE '-' prints the template.\n"
     "\n"
     "  --template=sogo   a regional comprehensive strategy (総合戦略) with KPIs (default)\n"
     "  --template=okr    a company's objectives and key results\n"
     "  --template=blank  the smallest plan: one project, one indicator\n"
     "  --lang=L          comments and titles in ja (default) or en\n"
     "\n"
     "exit status: 0 created, 2 the file exists, usage or I/O trouble.\n")},
};

void help_overview(FILE *out) { fputs(_(OVERVIEW), out); }

int help_command(const char *cmd, FILE *out)
{
    for (size_t i = 0; i < sizeof HELPS / sizeof *HELPS; i++) {
        if (strcmp(HELPS[i].cmd, cmd) == 0) {
            fputs(_(HELPS[i].text), out);
            return EXIT_OK;
        }
    }
    cli_error("stratc", "no help for unknown command '%s'", cmd);
    const char *names[sizeof HELPS / sizeof *HELPS];
    for (size_t i = 0; i < sizeof HELPS / sizeof *HELPS; i++) names[i] = HELPS[i].cmd;
    const char *best = suggest_closest(cmd, names, sizeof HELPS / sizeof *HELPS);
    if (best) {
        fputs("stratc: note: ", stderr);
        fprintf(stderr, _("did you mean '%s'?"), best);
        fputc('\n', stderr);
    }
    return EXIT_TROUBLE;
}
