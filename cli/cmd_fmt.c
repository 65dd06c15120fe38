/* cmd_fmt.c - `stratc fmt [--check] [-w] FILE|DIR...`: the canonical layout.
 *
 * Without a flag each formatted file goes to stdout.  --check lists the
 * files whose text would change and exits 1; -w rewrites them atomically
 * (outfile.h), and only when the text changes.  A file with errors found
 * while reading it is never written: its diagnostics go to stderr and the
 * exit status is 2. */
#include "cli.h"
#include "fileio.h"
#include "fmt.h"
#include "inputs.h"
#include "outfile.h"
#include "xalloc.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

typedef struct FmtRun {
    bool check, write;
} FmtRun;

/* The file's bytes exactly as stored, so that "changed" also covers a byte
 * order mark, CRLF line ends or another encoding (all written as UTF-8). */
static bool read_raw(Strat *s, const char *path, char **out, size_t *len)
{
    bool is_stdin = strcmp(path, "-") == 0;
    FILE *f = stdin;
    if (!is_stdin) {
        if (file_kind(path) == FILE_DIRECTORY) {
            diag_add_global(&s->diags, SEV_ERROR, "io", "'%s' is a directory", path);
            s->io_errors++;
            return false;
        }
        f = fopen(path, "rb");
        if (!f) {
            diag_add_global(&s->diags, SEV_ERROR, "io", "cannot open '%s': %s", path, strerror(errno));
            s->io_errors++;
            return false;
        }
    }
    char *buf = NULL;
    size_t n = 0;
    errno = 0;
    int e = src_read_stream(f, &buf, &n) ? 0 : errno ? errno : EIO;
    if (!is_stdin) fclose(f);
    if (e == EFBIG) {
        diag_add_global(&s->diags, SEV_ERROR, "limit", "'%s' is larger than %d bytes, the limit",
                        path, SRC_MAX_BYTES);
        s->io_errors++;
        return false;
    }
    if (e) {
        diag_add_global(&s->diags, SEV_ERROR, "io", "cannot read '%s': %s", path, strerror(e));
        s->io_errors++;
        return false;
    }
    *out = buf;
    *len = n;
    return true;
}

/* The formatted text, piece by piece as fmt makes it (it is never whole in
 * memory): compared with the stored bytes as it comes, printed, or under -w
 * written to a temporary beside the file from the first difference on. */
typedef struct FmtOut {
    const FmtRun *run;
    const char *path;
    const char *stored;         /* the bytes as stored */
    size_t storedlen;
    size_t off;                 /* bytes of formatted text so far */
    bool changed;
    bool opened;                /* -w: the temporary is open */
    bool failed;                /* -w: it could not be opened (a message said why) */
    OutFile of;
} FmtOut;

/* At the first difference: the temporary starts with the text so far, which
 * is the stored bytes' prefix. */
static void start_rewrite(FmtOut *o)
{
    if (!outfile_open(&o->of, o->path)) {
        o->failed = true;
        return;
    }
    o->opened = true;
    fwrite(o->stored, 1, o->off, o->of.f);      /* errors: outfile_commit sees them */
}

/* The formatted text parts from the stored bytes here: under -w, rewrite. */
static void differs(FmtOut *o)
{
    o->changed = true;
    if (o->run->write) start_rewrite(o);
}

static void take(void *ctx, const char *s, size_t n)
{
    FmtOut *o = ctx;
    if (!o->changed && (n > o->storedlen - o->off || memcmp(o->stored + o->off, s, n) != 0))
        differs(o);
    if (!o->run->check && !o->run->write) fwrite(s, 1, n, stdout);
    if (o->opened) fwrite(s, 1, n, o->of.f);
    o->off += n;
}

/* One file: EXIT_OK, EXIT_FINDINGS (would change, under --check) or EXIT_TROUBLE. */
static int fmt_one(const Cli *c, const FmtRun *run, const char *path)
{
    Strat s;
    strat_init(&s, &c->sopt);
    char *raw = NULL;
    size_t rawlen = 0;
    uint32_t id;
    int rc = EXIT_OK;
    const char *name = strcmp(path, "-") == 0 ? "<stdin>" : path;
    FmtOut o = {.run = run, .path = path};
    bool ok = false;
    if (read_raw(&s, path, &raw, &rawlen) && src_load_bytes(&s, name, NULL, raw, rawlen, &id)) {
        /* Plain UTF-8 loads unchanged: keep one copy, not two, while formatting. */
        const SrcFile *f = src_file(s.src, id);
        o.stored = raw;
        o.storedlen = rawlen;
        if (f->len == rawlen && memcmp(f->text, raw, rawlen) == 0) {
            free(raw);
            raw = NULL;
            o.stored = f->text;
        }
        ok = fmt_source_to(&s, id, take, &o);
    }
    if (!ok) {
        cli_print_diags(c, &s);
        rc = EXIT_TROUBLE;
    } else {
        if (!o.changed && o.off != o.storedlen) differs(&o);    /* shorter than stored */
        if (o.failed || (o.opened && !outfile_commit(&o.of))) rc = EXIT_TROUBLE;
        if (run->check && o.changed) printf("%s\n", name);
        if (rc == EXIT_OK && run->check && o.changed) rc = EXIT_FINDINGS;
    }
    free(raw);
    strat_fini(&s);
    return rc;
}

int cmd_fmt(int argc, char **argv)
{
    Cli c;
    cli_init(&c, "fmt");
    FmtRun run = {false, false};
    static const struct option opts[] = {
        CLI_COMMON_LONGOPTS,
        {"check", no_argument, NULL, OPT_CHECK},
        {"write", no_argument, NULL, 'w'},
        {0, 0, 0, 0}};
    int o;
    while ((o = getopt_long(argc, argv, "w", opts, NULL)) != -1) {
        switch (o) {
        case OPT_CHECK: run.check = true; break;
        case 'w': run.write = true; break;
        default: {
            int r = cli_common_option(&c, o, optarg);
            if (r == -1) return cli_bad_option(&c, argv, opts);
            if (r != EXIT_OK) return r;
        }
        }
    }
    if (optind >= argc) return cli_usage_error(&c, "fmt needs at least one FILE ('-' for standard input)");
    if (run.write) {
        for (int i = optind; i < argc; i++)
            if (strcmp(argv[i], "-") == 0)
                return cli_usage_error(&c, "-w cannot rewrite standard input");
    }
    /* A directory stands for every .strat file below it, include files too:
     * each file has its own layout. */
    Strat walk;
    strat_init(&walk, &c.sopt);
    PathList files = {0};
    inputs_expand(&walk, argv + optind, argc - optind, false, &files);
    int rc = walk.io_errors ? EXIT_TROUBLE : EXIT_OK;
    if (walk.diags.n) cli_print_diags(&c, &walk);
    strat_fini(&walk);
    for (size_t i = 0; i < files.n; i++) {
        int r = fmt_one(&c, &run, files.v[i]);
        if (r > rc) rc = r;
    }
    pathlist_free(&files);
    return rc;      /* main() checks what went to standard output */
}
