/* i18n.h - translated messages through GNU gettext (text domain "stratc").
 *
 * Most messages are translated inside the message functions (diag_add,
 * diag_note, diag_help, check_add, cli_usage_error, ...), which pass their
 * format through i18n_msg(); `make` extracts those formats with xgettext's
 * --keyword options, so call sites write plain English literals.  Only text
 * printed outside those functions is marked here: _() translates now, N_()
 * marks a literal in a table that is translated where it is used, _n()
 * chooses a plural form.
 *
 * The catalog language is gettext's own process state, set once at startup
 * by i18n_start(); until then (unit tests, the fuzz target) every message is
 * its English msgid. */
#ifndef STRAT_I18N_H
#define STRAT_I18N_H

#include <libintl.h>
#include <stdbool.h>

#define STRATC_TEXTDOMAIN "stratc"

#define _(s) dgettext(STRATC_TEXTDOMAIN, s)
#define N_(s) s
#define _n(s, p, n) dngettext(STRATC_TEXTDOMAIN, s, p, n)

/* A message function's format, translated (attribute format_arg keeps
 * -Wformat checking the arguments against the English original). */
const char *i18n_msg(const char *msgid) __attribute__((format_arg(1)));

/* The message language from --lang (NULL when not given) and the
 * environment, by the rules of gettext: LC_ALL, else LC_MESSAGES, else LANG
 * names the locale; in the C or POSIX locale (C.UTF-8 too) messages are
 * English and LANGUAGE is ignored; otherwise the first entry of LANGUAGE's
 * list that stratc speaks, else the locale's language.  Returns "ja" or "en". */
const char *i18n_pick(const char *opt, const char *language, const char *lc_all,
                      const char *lc_messages, const char *lang);

/* Whether s is a language stratc speaks ("ja" or "en", as --lang takes). */
bool i18n_known(const char *s);

/* Selects the catalog of lang ("ja" or "en") from localedir, whether or not
 * the system has a locale for that language installed: LC_MESSAGES is set
 * to C.UTF-8 and LANGUAGE to lang, and messages are delivered in UTF-8.
 * "en" leaves the messages in the C locale (the msgids).  Returns 0, or -1
 * when no usable locale exists (messages then stay English). */
int i18n_start(const char *lang, const char *localedir);

#endif
