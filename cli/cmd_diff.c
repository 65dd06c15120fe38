/* cmd_diff.c - `stratc diff`: what a revision changed, semantically.
 *
 *   stratc diff [--format=F] OLD NEW     OLD/NEW may be REV:PATH (git show)
 *   stratc diff [--format=F] FILE        against the file its `revises` names
 *   stratc diff --git-driver PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE
 *
 * Both files load into one Strat, so ids intern to the same pointers and
 * matching is by hash (diff.h); given both, they load at once on two
 * threads.  Exit as diff(1): 0 same, 1 different, 2 trouble; as a git
 * driver, 0 unless trouble (git aborts otherwise). */
#include "cli.h"
#include "i18n.h"
#include "diff.h"
#include "fileio.h"
#include "gitshow.h"
#include "graph.h"
#include "xalloc.h"
#include "linediff.h"

#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

typedef struct Side {
    const char *arg;            /* as given: FILE, REV:PATH or /dev/null (driver) */
    const char *name;           /* to show; NULL: arg */
    bool from_disk_as_named;    /* driver: read arg, but call it name */
} Side;

/* Loads one side; *m stays NULL for the driver's /dev/null. */
static bool load_side(Strat *s, const Side *side, bool driver, Model **m)
{
    *m = NULL;
    if (driver && strcmp(side->arg, "/dev/null") == 0) return true;
    if (side->from_disk_as_named) {
        char *bytes;
        size_t len;
        if (!file_read_path(side->arg, SRC_MAX_BYTES, &bytes, &len)) {
            cli_error("stratc diff", "cannot read '%s': %s", side->arg, strerror(errno));
            return false;
        }
        *m = strat_load_bytes(s, side->name, bytes, len);
        free(bytes);
        return *m != NULL;
    }
    if (git_is_rev_path(side->arg)) {
        char *bytes, err[512];
        size_t len;
        if (!git_show(side->arg, SRC_MAX_BYTES, &bytes, &len, err, sizeof err)) {
            fprintf(stderr, "stratc diff: error: %s\n", err);     /* translated by gitshow.c */
            return false;
        }
        *m = strat_load_bytes(s, side->arg, bytes, len);
        free(bytes);
        return *m != NULL;
    }
    *m = strat_load(s, side->arg);
    return *m != NULL;
}

typedef struct LoadJob {
    Strat *s;
    const Side *side;
    bool driver;
    Model *m;
    bool ok;
} LoadJob;

static void *load_job(void *arg)
{
    LoadJob *j = arg;
    j->ok = load_side(j->s, j->side, j->driver, &j->m);
    return NULL;
}

/* The new side on a second thread, in a session that shares this one's
 * interner and sources (strat_init_sharing), then taken into it: parsing
 * is most of a diff's time, and the two files are independent.  Without a
 * thread, one after the other. */
static bool load_both(Strat *s, const Side *old_side, const Side *new_side, bool driver,
                      Model **mo, Model **mn)
{
    Strat s2;
    strat_init_sharing(&s2, &s->opt, s);
    LoadJob job = {&s2, new_side, driver, NULL, false};
    pthread_t t;
    bool threaded = pthread_create(&t, NULL, load_job, &job) == 0;
    bool ok = load_side(s, old_side, driver, mo);
    if (threaded) pthread_join(t, NULL);
    else load_job(&job);
    strat_adopt(s, &s2);
    strat_fini(&s2);
    *mn = job.m;
    return ok && job.ok;
}

typedef enum { PIC_NONE, PIC_DOT, PIC_MERMAID, PIC_SVG } Picture;

/* --format=dot|mermaid|svg: the picture of the revision (doc/graph.md),
 * with the renames the diff found. */
