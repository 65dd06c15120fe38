/* cli.c - shared option handling and output for the subcommands. */
#include "cli.h"
#include "clock.h"
#include "i18n.h"
#include "outfile.h"
#include "suggest.h"
#include "utf8.h"

#include <errno.h>
#include <iconv.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

void cli_init(Cli *c, const char *cmd)
{
    memset(c, 0, sizeof *c);
    c->cmd = cmd;
    c->color = COLOR_AUTO;
    c->sopt.include_paths = c->include_paths;
}

static int cli_usage_hint(const Cli *c)
{
    fprintf(stderr, _("Try 'stratc help %s'."), c->cmd);
    fputc('\n', stderr);
    return EXIT_TROUBLE;
}

int cli_usage_error(const Cli *c, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "stratc %s: error: ", c->cmd);
    vfprintf(stderr, i18n_msg(fmt), ap);
    fputc('\n', stderr);
    va_end(ap);
    return cli_usage_hint(c);
}

void cli_error(const char *who, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "%s: error: ", who);   /* severity words stay English: tools match them */
    vfprintf(stderr, i18n_msg(fmt), ap);
    fputc('\n', stderr);
    va_end(ap);
}


int cli_bad_option(const Cli *c, char **argv, const struct option *opts)
{
    const char *arg = optind > 0 ? argv[optind - 1] : NULL;
    if (arg && arg[0] == '-' && arg[1] == '-' && arg[2]) {
        /* --wrror, --format-json: the name up to '=' against the long options. */
        char name[64];
        size_t n = strcspn(arg + 2, "=");
        if (n >= sizeof name) n = sizeof name - 1;
        memcpy(name, arg + 2, n);
        name[n] = '\0';
        /* --format-json for --format=json */
        for (const struct option *o = opts; o->name; o++) {
            size_t on = strlen(o->name);
            if (o->has_arg && n > on + 1 && strncmp(name, o->name, on) == 0
                && (name[on] == '-' || name[on] == '_')) {
                fprintf(stderr, "stratc %s: note: ", c->cmd);
                fprintf(stderr, _("did you mean '--%s=%s'?"), o->name, name + on + 1);
                fputc('\n', stderr);
                return cli_usage_hint(c);
            }
        }
        const char *names[64];
        size_t k = 0;
        for (const struct option *o = opts; o->name && k < 64; o++) names[k++] = o->name;
        const char *best = suggest_closest(name, names, k);
        if (best) {
            fprintf(stderr, "stratc %s: note: ", c->cmd);
            fprintf(stderr, _("did you mean '--%s'?"), best);
            fputc('\n', stderr);
        }
    }
    return cli_usage_hint(c);
}

int cli_common_option(Cli *c, int opt, const char *arg)
{
    switch (opt) {
    case OPT_COLOR:
        if (strcmp(arg, "always") == 0) c->color = COLOR_ALWAYS;
        else if (strcmp(arg, "never") == 0) c->color = COLOR_NEVER;
        else if (strcmp(arg, "auto") == 0) c->color = COLOR_AUTO;
        else return cli_usage_error(c, "--color takes always, never or auto, not '%s'", arg);
        return EXIT_OK;
    case OPT_ENCODING: {
        iconv_t cd = iconv_open("UTF-8", arg);      /* a misspelt name is a usage error */
        if (cd == (iconv_t)-1)
            return cli_usage_error(c, "unknown input encoding '%s' (try cp932, utf-16 or iconv -l)", arg);
        iconv_close(cd);
        c->sopt.input_encoding = arg;
        return EXIT_OK;
    }
    case OPT_STRICT:
        c->sopt.strict = true;
        return EXIT_OK;
    case OPT_INCLUDE_PATH:
        if (c->sopt.ninclude_paths >= sizeof c->include_paths / sizeof *c->include_paths)
            return cli_usage_error(c, "too many --include-path options (at most 64)");
        c->include_paths[c->sopt.ninclude_paths++] = arg;
        return EXIT_OK;
    case OPT_DIAG_FORMAT:
        if (strcmp(arg, "json") == 0) c->diag_json = true;
        else if (strcmp(arg, "gcc") == 0 || strcmp(arg, "text") == 0) c->diag_json = false;
        else return cli_usage_error(c, "--diagnostics-format takes gcc or json, not '%s'", arg);
        return EXIT_OK;
    case OPT_LANG:      /* main() chose the catalog from it already */
        if (!i18n_known(arg)) return cli_usage_error(c, "--lang takes ja or en, not '%s'", arg);
        c->lang = arg;
        return EXIT_OK;
    case OPT_HELP:
        help_command(c->cmd, stdout);
        return CLI_DONE;
    default:
        return -1;
    }
}

