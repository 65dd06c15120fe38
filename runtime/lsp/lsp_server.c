/* lsp_server.c - JSON-RPC 2.0 dispatch and the lifecycle: initialize,
 * shutdown, exit, and the document notifications.
 *
 * Every request gets exactly one response: a result, or an error when the
 * message is malformed, the method unknown or the params unusable; the
 * server then reads on.  Notifications never get one (JSON-RPC 2.0). */
#include "lsp_int.h"
#include "xalloc.h"

#include <stdlib.h>
#include <string.h>

static void send(Lsp *l, json_t *msg)
{
    if (!l->out_failed && !lsp_write_frame(l->out, msg)) l->out_failed = true;
    json_decref(msg);
}

static void respond(Lsp *l, json_t *id, json_t *result)
{
    send(l, json_pack("{s:s, s:O, s:o}", "jsonrpc", "2.0", "id", id ? id : json_null(),
                      "result", result ? result : json_null()));
}

static void respond_error(Lsp *l, json_t *id, int code, const char *msg)
{
    send(l, json_pack("{s:s, s:O, s:{s:i, s:s}}", "jsonrpc", "2.0", "id", id ? id : json_null(),
                      "error", "code", code, "message", msg));
}

static bool has_encoding(const json_t *list, const char *enc)
{
    size_t i;
    json_t *v;
    json_array_foreach(list, i, v)
        if (json_is_string(v) && strcmp(json_string_value(v), enc) == 0) return true;
    return false;
}

static void read_settings(Lsp *l, const json_t *opts)
{
    json_t *k = json_object_get(opts, "renameKeepsHistory");
    if (json_is_boolean(k)) l->keep_history = json_is_true(k);
    const char *lang = json_string_value(json_object_get(opts, "lang"));
    if (lang) l->en = strcmp(lang, "en") == 0;
}

static json_t *initialize(Lsp *l, const json_t *params)
{
    const json_t *caps = json_object_get(params, "capabilities");
    /* LSP 3.17 general.positionEncodings; before it, clangd's offsetEncoding
     * (what Neovim 0.7's client can be told to send). */
    bool via_offset = false;
    l->utf8 = has_encoding(json_object_get(json_object_get(caps, "general"), "positionEncodings"), "utf-8");
    if (!l->utf8 && has_encoding(json_object_get(caps, "offsetEncoding"), "utf-8"))
        l->utf8 = via_offset = true;
    read_settings(l, json_object_get(params, "initializationOptions"));
    const char *enc = l->utf8 ? "utf-8" : "utf-16";
    json_t *r = json_pack(
        "{s:{s:s, s:{s:b, s:i, s:b}, s:b, s:b, s:b, s:{s:b}, s:b, s:b, s:{s:[s], s:b}, s:{s:[s]}},"
        " s:{s:s, s:s}}",
        "capabilities",
        "positionEncoding", enc,
        "textDocumentSync", "openClose", 1, "change", 1, "save", 1,   /* save: includes may have changed */
        "hoverProvider", 1, "definitionProvider", 1, "referencesProvider", 1,
        "renameProvider", "prepareProvider", 1,
        "documentSymbolProvider", 1, "documentFormattingProvider", 1,
        "completionProvider", "triggerCharacters", " ", "resolveProvider", 0,
        "codeActionProvider", "codeActionKinds", "quickfix",
        "serverInfo", "name", "stratc", "version", l->version ? l->version : "");
    if (via_offset) json_object_set_new(r, "offsetEncoding", json_string(enc));
    return r;
}

static void analyse_and_publish(Lsp *l, LspDoc *d)
{
    lsp_doc_analyse(l, d);
    lsp_publish(l, d);
}

/* params.textDocument.uri, or "" */
static const char *doc_uri(const json_t *params)
{
    const char *u = json_string_value(json_object_get(json_object_get(params, "textDocument"), "uri"));
    return u ? u : "";
}

