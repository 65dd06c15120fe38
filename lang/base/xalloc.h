/* xalloc.h - malloc that never returns NULL.
 *
 * Running out of memory is reported once, as an internal error with exit
 * code 2, instead of being checked (and forgotten) at every call site. */
#ifndef STRAT_XALLOC_H
#define STRAT_XALLOC_H

#include <stddef.h>

void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
/* Zeroed memory for a large block filled once, front to back (arena chunks,
 * source text): asks the kernel for huge pages, so that a 250 MB input costs
 * a few hundred page faults instead of a hundred thousand.  Free with free(). */
void *xcalloc_big(size_t n);
enum { XALLOC_HUGE_PAGE = 2u << 20 };     /* what xcalloc_big asks the kernel for */

/* Grow a malloc'd array to hold at least `need` elements. */
#define XGROW(ptr, cap, need)                                              \
    do {                                                                   \
        if ((size_t)(need) > (size_t)(cap)) {                              \
            size_t nc_ = (cap) ? (size_t)(cap) * 2 : 8;                    \
            while (nc_ < (size_t)(need)) nc_ *= 2;                         \
            (ptr) = xrealloc((ptr), nc_ * sizeof *(ptr));                  \
            (cap) = nc_;                                                   \
        }                                                                  \
    } while (0)

#endif
