/* inputs.c - FILE and DIR arguments to a list of files (see inputs.h). */
#include "inputs.h"
#include "fileio.h"
#include "gitshow.h"
#include "xalloc.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static bool is_dir(const char *path)
{
    struct stat st;
    return strcmp(path, "-") != 0 && stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool sorted_has(const PathList *l, const char *s)
{
    return l->n && bsearch(&s, l->v, l->n, sizeof *l->v, cmp_str);
}

/* The canonical paths of the files loading path pulls in through include,
 * added to into.  A file that never mentions include pulls in nothing: it
 * is not parsed at all. */
static void includes_of(const StratOptions *opt, const char *path, PathList *into)
{
    char *text;
    size_t len;
    if (!file_read_path(path, SRC_MAX_BYTES, &text, &len)) return;
    bool mentions = memmem(text, len, "include", 7) != NULL;
    free(text);
    if (!mentions) return;
    Strat scratch;
    strat_init(&scratch, opt);
    uint32_t first = (uint32_t)scratch.src->n;
    strat_load(&scratch, path);
    /* The first file loaded is path itself; the rest came through include. */
    for (size_t id = first + 1; id < scratch.src->n; id++) {
        const SrcFile *f = src_file(scratch.src, (uint32_t)id);
        if (f->realpath) pathlist_add(into, f->realpath);
    }
    strat_fini(&scratch);
}

/* `check . plans/a.strat`: a file a directory finds again after it was
 * already an input is not checked twice (a file named twice still is). */
typedef struct InputRef { const char *real; size_t i; } InputRef;

static int cmp_ref(const void *a, const void *b)
{
    const InputRef *x = a, *y = b;
    int c = strcmp(x->real, y->real);
    return c ? c : (x->i > y->i) - (x->i < y->i);
}

static void mark_repeats(size_t n, char **real, const bool *walked, bool *drop)
{
    InputRef *refs = xmalloc((n + 1) * sizeof *refs);
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (real[i]) refs[k++] = (InputRef){real[i], i};
    if (k > 1) qsort(refs, k, sizeof *refs, cmp_ref);
    for (size_t j = 1; j < k; j++)
        if (strcmp(refs[j].real, refs[j - 1].real) == 0 && walked[refs[j].i]) drop[refs[j].i] = true;
    free(refs);
}

/* closure[i]: what input i includes, directly or not.  An input is a root
 * when no other input includes it; what a root includes is covered and,
 * when a directory found it, is not checked alone. */
static void mark_included(const StratOptions *opt, const PathList *all, char **real,
                          const bool *walked, bool *drop)
{
    PathList *closure = xcalloc(all->n, sizeof *closure);
    PathList every = {0}, covered = {0};
    for (size_t i = 0; i < all->n; i++) {
        if (real[i] && !drop[i]) includes_of(opt, all->v[i], &closure[i]);
        for (size_t k = 0; k < closure[i].n; k++) pathlist_add(&every, closure[i].v[k]);
    }
    pathlist_sort(&every);
    for (size_t i = 0; i < all->n; i++)
        if (!real[i] || !sorted_has(&every, real[i]))
            for (size_t k = 0; k < closure[i].n; k++) pathlist_add(&covered, closure[i].v[k]);
    pathlist_sort(&covered);
    for (size_t i = 0; i < all->n; i++) {
        if (walked[i] && real[i] && sorted_has(&covered, real[i])) drop[i] = true;
        pathlist_free(&closure[i]);
    }
    free(closure);
    pathlist_free(&every);
    pathlist_free(&covered);
}

void inputs_expand(Strat *s, char **args, int nargs, bool skip_included, PathList *out)
{
    PathList all = {0};
    bool *walked = NULL;        /* all.v[i] came from a directory */
    size_t capw = 0;
    bool any_dir = false;
    for (int i = 0; i < nargs; i++) {
        size_t before = all.n;
        if (!is_dir(args[i])) {
            pathlist_add(&all, args[i]);
        } else {
            char err[512];
            any_dir = true;
            if (!walk_files(args[i], ".strat", &all, err, sizeof err)) {
                diag_add_global(&s->diags, SEV_ERROR, "io", DIAG_TEXT, err);
                s->io_errors++;
            } else if (all.n == before) {
                /* Likely the wrong directory: say so rather than pass quietly. */
                diag_add_global(&s->diags, SEV_WARNING, "io", "no .strat files below '%s'", args[i]);
            }
        }
        if (all.n > capw) {
            capw = all.cap;
            walked = xrealloc(walked, capw * sizeof *walked);
        }
        for (size_t k = before; k < all.n; k++) walked[k] = is_dir(args[i]);
    }
    if (!any_dir) {
        for (size_t i = 0; i < all.n; i++) pathlist_add(out, all.v[i]);
        pathlist_free(&all);
        free(walked);
        return;
    }
    char **real = xcalloc(all.n, sizeof *real);
    for (size_t i = 0; i < all.n; i++)
        if (strcmp(all.v[i], "-") != 0) real[i] = realpath(all.v[i], NULL);
    bool *drop = xcalloc(all.n, sizeof *drop);
    mark_repeats(all.n, real, walked, drop);
    if (skip_included && all.n > 1) mark_included(&s->opt, &all, real, walked, drop);
    for (size_t i = 0; i < all.n; i++) {
        if (!drop[i]) pathlist_add(out, all.v[i]);
        free(real[i]);
    }
    free(real);
    free(drop);
    pathlist_free(&all);
    free(walked);
}
