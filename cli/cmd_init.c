/* cmd_init.c - `stratc init [--template=sogo|okr|blank] [--lang=ja|en] FILE`:
 * a commented starting plan.
 *
 * The templates (templates.h) each pass `check --werror` and `fmt --check`
 * (make ci-check tests both).  FILE is created, never replaced: an existing
 * file, directory or link is an error and is left as it was (newfile.h).
 * '-' prints the template instead. */
#include "i18n.h"
#include "cli.h"
#include "newfile.h"
#include "templates.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

static const Template *find(const char *name, const char *lang)
{
    for (size_t i = 0; i < NTEMPLATES; i++)
        if (strcmp(TEMPLATES[i].name, name) == 0 && strcmp(TEMPLATES[i].lang, lang) == 0)
            return &TEMPLATES[i];
    return NULL;
}

static bool known_name(const char *name)
{
    for (size_t i = 0; i < NTEMPLATES; i++)
        if (strcmp(TEMPLATES[i].name, name) == 0) return true;
    return false;
}

int cmd_init(int argc, char **argv)
{
    Cli c;
    cli_init(&c, "init");
    const char *name = "sogo";
    static const struct option opts[] = {
        CLI_COMMON_LONGOPTS,
        {"template", required_argument, NULL, OPT_TEMPLATE},
        {0, 0, 0, 0}};
    int o;
    while ((o = getopt_long(argc, argv, "", opts, NULL)) != -1) {
        switch (o) {
        case OPT_TEMPLATE:
            if (!known_name(optarg))
                return cli_usage_error(&c, "unknown template '%s' (sogo, okr, blank)", optarg);
            name = optarg;
            break;
        default: {
            int r = cli_common_option(&c, o, optarg);
            if (r == -1) return cli_bad_option(&c, argv, opts);
            if (r != EXIT_OK) return r;
        }
        }
    }
    if (optind >= argc) return cli_usage_error(&c, "init needs a FILE to create ('-' for standard output)");
    if (argc - optind > 1) return cli_usage_error(&c, "init creates one FILE, not %d", argc - optind);
    const char *lang = cli_lang_ja(&c, true) ? "ja" : "en";
    const Template *t = find(name, lang);
    if (!t) return cli_usage_error(&c, "template '%s' has no '%s' version", name, lang);
    const char *path = argv[optind];
    size_t len = strlen(t->text);
    if (strcmp(path, "-") == 0) {
        fwrite(t->text, 1, len, stdout);
        return EXIT_OK;     /* main() checks that it was written */
    }
    if (!newfile_write(path, t->text, len)) return EXIT_TROUBLE;
    /* TRANSLATORS: created FILE (template NAME, LANG); the command stays ASCII. */
    printf(_("created %s (template %s, %s); next: stratc check %s\n"), path, name, lang, path);
    return EXIT_OK;
}
