/* lsp_pos.c - byte offsets <-> LSP positions.
 *
 * A position is a zero-based line and a character offset counted in the
 * encoding negotiated at initialize: UTF-8 bytes (what stratc uses inside)
 * or UTF-16 code units (the protocol's default).  In UTF-16 a kanji is one
 * unit and three bytes, and a character outside the BMP two units and four
 * bytes; lines are split at "\n" alone, a "\r" before it belongs to no column. */
#include "lsp_int.h"
#include "xalloc.h"

#include <stdlib.h>

static void ensure_lines(SrcFile *f)
{
    if (!f->lines) {
        int line, col;
        src_linecol(f, 0, &line, &col);     /* builds the line table */
    }
}

/* Units one character whose lead byte is b takes: 0 for a continuation byte. */
static uint32_t units(const Lsp *l, unsigned char b)
{
    if (l->utf8) return 1;
    if ((b & 0xC0) == 0x80) return 0;
    return b >= 0xF0 ? 2 : 1;
}

json_t *lsp_position(const Lsp *l, SrcFile *f, uint32_t off)
{
    if (off > f->len) off = (uint32_t)f->len;
    int line, col;
    src_linecol(f, off, &line, &col);
    uint32_t bol = f->lines[line - 1];
    uint64_t ch = 0;
    for (uint32_t i = bol; i < off; i++) ch += units(l, (unsigned char)f->text[i]);
    return json_pack("{s:i, s:I}", "line", line - 1, "character", (json_int_t)ch);
}

json_t *lsp_range(const Lsp *l, SrcFile *f, Span sp)
{
    uint32_t end = sp.end < sp.start ? sp.start : sp.end;
    return json_pack("{s:o, s:o}", "start", lsp_position(l, f, sp.start), "end", lsp_position(l, f, end));
}

json_t *lsp_location(const Lsp *l, LspDoc *d, Span sp)
{
    SrcFile *f = src_file(d->strat.src, sp.file);
    if (!f) return NULL;
    char *uri = lsp_file_uri(d, sp.file);
    json_t *loc = json_pack("{s:s, s:o}", "uri", uri, "range", lsp_range(l, f, sp));
    free(uri);
    return loc;
}

bool lsp_offset(const Lsp *l, SrcFile *f, const json_t *pos, uint32_t *off)
{
    json_t *jl = json_object_get(pos, "line"), *jc = json_object_get(pos, "character");
    if (!json_is_integer(jl) || !json_is_integer(jc)) return false;
    json_int_t line = json_integer_value(jl), ch = json_integer_value(jc);
    if (line < 0 || ch < 0) return false;
    ensure_lines(f);
    if ((size_t)line >= f->nlines) {
        *off = (uint32_t)f->len;
        return true;
    }
    uint32_t i = f->lines[line];
    uint32_t eol = (size_t)line + 1 < f->nlines ? f->lines[line + 1] - 1 : (uint32_t)f->len;
    if (eol > i && f->text[eol - 1] == '\r') eol--;
    json_int_t seen = 0;
    while (i < eol) {
        uint32_t u = units(l, (unsigned char)f->text[i]);
        if (u && seen >= ch) break;         /* a character boundary at or past the column */
        seen += u;
        i++;
    }
    *off = i;
    return true;
}

json_t *lsp_text_edit(const Lsp *l, SrcFile *f, uint32_t a, uint32_t b, const char *text)
{
    Span sp = {0, a, b};
    return json_pack("{s:o, s:s}", "range", lsp_range(l, f, sp), "newText", text);
}
