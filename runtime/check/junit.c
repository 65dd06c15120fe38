/* junit.c - JUnit XML output (see junit.h). */
#include "junit.h"
#include "utf8.h"
#include "xalloc.h"

#include <stdlib.h>
#include <string.h>

void junit_escape(FILE *out, const char *s, size_t len)
{
    for (size_t i = 0; i < len;) {
        unsigned char ch = (unsigned char)s[i];
        if (ch == '&') fputs("&amp;", out);
        else if (ch == '<') fputs("&lt;", out);
        else if (ch == '>') fputs("&gt;", out);
        else if (ch == '"') fputs("&quot;", out);
        else if (ch == '\'') fputs("&apos;", out);
        else if (ch == '\t' || ch == '\n') fputc(ch, out);
        else if (ch < 0x20 || ch == 0x7f) fputs("\xEF\xBF\xBD", out);
        else if (ch < 0x80) fputc(ch, out);
        else {
            int32_t cp;
            int k = utf8_decode(s + i, len - i, &cp);
            /* U+FFFE and U+FFFF are not XML characters either. */
            if (k < 0 || cp == 0xFFFE || cp == 0xFFFF) { fputs("\xEF\xBF\xBD", out); i++; continue; }
            fwrite(s + i, 1, (size_t)k, out);
            i += (size_t)k;
            continue;
        }
        i++;
    }
}

static void esc(FILE *out, const char *s)
{
    junit_escape(out, s, strlen(s));
}

/* The finding as `stratc check` prints it on a terminal without colour. */
static void rendered(Diags *d, const Diag *g, FILE *out)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&buf, &len);
    if (!m) { esc(out, g->msg); return; }
    diag_print_one(d, g, m, (DiagStyle){.color = false});
    fclose(m);
    junit_escape(out, buf, len);
    free(buf);
}

/* The case (an index into cases, ncases for none) each finding belongs to.
 * Cases are in load order, so their ranges increase: a binary search. */
static size_t owner(const Diag *g, const JunitCase *cases, size_t ncases)
{
    size_t lo = 0, hi = ncases;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (cases[mid].end <= g->seq) lo = mid + 1;
        else hi = mid;
    }
    return lo < ncases && g->seq >= cases[lo].first ? lo : ncases;
}

static void one_case(Diags *d, const char *name, const Diag **mine, size_t n, FILE *out)
{
    fputs("    <testcase classname=\"stratc.check\" name=\"", out);
    esc(out, name);
    fputs("\" file=\"", out);
    esc(out, name);
    fputs(n ? "\">\n" : "\"/>\n", out);
    if (!n) return;
    bool other = false;
    for (size_t i = 0; i < n; i++) {
        if (mine[i]->sev != SEV_ERROR) { other = true; continue; }
        fputs("      <failure type=\"", out);
        esc(out, mine[i]->rule ? mine[i]->rule : "internal");
        fputs("\" message=\"", out);
        esc(out, mine[i]->msg);
        fputs("\">", out);
        rendered(d, mine[i], out);
        fputs("</failure>\n", out);
    }
    if (other) {
        fputs("      <system-out>", out);
        for (size_t i = 0; i < n; i++)
            if (mine[i]->sev != SEV_ERROR) rendered(d, mine[i], out);
        fputs("</system-out>\n", out);
    }
    fputs("    </testcase>\n", out);
}

void junit_print(Diags *d, const JunitCase *cases, size_t ncases, FILE *out)
{
    /* Group the sorted findings by case, keeping their order (a counting sort). */
    size_t *start = xcalloc(ncases + 2, sizeof *start);
    size_t *own = xmalloc((d->n + 1) * sizeof *own);
    size_t failures = 0;
    for (size_t i = 0; i < d->n; i++) {
        own[i] = owner(d->items[i], cases, ncases);
        start[own[i] + 1]++;
        failures += d->items[i]->sev == SEV_ERROR;
    }
    for (size_t k = 0; k <= ncases; k++) start[k + 1] += start[k];
    const Diag **by = xmalloc((d->n + 1) * sizeof *by);
    size_t *fill = xmalloc((ncases + 1) * sizeof *fill);
    memcpy(fill, start, (ncases + 1) * sizeof *fill);
    for (size_t i = 0; i < d->n; i++) by[fill[own[i]]++] = d->items[i];
    bool stray = start[ncases + 1] > start[ncases];
    size_t tests = ncases + stray;

    fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", out);
    fprintf(out, "<testsuites name=\"stratc check\" tests=\"%zu\" failures=\"%zu\" errors=\"0\">\n",
            tests, failures);
    fprintf(out, "  <testsuite name=\"stratc check\" tests=\"%zu\" failures=\"%zu\" errors=\"0\" "
                 "skipped=\"0\">\n", tests, failures);
    for (size_t k = 0; k < ncases; k++)
        one_case(d, cases[k].name, by + start[k], start[k + 1] - start[k], out);
    if (stray) one_case(d, "stratc", by + start[ncases], start[ncases + 1] - start[ncases], out);
    fputs("  </testsuite>\n</testsuites>\n", out);
    fflush(out);
    free(start);
    free(own);
    free(by);
    free(fill);
}
