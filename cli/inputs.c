/* inputs.c - FILE and DIR arguments to a list of files (see inputs.h). */
#include "inputs.h"
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
    if (!read_whole_file(path, &text, &len)) return;
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
                diag_add_global(&s->diags, SEV_ERROR, "io", "%s", err);
                s->io_errors++;
            }
        }
        if (all.n > capw) {
            capw = all.cap;
            walked = xrealloc(walked, capw * sizeof *walked);
        }
        for (size_t k = before; k < all.n; k++) walked[k] = is_dir(args[i]);
    }
    if (!skip_included || !any_dir || all.n < 2) {
        for (size_t i = 0; i < all.n; i++) pathlist_add(out, all.v[i]);
        pathlist_free(&all);
        free(walked);
        return;
    }
    /* closure[i]: what input i includes, directly or not.  An input is a
     * root when no other input includes it; what a root includes is covered
     * and is not checked alone. */
    PathList *closure = xcalloc(all.n, sizeof *closure);
    char **real = xcalloc(all.n, sizeof *real);
    PathList every = {0};
    for (size_t i = 0; i < all.n; i++) {
        if (strcmp(all.v[i], "-") != 0) real[i] = realpath(all.v[i], NULL);
        if (real[i]) includes_of(&s->opt, all.v[i], &closure[i]);
        qsort(closure[i].v, closure[i].n, sizeof *closure[i].v, cmp_str);
        for (size_t k = 0; k < closure[i].n; k++) pathlist_add(&every, closure[i].v[k]);
    }
    qsort(every.v, every.n, sizeof *every.v, cmp_str);
    PathList covered = {0};
    for (size_t i = 0; i < all.n; i++) {
        bool root = !real[i] || !sorted_has(&every, real[i]);
        if (root)
            for (size_t k = 0; k < closure[i].n; k++) pathlist_add(&covered, closure[i].v[k]);
    }
    qsort(covered.v, covered.n, sizeof *covered.v, cmp_str);
    for (size_t i = 0; i < all.n; i++)
        if (!walked[i] || !real[i] || !sorted_has(&covered, real[i])) pathlist_add(out, all.v[i]);
    for (size_t i = 0; i < all.n; i++) {
        pathlist_free(&closure[i]);
        free(real[i]);
    }
    free(closure);
    free(real);
    pathlist_free(&every);
    pathlist_free(&covered);
    pathlist_free(&all);
    free(walked);
}
