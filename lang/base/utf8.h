/* utf8.h - UTF-8 validation, code point counting and display width.
 *
 * Display width comes from utf8proc, never from the locale's wcwidth (which
 * reports -1 for every Japanese character in the C locale). */
#ifndef STRAT_UTF8_H
#define STRAT_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Length of the well-formed UTF-8 sequence at p (n bytes available), or 0. */
size_t utf8_seq_len(const unsigned char *p, size_t n);
/* Offset of the first invalid byte (or NUL byte), or len if all valid. */
size_t utf8_invalid_at(const char *s, size_t len, bool nul_is_invalid);
/* Decodes one code point; returns its byte length (>= 1), or -1 if invalid. */
int    utf8_decode(const char *s, size_t len, int32_t *cp);
size_t utf8_codepoints(const char *s, size_t len);
/* Terminal columns; invalid bytes and controls count as one column. */
size_t utf8_width(const char *s, size_t len);
size_t utf8_width_cstr(const char *s);
/* NFKC of s (malloc'd) - for numbers, dates and keywords only, never texts. */
char  *utf8_nfkc(const char *s, size_t len);
bool   utf8_is_ascii(const char *s, size_t len);

#endif
