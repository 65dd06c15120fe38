/* csv_read.c - CSV and TSV into a Sheet (csv.h). */
#include "csv.h"
#include "utf8.h"
#include "xalloc.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* Decodes through the front end's loader with the encoding in force for
 * this one file; the session's own setting is put back afterwards. */
static bool load_as(Strat *s, const char *name, const char *bytes, size_t len, const char *enc,
                    uint32_t *id)
{
    const char *saved = s->opt.input_encoding;
    s->opt.input_encoding = enc;
    bool ok = src_load_bytes(s, name, NULL, bytes, len, id);
    s->opt.input_encoding = saved;
    return ok;
}

static bool decode(Strat *s, const char *name, const char *bytes, size_t len, const char *enc,
                   uint32_t *id)
{
    if (enc) return load_as(s, name, bytes, len, enc, id);
    size_t skip = len >= 3 && memcmp(bytes, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    bool utf16 = len >= 2 && ((bytes[0] == '\xFF' && bytes[1] == '\xFE')
                              || (bytes[0] == '\xFE' && bytes[1] == '\xFF'));
    if (!utf16 && utf8_invalid_at(bytes + skip, len - skip, true) < len - skip) {
        /* Not UTF-8: Excel's "CSV" in a Japanese Windows is CP932.  If it is
         * not that either, the UTF-8 loader's diagnostic says what is wrong. */
        size_t mark = s->diags.n;
        if (load_as(s, name, bytes, len, "CP932", id)) return true;
        diag_truncate(&s->diags, mark);
    }
    return load_as(s, name, bytes, len, NULL, id);
}

typedef struct CsvCtx {
    Strat *s;
    const char *t;
    size_t n, pos;
    uint32_t file;
    char sep;
    Cell *cells;
    size_t ncells, cap;
} CsvCtx;

static Span span_of(const CsvCtx *c, size_t a, size_t b)
{
    return (Span){c->file, (uint32_t)a, (uint32_t)b};
}

/* A quoted field, from the opening quote; false after a diagnostic. */
static bool quoted(CsvCtx *c, Cell *cell)
{
    size_t open = c->pos++, from = c->pos, quotes = 0;
    for (;;) {
        if (c->pos >= c->n) {
            Diag *g = diag_add(&c->s->diags, SEV_ERROR, "import-csv", span_of(c, open, open + 1),
                               "quoted field is not closed");
            diag_help(g, "a double quote inside a quoted field is written twice: \"\"");
            return false;
        }
        if (c->t[c->pos] == '"') {
            if (c->pos + 1 < c->n && c->t[c->pos + 1] == '"') { c->pos += 2; quotes++; continue; }
            break;
        }
        c->pos++;
    }
    size_t close = c->pos++;
    if (c->pos < c->n && c->t[c->pos] != c->sep && c->t[c->pos] != '\r' && c->t[c->pos] != '\n') {
        size_t e = c->pos;
        while (e < c->n && c->t[e] != c->sep && c->t[e] != '\r' && c->t[e] != '\n') e++;
        Diag *g = diag_add(&c->s->diags, SEV_ERROR, "import-csv", span_of(c, c->pos, e),
                           "text after the closing quote of a field");
        diag_help(g, "quote the whole field, and write a double quote inside it twice: \"\"");
        return false;
    }
    size_t len = close - from;
    if (quotes == 0) {
        cell->text = c->t + from;
    } else {
        char *d = arena_alloc(&c->s->arena, len - quotes + 1);
        size_t o = 0;
        for (size_t i = from; i < close; i++) {
            d[o++] = c->t[i];
            if (c->t[i] == '"') i++;
        }
        cell->text = d;
        len = o;
    }
    cell->len = (uint32_t)len;
    cell->kind = CELL_TEXT;     /* "" is an empty cell, written with quotes */
    if (len == 0) cell->kind = CELL_EMPTY;
    cell->span = span_of(c, open, c->pos);
    return true;
}

static void plain(CsvCtx *c, Cell *cell)
{
    size_t from = c->pos;
    while (c->pos < c->n && c->t[c->pos] != c->sep && c->t[c->pos] != '\r' && c->t[c->pos] != '\n')
        c->pos++;
    cell->text = c->t + from;
    cell->len = (uint32_t)(c->pos - from);
    cell->kind = cell->len ? CELL_TEXT : CELL_EMPTY;
    cell->span = span_of(c, from, c->pos);
}

static bool parse(CsvCtx *c, Sheet *sh)
{
    uint32_t row = 0;
    while (c->pos < c->n) {
        row++;
        c->ncells = 0;
        bool any = false;
        for (uint32_t col = 1;; col++) {
            XGROW(c->cells, c->cap, c->ncells + 1);
            Cell *cell = &c->cells[c->ncells++];
            memset(cell, 0, sizeof *cell);
            cell->col = col;
            if (c->pos < c->n && c->t[c->pos] == '"') {
                if (!quoted(c, cell)) return false;
            } else {
                plain(c, cell);
            }
            any |= cell->kind != CELL_EMPTY;
            if (c->pos < c->n && c->t[c->pos] == c->sep) { c->pos++; continue; }
            if (c->pos < c->n && c->t[c->pos] == '\r') c->pos++;
            if (c->pos < c->n && c->t[c->pos] == '\n') c->pos++;
            break;
        }
        if (any) sheet_add_row(c->s, sh, row, c->cells, (uint32_t)c->ncells);
    }
    return true;
}

bool csv_read_bytes(Strat *s, const char *name, const char *bytes, size_t len,
                    const char *encoding, char sep, Sheet *sh)
{
    uint32_t id;
    if (!decode(s, name, bytes, len, encoding, &id)) return false;
    const SrcFile *f = src_file(s->src, id);
    sh->file = id;
    CsvCtx c = {.s = s, .t = f->text, .n = f->len, .file = id, .sep = sep};
    bool ok = parse(&c, sh);
    free(c.cells);
    return ok;
}

bool csv_read(Strat *s, const char *path, const char *encoding, char sep, Sheet *sh)
{
    bool is_stdin = strcmp(path, "-") == 0;
    FILE *f = stdin;
    if (!is_stdin) {
        struct stat st;
        bool dir = stat(path, &st) == 0 && S_ISDIR(st.st_mode);
        f = dir ? NULL : fopen(path, "rb");
        if (!f) {
            if (dir) errno = EISDIR;
            diag_add_global(&s->diags, SEV_ERROR, "io", "cannot open '%s': %s", path,
                            strerror(errno));
            s->io_errors++;
            return false;
        }
    }
    char *buf = NULL;
    size_t n = 0;
    errno = 0;
    bool read = src_read_stream(f, &buf, &n);
    int e = errno ? errno : EIO;
    if (!is_stdin) fclose(f);
    if (!read) {
        diag_add_global(&s->diags, SEV_ERROR, "io", "cannot read '%s': %s", path, strerror(e));
        s->io_errors++;
        return false;
    }
    bool ok = csv_read_bytes(s, is_stdin ? "<stdin>" : path, buf, n, encoding, sep, sh);
    free(buf);
    return ok;
}
