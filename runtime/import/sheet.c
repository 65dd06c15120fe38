/* sheet.c - rows of cells (sheet.h). */
#include "sheet.h"
#include "xalloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void sheet_init(Sheet *sh, const char *path)
{
    memset(sh, 0, sizeof *sh);
    sh->path = path;
}

void sheet_free(Sheet *sh)
{
    free(sh->rows);
    memset(sh, 0, sizeof *sh);
}

void sheet_add_row(Strat *s, Sheet *sh, uint32_t row, const Cell *cells, uint32_t n)
{
    if (n == 0) return;
    XGROW(sh->rows, sh->cap, sh->n + 1);
    Row *r = &sh->rows[sh->n++];
    r->row = row;
    r->n = n;
    r->cells = ARENA_ARRAY(&s->arena, Cell, n);
    memcpy(r->cells, cells, n * sizeof *cells);
    for (uint32_t i = 0; i < n; i++) r->cells[i].row = row;
}

const Cell *row_cell(const Row *r, uint32_t col)
{
    /* Columns ascend; a sheet row is short, so a scan is enough. */
    for (uint32_t i = 0; i < r->n; i++) {
        if (r->cells[i].col == col) return &r->cells[i];
        if (r->cells[i].col > col) break;
    }
    return NULL;
}

static size_t blank_at(const char *s, size_t n)
{
    if (n >= 1 && (s[0] == ' ' || s[0] == '\t' || s[0] == '\r' || s[0] == '\n')) return 1;
    if (n >= 3 && memcmp(s, "\xE3\x80\x80", 3) == 0) return 3;     /* U+3000 */
    return 0;
}

static size_t blank_before(const char *s, size_t n)
{
    if (n >= 1 && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r' || s[n - 1] == '\n'))
        return 1;
    if (n >= 3 && memcmp(s + n - 3, "\xE3\x80\x80", 3) == 0) return 3;
    return 0;
}

void cell_trimmed(const Cell *c, const char **s, size_t *n)
{
    const char *p = c->text ? c->text : "";
    size_t len = c->text ? c->len : 0, k;
    while ((k = blank_at(p, len)) > 0) { p += k; len -= k; }
    while ((k = blank_before(p, len)) > 0) len -= k;
    *s = p;
    *n = len;
}

bool cell_is_blank(const Cell *c)
{
    if (!c || c->kind == CELL_EMPTY) return true;
    if (c->kind != CELL_TEXT) return false;
    const char *s;
    size_t n;
    cell_trimmed(c, &s, &n);
    return n == 0;
}

void cell_ref(uint32_t row, uint32_t col, char buf[16])
{
    char letters[8];
    int k = 0;
    for (uint32_t c = col; c > 0 && k < 7; c = (c - 1) / 26) letters[k++] = (char)('A' + (c - 1) % 26);
    int o = 0;
    while (k > 0) buf[o++] = letters[--k];
    snprintf(buf + o, (size_t)(16 - o), "%u", row);
}

void cell_note(Diag *g, const Sheet *sh, const Cell *c)
{
    if (!sh->name || !c) return;
    char ref[16];
    cell_ref(c->row, c->col, ref);
    diag_note(g, NULL, "sheet '%s', cell %s", sh->name, ref);
}
