/* cmd_check.c - `stratc check FILE|DIR...`: diagnostics for CI.
 *
 * Each file is loaded (front-end diagnostics), then checked (runtime/check.h);
 * everything is sorted by file, line and column and printed in one of six
 * forms.  A directory stands for the .strat files below it (inputs.h).  The
 * exit status follows GNU diff and shellcheck: 0 no errors, 1 errors (warnings too under
 * --werror), 2 usage or unreadable files. */
#include "check.h"
#include "cli.h"
#include "gitlab.h"
#include "inputs.h"
#include "junit.h"
#include "i18n.h"
#include "sarif.h"
#include "xalloc.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

typedef enum { FMT_GCC, FMT_JSON, FMT_GITHUB, FMT_SARIF, FMT_GITLAB, FMT_JUNIT } CheckFormat;

/* --max-errors=N: how many of the sorted findings to print so that at most N
 * errors appear (the counts and the exit status still cover them all). */
static size_t shown_for(const Diags *d, long max_errors)
{
    if (max_errors <= 0) return d->n;
    long seen = 0;
    for (size_t i = 0; i < d->n; i++)
        if (d->items[i]->sev == SEV_ERROR && ++seen == max_errors) return i + 1;
    return d->n;
}

int cmd_check(int argc, char **argv)
{
    Cli c;
    cli_init(&c, "check");
    CheckFormat fmt = FMT_GCC;
    bool werror = false, no_allow = false;
    long max_errors = 0;
    static const struct option opts[] = {
        CLI_COMMON_LONGOPTS,
        {"format", required_argument, NULL, OPT_FORMAT},
        {"werror", no_argument, NULL, OPT_WERROR},
        {"as-of", required_argument, NULL, OPT_AS_OF},
        {"max-errors", required_argument, NULL, OPT_MAX_ERRORS},
        {"no-allow", no_argument, NULL, OPT_NO_ALLOW},
        {0, 0, 0, 0}};
    int o;
    while ((o = getopt_long(argc, argv, "", opts, NULL)) != -1) {
        switch (o) {
        case OPT_FORMAT:
            if (strcmp(optarg, "gcc") == 0 || strcmp(optarg, "text") == 0) fmt = FMT_GCC;
            else if (strcmp(optarg, "json") == 0) fmt = FMT_JSON;
            else if (strcmp(optarg, "github") == 0) fmt = FMT_GITHUB;
            else if (strcmp(optarg, "sarif") == 0) fmt = FMT_SARIF;
            else if (strcmp(optarg, "gitlab") == 0) fmt = FMT_GITLAB;
            else if (strcmp(optarg, "junit") == 0) fmt = FMT_JUNIT;
            else return cli_usage_error(&c, "unknown format '%s' (gcc, json, github, sarif, gitlab, junit)",
                                        optarg);
            break;
        case OPT_WERROR: werror = true; break;
        case OPT_NO_ALLOW: no_allow = true; break;
        case OPT_AS_OF: c.as_of = optarg; break;
        case OPT_MAX_ERRORS: {
            char *end;
            errno = 0;
            max_errors = strtol(optarg, &end, 10);
            if (errno || end == optarg || *end || max_errors < 0)
                return cli_usage_error(&c, "--max-errors takes a number of errors (0: no limit), not '%s'",
                                       optarg);
            break;
        }
        default: {
            int r = cli_common_option(&c, o, optarg);
            if (r == -1) return cli_bad_option(&c, argv, opts);
            if (r != EXIT_OK) return r;
        }
        }
    }
    if (optind >= argc) return cli_usage_error(&c, "check needs at least one FILE or DIR");

    Strat s;
    strat_init(&s, &c.sopt);
    s.diags.werror = werror;
    PathList files = {0};
    inputs_expand(&s, argv + optind, argc - optind, true, &files);
    JunitCase *cases = xcalloc(files.n + 1, sizeof *cases);
    for (size_t i = 0; i < files.n; i++) {
        CheckOptions co = {.first_diag = s.diags.n, .no_allow = no_allow};
        cases[i] = (JunitCase){files.v[i], s.diags.n, s.diags.n};
        Model *m = strat_load(&s, files.v[i]);
        cases[i].end = s.diags.n;
        if (!m) continue;
        if (cli_report_date(&c, m, &co.date) != EXIT_OK) {
            free(cases);
            pathlist_free(&files);
            strat_fini(&s);
            return EXIT_TROUBLE;
        }
        check_model(&s, m, &co);
        cases[i].end = s.diags.n;
    }
    diag_sort(&s.diags);
    Diags shown = s.diags;
    shown.n = shown_for(&s.diags, max_errors);
    switch (fmt) {
    case FMT_GCC: {
        DiagStyle st = {.color = color_wanted(c.color, stderr)};
        diag_print_text(&shown, stderr, st);
        if (shown.n < s.diags.n)
        {
            fputs("stratc: note: ", stderr);
            fprintf(stderr, _n("stopped after %ld error (--max-errors)", "stopped after %ld errors (--max-errors)",
                               (unsigned long)max_errors), max_errors);
            fputc('\n', stderr);
        }
        diag_print_summary(&s.diags, stderr);
        break;
    }
    case FMT_JSON:   diag_print_json(&shown, stdout); break;
    case FMT_GITHUB: diag_print_github(&shown, stdout); break;
    case FMT_SARIF:  sarif_print(&shown, stdout); break;
    case FMT_GITLAB: gitlab_print(&shown, stdout); break;
    /* Every error, whatever --max-errors: a file with errors never passes. */
    case FMT_JUNIT:  junit_print(&s.diags, cases, files.n, stdout); break;
    }
    free(cases);
    pathlist_free(&files);
    int rc = s.io_errors ? EXIT_TROUBLE : s.diags.errors ? EXIT_FINDINGS : EXIT_OK;
    strat_fini(&s);
    return rc;
}
