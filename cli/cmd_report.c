/* cmd_report.c - `stratc report`: the progress table of a strategy. */
#include "cli.h"
#include "eval.h"
#include "outfile.h"
#include "report.h"

#include <string.h>
#include <time.h>

static DayNum today(void)
{
    time_t now = time(NULL);
    struct tm tm;
    gmtime_r(&now, &tm);
    return days_from_civil(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}

/* The report date: --as-of, else the file's as_of, else today. */
static int report_date(const Cli *c, const Model *m, DayNum *d, ReportOptions *ro)
{
    int r = cli_as_of(c, m, d);
    if (r < 0) return EXIT_TROUBLE;
    if (r > 0) {
        ro->as_of_source = ASOF_OPTION;
    } else if (m->as_of_item && m->as_of_item->u.per.a.valid) {
        *d = m->as_of;
        ro->as_of_source = ASOF_FILE;
    } else {
        *d = today();
        ro->as_of_source = ASOF_TODAY;
    }
    return EXIT_OK;
}

static int write_report(const Evaluation *ev, const ReportOptions *ro, const char *out_path)
{
    if (!out_path || strcmp(out_path, "-") == 0) {
        bool ok = report_write(ev, ro, stdout);
        if (fflush(stdout) != 0 || !ok) {
            fprintf(stderr, "stratc report: error: cannot write the report to standard output\n");
            return EXIT_TROUBLE;
        }
        return EXIT_OK;
    }
    OutFile of;
    if (!outfile_open(&of, out_path)) return EXIT_TROUBLE;
    if (!report_write(ev, ro, of.f)) {
        fprintf(stderr, "stratc report: error: cannot write '%s'\n", out_path);
        outfile_abort(&of);
        return EXIT_TROUBLE;
    }
    return outfile_commit(&of) ? EXIT_OK : EXIT_TROUBLE;
}

int cmd_report(int argc, char **argv)
{
    Cli c;
    cli_init(&c, "report");
    ReportOptions ro = {.format = RF_TEXT, .by = RB_PROJECT, .ja = true};
    const char *out_path = NULL;
    static const struct option opts[] = {
        CLI_COMMON_LONGOPTS,
        {"format", required_argument, NULL, OPT_FORMAT},
        {"as-of", required_argument, NULL, OPT_AS_OF},
        {"by", required_argument, NULL, OPT_BY},
        {"lang", required_argument, NULL, OPT_LANG},
        {"bom", no_argument, NULL, OPT_BOM},
        {"output", required_argument, NULL, 'o'},
        {0, 0, 0, 0}};
    int o;
    while ((o = getopt_long(argc, argv, "o:", opts, NULL)) != -1) {
        switch (o) {
        case OPT_FORMAT:
            if (!report_format_from_name(optarg, &ro.format))
                return cli_usage_error(&c, "--format takes text, md, csv, json or html, not '%s'", optarg);
            break;
        case OPT_AS_OF: c.as_of = optarg; break;
        case OPT_BY:
            if (!report_by_from_name(optarg, &ro.by))
                return cli_usage_error(&c, "--by takes project, sector or viewpoint, not '%s'", optarg);
            break;
        case OPT_LANG:
            if (strcmp(optarg, "ja") == 0) ro.ja = true;
            else if (strcmp(optarg, "en") == 0) ro.ja = false;
            else return cli_usage_error(&c, "--lang takes ja or en, not '%s'", optarg);
            break;
        case OPT_BOM: ro.bom = true; break;
        case 'o': out_path = optarg; break;
        default: {
            int r = cli_common_option(&c, o, optarg);
            if (r == -1) return cli_bad_option(&c, argv, opts);
            if (r != EXIT_OK) return r;
        }
        }
    }
    if (argc - optind != 1) return cli_usage_error(&c, "report takes one FILE");
    if (ro.bom && ro.format != RF_CSV) return cli_usage_error(&c, "--bom applies to --format=csv only");

    Strat s;
    strat_init(&s, &c.sopt);
    Model *m = strat_load(&s, argv[optind]);
    int rc;
    DayNum as_of = 0;
    if (s.io_errors) rc = EXIT_TROUBLE;
    else if (!m || s.diags.errors) rc = EXIT_FINDINGS;
    else if ((rc = report_date(&c, m, &as_of, &ro)) == EXIT_OK) {
        /* Colour only for a terminal that is where the table goes. */
        ro.color = ro.format == RF_TEXT && !out_path && color_wanted(c.color, stdout);
        Evaluation *ev = evaluate(m, as_of, &s.arena);
        rc = write_report(ev, &ro, out_path);
    }
    cli_print_diags(&c, &s);
    strat_fini(&s);
    return rc;
}
