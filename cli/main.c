/* main.c - stratc: subcommand dispatch. */
#include "cli.h"
#include "suggest.h"

#include <stdio.h>
#include <string.h>
#include <unistd.h>

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
};

int main(int argc, char **argv)
{
    /* Into a file or a pipe, output goes in large blocks: dump and report of a
     * million indicators write hundreds of megabytes. */
    if (!isatty(STDOUT_FILENO)) setvbuf(stdout, NULL, _IOFBF, 1 << 20);
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
        return COMMANDS[i].run(argc - 1, argv + 1);
    }
    fprintf(stderr, "stratc: error: unknown command '%s'\n", cmd);
    const char *names[sizeof COMMANDS / sizeof *COMMANDS + 1];
    for (size_t i = 0; i < sizeof COMMANDS / sizeof *COMMANDS; i++) names[i] = COMMANDS[i].name;
    names[sizeof COMMANDS / sizeof *COMMANDS] = "help";
    const char *best = suggest_closest(cmd, names, sizeof names / sizeof *names);
    if (best) fprintf(stderr, "stratc: note: did you mean '%s'?\n", best);
    fprintf(stderr, "Try 'stratc --help'.\n");
    return EXIT_TROUBLE;
}
