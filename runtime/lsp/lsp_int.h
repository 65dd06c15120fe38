/* lsp_int.h - what the server's parts share: the server, its documents,
 * positions, and the helpers each feature file uses to answer a request. */
#ifndef STRAT_LSP_INT_H
#define STRAT_LSP_INT_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "lsp.h"
#include "model.h"
#include "reportdate.h"
#include "strat.h"

/* JSON-RPC error codes (JSON-RPC 2.0 and LSP 3.17). */
enum {
    RPC_PARSE_ERROR = -32700, RPC_INVALID_REQUEST = -32600, RPC_METHOD_NOT_FOUND = -32601,
    RPC_INVALID_PARAMS = -32602, RPC_INTERNAL_ERROR = -32603,
    LSP_SERVER_NOT_INITIALIZED = -32002, LSP_REQUEST_FAILED = -32803
};

/* ---- framing (lsp_io.c) ---- */

typedef enum { FRAME_OK, FRAME_EOF, FRAME_BAD } FrameStatus;

/* Reads one message body (malloc'd, NUL-terminated).  FRAME_BAD: the header
 * block had no usable Content-Length; the stream is positioned after it. */
FrameStatus lsp_read_frame(FILE *in, char **body, size_t *len);
/* Writes one message and flushes; false if the stream failed. */
bool lsp_write_frame(FILE *out, const json_t *msg);

/* ---- long strings of a message (lsp_bigstr.c) ---- */

typedef struct LspBig {
    char **s;                   /* decoded, NUL-terminated */
    size_t *len;
    size_t n, cap;
} LspBig;

/* The body with every long string moved into big (NULL: nothing moved). */
char       *lsp_extract_strings(const char *body, size_t len, LspBig *big, size_t *newlen);
/* A string value of the message, resolving a moved one; NULL if v is not a string. */
const char *lsp_string(const LspBig *big, const json_t *v, size_t *len);
void        lsp_big_free(LspBig *big);

/* ---- documents (lsp_docs.c) ---- */

typedef struct LspDoc {
    char *uri;
    char *path;                 /* the file the URI names (or the URI itself) */
    char *text;                 /* the editor's text, exactly */
    size_t len;
    int64_t version;
    /* The analysis of `text`, rebuilt when stale. */
    bool stale;
    bool loaded;                /* strat holds a session */
    Strat strat;
    uint32_t file;              /* the document's id in strat.src */
    bool has_file;
    Model *model;               /* NULL when the text could not be decoded */
    char **published;           /* URIs whose diagnostics were last sent non-empty */
    size_t npublished;
} LspDoc;

typedef struct Lsp {
    FILE *in, *out, *log;
    StratOptions sopt;
    bool utf8;                  /* positions in UTF-8 bytes, else UTF-16 units */
    bool initialized, shutdown, exited;
    bool keep_history;          /* rename leaves `renamed_from OLD` behind */
    bool en;                    /* hover in English (initializationOptions.lang "en"), else Japanese */
    bool out_failed;
    DayNum today;               /* the last date the clock gave (runtime/sys/clock.h) */
    const char *version;
    const LspBig *big;          /* the long strings of the message being handled */
    LspDoc **docs;
    size_t ndocs, capdocs;
} Lsp;

/* A document's report date, by the rule every command follows
 * (reportdate.h): the file's as_of, else today.  The clock is read each time,
 * since a server outlives midnight. */
ReportDate lsp_report_date(Lsp *l, const Model *m);

LspDoc *lsp_doc_find(Lsp *l, const char *uri);
LspDoc *lsp_doc_open(Lsp *l, const char *uri, const char *text, size_t len, int64_t version);
void    lsp_doc_set_text(LspDoc *d, const char *text, size_t len, int64_t version);
void    lsp_doc_close(Lsp *l, LspDoc *d);
void    lsp_docs_free(Lsp *l);
/* Parses, resolves and checks the document if its text changed since. */
void    lsp_doc_analyse(Lsp *l, LspDoc *d);
/* file:///a/b%20c -> /a/b c (malloc'd); NULL if not a file URI. */
char   *lsp_uri_to_path(const char *uri);
/* /a/b c -> file:///a/b%20c (malloc'd). */
char   *lsp_path_to_uri(const char *path);
/* The URI diagnostics and locations in loaded file `file` of d go to. */
char   *lsp_file_uri(LspDoc *d, uint32_t file);

/* ---- positions (lsp_pos.c) ---- */

/* {line, character} of byte offset off in f. */
json_t  *lsp_position(const Lsp *l, SrcFile *f, uint32_t off);
json_t  *lsp_range(const Lsp *l, SrcFile *f, Span sp);
/* {uri, range} of a span of d's session. */
json_t  *lsp_location(const Lsp *l, LspDoc *d, Span sp);
/* Byte offset of an LSP position in f (clamped to its line and the file);
 * false if pos is not a position object. */
bool     lsp_offset(const Lsp *l, SrcFile *f, const json_t *pos, uint32_t *off);
/* The document's own loaded file, after analysis; NULL if it did not load. */
SrcFile *lsp_doc_src(LspDoc *d);

/* ---- the index of ids (lsp_index.c) ---- */

typedef struct Occurrence {
    Span span;
    const Entity *target;       /* what the id names (NULL: unresolved reference) */
    bool is_def;
    bool revised;               /* a renamed_from: target is in the revised strategy */
} Occurrence;

/* Every id written in d's model: definitions, references, and renamed_from
 * (naming an entity of the strategy `revises` names), in no order.
 * Returns a malloc'd array of *n. */
Occurrence *lsp_occurrences(LspDoc *d, size_t *n);
/* The occurrence under byte offset off of d's own file, or NULL (pointer into occ). */
const Occurrence *lsp_occurrence_at(const Occurrence *occ, size_t n, uint32_t file, uint32_t off);

/* ---- requests: each returns the result (or NULL for JSON null) and may
 * set *err / *errmsg for an error response ---- */

typedef struct LspReply {
    int err;                    /* 0: result */
    const char *errmsg;
} LspReply;

/* The document named by params.textDocument.uri, analysed; and the byte
 * offset of params.position when want_pos (NULL with r->err set if bad). */
LspDoc *lsp_request_doc(Lsp *l, const json_t *params, bool want_pos, uint32_t *off, LspReply *r);

void    lsp_publish(Lsp *l, LspDoc *d);
void    lsp_unpublish(Lsp *l, LspDoc *d);
json_t *lsp_hover(Lsp *l, const json_t *params, LspReply *r);
json_t *lsp_definition(Lsp *l, const json_t *params, LspReply *r);
json_t *lsp_references(Lsp *l, const json_t *params, LspReply *r);
json_t *lsp_rename(Lsp *l, const json_t *params, LspReply *r);
json_t *lsp_prepare_rename(Lsp *l, const json_t *params, LspReply *r);
json_t *lsp_symbols(Lsp *l, const json_t *params, LspReply *r);
json_t *lsp_formatting(Lsp *l, const json_t *params, LspReply *r);
json_t *lsp_completion(Lsp *l, const json_t *params, LspReply *r);
json_t *lsp_code_actions(Lsp *l, const json_t *params, LspReply *r);


/* A TextEdit replacing [a, b) of f with text. */
json_t *lsp_text_edit(const Lsp *l, SrcFile *f, uint32_t a, uint32_t b, const char *text);

/* Log line, when a log stream was given. */
void    lsp_log(const Lsp *l, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#endif