static bool write_picture(const DiffResult *r, const Model *mo, const Model *mn, Picture pic, FILE *out)
{
    static const EntityKind KIND[] = {[DE_VIEWPOINT] = EK_VIEWPOINT, [DE_SECTOR] = EK_SECTOR,
                                      [DE_PROJECT] = EK_PROJECT, [DE_INDICATOR] = EK_INDICATOR};
    GraphRename *ren = xmalloc((r->n ? r->n : 1) * sizeof *ren);
    size_t n = 0;
    for (size_t i = 0; i < r->n; i++) {
        const DiffChange *c = &r->v[i];
        if (c->kind != DK_RENAMED || c->entity < DE_VIEWPOINT || c->entity > DE_INDICATOR) continue;
        ren[n++] = (GraphRename){KIND[c->entity], c->old_id, c->id};
    }
    GraphOptions go = {.by = GRAPH_BY_SECTOR, .ja = true};
    Graph g;
    graph_of_revision(&g, mo, mn, ren, n, &go);
    free(ren);
    bool ok;
    if (pic == PIC_SVG) {
        char *svg, err[512];
        size_t len;
        ok = graph_svg(&g, true, &svg, &len, err, sizeof err);
        if (ok) {
            ok = fwrite(svg, 1, len, out) == len;
            free(svg);
        } else {
            fprintf(stderr, "stratc diff: error: %s\n", err);
        }
    } else {
        ok = pic == PIC_DOT ? graph_write_dot(&g, out) : graph_write_mermaid(&g, out);
    }
    graph_free(&g);
    return ok;
}

/* The file `revises` names.  From REV:DIR/NEW.strat it is REV:DIR/OLD -
 * the predecessor as that revision holds it, not the working tree's. */
static const char *revised_file(Strat *s, const char *arg, const Model *m)
{
    const char *name = m->revises_name;
    if (!git_is_rev_path(arg) || name[0] == '/') return m->revises_path;
    const char *colon = strchr(arg, ':'), *path = colon + 1, *slash = strrchr(path, '/');
    int dirlen = slash ? (int)(slash - path + 1) : 0;
    return arena_printf(&s->arena, "%.*s%.*s%s", (int)(colon - arg + 1), arg, dirlen, path, name);
}

/* The git driver on a file it cannot read as a strategy: git aborts the
 * whole `git diff` when the driver fails, so it says why, shows the
 * diagnostics and a line diff in the diff output, and succeeds. */
static int driver_fallback(const Cli *c, Strat *s, const Side *old_side, const Side *new_side,
                           const char *label)
{
    (void)c;
    printf("stratc diff a/%s b/%s\n", label, label);
    printf("stratc diff: %s\n", _("cannot compare the strategies (errors below); a line diff follows"));
    diag_sort(&s->diags);
    DiagStyle st = {.color = false};
    diag_print_text(&s->diags, stdout, st);
    diag_print_summary(&s->diags, stdout);
    char *bytes[2] = {NULL, NULL};
    size_t len[2] = {0, 0};
    const Side *sides[2] = {old_side, new_side};
    for (int i = 0; i < 2; i++) {
        if (strcmp(sides[i]->arg, "/dev/null") == 0) continue;
        if (!file_read_path(sides[i]->arg, SRC_MAX_BYTES, &bytes[i], &len[i])) {
            printf("stratc diff: ");
            printf(_("cannot read '%s': %s"), sides[i]->arg, strerror(errno));
            putchar('\n');
            bytes[i] = NULL;
            len[i] = 0;
        }
    }
    linediff_print(bytes[0] ? bytes[0] : "", len[0], bytes[1] ? bytes[1] : "", len[1],
                   strcmp(old_side->arg, "/dev/null") == 0 ? "/dev/null" : old_side->name,
                   strcmp(new_side->arg, "/dev/null") == 0 ? "/dev/null" : new_side->name, stdout);
    free(bytes[0]);
    free(bytes[1]);
    fflush(stdout);
    return EXIT_OK;
}

