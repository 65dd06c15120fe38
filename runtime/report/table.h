/* table.h - a bordered text table aligned by display width.
 *
 * Widths come from utf8proc (utf8.h), so Japanese text lines up in any
 * locale.  A column may have a maximum width: longer cells wrap onto more
 * lines (at a space in ASCII text, anywhere in Japanese).  Colour is an SGR
 * code per cell, written around the cell's text and never counted in its
 * width, so every line of a table has the same display width. */
#ifndef STRAT_TABLE_H
#define STRAT_TABLE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

typedef struct Table Table;

Table *table_new(size_t ncols);
void   table_free(Table *t);
/* Column settings: right-aligned (numbers), maximum display width (0: none). */
void   table_col(Table *t, size_t col, bool right, size_t max_width);
/* The widest a printed line may be (0: no limit, the default): the widest
 * columns wrap narrower until the table fits, and a table that cannot fit
 * even so prints each row as "heading: value" lines instead. */
void   table_fit(Table *t, size_t width);
/* Starts a row; the first row is the header, ruled off below. */
void   table_row(Table *t);
/* The next cell of the current row (copied); sgr like "32" or NULL. */
void   table_cell(Table *t, const char *text, const char *sgr);
/* Prints with colour codes when color is true. */
void   table_print(Table *t, FILE *out, bool color);

/* s wrapped at width display columns (0: no limit), its first line after
 * first, the others after rest; the text in colour sgr when not NULL. */
void   text_wrap(FILE *out, const char *s, size_t width, const char *first, const char *rest, const char *sgr);

#endif
