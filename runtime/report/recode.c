/* recode.c - UTF-8 to CP932 through iconv(3) (recode.h). */
#include "recode.h"

#include <errno.h>
#include <iconv.h>
#include "utf8.h"

bool recode_cp932(const char *s, size_t n, FILE *out, uint32_t *unmapped)
{
    iconv_t cd = iconv_open("CP932", "UTF-8");
    if (cd == (iconv_t)-1) return false;
    char buf[4096];
    char *in = (char *)s;
    size_t left = n;
    bool ok = true;
    while (left > 0 && ok) {
        char *o = buf;
        size_t room = sizeof buf;
        size_t r = iconv(cd, &in, &left, &o, &room);
        if (fwrite(buf, 1, (size_t)(o - buf), out) != (size_t)(o - buf)) ok = false;
        if (r != (size_t)-1 || errno == E2BIG) continue;
        if (errno != EILSEQ && errno != EINVAL) { ok = false; break; }
        /* No CP932 form (or not UTF-8): one '?' for the whole character. */
        int32_t cp;
        int k = utf8_decode(in, left, &cp);
        if (k < 1) k = 1;
        in += k;
        left -= (size_t)k;
        fputc('?', out);
        (*unmapped)++;
    }
    iconv_close(cd);
    return ok && !ferror(out);
}
