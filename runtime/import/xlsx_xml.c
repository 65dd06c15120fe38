/* xlsx_xml.c - the archive and XML plumbing of the xlsx reader: members
 * through libzip, parts through expat (xlsx_parts.h). */
#include "i18n.h"
#include "xlsx_parts.h"
#include "xalloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *xlsx_entry(zip_t *z, const char *name, size_t *len, bool *too_big)
{
    *too_big = false;
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat(z, name, 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE)) return NULL;
    if (st.size > SRC_MAX_BYTES) { *too_big = true; return NULL; }
    zip_file_t *f = zip_fopen(z, name, 0);
    if (!f) return NULL;
    size_t n = (size_t)st.size;
    char *buf = xmalloc(n + 1);
    zip_int64_t got = n ? zip_fread(f, buf, n) : 0;
    zip_fclose(f);
    if (got < 0 || (size_t)got != n) { free(buf); return NULL; }
    buf[n] = '\0';
    *len = n;
    return buf;
}

enum { NS_SEP = '\x01' };

const char *xml_local(const char *name)
{
    const char *p = strrchr(name, NS_SEP);
    return p ? p + 1 : name;
}

const char *xml_attr(const char **atts, const char *local)
{
    for (size_t i = 0; atts[i]; i += 2)
        if (strcmp(xml_local(atts[i]), local) == 0) return atts[i + 1];
    return NULL;
}

bool xml_run(const char *buf, size_t len, void *ud, XML_StartElementHandler start,
             XML_EndElementHandler end, XML_CharacterDataHandler text, char *err, size_t errsz)
{
    XML_Parser p = XML_ParserCreateNS("UTF-8", NS_SEP);
    if (!p) { snprintf(err, errsz, "%s", _("out of memory")); return false; }
    XML_SetUserData(p, ud);
    XML_SetElementHandler(p, start, end);
    if (text) XML_SetCharacterDataHandler(p, text);
    /* Parts are fed in pieces: expat takes an int length. */
    bool ok = true;
    size_t off = 0;
    do {
        size_t k = len - off > (1u << 30) ? (1u << 30) : len - off;
        bool last = off + k == len;
        if (XML_Parse(p, buf + off, (int)k, last) == XML_STATUS_ERROR) {
            snprintf(err, errsz, _("malformed XML at line %lu: %s"),
                     (unsigned long)XML_GetCurrentLineNumber(p),
                     XML_ErrorString(XML_GetErrorCode(p)));
            ok = false;
            break;
        }
        off += k;
    } while (off < len);
    XML_ParserFree(p);
    return ok;
}
