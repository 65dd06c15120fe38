/* lsp_bigstr.c - the document texts in a message, decoded without jansson.
 *
 * didOpen and didChange carry the whole document as one JSON string: 3 MB
 * for 10,000 indicators.  jansson decodes strings a character at a time
 * through its stream reader, which measured half the server's time per
 * change.  So before jansson sees a message, every long string is cut out
 * of it, decoded here a run at a time (memcpy between escapes), and
 * replaced by a short placeholder ("\u0000#K") that lsp_string() resolves.
 * What is not valid JSON string syntax is left in place for jansson to
 * reject with the usual parse error. */
#include "lsp_int.h"
#include "xalloc.h"

#include <stdlib.h>
#include <string.h>

enum { BIG_MIN = 4096 };     /* shorter strings are not worth moving */

static int hex4(const char *p, const char *end)
{
    if (end - p < 4) return -1;
    int v = 0;
    for (int i = 0; i < 4; i++) {
        char c = p[i];
        int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
              : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (d < 0) return -1;
        v = v * 16 + d;
    }
    return v;
}

static char *put_utf8(char *o, unsigned cp)
{
    if (cp < 0x80) { *o++ = (char)cp; }
    else if (cp < 0x800) { *o++ = (char)(0xC0 | cp >> 6); *o++ = (char)(0x80 | (cp & 0x3F)); }
    else if (cp < 0x10000) {
        *o++ = (char)(0xE0 | cp >> 12); *o++ = (char)(0x80 | ((cp >> 6) & 0x3F));
        *o++ = (char)(0x80 | (cp & 0x3F));
    } else {
        *o++ = (char)(0xF0 | cp >> 18); *o++ = (char)(0x80 | ((cp >> 12) & 0x3F));
        *o++ = (char)(0x80 | ((cp >> 6) & 0x3F)); *o++ = (char)(0x80 | (cp & 0x3F));
    }
    return o;
}

/* Decodes the string body [p, end) (between the quotes) into out, which has
 * room for end - p bytes (an escape never decodes longer than it is
 * written); false on an escape or control character JSON does not allow. */
static bool decode(const char *p, const char *end, char *out, size_t *n)
{
    char *o = out;
    while (p < end) {
        const char *bs = memchr(p, '\\', (size_t)(end - p));
        const char *stop = bs ? bs : end;
        for (const char *q = p; q < stop; q++)
            if ((unsigned char)*q < 0x20) return false;
        memcpy(o, p, (size_t)(stop - p));
        o += stop - p;
        if (!bs) break;
        p = bs + 1;
        if (p >= end) return false;
        char c = *p++;
        switch (c) {
        case '"': case '\\': case '/': *o++ = c; break;
        case 'b': *o++ = '\b'; break;
        case 'f': *o++ = '\f'; break;
        case 'n': *o++ = '\n'; break;
        case 'r': *o++ = '\r'; break;
        case 't': *o++ = '\t'; break;
        case 'u': {
            int v = hex4(p, end);
            if (v < 0) return false;
            p += 4;
            unsigned cp = (unsigned)v;
            if (cp >= 0xD800 && cp < 0xDC00) {     /* a surrogate pair */
                int lo = end - p >= 6 && p[0] == '\\' && p[1] == 'u' ? hex4(p + 2, end) : -1;
                if (lo < 0xDC00 || lo > 0xDFFF) return false;
                cp = 0x10000 + ((cp - 0xD800) << 10) + ((unsigned)lo - 0xDC00);
                p += 6;
            } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                return false;
            }
            o = put_utf8(o, cp);
            break;
        }
        default: return false;
        }
    }
    *n = (size_t)(o - out);
    return true;
}

char *lsp_extract_strings(const char *body, size_t len, LspBig *big, size_t *newlen)
{
    const char *p = body, *end = body + len;
    char *out = NULL;
    size_t olen = 0, ocap = 0;
    const char *copied = body;      /* body before this is in out */
    while (p < end) {
        const char *q = memchr(p, '"', (size_t)(end - p));
        if (!q) break;
        /* The closing quote: the next one not escaped. */
        const char *s = q + 1, *e = s;
        for (;;) {
            e = memchr(e, '"', (size_t)(end - e));
            if (!e) return out ? (free(out), NULL) : NULL;  /* unterminated: jansson reports it */
            size_t k = 0;
            while (e - k > s && e[-1 - (ptrdiff_t)k] == '\\') k++;
            if (k % 2 == 0) break;
            e++;
        }
        if (e - s >= BIG_MIN) {
            char *dec = xmalloc((size_t)(e - s) + 1);
            size_t n;
            if (decode(s, e, dec, &n)) {
                dec[n] = '\0';
                XGROW(big->s, big->cap, big->n + 1);
                big->len = xrealloc(big->len, big->cap * sizeof *big->len);
                big->s[big->n] = dec;
                big->len[big->n] = n;
                char ph[32];
                int phn = snprintf(ph, sizeof ph, "\"\\u0000#%zu\"", big->n++);
                size_t need = olen + (size_t)(q - copied) + (size_t)phn;
                if (need + 1 > ocap) { ocap = need * 2 + 64; out = xrealloc(out, ocap); }
                memcpy(out + olen, copied, (size_t)(q - copied));
                olen += (size_t)(q - copied);
                memcpy(out + olen, ph, (size_t)phn);
                olen += (size_t)phn;
                copied = e + 1;
            } else {
                free(dec);
            }
        }
        p = e + 1;
    }
    if (!out) return NULL;
    size_t rest = (size_t)(end - copied);
    if (olen + rest + 1 > ocap) out = xrealloc(out, olen + rest + 1);
    memcpy(out + olen, copied, rest);
    olen += rest;
    out[olen] = '\0';
    *newlen = olen;
    return out;
}

const char *lsp_string(const LspBig *big, const json_t *v, size_t *len)
{
    const char *s = json_string_value(v);
    if (!s) return NULL;
    size_t n = json_string_length(v);
    if (big && n >= 3 && n < 24 && s[0] == '\0' && s[1] == '#') {
        size_t k = 0;
        for (size_t i = 2; i < n && s[i] >= '0' && s[i] <= '9'; i++) k = k * 10 + (size_t)(s[i] - '0');
        if (k < big->n) {
            *len = big->len[k];
            return big->s[k];
        }
    }
    *len = n;
    return s;
}

void lsp_big_free(LspBig *big)
{
    for (size_t i = 0; i < big->n; i++) free(big->s[i]);
    free(big->s);
    free(big->len);
    memset(big, 0, sizeof *big);
}
