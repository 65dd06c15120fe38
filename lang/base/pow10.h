/* pow10.h - the powers of ten a double holds exactly, 10^0 to 10^15.
 *
 * Reading numbers (scan.c), rounding them (report.c) and printing them
 * (jsonw.c) scale by these instead of calling pow(): m / 10^d with both
 * exact is correctly rounded, which is what makes their fast paths agree
 * with strtod and printf. */
#ifndef STRAT_POW10_H
#define STRAT_POW10_H

static const double POW10[16] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7,
                                 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};

#endif
