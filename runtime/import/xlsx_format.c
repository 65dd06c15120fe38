/* xlsx_format.c - which number formats show a date or a percentage.
 *
 * A date in a worksheet is a number (days since 1899-12-30, or 1904-01-01)
 * that a number format shows as a date; nothing else marks it.  The
 * built-in formats are numbered (ECMA-376 Part 1, 18.8.30, with the ids a
 * Japanese Excel uses for its era and 年月日 formats); custom ones are
 * format codes, read here as Excel reads them: only the first section, and
 * not inside quotes, brackets or after a backslash. */
#include "xlsx_parts.h"

#include <ctype.h>
#include <string.h>

int xlsx_builtin_kind(unsigned id)
{
    if (id == 9 || id == 10) return XF_PERCENT;
    if ((id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47)
        || (id >= 50 && id <= 58))
        return XF_DATE;
    return XF_PLAIN;
}

int xlsx_format_kind(const char *code)
{
    if (strncasecmp(code, "General", 7) == 0 && (code[7] == '\0' || code[7] == ';')) return XF_PLAIN;
    bool date = false, percent = false;
    for (const char *p = code; *p && *p != ';'; p++) {
        char ch = *p;
        if (ch == '"') {
            while (p[1] && p[1] != '"') p++;
            if (p[1]) p++;
            continue;
        }
        if (ch == '[') {
            /* [h] [mm] [ss] are elapsed time; [$-411] a locale; [Red] a colour */
            if (p[1] == 'h' || p[1] == 'H' || p[1] == 'm' || p[1] == 'M' || p[1] == 's'
                || p[1] == 'S')
                date = true;
            while (p[1] && p[1] != ']') p++;
            if (p[1]) p++;
            continue;
        }
        if (ch == '\\' || ch == '_' || ch == '*') {
            if (p[1]) p++;
            continue;
        }
        if (ch == '%') percent = true;
        int l = tolower((unsigned char)ch);
        if (l == 'e' && (p[1] == '+' || p[1] == '-')) { p++; continue; }   /* 0.00E+00 */
        if (l == 'y' || l == 'm' || l == 'd' || l == 'h' || l == 's' || l == 'g' || l == 'e')
            date = true;
    }
    return date ? XF_DATE : percent ? XF_PERCENT : XF_PLAIN;
}