int cmd_diff(int argc, char **argv)
{
    Cli c;
    cli_init(&c, "diff");
    DiffFormat fmt = DIFF_TEXT;
    Picture pic = PIC_NONE;
    bool driver = false;
    static const struct option opts[] = {
        CLI_COMMON_LONGOPTS,
        {"format", required_argument, NULL, OPT_FORMAT},
        {"git-driver", no_argument, NULL, OPT_GIT_DRIVER},
        {0, 0, 0, 0}};
    int o;
    while ((o = getopt_long(argc, argv, "", opts, NULL)) != -1) {
        switch (o) {
        case OPT_FORMAT:
            if (strcmp(optarg, "text") == 0) fmt = DIFF_TEXT;
            else if (strcmp(optarg, "md") == 0 || strcmp(optarg, "markdown") == 0) fmt = DIFF_MD;
            else if (strcmp(optarg, "json") == 0) fmt = DIFF_JSON;
            else if (strcmp(optarg, "dot") == 0) pic = PIC_DOT;
            else if (strcmp(optarg, "mermaid") == 0) pic = PIC_MERMAID;
            else if (strcmp(optarg, "svg") == 0) pic = PIC_SVG;
            else return cli_usage_error(&c, "unknown format '%s' (text, md, json, dot, mermaid, svg)", optarg);
            break;
        case OPT_GIT_DRIVER: driver = true; break;
        default: {
            int r = cli_common_option(&c, o, optarg);
            if (r == -1) return cli_bad_option(&c, argv, opts);
            if (r != EXIT_OK) return r;
        }
        }
    }
    if (driver && pic != PIC_NONE)
        return cli_usage_error(&c, "--git-driver writes text, md or json, not a picture");
    int nargs = argc - optind;
    char **args = argv + optind;
    Side old_side = {0}, new_side = {0};
    const char *label = NULL;
    if (driver) {
        /* git: path old-file old-hex old-mode new-file new-hex new-mode; an
         * unmerged path comes alone. */
        if (nargs == 1) {
            printf("stratc diff: ");
            printf(_("%s is unmerged"), args[0]);
            putchar('\n');
            return EXIT_OK;
        }
        if (nargs != 7)
            return cli_usage_error(&c, "--git-driver takes the 7 arguments git passes, not %d", nargs);
        label = args[0];
        old_side = (Side){args[1], NULL, true};
        new_side = (Side){args[4], NULL, true};
    } else if (nargs == 2) {
        old_side.arg = args[0];
        new_side.arg = args[1];
    } else if (nargs != 1) {
        return cli_usage_error(&c, "diff takes OLD NEW, or one FILE that names what it revises");
    }

    Strat s;
    strat_init(&s, &c.sopt);
    Model *mo = NULL, *mn = NULL;
    bool ok;
    if (driver) {
        char *an = arena_printf(&s.arena, "a/%s", label), *bn = arena_printf(&s.arena, "b/%s", label);
        old_side.name = an;
        new_side.name = bn;
        ok = load_both(&s, &old_side, &new_side, true, &mo, &mn);
    } else if (nargs == 1) {
        new_side.arg = args[0];
        ok = load_side(&s, &new_side, false, &mn);
        if (ok && !s.diags.errors && !mn->revises_path) {
            cli_print_diags(&c, &s);
            strat_fini(&s);
            return cli_usage_error(&c, "'%s' names no file it revises; give both: stratc diff OLD NEW",
                                   args[0]);
        }
        if (ok && !s.diags.errors) {
            old_side.arg = revised_file(&s, args[0], mn);
            /* a file, not /dev/zero or a FIFO named by a hostile `revises` */
            FileKind k = git_is_rev_path(old_side.arg) ? FILE_REGULAR : file_kind(old_side.arg);
            if (k != FILE_REGULAR && k != FILE_MISSING) {
                cli_error("stratc diff", "the revised strategy '%s' is not a regular file", old_side.arg);
                ok = false;
            } else {
                ok = load_side(&s, &old_side, false, &mo);
            }
        }
    } else {
        ok = load_both(&s, &old_side, &new_side, false, &mo, &mn);
    }

    int rc;
    if (driver && (!ok || s.io_errors || s.diags.errors)) {
        rc = driver_fallback(&c, &s, &old_side, &new_side, label);
    } else if (!ok || s.io_errors || s.diags.errors) {
        /* Warnings are the business of check; diff shows diagnostics only
         * when it cannot compare. */
        cli_print_diags(&c, &s);
        rc = EXIT_TROUBLE;
    } else {
        DiffResult r;
        diff_models(&s, mo, mn, &r);
        if (driver) {
            r.old_name = old_side.name;
            r.new_name = new_side.name;
            if (fmt == DIFF_TEXT) {
                printf("stratc diff a/%s b/%s\n", label, label);
                if (!r.n) printf("%s\n", _("(no semantic differences)"));
            }
        }
        bool ok_out = true;
        if (pic != PIC_NONE) ok_out = write_picture(&r, mo, mn, pic, stdout);
        else diff_print(&r, fmt, color_wanted(c.color, stdout), stdout);
        rc = !cli_stdout_ok() || !ok_out ? EXIT_TROUBLE
           : driver || !r.n ? EXIT_OK : EXIT_FINDINGS;
        diff_result_free(&r);
    }
    strat_fini(&s);
    return rc;
}
