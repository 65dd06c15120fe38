/* i18n.c - choosing and selecting the message catalog (see i18n.h). */
#include "i18n.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>

const char *i18n_msg(const char *msgid)
{
    return dgettext(STRATC_TEXTDOMAIN, msgid);
}

bool i18n_known(const char *s)
{
    return s && (strcmp(s, "ja") == 0 || strcmp(s, "en") == 0);
}

static bool set(const char *s) { return s && *s; }

/* "C", "POSIX", "C.UTF-8", "C.utf8": the locales in which gettext speaks
 * the msgids.  (glibc itself honours LANGUAGE under C.UTF-8; stratc does
 * not, so LC_ALL=C.UTF-8 pins English whatever LANGUAGE says.) */
static bool is_c_locale(const char *loc)
{
    return strcmp(loc, "POSIX") == 0 || strcmp(loc, "C") == 0 || strncmp(loc, "C.", 2) == 0;
}

/* The language of a locale or LANGUAGE entry ("ja_JP.UTF-8" -> "ja"), if
 * stratc speaks it. */
static const char *spoken(const char *s, size_t n)
{
    if (n >= 2 && strncmp(s, "ja", 2) == 0 && (n == 2 || s[2] == '_' || s[2] == '.' || s[2] == '@'))
        return "ja";
    if (n >= 2 && strncmp(s, "en", 2) == 0 && (n == 2 || s[2] == '_' || s[2] == '.' || s[2] == '@'))
        return "en";
    if (n > 0 && is_c_locale(s)) return "en";
    return NULL;
}

const char *i18n_pick(const char *opt, const char *language, const char *lc_all,
                      const char *lc_messages, const char *lang)
{
    if (i18n_known(opt)) return opt;
    const char *loc = set(lc_all) ? lc_all : set(lc_messages) ? lc_messages : set(lang) ? lang : "C";
    if (is_c_locale(loc)) return "en";
    if (set(language)) {
        for (const char *p = language; *p;) {
            size_t n = strcspn(p, ":");
            const char *l = spoken(p, n);
            if (l) return l;
            p += n;
            if (*p == ':') p++;
        }
    }
    const char *l = spoken(loc, strlen(loc));
    return l ? l : "en";
}

int i18n_start(const char *lang, const char *localedir)
{
    bindtextdomain(STRATC_TEXTDOMAIN, localedir);
    bind_textdomain_codeset(STRATC_TEXTDOMAIN, "UTF-8");
    textdomain(STRATC_TEXTDOMAIN);
    if (strcmp(lang, "en") == 0) {
        /* The C locale: gettext returns the msgids, whatever LANGUAGE says. */
        setlocale(LC_MESSAGES, "C");
        return 0;
    }
    /* gettext ignores LANGUAGE only in the "C" locale; any other locale will
     * do, since the catalog is named by LANGUAGE.  C.UTF-8 exists wherever
     * glibc does, unlike ja_JP.UTF-8.  LC_CTYPE follows, so that the C
     * library's own messages (strerror) arrive in UTF-8 too, not as '?';
     * stratc's text handling does not depend on it (utf8proc, not ctype).
     * LC_NUMERIC and the others stay "C": numbers keep their '.'. */
    static const char *const LOCALES[] = {"C.UTF-8", "C.utf8", "ja_JP.UTF-8", "en_US.UTF-8"};
    for (size_t i = 0; i < sizeof LOCALES / sizeof *LOCALES; i++) {
        if (setlocale(LC_MESSAGES, LOCALES[i])) {
            setlocale(LC_CTYPE, LOCALES[i]);
            setenv("LANGUAGE", lang, 1);
            return 0;
        }
    }
    return -1;
}
