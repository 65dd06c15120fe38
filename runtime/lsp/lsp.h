/* lsp.h - `stratc lsp`: a Language Server Protocol 3.17 server over two streams.
 *
 * Messages are JSON-RPC 2.0 framed by Content-Length headers (doc/editors.md).
 * The server keeps the open documents in memory, re-analyses a document
 * (parse, resolve, check) after each change, and answers from that analysis.
 * Nothing but protocol is written to `out`; a log line may go to `log`. */
#ifndef STRAT_LSP_H
#define STRAT_LSP_H

#include <stdio.h>
#include "strat.h"

typedef struct LspOptions {
    StratOptions sopt;          /* encodings, --strict, include paths */
    FILE *log;                  /* NULL: silent */
    const char *version;        /* serverInfo.version */
    DayNum today;               /* the clock's date at start (cmd_lsp checks it can be read) */
} LspOptions;

/* Serves until `exit` or the end of input.  Returns the process's exit
 * status: 0 after shutdown then exit, 1 otherwise (LSP 3.17, "exit"). */
int lsp_serve(FILE *in, FILE *out, const LspOptions *opt);

#endif
