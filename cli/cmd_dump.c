/* cmd_dump.c - `stratc dump FILE`: the resolved model as JSON. */
#include "cli.h"
#include "dump.h"

#include <stdio.h>

int cmd_dump(int argc, char **argv)
{
    Cli c;
    cli_init(&c, "dump");
    static const struct option opts[] = {CLI_COMMON_LONGOPTS, {0, 0, 0, 0}};
    int o;
    while ((o = getopt_long(argc, argv, "", opts, NULL)) != -1) {
        int r = cli_common_option(&c, o, optarg);
        if (r == -1) return cli_bad_option(&c, argv, opts);
        if (r != EXIT_OK) return r;
    }
    if (argc - optind != 1) return cli_usage_error(&c, "dump takes one FILE");

    Strat s;
    strat_init(&s, &c.sopt);
    Model *m = strat_load(&s, argv[optind]);
    int rc;
    if (s.io_errors) rc = EXIT_TROUBLE;
    else if (!m || s.diags.errors) rc = EXIT_FINDINGS;
    else {
        dump_model(m, stdout);     /* main() checks that it was written */
        rc = EXIT_OK;
    }
    cli_print_diags(&c, &s);
    strat_fini(&s);
    return rc;
}
