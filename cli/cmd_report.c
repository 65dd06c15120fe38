/* cmd_report.c - `stratc report`: the progress table of a strategy. */
#include "cli.h"
#include "eval.h"
#include "graph.h"
#include "i18n.h"
#include "outfile.h"
#include "report.h"
#include "xalloc.h"

#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

/* Options of this command alone. */
enum { OPT_NO_BOM = 1100, OPT_OUT_ENCODING, OPT_WIDTH };

/* The narrowest text report: a heading and a value side by side. */
enum { MIN_WIDTH = 20 };

/* A width in display columns: a whole number, 0 for no limit. */
static bool parse_width(const char *s, size_t *out)
{
    char *end;
    if (!*s || *s == '-' || *s == '+') return false;
    unsigned long v = strtoul(s, &end, 10);
    if (*end || v > 100000 || (v != 0 && v < MIN_WIDTH)) return false;
    *out = v;
    return true;
}

/* The text report's width when --width is not given: COLUMNS, else the
 * terminal's when standard output is one, else no limit. */
static size_t default_width(const char *out_path)
{
    size_t w;
    const char *cols = getenv("COLUMNS");
    if (cols && parse_width(cols, &w)) return w;
    if (cols && *cols && atoi(cols) > 0) return MIN_WIDTH;     /* narrower than we go */
    struct winsize ws;
    if (!out_path && isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col)
        return ws.ws_col < MIN_WIDTH ? MIN_WIDTH : ws.ws_col;
    return 0;
}

/* A workbook goes to a file by name: a temporary beside OUT, renamed. */
static int write_workbook(const ReportPart *parts, size_t n, const ReportOptions *ro, const char *out_path)
{
    OutFile of;
    if (!outfile_open(&of, out_path)) return EXIT_TROUBLE;
    if (!(n == 1 ? report_write_file(parts[0].ev, ro, of.tmp)
                 : report_write_portfolio_file(parts, n, ro, of.tmp))) {
        cli_error("stratc report", "cannot write '%s'", out_path);
        outfile_abort(&of);
        return EXIT_TROUBLE;
    }
    return outfile_commit(&of) ? EXIT_OK : EXIT_TROUBLE;
}

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

typedef struct Written {
    const ReportPart *parts;
    size_t n;
    const ReportOptions *ro;
} Written;

static bool write_parts(FILE *f, void *arg)
{
    const Written *w = arg;
    return w->n == 1 ? report_write(w->parts[0].ev, w->ro, f) : report_write_portfolio(w->parts, w->n, w->ro, f);
}

static int write_report(const Cli *c, const ReportPart *parts, size_t n, const ReportOptions *ro,
                        const char *out_path)
{
    if (report_format_needs_file(ro->format)) return write_workbook(parts, n, ro, out_path);
    Written w = {parts, n, ro};
    return cli_write_output(c, out_path, N_("cannot write the report to standard output"), write_parts, &w);
}

