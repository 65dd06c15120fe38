/* main.c - stratc: subcommand dispatch. */
#include "cli.h"
#include "i18n.h"
#include "suggest.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Where `make install` puts the catalogs.  STRATC_LOCALEDIR overrides it,
 * and a binary that was not installed finds them beside itself
 * (build/locale, where make writes them). */
#ifndef STRATC_LOCALEDIR
#define STRATC_LOCALEDIR "/usr/local/share/locale"
#endif

#ifndef STRATC_VERSION
#define STRATC_VERSION "0.1.0"
#endif

typedef struct Command {
    const char *name;
    int (*run)(int argc, char **argv);
} Command;

static const Command COMMANDS[] = {
    {"check", cmd_check},
    {"report", cmd_report},
    {"diff", cmd_diff},
    {"dump", cmd_dump},
    {"fmt", cmd_fmt},
    {"import", cmd_import},
    {"lsp", cmd_lsp},
    {"init", cmd_init},
    {"graph", cmd_graph},
};

/* --lang=L or --lang L among a command's options (before "--"): the
 * language must be chosen before anything prints, getopt's complaints and
 * --help included.  The command validates the value again as it parses. */
static const char *lang_option(int argc, char **argv)
{
    const char *lang = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--") == 0) break;
        if (strncmp(argv[i], "--lang=", 7) == 0) lang = argv[i] + 7;
        else if (strcmp(argv[i], "--lang") == 0 && i + 1 < argc) lang = argv[++i];
    }
    return lang;
}

/* The build tree's catalogs, if this binary runs from one: DIR/locale
 * beside the executable holding the Japanese catalog.  NULL otherwise. */
static char *build_locale_dir(void)
{
    char exe[4096];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n <= 0 || (size_t)n >= sizeof exe - 1) return NULL;   /* a path too long: use LOCALEDIR */
    exe[n] = '\0';
    char *slash = strrchr(exe, '/');
    if (!slash) return NULL;
    *slash = '\0';
    size_t len = strlen(exe) + sizeof "/locale/ja/LC_MESSAGES/" STRATC_TEXTDOMAIN ".mo";
    char *dir = malloc(len);
    if (!dir) return NULL;
    snprintf(dir, len, "%s/locale/ja/LC_MESSAGES/" STRATC_TEXTDOMAIN ".mo", exe);
    if (access(dir, R_OK) != 0) { free(dir); return NULL; }
    snprintf(dir, len, "%s/locale", exe);
    return dir;
}

static void choose_language(int argc, char **argv)
{
    const char *lang = i18n_pick(lang_option(argc, argv), getenv("LANGUAGE"), getenv("LC_ALL"),
                                 getenv("LC_MESSAGES"), getenv("LANG"));
    const char *dir = getenv("STRATC_LOCALEDIR");
    char *beside = NULL;
    if (!dir || !*dir) dir = (beside = build_locale_dir()) ? beside : STRATC_LOCALEDIR;
    i18n_start(lang, dir);
    free(beside);   /* bindtextdomain keeps its own copy */
}

enum { STDOUT_BUFFER = 1 << 20 };

/* The command line after --lang: help, the version, or a command. */
static int dispatch(int argc, char **argv)
{
    if (argc < 2) {
        help_overview(stderr);
        return EXIT_TROUBLE;
    }
    const char *cmd = argv[1];
    if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0) {
        help_overview(stdout);
        return EXIT_OK;
    }
    if (strcmp(cmd, "--version") == 0 || strcmp(cmd, "-V") == 0) {
        printf("stratc %s\n", STRATC_VERSION);
        return EXIT_OK;
    }
    if (strcmp(cmd, "help") == 0) {
        if (argc < 3) { help_overview(stdout); return EXIT_OK; }
        return help_command(argv[2], stdout);
    }
    for (size_t i = 0; i < sizeof COMMANDS / sizeof *COMMANDS; i++) {
        if (strcmp(cmd, COMMANDS[i].name) != 0) continue;
        /* getopt names argv[0] in its complaints: "stratc fmt: unrecognized option". */
        char name[32];
        snprintf(name, sizeof name, "stratc %s", COMMANDS[i].name);
        argv[1] = name;
        int rc = COMMANDS[i].run(argc - 1, argv + 1);
        return rc == CLI_DONE ? EXIT_OK : rc;
    }
    fputs("stratc: error: ", stderr);   /* severity words stay English: tools match them */
    fprintf(stderr, _("unknown command '%s'"), cmd);
    fputc('\n', stderr);
    const char *names[sizeof COMMANDS / sizeof *COMMANDS + 1];
    for (size_t i = 0; i < sizeof COMMANDS / sizeof *COMMANDS; i++) names[i] = COMMANDS[i].name;
    names[sizeof COMMANDS / sizeof *COMMANDS] = "help";
    const char *best = suggest_closest(cmd, names, sizeof names / sizeof *names);
    if (best) {
        fputs("stratc: note: ", stderr);
        fprintf(stderr, _("did you mean '%s'?"), best);
        fputc('\n', stderr);
    }
    fprintf(stderr, "%s\n", _("Try 'stratc --help'."));
    return EXIT_TROUBLE;
}

int main(int argc, char **argv)
{
    choose_language(argc, argv);
    /* `stratc --lang=ja --help`: --lang before the command, too. */
    while (argc >= 2 && strncmp(argv[1], "--lang", 6) == 0) {
        int k = strcmp(argv[1], "--lang") == 0 ? 2 : strncmp(argv[1], "--lang=", 7) == 0 ? 1 : 0;
        if (!k || argc <= k) break;
        if (!i18n_known(k == 2 ? argv[2] : argv[1] + 7)) {
            fputs("stratc: error: ", stderr);
            fprintf(stderr, _("--lang takes ja or en, not '%s'"), k == 2 ? argv[2] : argv[1] + 7);
            fprintf(stderr, "\n%s\n", _("Try 'stratc --help'."));
            return EXIT_TROUBLE;
        }
        argv[k] = argv[0];
        argv += k;
        argc -= k;
    }
    /* Into a file or a pipe, output goes in large blocks: dump and report of a
     * million indicators write hundreds of megabytes.  glibc ignores the size
     * unless it is given the buffer, so it is; the stream is closed before the
     * buffer is freed. */
    char *outbuf = isatty(STDOUT_FILENO) ? NULL : malloc(STDOUT_BUFFER);
    if (outbuf) setvbuf(stdout, outbuf, _IOFBF, STDOUT_BUFFER);
    int rc = dispatch(argc, argv);
    /* Whatever went to standard output must have got there. */
    if (!cli_stdout_ok()) rc = EXIT_TROUBLE;
    if (outbuf) {
        fclose(stdout);
        free(outbuf);
    }
    return rc;
}
