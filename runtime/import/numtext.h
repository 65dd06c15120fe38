/* numtext.h - spelling a number as a strategy file writes it.
 *
 * A value read from a spreadsheet is a double that may carry binary noise
 * (Excel saves 98.1 as 98.099999999999994); the language keeps 15
 * significant digits (doc/language.md), so that is what is written:
 * plain decimal, no exponent, no trailing zeros ("98.1", "1050", "-0.5"). */
#ifndef STRAT_NUMTEXT_H
#define STRAT_NUMTEXT_H

#include <stddef.h>

enum { NUMTEXT_MAX = 352 };     /* -1.8e308 written out, and a NUL */

void num_spell(double v, char buf[NUMTEXT_MAX]);

#endif
