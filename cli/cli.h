/* cli.h - what every subcommand shares: options, loading, diagnostics, exits. */
#ifndef STRAT_CLI_H
#define STRAT_CLI_H

#include <getopt.h>
#include <stdbool.h>
#include <stdio.h>
#include "diag.h"
#include "reportdate.h"
#include "strat.h"

#ifndef STRATC_VERSION
#define STRATC_VERSION "0.1.0"
#endif

enum { EXIT_OK = 0, EXIT_FINDINGS = 1, EXIT_TROUBLE = 2 };

enum {                      /* long-option codes shared by the commands */
    OPT_COLOR = 1000, OPT_ENCODING, OPT_STRICT, OPT_INCLUDE_PATH, OPT_FORMAT, OPT_AS_OF,
    OPT_WERROR, OPT_LANG, OPT_BY, OPT_BOM, OPT_CHECK, OPT_MAX_ERRORS, OPT_GIT_DRIVER,
    OPT_HELP, OPT_DIAG_FORMAT, OPT_TEMPLATE, OPT_NO_GRAPH, OPT_NO_ALLOW
};

#define CLI_COMMON_LONGOPTS                                              \
    {"color", required_argument, NULL, OPT_COLOR},                       \
    {"colour", required_argument, NULL, OPT_COLOR},                      \
    {"input-encoding", required_argument, NULL, OPT_ENCODING},           \
    {"strict", no_argument, NULL, OPT_STRICT},                           \
    {"include-path", required_argument, NULL, OPT_INCLUDE_PATH},         \
    {"diagnostics-format", required_argument, NULL, OPT_DIAG_FORMAT},   \
    {"lang", required_argument, NULL, OPT_LANG},                         \
    {"help", no_argument, NULL, OPT_HELP}

typedef struct Cli {
    const char *cmd;            /* "check" */
    ColorMode color;
    StratOptions sopt;
    const char *include_paths[64];
    const char *as_of;          /* --as-of, parsed against the model's fiscal year */
    const char *lang;           /* --lang=ja|en, or NULL (main() chose the messages' language) */
    bool diag_json;             /* --diagnostics-format=json: diagnostics as JSON on stderr */
} Cli;

void cli_init(Cli *c, const char *cmd);
/* A command's result when it has done all it was asked (it printed its
 * --help): main() exits 0. */
enum { CLI_DONE = -2 };

/* Handles a shared option; returns -1 if opt is not one, CLI_DONE after
 * --help, else an exit code (EXIT_OK to continue, or EXIT_TROUBLE after a
 * usage message).  A command returns anything but -1 and EXIT_OK as it is. */
int  cli_common_option(Cli *c, int opt, const char *arg);
/* fmt is an English msgid, translated here (xgettext --keyword=cli_usage_error:2). */
int  cli_usage_error(const Cli *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* "WHO: error: MESSAGE" on stderr (WHO "stratc" or "stratc diff"); fmt is an
 * English msgid, translated here (xgettext --keyword=cli_error:2). */
void cli_error(const char *who, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Whatever a command wrote to standard output reached it: false, after one
 * message, when a write failed (a full disk), however long ago; the error
 * is then cleared, so that it is told once.  main() asks after every
 * command, so a report that was lost never exits 0. */
bool cli_stdout_ok(void);

/* What a command writes: to standard output when out is NULL or "-", else
 * to the file out, atomically (outfile.h).  write(f, arg) writes it and says
 * whether it could; stdout_msg (an N_() msgid) is the error when standard
 * output fails.  EXIT_OK, or EXIT_TROUBLE after a message. */
typedef bool CliWriter(FILE *f, void *arg);
int  cli_write_output(const Cli *c, const char *out, const char *stdout_msg, CliWriter *write, void *arg);

/* The language --lang chose for what a command writes (tables, pictures,
 * templates): true for Japanese; dflt when --lang was not given. */
bool cli_lang_ja(const Cli *c, bool dflt);
/* getopt_long's own complaint was printed; add the hint and return 2. */
/* After getopt_long's complaint about argv[optind - 1]: the nearest long
 * option of opts, if one is near, then where to find help. */
int  cli_bad_option(const Cli *c, char **argv, const struct option *opts);

/* Prints collected diagnostics to stderr: gcc form with the summary line, or
 * the JSON document of `check --format=json` with --diagnostics-format=json. */
void cli_print_diags(const Cli *c, Strat *s);

/* --as-of=D in any date form; the fiscal year is the model's.  Returns 0 when
 * no --as-of was given, 1 with *out set, -1 (after a message) if D is not a date. */
int  cli_as_of(const Cli *c, const Model *m, DayNum *out);

/* The report date of m (reportdate.h): --as-of, the file's as_of, or today
 * from the clock (SOURCE_DATE_EPOCH, TZ).  EXIT_OK, or EXIT_TROUBLE after a
 * message. */
int  cli_report_date(const Cli *c, const Model *m, ReportDate *out);

int  help_command(const char *cmd, FILE *out);   /* stratc help CMD */
void help_overview(FILE *out);

/* The commands. */
int cmd_check(int argc, char **argv);
int cmd_report(int argc, char **argv);
int cmd_diff(int argc, char **argv);
int cmd_fmt(int argc, char **argv);
int cmd_dump(int argc, char **argv);
int cmd_import(int argc, char **argv);
int cmd_lsp(int argc, char **argv);
int cmd_init(int argc, char **argv);
int cmd_graph(int argc, char **argv);

#endif
