/* cmd_check.c - `stratc check FILE...`: diagnostics for CI. */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

typedef enum { FMT_GCC, FMT_JSON, FMT_GITHUB, FMT_SARIF } CheckFormat;

int cmd_check(int argc, char **argv)
{
    Cli c;
    cli_init(&c, "check");
    CheckFormat fmt = FMT_GCC;
    bool werror = false;
    static const struct option opts[] = {
        CLI_COMMON_LONGOPTS,
        {"format", required_argument, NULL, OPT_FORMAT},
        {"werror", no_argument, NULL, OPT_WERROR},
        {"as-of", required_argument, NULL, OPT_AS_OF},
        {0, 0, 0, 0}};
    int o;
    while ((o = getopt_long(argc, argv, "", opts, NULL)) != -1) {
        switch (o) {
        case OPT_FORMAT:
            if (strcmp(optarg, "gcc") == 0 || strcmp(optarg, "text") == 0) fmt = FMT_GCC;
            else if (strcmp(optarg, "json") == 0) fmt = FMT_JSON;
            else if (strcmp(optarg, "github") == 0) fmt = FMT_GITHUB;
            else return cli_usage_error(&c, "unknown format '%s' (gcc, json, github)", optarg);
            break;
        case OPT_WERROR: werror = true; break;
        case OPT_AS_OF: c.as_of = optarg; break;
        default: {
            int r = cli_common_option(&c, o, optarg);
            if (r == -1) return cli_bad_option(&c);
            if (r != EXIT_OK) return r;
        }
        }
    }
    if (optind >= argc) return cli_usage_error(&c, "check needs at least one FILE");

    Strat s;
    strat_init(&s, &c.sopt);
    s.diags.werror = werror;
    for (int i = optind; i < argc; i++) {
        Model *m = strat_load(&s, argv[i]);
        DayNum as_of;
        if (m && cli_as_of(&c, m, &as_of) < 0) { strat_fini(&s); return EXIT_TROUBLE; }
    }
    diag_sort(&s.diags);
    switch (fmt) {
    case FMT_GCC:    cli_print_diags(&c, &s); break;
    case FMT_JSON:   diag_print_json(&s.diags, stdout); break;
    case FMT_GITHUB: diag_print_github(&s.diags, stdout); break;
    case FMT_SARIF:  break;
    }
    int rc = s.io_errors ? EXIT_TROUBLE : s.diags.errors ? EXIT_FINDINGS : EXIT_OK;
    strat_fini(&s);
    return rc;
}
