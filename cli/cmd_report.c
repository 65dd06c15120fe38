/* cmd_report.c - `stratc report`: the progress table of a strategy. */
#include "cli.h"
#include "eval.h"
#include "graph.h"
#include "i18n.h"
#include "outfile.h"
#include "report.h"

#include <stdlib.h>
#include <string.h>

/* The logic model for the html (SVG) and md (Mermaid) reports, into
 * ro->picture (malloc'd, *buf: the caller frees it).  A picture that
 * cannot be drawn is left out with a warning: the tables still stand. */
static void draw_picture(const Evaluation *ev, ReportOptions *ro, char **buf)
{
    *buf = NULL;
    if (ro->format != RF_HTML && ro->format != RF_MD) return;
    const Model *m = ev->model;
    if (1 + (size_t)m->nviewpoints + m->nsectors + m->nprojects + m->nindicators > GRAPH_REPORT_MAX_NODES) {
        ro->picture_omitted = true;     /* not even built: a million indicators stay fast */
        return;
    }
    GraphOptions go = {.by = ro->by == RB_VIEWPOINT ? GRAPH_BY_VIEWPOINT : GRAPH_BY_SECTOR, .ja = ro->ja};
    Graph g;
    graph_of_model(&g, ev, &go);
    if (ro->format == RF_HTML) {
        char err[512];
        size_t len;
        if (graph_svg(&g, false, buf, &len, err, sizeof err)) {
            ro->picture = *buf;
            ro->picture_len = len;
        } else {
            fputs("stratc report: warning: ", stderr);   /* the severity word stays English */
            fprintf(stderr, _("the logic model is left out: %s"), err);
            fputc('\n', stderr);
        }
    } else {
        size_t len = 0;
        FILE *mem = open_memstream(buf, &len);
        if (mem) {
            bool ok = graph_write_mermaid(&g, mem);
            if (fclose(mem) == 0 && ok) {
                ro->picture = *buf;
                ro->picture_len = len;
            }
        }
    }
    graph_free(&g);
}

static int write_report(const Evaluation *ev, const ReportOptions *ro, const char *out_path)
{
    if (!out_path || strcmp(out_path, "-") == 0) {
        bool ok = report_write(ev, ro, stdout);
        if (fflush(stdout) != 0 || !ok) {
            cli_error("stratc report", "cannot write the report to standard output");
            return EXIT_TROUBLE;
        }
        return EXIT_OK;
    }
    OutFile of;
    if (!outfile_open(&of, out_path)) return EXIT_TROUBLE;
    if (!report_write(ev, ro, of.f)) {
        cli_error("stratc report", "cannot write '%s'", out_path);
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
    bool picture = true;
    static const struct option opts[] = {
        CLI_COMMON_LONGOPTS,
        {"format", required_argument, NULL, OPT_FORMAT},
        {"as-of", required_argument, NULL, OPT_AS_OF},
        {"by", required_argument, NULL, OPT_BY},
        {"bom", no_argument, NULL, OPT_BOM},
        {"output", required_argument, NULL, 'o'},
        {"no-graph", no_argument, NULL, OPT_NO_GRAPH},
        {0, 0, 0, 0}};
    int o;
    while ((o = getopt_long(argc, argv, "o:", opts, NULL)) != -1) {
        switch (o) {
        case OPT_NO_GRAPH: picture = false; break;
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
            if (r == -1) return cli_bad_option(&c);
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
    ReportDate rd;
    if (s.io_errors) rc = EXIT_TROUBLE;
    else if (!m || s.diags.errors) rc = EXIT_FINDINGS;
    else if ((rc = cli_report_date(&c, m, &rd)) == EXIT_OK) {
        ro.as_of_source = rd.from;
        /* Colour only for a terminal that is where the table goes. */
        ro.color = ro.format == RF_TEXT && !out_path && color_wanted(c.color, stdout);
        Evaluation *ev = evaluate(m, rd.day, &s.arena);
        char *pic = NULL;
        if (picture) draw_picture(ev, &ro, &pic);
        rc = write_report(ev, &ro, out_path);
        free(pic);
    }
    cli_print_diags(&c, &s);
    strat_fini(&s);
    return rc;
}
