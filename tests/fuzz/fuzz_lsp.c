/* fuzz_lsp.c - libFuzzer target: `stratc lsp` on arbitrary client messages.
 *
 * Each line of the input is one message body; the harness frames it with
 * its Content-Length (so mutations reach JSON-RPC and the features rather
 * than dying in the header) after an initialize, and ends with shutdown and
 * exit.  Every input whose first byte is odd also gets one raw, unframed
 * copy of itself first, for the header reader.  The server must answer
 * everything without crashing, leaking or hanging; its output goes to
 * /dev/null.  Seeds: the golden exchanges (the .jsonl files of tests/golden/lsp),
 * expanded by tests/lsp/exchange.py --lines.  Built by tests/fuzz/fuzz.mk. */
#include "lsp.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void frame(FILE *o, const char *body, size_t n)
{
    fprintf(o, "Content-Length: %zu\r\n\r\n", n);
    fwrite(body, 1, n, o);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *stream = NULL;
    size_t len = 0;
    FILE *o = open_memstream(&stream, &len);
    if (!o) return 0;
    if (size && (data[0] & 1)) fwrite(data, 1, size, o);
    static const char init[] = "{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":"
                               "{\"capabilities\":{\"general\":{\"positionEncodings\":[\"utf-8\"]}}}}";
    frame(o, init, sizeof init - 1);
    const char *p = (const char *)data, *end = p + size;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *e = nl ? nl : end;
        frame(o, p, (size_t)(e - p));
        p = e + 1;
    }
    static const char bye[] = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"shutdown\"}";
    static const char ex[] = "{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}";
    frame(o, bye, sizeof bye - 1);
    frame(o, ex, sizeof ex - 1);
    fclose(o);
    FILE *in = fmemopen(stream, len, "r");
    FILE *out = fopen("/dev/null", "w");
    if (in && out) {
        LspOptions opt = {.log = NULL, .version = "fuzz"};
        lsp_serve(in, out, &opt);
    }
    if (in) fclose(in);
    if (out) fclose(out);
    free(stream);
    return 0;
}
