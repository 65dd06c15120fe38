/* lsp_io.c - the base protocol: header blocks and Content-Length bodies.
 *
 * A header block is lines ending "\r\n" (a bare "\n" is accepted), closed by
 * an empty line.  Only Content-Length matters; Content-Type is ignored.  A
 * block without a usable length is reported as FRAME_BAD so that the server
 * can answer with a parse error and read on. */
#include "lsp_int.h"
#include "source.h"
#include "xalloc.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

enum { HEADER_LINE_MAX = 1024, BODY_STEP = 1 << 20 };

/* One header line without its line end; false at end of input.  Overlong
 * lines are read to their end and truncated: they cannot be a valid length. */
static bool read_line(FILE *in, char *buf, size_t cap, bool *any)
{
    size_t n = 0;
    int c;
    *any = false;
    while ((c = getc(in)) != EOF) {
        *any = true;
        if (c == '\n') break;
        if (n + 1 < cap) buf[n++] = (char)c;
    }
    if (n > 0 && buf[n - 1] == '\r') n--;
    buf[n] = '\0';
    return *any;
}

/* "Content-Length: 123" -> 123; -1 if not a valid length header. */
static long long content_length(const char *line)
{
    static const char key[] = "Content-Length:";
    if (strncasecmp(line, key, sizeof key - 1) != 0) return -2;     /* another header */
    const char *p = line + sizeof key - 1;
    while (*p == ' ' || *p == '\t') p++;
    if (*p < '0' || *p > '9') return -1;
    char *end;
    errno = 0;
    long long v = strtoll(p, &end, 10);
    while (*end == ' ' || *end == '\t') end++;
    if (errno || *end || v < 0 || v > SRC_MAX_BYTES) return -1;
    return v;
}

FrameStatus lsp_read_frame(FILE *in, char **body, size_t *len)
{
    char line[HEADER_LINE_MAX];
    long long n = -1;
    bool bad = false, any, started = false;
    for (;;) {
        if (!read_line(in, line, sizeof line, &any)) return started ? FRAME_BAD : FRAME_EOF;
        if (!line[0]) {
            if (!started) continue;         /* stray blank lines between messages */
            break;
        }
        started = true;
        long long v = content_length(line);
        if (v == -1) bad = true;
        else if (v >= 0) n = v;
    }
    if (bad || n < 0) return FRAME_BAD;
    /* The buffer grows with what arrives, not with what the header claims:
     * "Content-Length: 2000000000" and no body costs nothing. */
    size_t cap = (size_t)n < BODY_STEP ? (size_t)n + 1 : BODY_STEP, got = 0;
    char *b = xmalloc(cap);
    while (got < (size_t)n) {
        if (got + 1 >= cap) {
            cap = cap * 2 > (size_t)n + 1 ? (size_t)n + 1 : cap * 2;
            b = xrealloc(b, cap);
        }
        size_t want = (size_t)n - got < cap - 1 - got ? (size_t)n - got : cap - 1 - got;
        size_t k = fread(b + got, 1, want, in);
        if (k == 0) {
            free(b);
            return FRAME_EOF;               /* a body cut short: the client went away */
        }
        got += k;
    }
    b[n] = '\0';
    *body = b;
    *len = (size_t)n;
    return FRAME_OK;
}

bool lsp_write_frame(FILE *out, const json_t *msg)
{
    char *s = json_dumps(msg, JSON_COMPACT);
    if (!s) return false;
    size_t n = strlen(s);
    bool ok = fprintf(out, "Content-Length: %zu\r\n\r\n", n) > 0 && fwrite(s, 1, n, out) == n
              && fflush(out) == 0;
    free(s);
    return ok;
}