static void did_open(Lsp *l, const json_t *params)
{
    const json_t *td = json_object_get(params, "textDocument");
    const char *uri = json_string_value(json_object_get(td, "uri"));
    size_t tn;
    const char *text = lsp_string(l->big, json_object_get(td, "text"), &tn);
    if (!uri || !text) { lsp_log(l, "didOpen without uri or text"); return; }
    json_int_t v = json_integer_value(json_object_get(td, "version"));
    LspDoc *d = lsp_doc_open(l, uri, text, tn, v);
    analyse_and_publish(l, d);
}

/* Applies one content change: the whole text, or (from a client that sends
 * ranges anyway) a range of the current text. */
static bool apply_change(Lsp *l, LspDoc *d, const json_t *ch, int64_t version)
{
    size_t tn;
    const char *t = lsp_string(l->big, json_object_get(ch, "text"), &tn);
    if (!t) return false;
    const json_t *range = json_object_get(ch, "range");
    if (!range) {
        lsp_doc_set_text(d, t, tn, version);
        return true;
    }
    SrcFile f = {.text = d->text, .len = d->len};
    uint32_t a, b;
    bool ok = lsp_offset(l, &f, json_object_get(range, "start"), &a)
              && lsp_offset(l, &f, json_object_get(range, "end"), &b) && a <= b;
    free(f.lines);
    free(f.cps);
    if (!ok) return false;
    size_t n = d->len - (b - a) + tn;
    char *nt = xmalloc(n + 1);
    memcpy(nt, d->text, a);
    memcpy(nt + a, t, tn);
    memcpy(nt + a + tn, d->text + b, d->len - b);
    lsp_doc_set_text(d, nt, n, version);
    free(nt);
    return true;
}

static void did_change(Lsp *l, const json_t *params)
{
    const json_t *td = json_object_get(params, "textDocument");
    LspDoc *d = lsp_doc_find(l, doc_uri(params));
    if (!d) { lsp_log(l, "didChange for a document not open"); return; }
    int64_t v = json_integer_value(json_object_get(td, "version"));
    size_t i;
    json_t *ch;
    json_array_foreach(json_object_get(params, "contentChanges"), i, ch)
        if (!apply_change(l, d, ch, v)) lsp_log(l, "didChange: a change could not be applied");
    analyse_and_publish(l, d);
}

static void did_close(Lsp *l, const json_t *params)
{
    LspDoc *d = lsp_doc_find(l, doc_uri(params));
    if (!d) return;
    lsp_unpublish(l, d);
    lsp_doc_close(l, d);
}

/* Included files may have changed on disk: saving one re-checks every document. */
static void did_save(Lsp *l)
{
    for (size_t i = 0; i < l->ndocs; i++) {
        l->docs[i]->stale = true;
        analyse_and_publish(l, l->docs[i]);
    }
}

typedef json_t *(*Handler)(Lsp *, const json_t *, LspReply *);

static const struct { const char *method; Handler h; } REQUESTS[] = {
    {"textDocument/hover", lsp_hover},
    {"textDocument/definition", lsp_definition},
    {"textDocument/references", lsp_references},
    {"textDocument/rename", lsp_rename},
    {"textDocument/prepareRename", lsp_prepare_rename},
    {"textDocument/documentSymbol", lsp_symbols},
    {"textDocument/formatting", lsp_formatting},
    {"textDocument/completion", lsp_completion},
    {"textDocument/codeAction", lsp_code_actions},
};

