/* numtext.c - numbers as a strategy file writes them (numtext.h). */
#include "numtext.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void num_spell(double v, char buf[NUMTEXT_MAX])
{
    if (!isfinite(v)) { snprintf(buf, NUMTEXT_MAX, "0"); return; }
    /* The value at 15 significant digits, then the fewest decimals that
     * read back as exactly that. */
    char g[40];
    snprintf(g, sizeof g, "%.15g", v);
    double want = strtod(g, NULL);
    for (int dec = 0; dec <= 340; dec++) {
        snprintf(buf, NUMTEXT_MAX, "%.*f", dec, want);
        if (strtod(buf, NULL) == want) break;
    }
    if (strcmp(buf, "-0") == 0) snprintf(buf, NUMTEXT_MAX, "0");
}
