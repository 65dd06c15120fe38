/* xlsx_read.c - an xlsx workbook's chosen sheet into a Sheet (xlsx.h). */
#include "i18n.h"
#include "suggest.h"
#include "xalloc.h"
#include "xlsx.h"
#include "xlsx_parts.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static bool not_workbook(Strat *s, const char *path, const char *why)
{
    Diag *g = diag_add_global(&s->diags, SEV_ERROR, "import-xlsx",
                              "'%s' is not an xlsx workbook: %s", path, why);
    diag_help(g, "save it from Excel as \"Excel Workbook (*.xlsx)\", or as CSV");
    return false;
}

/* One XML part through its parser; a missing optional part is no part. */
static bool part(Strat *s, zip_t *z, const char *path, const char *name, bool required,
                 XlsxBook *b, bool (*parse)(XlsxBook *, const char *, size_t, char *, size_t))
{
    size_t len = 0;
    bool too_big;
    char *xml = xlsx_entry(z, name, &len, &too_big);
    if (!xml) {
        if (too_big) {
            diag_add_global(&s->diags, SEV_ERROR, "limit", "'%s': %s is larger than %d bytes",
                            path, name, SRC_MAX_BYTES);
            return false;
        }
        if (!required) return true;
        char why[300];
        snprintf(why, sizeof why, _("it has no %s"), name);
        return not_workbook(s, path, why);
    }
    char err[200];
    bool ok = parse(b, xml, len, err, sizeof err);
    free(xml);
    if (!ok) diag_add_global(&s->diags, SEV_ERROR, "import-xlsx", "'%s': %s: %s", path, name, err);
    return ok;
}

/* Which sheet: by name, or the first. -1 after a diagnostic. */
static long pick(Strat *s, const XlsxBook *b, const char *path, const char *want)
{
    if (b->nsheets == 0) { not_workbook(s, path, _("it has no sheets")); return -1; }
    if (!want) return 0;
    for (size_t i = 0; i < b->nsheets; i++)
        if (strcmp(b->sheet_names[i], want) == 0) return (long)i;
    Diag *g = diag_add_global(&s->diags, SEV_ERROR, "import-sheet", "'%s' has no sheet '%s'",
                              path, want);
    const char *near = suggest_closest(want, (const char *const *)b->sheet_names, b->nsheets);
    if (near) diag_help(g, "did you mean '%s'?", near);
    /* The names quoted and separated as the message language writes them. */
    /* TRANSLATORS: a quoted sheet name in a list, as '%s' is quoted in messages. */
    const char *quoted = _("'%s'"), *sep = _(", ");
    size_t len = 0;
    for (size_t i = 0; i < b->nsheets; i++)
        len += strlen(b->sheet_names[i]) + strlen(quoted) + strlen(sep);
    char *list = xmalloc(len + 1), *o = list;
    for (size_t i = 0; i < b->nsheets; i++) {
        if (i) o += sprintf(o, "%s", sep);
        o += sprintf(o, quoted, b->sheet_names[i]);
    }
    diag_note(g, NULL, "its sheets are %s", list);
    free(list);
    return -1;
}

/* The archive member of a sheet: its relationship's target, relative to xl/. */
static char *sheet_member(const XlsxBook *b, size_t i)
{
    for (size_t k = 0; k < b->nrels; k++) {
        if (strcmp(b->rel_ids[k], b->sheet_rels[i]) != 0) continue;
        const char *t = b->rel_targets[k];
        if (t[0] == '/') return xstrdup(t + 1);
        char *m = xmalloc(strlen(t) + 4);
        sprintf(m, "xl/%s", t);
        return m;
    }
    return NULL;
}

/* The workbook in an open archive; z is discarded. */
static bool read_archive(Strat *s, zip_t *z, const char *path, const char *sheet_name, Sheet *sh)
{
    XlsxBook b;
    memset(&b, 0, sizeof b);
    bool ok = part(s, z, path, "xl/workbook.xml", true, &b, xlsx_parse_workbook)
              && part(s, z, path, "xl/_rels/workbook.xml.rels", true, &b, xlsx_parse_rels)
              && part(s, z, path, "xl/sharedStrings.xml", false, &b, xlsx_parse_strings)
              && part(s, z, path, "xl/styles.xml", false, &b, xlsx_parse_styles);
    long i = ok ? pick(s, &b, path, sheet_name) : -1;
    if (i >= 0) {
        sh->name = arena_strdup(&s->arena, b.sheet_names[i]);
        char *member = sheet_member(&b, (size_t)i);
        size_t len = 0;
        bool too_big = false;
        char *xml = member ? xlsx_entry(z, member, &len, &too_big) : NULL;
        if (xml) {
            ok = xlsx_parse_sheet(s, &b, path, xml, len, sh);
        } else if (too_big) {
            diag_add_global(&s->diags, SEV_ERROR, "limit", "'%s': sheet '%s' is larger than %d bytes",
                            path, sh->name, SRC_MAX_BYTES);
            ok = false;
        } else {
            char why[300];
            snprintf(why, sizeof why, _("sheet '%s' has no part"), sh->name);
            ok = not_workbook(s, path, why);
        }
        free(xml);
        free(member);
    } else {
        ok = false;
    }
    xlsx_book_free(&b);
    zip_discard(z);
    return ok;
}

static bool not_zip(Strat *s, const char *path, zip_error_t *ze)
{
    char why[300];
    snprintf(why, sizeof why, _("not a zip archive (%s); an .xls file or a workbook with a "
               "password is not one"), zip_error_strerror(ze));
    return not_workbook(s, path, why);
}

bool xlsx_read(Strat *s, const char *path, const char *sheet_name, Sheet *sh)
{
    struct stat st;
    int e = stat(path, &st) != 0 ? errno : S_ISDIR(st.st_mode) ? EISDIR : 0;
    if (e) {
        diag_add_global(&s->diags, SEV_ERROR, "io", "cannot open '%s': %s", path, strerror(e));
        s->io_errors++;
        return false;
    }
    int zerr = 0;
    zip_t *z = zip_open(path, ZIP_RDONLY, &zerr);
    if (!z) {
        if (zerr == ZIP_ER_OPEN || zerr == ZIP_ER_READ) {
            diag_add_global(&s->diags, SEV_ERROR, "io", "cannot open '%s': %s", path,
                            strerror(errno));
            s->io_errors++;
            return false;
        }
        zip_error_t ze;
        zip_error_init_with_code(&ze, zerr);
        bool r = not_zip(s, path, &ze);
        zip_error_fini(&ze);
        return r;
    }
    return read_archive(s, z, path, sheet_name, sh);
}

bool xlsx_read_bytes(Strat *s, const char *name, const void *bytes, size_t len,
                     const char *sheet_name, Sheet *sh)
{
    zip_error_t ze;
    zip_error_init(&ze);
    zip_source_t *src = zip_source_buffer_create(bytes, len, 0, &ze);
    zip_t *z = src ? zip_open_from_source(src, ZIP_RDONLY, &ze) : NULL;
    if (!z) {
        if (src) zip_source_free(src);
        bool r = not_zip(s, name, &ze);
        zip_error_fini(&ze);
        return r;
    }
    zip_error_fini(&ze);
    return read_archive(s, z, name, sheet_name, sh);
}