static void request(Lsp *l, json_t *id, const char *method, const json_t *params)
{
    if (strcmp(method, "initialize") == 0) {
        if (l->initialized) { respond_error(l, id, RPC_INVALID_REQUEST, "initialize was already called"); return; }
        l->initialized = true;
        respond(l, id, initialize(l, params));
        return;
    }
    if (!l->initialized) {
        respond_error(l, id, LSP_SERVER_NOT_INITIALIZED, "the server is not initialized");
        return;
    }
    if (l->shutdown) {
        respond_error(l, id, RPC_INVALID_REQUEST, "the server is shutting down");
        return;
    }
    if (strcmp(method, "shutdown") == 0) {
        l->shutdown = true;
        respond(l, id, NULL);
        return;
    }
    for (size_t i = 0; i < sizeof REQUESTS / sizeof *REQUESTS; i++) {
        if (strcmp(method, REQUESTS[i].method) != 0) continue;
        LspReply r = {0, NULL};
        json_t *res = REQUESTS[i].h(l, params, &r);
        if (r.err) {
            json_decref(res);
            respond_error(l, id, r.err, r.errmsg ? r.errmsg : "request failed");
        } else {
            respond(l, id, res);
        }
        return;
    }
    respond_error(l, id, RPC_METHOD_NOT_FOUND, "unknown method");
}

static void notification(Lsp *l, const char *method, const json_t *params)
{
    if (strcmp(method, "exit") == 0) { l->exited = true; return; }
    if (!l->initialized || l->shutdown) return;
    if (strcmp(method, "textDocument/didOpen") == 0) did_open(l, params);
    else if (strcmp(method, "textDocument/didChange") == 0) did_change(l, params);
    else if (strcmp(method, "textDocument/didClose") == 0) did_close(l, params);
    else if (strcmp(method, "textDocument/didSave") == 0) did_save(l);
    else if (strcmp(method, "workspace/didChangeConfiguration") == 0)
        read_settings(l, json_object_get(json_object_get(params, "settings"), "stratc"));
    /* initialized, $/cancelRequest, $/setTrace...: nothing to do. */
}

static void message(Lsp *l, const char *body, size_t len)
{
    json_error_t e;
    LspBig big = {0};
    size_t slen;
    char *slim = lsp_extract_strings(body, len, &big, &slen);
    json_t *msg = slim ? json_loadb(slim, slen, JSON_ALLOW_NUL, &e) : json_loadb(body, len, JSON_ALLOW_NUL, &e);
    free(slim);
    l->big = &big;
    if (!msg) {
        l->big = NULL;
        lsp_big_free(&big);
        lsp_log(l, "unreadable message: %s", e.text);
        respond_error(l, NULL, RPC_PARSE_ERROR, "the message is not JSON");
        return;
    }
    json_t *id = json_object_get(msg, "id");
    const json_t *method = json_object_get(msg, "method");
    bool id_ok = id && (json_is_string(id) || json_is_integer(id) || json_is_null(id));
    if (!json_is_object(msg) || !json_is_string(json_object_get(msg, "jsonrpc"))
        || strcmp(json_string_value(json_object_get(msg, "jsonrpc")), "2.0") != 0
        || (id && !id_ok) || (method && !json_is_string(method))) {
        respond_error(l, id_ok ? id : NULL, RPC_INVALID_REQUEST, "not a JSON-RPC 2.0 message");
    } else if (!method) {
        /* A response to a request of ours: the server sends none, so nothing waits. */
    } else {
        const json_t *params = json_object_get(msg, "params");
        if (id) request(l, id, json_string_value(method), params);
        else notification(l, json_string_value(method), params);
    }
    json_decref(msg);
    l->big = NULL;
    lsp_big_free(&big);
}

int lsp_serve(FILE *in, FILE *out, const LspOptions *opt)
{
    Lsp l;
    memset(&l, 0, sizeof l);
    l.in = in;
    l.out = out;
    l.log = opt->log;
    l.sopt = opt->sopt;
    l.version = opt->version;
    l.today = opt->today;
    while (!l.exited && !l.out_failed) {
        char *body = NULL;
        size_t len = 0;
        FrameStatus st = lsp_read_frame(in, &body, &len);
        if (st == FRAME_EOF) break;
        if (st == FRAME_BAD) {
            respond_error(&l, NULL, RPC_PARSE_ERROR, "a header without a valid Content-Length");
            continue;
        }
        message(&l, body, len);
        free(body);
    }
    lsp_docs_free(&l);
    return l.exited && l.shutdown ? 0 : 1;
}
