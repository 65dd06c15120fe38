/* cmd_lsp.c - `stratc lsp`: the language server, on standard input and output.
 *
 * Editors start it and speak LSP over its stdin and stdout (doc/editors.md);
 * standard output carries nothing but protocol.  --log writes one line per
 * trouble (an unreadable message, a change that could not be applied) to
 * stderr, which editors show in their server log. */
#include "cli.h"
#include "clock.h"
#include "lsp.h"

#include <signal.h>
#include <string.h>

enum { OPT_STDIO = 1100, OPT_LOG };

int cmd_lsp(int argc, char **argv)
{
    Cli c;
    cli_init(&c, "lsp");
    bool log = false;
    static const struct option opts[] = {
        CLI_COMMON_LONGOPTS,
        {"stdio", no_argument, NULL, OPT_STDIO},
        {"log", no_argument, NULL, OPT_LOG},
        {0, 0, 0, 0}};
    int o;
    while ((o = getopt_long(argc, argv, "", opts, NULL)) != -1) {
        switch (o) {
        case OPT_STDIO: break;          /* the only transport; editors pass it anyway */
        case OPT_LOG: log = true; break;
        default: {
            int r = cli_common_option(&c, o, optarg);
            if (r == -1) return cli_bad_option(&c, argv, opts);
            if (r != EXIT_OK) return r;
        }
        }
    }
    if (optind < argc) return cli_usage_error(&c, "lsp takes no FILE: the editor sends the documents");
    if (c.sopt.input_encoding)
        return cli_usage_error(&c, "lsp reads the editor's text, which is always UTF-8: --input-encoding does not apply");
    /* A client that closes the pipe makes a write fail (the server then
     * exits 1), rather than killing the process with SIGPIPE. */
    signal(SIGPIPE, SIG_IGN);
    LspOptions lo = {.sopt = c.sopt, .log = log ? stderr : NULL, .version = STRATC_VERSION};
    char err[160];
    if (!clock_today(&lo.today, err, sizeof err)) {
        fprintf(stderr, "stratc lsp: error: %s\n", err);
        return EXIT_TROUBLE;
    }
    int rc = lsp_serve(stdin, stdout, &lo);
    /* The protocol's exit code already says what became of the client (1: it
     * went away without `exit`); a write into its closed pipe is no more. */
    clearerr(stdout);
    return rc;
}
