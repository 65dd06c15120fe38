/* help.c - `stratc --help` and `stratc help COMMAND`.  Keep in step with
 * doc/stratc.1 and README.md. */
#include "cli.h"

#include <string.h>

static const char OVERVIEW[] =
    "usage: stratc COMMAND [OPTIONS] FILE...\n"
    "\n"
    "Strategies as code: check, report on, diff and format .strat files.\n"
    "\n"
    "commands:\n"
    "  check   consistency checks with compiler-style diagnostics (for CI)\n"
    "  report  progress tables: achievement rate, expected pace, status\n"
    "  diff    what a revision changed, semantically\n"
    "  fmt     print or rewrite files in the canonical layout\n"
    "  dump    the resolved model as JSON\n"
    "  help    help on a command: stratc help check\n"
    "\n"
    "options for every command:\n"
    "  --color=auto|always|never   colour (default: on a terminal, never with NO_COLOR)\n"
    "  --input-encoding=NAME       read files in NAME (e.g. cp932) instead of UTF-8\n"
    "  --strict                    dates past the end of their era are errors\n"
    "  --include-path=DIR          includes may also come from DIR\n"
    "  --diagnostics-format=F      diagnostics on stderr as gcc (default) or json\n"
    "  --help                      help on the command\n"
    "\n"
    "FILE may be '-' for standard input.\n"
    "exit status: 0 success, 1 findings (errors, differences, files to reformat),\n"
    "2 usage or I/O trouble.  stratc --version prints the version.\n";

typedef struct Help { const char *cmd, *text; } Help;

static const Help HELPS[] = {
    {"check",
     "usage: stratc check [--format=gcc|json|github|sarif] [--werror] [--as-of=D]\n"
     "                    [--max-errors=N] FILE...\n"
     "\n"
     "Checks strategies for errors and suspect content and prints diagnostics\n"
     "(rules: doc/checks.md).\n"
     "\n"
     "  --format=gcc      file:line:col: severity: message [rule] (default, stderr)\n"
     "  --format=json     {\"diagnostics\": [...]} on stdout\n"
     "  --format=github   GitHub Actions workflow commands on stdout\n"
     "  --format=sarif    SARIF 2.1.0 on stdout, for GitHub code scanning\n"
     "  --werror          warnings count as errors\n"
     "  --as-of=D         report date for the checks (default: the file's as_of, else\n"
     "                    today: local time zone, or SOURCE_DATE_EPOCH when set)\n"
     "  --max-errors=N    stop printing after N errors\n"
     "\n"
     "exit status: 0 no errors, 1 errors (or warnings with --werror), 2 trouble.\n"},
    {"report",
     "usage: stratc report [--format=text|md|csv|json|html|xlsx] [--as-of=D]\n"
     "                     [--by=project|sector|viewpoint] [--lang=ja|en] [--width=N]\n"
     "                     [--bom|--no-bom] [--encoding=utf-8|cp932] [-o OUT] FILE...\n"
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
     "  --lang=L     headings and labels in ja (default) or en\n"
     "  --width=N    text: no line wider than N columns (N >= 20, 0: no limit;\n"
     "               default: COLUMNS, else the terminal's width)\n"
     "  --no-bom     csv: leave out the UTF-8 byte order mark (on by default,\n"
     "               for Excel; --bom is accepted)\n"
     "  --encoding=E csv: utf-8 (default) or cp932 (Windows Shift_JIS)\n"
     "  -o OUT       write to OUT atomically instead of standard output\n"
     "\n"
     "CSV text cells starting with = + - @, tab or CR get a leading apostrophe.\n"
     "exit status: 0 written, 1 a file has errors, 2 usage or I/O trouble.\n"},
    {"diff",
     "usage: stratc diff [--format=text|md|json] OLD NEW\n"
     "       stratc diff [--format=text|md|json] FILE\n"
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
     "  --git-driver    run as git's external diff command (exits 0 on differences)\n"
     "\n"
     "OLD and NEW may be REV:PATH, read with git show (HEAD:plan.strat).  With one\n"
     "FILE, compares against the file its `revises` names.\n"
     "\n"
     "exit status: 0 no semantic difference, 1 differences, 2 trouble.\n"},
    {"fmt",
     "usage: stratc fmt [--check] [-w] FILE...\n"
     "\n"
     "Prints each FILE in the canonical layout (doc/format.md), losing nothing:\n"
     "comments, blank-line groups and texts are kept.  FILE '-' reads stdin.\n"
     "\n"
     "  --check       list the files that would change; exit 1 if any\n"
     "  -w, --write   rewrite the files in place (atomically, only when changed)\n"
     "\n"
     "A file with syntax errors is never formatted: its diagnostics are printed.\n"
     "exit status: 0 formatted, 1 would reformat (--check), 2 syntax errors or trouble.\n"},
    {"dump",
     "usage: stratc dump FILE\n"
     "\n"
     "Prints the resolved model as JSON (shape: doc/dump.md).  Dates are ISO,\n"
     "the last day of the interval written; a period's start is its first day.\n"
     "\n"
     "exit status: 0 written, 1 the file has errors, 2 usage or I/O trouble.\n"},
};

void help_overview(FILE *out) { fputs(OVERVIEW, out); }

int help_command(const char *cmd, FILE *out)
{
    for (size_t i = 0; i < sizeof HELPS / sizeof *HELPS; i++) {
        if (strcmp(HELPS[i].cmd, cmd) == 0) {
            fputs(HELPS[i].text, out);
            return EXIT_OK;
        }
    }
    fprintf(stderr, "stratc: error: no help for unknown command '%s'\n", cmd);
    return EXIT_TROUBLE;
}
