/* xalloc.c - allocation that exits cleanly on exhaustion. */
#include "xalloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sys/mman.h>

static void oom(size_t n)
{
    fprintf(stderr, "stratc: error: out of memory (requesting %zu bytes)\n", n);
    exit(2);
}

void *xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p) oom(n);
    return p;
}

void *xcalloc(size_t n, size_t size)
{
    void *p = calloc(n ? n : 1, size ? size : 1);
    if (!p) oom(n * size);
    return p;
}

void *xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q) oom(n);
    return q;
}

char *xstrndup(const char *s, size_t n)
{
    char *d = xmalloc(n + 1);
    memcpy(d, s, n);
    d[n] = '\0';
    return d;
}

char *xstrdup(const char *s) { return xstrndup(s, strlen(s)); }

/* Huge pages for the 2 MB-aligned interior of a big block: a fault per 2 MB
 * instead of per 4 KB, which on a VM is most of the cost of fresh memory.
 * A hint: failure is harmless. */
static void advise_huge(void *p, size_t n)
{
#ifdef MADV_HUGEPAGE
    if (n >= 2 * XALLOC_HUGE_PAGE) {
        uintptr_t b = ((uintptr_t)p + XALLOC_HUGE_PAGE - 1) & ~(uintptr_t)(XALLOC_HUGE_PAGE - 1);
        uintptr_t e = ((uintptr_t)p + n) & ~(uintptr_t)(XALLOC_HUGE_PAGE - 1);
        if (e > b) (void)madvise((void *)b, e - b, MADV_HUGEPAGE);
    }
#else
    (void)p;
    (void)n;
#endif
}

void *xcalloc_big(size_t n)
{
    /* calloc takes large blocks fresh from mmap and does not clear them, so
     * nothing is touched here. */
    void *p = xcalloc(1, n);
    advise_huge(p, n);
    return p;
}
