/* cmd_import.c - `stratc import [-w] [--replace] [--sheet=NAME]
 * [--input-encoding=E] DATA PLAN`: a department's actual values, from a
 * CSV, TSV or xlsx file, into a plan (doc/import.md).
 *
 * Without -w the updated plan goes to stdout; with -w the plan is
 * rewritten atomically (outfile.h), only when it changes.  On any error
 * nothing is written: diagnostics go to stderr and the exit status is 1
 * (2 for usage or I/O trouble).  What was done goes to stderr. */
#include "i18n.h"
#include "cli.h"
#include "csv.h"
#include "import.h"
#include "layout.h"
#include "outfile.h"
#include "sheet.h"
#include "xlsx.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

enum { OPT_REPLACE = 1100, OPT_SHEET };

typedef enum { DATA_CSV, DATA_TSV, DATA_XLSX, DATA_UNKNOWN } DataKind;

static DataKind data_kind(const char *path)
{
    const char *dot = strrchr(path, '.');
    if (!dot || strchr(dot, '/')) return DATA_UNKNOWN;
    if (strcasecmp(dot, ".csv") == 0) return DATA_CSV;
    if (strcasecmp(dot, ".tsv") == 0) return DATA_TSV;
    if (strcasecmp(dot, ".xlsx") == 0) return DATA_XLSX;
    return DATA_UNKNOWN;
}

typedef struct ImportCmd {
    bool write;
    ImportOptions opt;
    const char *sheet, *encoding, *data, *plan;
} ImportCmd;

/* The loader drops a byte order mark; a rewritten plan keeps it. */
static bool starts_with_bom(const char *path)
{
    if (strcmp(path, "-") == 0) return false;
    FILE *f = fopen(path, "rb");
    if (!f) return false;
    unsigned char b[3] = {0, 0, 0};
    bool bom = fread(b, 1, 3, f) == 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF;
    fclose(f);
    return bom;
}

/* The edited plan must read back without errors: an import never leaves a
 * plan that no longer compiles. */
static bool reads_back(const Cli *c, const char *path, const char *text, size_t len)
{
    Strat t;
    strat_init(&t, &c->sopt);
    Model *m = strat_load_bytes(&t, path, text, len);
    bool ok = m && t.diags.errors == 0;
    if (!ok) {
        fprintf(stderr, "stratc: internal error: %s\n",
                _("the imported plan does not read back; nothing was written"));
        cli_print_diags(c, &t);
    }
    strat_fini(&t);
    return ok;
}

static bool read_data(Strat *s, const ImportCmd *ic, Sheet *sh)
{
    switch (data_kind(ic->data)) {
    case DATA_XLSX: return xlsx_read(s, ic->data, ic->sheet, sh);
    case DATA_TSV:  return csv_read(s, ic->data, ic->encoding, '\t', sh);
    default:        return csv_read(s, ic->data, ic->encoding, ',', sh);
    }
}

static int run(const Cli *c, const ImportCmd *ic)
{
    Strat s;
    strat_init(&s, &c->sopt);
    Sheet sh;
    sheet_init(&sh, ic->data);
    Layout lay;
    memset(&lay, 0, sizeof lay);
    ImportRun ir;
    memset(&ir, 0, sizeof ir);
    char *text = NULL;
    size_t len = 0;
    int rc = EXIT_FINDINGS;
    Model *m = strat_load(&s, ic->plan);
    if (m && s.diags.errors == 0 && read_data(&s, ic, &sh) && layout_detect(&s, &sh, &lay)
        && import_match(&s, m, &sh, &lay, &ic->opt, &ir)) {
        const SrcFile *plan = src_file(s.src, m->file);
        text = import_apply(m, plan, &ir, starts_with_bom(ic->plan), &len);
        rc = EXIT_OK;
    }
    if (s.io_errors) rc = EXIT_TROUBLE;
    cli_print_diags(c, &s);
    if (rc == EXIT_OK && !reads_back(c, ic->plan, text, len)) rc = EXIT_TROUBLE;
    if (rc == EXIT_OK) {
        const SrcFile *plan = src_file(s.src, m->file);
        bool changed = len != plan->len || memcmp(text, plan->text, len) != 0;
        if (!ic->write) {
            fwrite(text, 1, len, stdout);
            if (!cli_stdout_ok()) rc = EXIT_TROUBLE;   /* before the summary says it was done */
        } else if (changed && !outfile_write(ic->plan, text, len)) {
            rc = EXIT_TROUBLE;
        }
        if (rc == EXIT_OK) import_summary(&ir, stderr);
    }
    free(text);
    import_run_free(&ir);
    layout_free(&lay);
    sheet_free(&sh);
    strat_fini(&s);
    return rc;
}

int cmd_import(int argc, char **argv)
{
    Cli c;
    cli_init(&c, "import");
    ImportCmd ic;
    memset(&ic, 0, sizeof ic);
    static const struct option opts[] = {
        CLI_COMMON_LONGOPTS,
        {"write", no_argument, NULL, 'w'},
        {"replace", no_argument, NULL, OPT_REPLACE},
        {"sheet", required_argument, NULL, OPT_SHEET},
        {0, 0, 0, 0}};
    int o;
    while ((o = getopt_long(argc, argv, "w", opts, NULL)) != -1) {
        switch (o) {
        case 'w': ic.write = true; break;
        case OPT_REPLACE: ic.opt.replace = true; break;
        case OPT_SHEET: ic.sheet = optarg; break;
        default: {
            /* --input-encoding names DATA's encoding; the plan is UTF-8. */
            int r = cli_common_option(&c, o, optarg);
            if (r == -1) return cli_bad_option(&c, argv, opts);
            if (r != EXIT_OK) return r;
            if (o == OPT_ENCODING) {
                ic.encoding = c.sopt.input_encoding;
                c.sopt.input_encoding = NULL;
            }
        }
        }
    }
    if (argc - optind != 2) return cli_usage_error(&c, "import takes DATA and PLAN");
    ic.data = argv[optind];
    ic.plan = argv[optind + 1];
    DataKind k = data_kind(ic.data);
    if (k == DATA_UNKNOWN)
        return cli_usage_error(&c, "cannot tell what '%s' is: DATA ends in .csv, .tsv or .xlsx",
                               ic.data);
    if (ic.sheet && k != DATA_XLSX) return cli_usage_error(&c, "--sheet is for .xlsx files");
    if (ic.encoding && k == DATA_XLSX)
        return cli_usage_error(&c, "--input-encoding is for .csv and .tsv files");
    if (ic.write && strcmp(ic.plan, "-") == 0)
        return cli_usage_error(&c, "-w cannot rewrite standard input");
    return run(&c, &ic);
}
