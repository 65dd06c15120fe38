/* recode.h - a report's bytes in another encoding than UTF-8. */
#ifndef STRAT_RECODE_H
#define STRAT_RECODE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* Writes the UTF-8 text s[0..n) to out in CP932 (Windows Shift_JIS); a
 * character CP932 cannot hold is written as '?' and counted in *unmapped.
 * False if the converter is missing or writing failed. */
bool recode_cp932(const char *s, size_t n, FILE *out, uint32_t *unmapped);

#endif
