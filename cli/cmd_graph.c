/* cmd_graph.c - `stratc graph`: the logic model as a picture (doc/graph.md).
 *
 *   stratc graph [--format=dot|mermaid|svg] [--by=sector|viewpoint]
 *                [--as-of=D] [--lang=ja|en] [-o OUT] FILE */
#include "i18n.h"
#include "cli.h"
#include "eval.h"
#include "graph.h"
#include "outfile.h"

#include <stdlib.h>
#include <string.h>

typedef enum { GF_DOT, GF_MERMAID, GF_SVG } GraphFormat;

static bool write_graph(const Graph *g, GraphFormat fmt, FILE *f)
{
    if (fmt == GF_DOT) return graph_write_dot(g, f);
    return graph_write_mermaid(g, f);
}

typedef struct Drawn {
    const Graph *g;
    GraphFormat fmt;
    const char *svg;            /* already rendered, or NULL: DOT or Mermaid */
    size_t svglen;
} Drawn;

static bool write_drawn(FILE *f, void *arg)
{
    const Drawn *d = arg;
    return d->svg ? fwrite(d->svg, 1, d->svglen, f) == d->svglen : write_graph(d->g, d->fmt, f);
}

/* DOT or Mermaid, or the SVG already rendered, to OUT or stdout. */
static int emit(const Cli *c, const Drawn *d, const char *out_path)
{
    return cli_write_output(c, out_path, N_("cannot write the graph to standard output"), write_drawn,
                            (void *)d);
}

static int render(const Cli *c, const Graph *g, GraphFormat fmt, const char *out_path)
{
    if (fmt != GF_SVG) return emit(c, &(Drawn){g, fmt, NULL, 0}, out_path);
    char *svg, err[512];
    size_t len;
    if (!graph_svg(g, true, &svg, &len, err, sizeof err)) {
        cli_error("stratc graph", DIAG_TEXT, err);
        return EXIT_TROUBLE;
    }
    int rc = emit(c, &(Drawn){g, fmt, svg, len}, out_path);
    free(svg);
    return rc;
}

int cmd_graph(int argc, char **argv)
{
    Cli c;
    cli_init(&c, "graph");
    GraphFormat fmt = GF_DOT;
    GraphOptions go = {.by = GRAPH_BY_SECTOR, .ja = true};
    const char *out_path = NULL;
    static const struct option opts[] = {
        CLI_COMMON_LONGOPTS,
        {"format", required_argument, NULL, OPT_FORMAT},
        {"as-of", required_argument, NULL, OPT_AS_OF},
        {"by", required_argument, NULL, OPT_BY},
        {"output", required_argument, NULL, 'o'},
        {0, 0, 0, 0}};
    int o;
    while ((o = getopt_long(argc, argv, "o:", opts, NULL)) != -1) {
        switch (o) {
        case OPT_FORMAT:
            if (strcmp(optarg, "dot") == 0) fmt = GF_DOT;
            else if (strcmp(optarg, "mermaid") == 0) fmt = GF_MERMAID;
            else if (strcmp(optarg, "svg") == 0) fmt = GF_SVG;
            else return cli_usage_error(&c, "--format takes dot, mermaid or svg, not '%s'", optarg);
            break;
        case OPT_AS_OF: c.as_of = optarg; break;
        case OPT_BY:
            if (strcmp(optarg, "sector") == 0) go.by = GRAPH_BY_SECTOR;
            else if (strcmp(optarg, "viewpoint") == 0) go.by = GRAPH_BY_VIEWPOINT;
            else return cli_usage_error(&c, "--by takes sector or viewpoint, not '%s'", optarg);
            break;
        case 'o': out_path = optarg; break;
        default: {
            int r = cli_common_option(&c, o, optarg);
            if (r == -1) return cli_bad_option(&c, argv, opts);
            if (r != EXIT_OK) return r;
        }
        }
    }
    if (argc - optind != 1) return cli_usage_error(&c, "graph takes one FILE");
    go.ja = cli_lang_ja(&c, true);

    Strat s;
    strat_init(&s, &c.sopt);
    Model *m = strat_load(&s, argv[optind]);
    int rc;
    ReportDate rd;
    if (s.io_errors) rc = EXIT_TROUBLE;
    else if (!m || s.diags.errors) rc = EXIT_FINDINGS;
    else if ((rc = cli_report_date(&c, m, &rd)) == EXIT_OK) {
        Graph g;
        graph_of_model(&g, evaluate(m, rd.day, &s.arena), &go);
        rc = render(&c, &g, fmt, out_path);
        graph_free(&g);
    }
    cli_print_diags(&c, &s);
    strat_fini(&s);
    return rc;
}