int cmd_report(int argc, char **argv)
{
    Cli c;
    cli_init(&c, "report");
    ReportOptions ro = {.format = RF_TEXT, .by = RB_PROJECT, .ja = true};
    const char *out_path = NULL;
    bool bom_set = false, width_set = false, picture = true;
    static const struct option opts[] = {
        CLI_COMMON_LONGOPTS,
        {"format", required_argument, NULL, OPT_FORMAT},
        {"as-of", required_argument, NULL, OPT_AS_OF},
        {"by", required_argument, NULL, OPT_BY},
        {"bom", no_argument, NULL, OPT_BOM},
        {"no-bom", no_argument, NULL, OPT_NO_BOM},
        {"encoding", required_argument, NULL, OPT_OUT_ENCODING},
        {"width", required_argument, NULL, OPT_WIDTH},
        {"output", required_argument, NULL, 'o'},
        {"no-graph", no_argument, NULL, OPT_NO_GRAPH},
        {0, 0, 0, 0}};
    int o;
    while ((o = getopt_long(argc, argv, "o:", opts, NULL)) != -1) {
        switch (o) {
        case OPT_NO_GRAPH: picture = false; break;
        case OPT_FORMAT:
            if (!report_format_from_name(optarg, &ro.format))
                return cli_usage_error(&c, "--format takes text, md, csv, json, html or xlsx, not '%s'", optarg);
            break;
        case OPT_AS_OF: c.as_of = optarg; break;
        case OPT_BY:
            if (!report_by_from_name(optarg, &ro.by))
                return cli_usage_error(&c, "--by takes project, sector or viewpoint, not '%s'", optarg);
            break;
        case OPT_BOM: ro.bom = bom_set = true; break;
        case OPT_NO_BOM: ro.bom = false; bom_set = true; break;
        case OPT_OUT_ENCODING:
            if (strcmp(optarg, "cp932") == 0 || strcmp(optarg, "CP932") == 0 || strcmp(optarg, "sjis") == 0 ||
                strcmp(optarg, "shift_jis") == 0) ro.cp932 = true;
            else if (strcmp(optarg, "utf-8") == 0 || strcmp(optarg, "UTF-8") == 0 || strcmp(optarg, "utf8") == 0)
                ro.cp932 = false;
            else return cli_usage_error(&c, "--encoding takes utf-8 or cp932, not '%s'", optarg);
            break;
        case OPT_WIDTH:
            if (!parse_width(optarg, &ro.width))
                return cli_usage_error(&c, "--width takes 0 (no limit) or a number of columns from 20, not '%s'",
                                       optarg);
            width_set = true;
            break;
        case 'o': out_path = optarg; break;
        default: {
            int r = cli_common_option(&c, o, optarg);
            if (r == -1) return cli_bad_option(&c, argv, opts);
            if (r != EXIT_OK) return r;
        }
        }
    }
    ro.ja = cli_lang_ja(&c, true);      /* the tables' language, Japanese unless --lang=en */
    size_t nfiles = (size_t)(argc - optind);
    if (nfiles < 1) return cli_usage_error(&c, "report takes one FILE or more");
    if (bom_set && ro.format != RF_CSV) return cli_usage_error(&c, "--bom and --no-bom apply to --format=csv only");
    if (ro.cp932 && ro.format != RF_CSV) return cli_usage_error(&c, "--encoding applies to --format=csv only");
    if (ro.cp932 && bom_set && ro.bom) return cli_usage_error(&c, "--bom is for UTF-8: CP932 has no byte order mark");
    if (width_set && ro.format != RF_TEXT) return cli_usage_error(&c, "--width applies to --format=text only");
    if (report_format_needs_file(ro.format) && (!out_path || strcmp(out_path, "-") == 0))
        return cli_usage_error(&c, "--format=xlsx writes a workbook file: name it with -o FILE");
    /* UTF-8 CSV is for Excel, which reads it as the local code page
     * without a byte order mark: on unless --no-bom. */
    if (ro.format == RF_CSV && !bom_set && !ro.cp932) ro.bom = true;
    if (ro.format == RF_TEXT && !width_set) ro.width = default_width(out_path);
    /* Colour only for a terminal that is where the table goes. */
    ro.color = ro.format == RF_TEXT && !out_path && color_wanted(c.color, stdout);
    uint32_t unmapped = 0;
    ro.unmapped = &unmapped;

    /* Each strategy in its own session, evaluated at its own report date. */
    Strat *ss = xcalloc(nfiles, sizeof *ss);
    ReportPart *parts = xcalloc(nfiles, sizeof *parts);
    int rc = EXIT_OK;
    for (size_t i = 0; i < nfiles; i++) {
        Strat *s = &ss[i];
        strat_init(s, &c.sopt);
        Model *m = strat_load(s, argv[optind + (int)i]);
        int r = EXIT_OK;
        ReportDate rd;
        if (s->io_errors) r = EXIT_TROUBLE;
        else if (!m || s->diags.errors) r = EXIT_FINDINGS;
        else if ((r = cli_report_date(&c, m, &rd)) == EXIT_OK) {
            parts[i].ev = evaluate(m, rd.day, &s->arena);
            parts[i].as_of_source = rd.from;
        }
        cli_print_diags(&c, s);
        if (r > rc) rc = r;
    }
    if (rc == EXIT_OK) {
        ro.as_of_source = parts[0].as_of_source;
        /* The picture is one strategy's: a portfolio has none. */
        char *pic = NULL;
        if (picture && nfiles == 1) draw_picture(parts[0].ev, &ro, &pic);
        rc = write_report(&c, parts, nfiles, &ro, out_path);
        free(pic);
        if (unmapped) {
            fputs("stratc report: warning: ", stderr);
            fprintf(stderr, _n("%u character with no CP932 form written as '?'",
                               "%u characters with no CP932 form written as '?'", unmapped), unmapped);
            fputc('\n', stderr);
        }
    }
    for (size_t i = 0; i < nfiles; i++) strat_fini(&ss[i]);
    free(ss);
    free(parts);
    return rc;
}