void cli_print_diags(const Cli *c, Strat *s)
{
    diag_sort(&s->diags);
    if (c->diag_json) {
        diag_print_json(&s->diags, stderr);
        return;
    }
    DiagStyle st = {.color = color_wanted(c->color, stderr)};
    diag_print_text(&s->diags, stderr, st);
    diag_print_summary(&s->diags, stderr);
}

int cli_as_of(const Cli *c, const Model *m, DayNum *out)
{
    if (!c->as_of) return 0;
    const char *s = c->as_of;
    char *norm = NULL;
    if (!utf8_is_ascii(s, strlen(s))) s = norm = utf8_nfkc(s, strlen(s));
    DateSpec d;
    char msg[256], hint[160];
    bool ok = date_parse(s, strlen(s), &d);
    if (!ok) {
        fprintf(stderr, "stratc %s: error: --as-of: ", c->cmd);
        fprintf(stderr, _("'%s' is not a date"), c->as_of);
        fputc('\n', stderr);
    } else if (date_validate(&d, msg, sizeof msg, hint, sizeof hint) == DATE_INVALID) {
        fprintf(stderr, "stratc %s: error: --as-of: %s\n", c->cmd, msg);   /* translated by date.c */
        ok = false;
    } else {
        DayNum first;
        date_interval_fy(&d, m ? m->fy_start : FY_START_DEFAULT, m && m->fy_named_by_end, &first, out);
    }
    free(norm);
    return ok ? 1 : -1;
}

int cli_report_date(const Cli *c, const Model *m, ReportDate *out)
{
    DayNum opt, today = 0;
    int r = cli_as_of(c, m, &opt);
    if (r < 0) return EXIT_TROUBLE;
    if (r == 0 && !report_date_in_file(m)) {
        char err[160];
        if (!clock_today(&today, err, sizeof err)) {
            fprintf(stderr, "stratc %s: error: %s\n", c->cmd, err);     /* translated by clock.c */
            return EXIT_TROUBLE;
        }
    }
    *out = report_date_decide(m, r ? &opt : NULL, today);
    return EXIT_OK;
}

bool cli_stdout_ok(void)
{
    errno = 0;
    bool flushed = fflush(stdout) == 0;
    if (flushed && !ferror(stdout)) return true;
    /* A write that failed earlier left only the error flag: its reason is gone. */
    if (!flushed && errno) cli_error("stratc", "cannot write standard output: %s", strerror(errno));
    else cli_error("stratc", "cannot write standard output");
    clearerr(stdout);
    return false;
}

int cli_write_output(const Cli *c, const char *out, const char *stdout_msg, CliWriter *write, void *arg)
{
    char who[64];
    snprintf(who, sizeof who, "stratc %s", c->cmd);
    if (!out || strcmp(out, "-") == 0) {
        bool ok = write(stdout, arg);
        if (fflush(stdout) != 0 || ferror(stdout) || !ok) {
            cli_error(who, DIAG_TEXT, i18n_msg(stdout_msg));
            clearerr(stdout);       /* told: not again by cli_stdout_ok */
            return EXIT_TROUBLE;
        }
        return EXIT_OK;
    }
    OutFile of;
    if (!outfile_open(&of, out)) return EXIT_TROUBLE;
    if (!write(of.f, arg) || ferror(of.f)) {
        cli_error(who, "cannot write '%s'", out);
        outfile_abort(&of);
        return EXIT_TROUBLE;
    }
    return outfile_commit(&of) ? EXIT_OK : EXIT_TROUBLE;
}

bool cli_lang_ja(const Cli *c, bool dflt)
{
    return c->lang ? strcmp(c->lang, "ja") == 0 : dflt;
}
