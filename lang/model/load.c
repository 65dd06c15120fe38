/* load.c - reading source bytes: files, stdin, encodings, UTF-8 validation.
 *
 * Everything the lexer sees is valid UTF-8 without a BOM.  Bytes that are
 * not get one located diagnostic that names the offset and, when the file
 * decodes as CP932 or is UTF-16, says so and how to convert it. */
#include "strat.h"
#include "fileio.h"
#include "utf8.h"
#include "xalloc.h"

#include <errno.h>
#include <iconv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

bool src_read_stream(FILE *f, char **out, size_t *len)
{
    return file_read_fd(fileno(f), SRC_MAX_BYTES, out, len);
}

/* iconv into UTF-8; on failure *bad is the offending input offset. */
static char *convert(const char *from, const char *in, size_t len, size_t *outlen, size_t *bad)
{
    iconv_t cd = iconv_open("UTF-8", from);
    if (cd == (iconv_t)-1) { *bad = (size_t)-1; return NULL; }   /* unknown encoding */
    size_t cap = len * 2 + 16;
    char *out = xmalloc(cap + 2);
    char *ip = (char *)in, *op = out;
    size_t il = len, ol = cap;
    while (il > 0) {
        if (iconv(cd, &ip, &il, &op, &ol) != (size_t)-1) break;
        if (errno == E2BIG) {
            size_t used = (size_t)(op - out);
            cap *= 2;
            out = xrealloc(out, cap + 2);
            op = out + used;
            ol = cap - used;
            continue;
        }
        *bad = (size_t)(ip - in);
        free(out);
        iconv_close(cd);
        return NULL;
    }
    iconv_close(cd);
    *outlen = (size_t)(op - out);
    return out;
}

static bool looks_cp932(const char *s, size_t len)
{
    size_t n, bad;
    char *u = convert("CP932", s, len, &n, &bad);
    free(u);
    return u != NULL;
}

/* Registers a file.  Its order is the session's rank, then its own load
 * order: diagnostics sort by it, so two sessions sharing one SrcSet on two
 * threads list their files as if loaded one after the other. */
static uint32_t add_file(Strat *s, const char *name, const char *rp, char *text, size_t len)
{
    uint32_t id = src_add(s->src, name, rp, text, len);
    src_file(s->src, id)->order = ((uint64_t)s->rank << 32) | s->nfiles++;
    return id;
}

/* Adds a file whose bytes could not be decoded, so the diagnostic can point into it. */
static uint32_t add_raw(Strat *s, const char *name, const char *rp, const char *b, size_t len)
{
    char *copy = xmalloc(len + 2);
    memcpy(copy, b, len);
    copy[len] = copy[len + 1] = '\0';
    return add_file(s, name, rp, copy, len);
}

/* Decodes and validates `bytes`, which has two spare bytes after len and is
 * owned: it becomes the file's text, or is freed. */
static bool load_owned(Strat *s, const char *name, const char *rp, char *bytes, size_t len,
                       uint32_t *id)
{
    const unsigned char *u = (const unsigned char *)bytes;
    char *conv = NULL;
    size_t clen = 0;
    if (len >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF))
        && !s->opt.input_encoding) {
        uint32_t f = add_raw(s, name, rp, "", 0);
        Span sp = {f, 0, 0};
        Diag *g = diag_add(&s->diags, SEV_ERROR, "encoding", sp,
                           "'%s' is UTF-16 (byte order mark %02X %02X); stratc reads UTF-8", name,
                           u[0], u[1]);
        diag_help(g, "convert it with: iconv -f UTF-16 -t UTF-8 '%s' > converted.strat, "
                     "or pass --input-encoding=utf-16", name);
        free(bytes);
        return false;
    }
    if (s->opt.input_encoding) {
        size_t bad = 0;
        conv = convert(s->opt.input_encoding, bytes, len, &clen, &bad);
        if (!conv) {
            uint32_t f = add_raw(s, name, rp, "", 0);
            if (bad == (size_t)-1) {
                diag_add_global(&s->diags, SEV_ERROR, "encoding", "unknown input encoding '%s'",
                                s->opt.input_encoding);
            } else {
                Span sp = {f, 0, 0};
                diag_add(&s->diags, SEV_ERROR, "encoding", sp,
                         "'%s' is not valid %s at byte offset %zu", name, s->opt.input_encoding, bad);
            }
            free(bytes);
            return false;
        }
        free(bytes);
        bytes = conv;       /* convert() leaves two spare bytes too */
        len = clen;
    }
    if (len >= 3 && memcmp(bytes, "\xEF\xBB\xBF", 3) == 0) {
        len -= 3;
        memmove(bytes, bytes + 3, len);
    }
    if (len > SRC_MAX_BYTES) {
        diag_add_global(&s->diags, SEV_ERROR, "limit", "'%s' is larger than %d bytes", name,
                        SRC_MAX_BYTES);
        free(bytes);
        return false;
    }
    size_t badat = utf8_invalid_at(bytes, len, true);
    if (badat < len) {
        uint32_t f = add_raw(s, name, rp, bytes, len);
        unsigned char b = (unsigned char)bytes[badat];
        Span sp = {f, (uint32_t)badat, (uint32_t)badat + 1};
        Diag *g;
        if (b == 0) {
            g = diag_add(&s->diags, SEV_ERROR, "encoding", sp,
                         "NUL byte at offset %zu: this is not a text file", badat);
            size_t zeros = 0;
            for (size_t i = 1; i < len && i < 200; i += 2) zeros += bytes[i] == 0 || bytes[i - 1] == 0;
            if (zeros * 2 > (len < 200 ? len : 200) / 2)
                diag_help(g, "it may be UTF-16 without a byte order mark: iconv -f UTF-16LE -t UTF-8");
        } else {
            g = diag_add(&s->diags, SEV_ERROR, "encoding", sp,
                         "invalid UTF-8 (byte 0x%02X at offset %zu)", b, badat);
            if (looks_cp932(bytes, len)) {
                diag_note(g, NULL, "the file looks like Shift_JIS (CP932)");
                diag_help(g, "convert it with: iconv -f CP932 -t UTF-8 '%s' > converted.strat, "
                             "or pass --input-encoding=cp932", name);
            } else {
                diag_help(g, "stratc reads UTF-8; convert the file, or name its encoding "
                             "with --input-encoding=NAME");
            }
        }
        free(bytes);
        return false;
    }
    bytes[len] = bytes[len + 1] = '\0';
    *id = add_file(s, name, rp, bytes, len);
    return true;
}

bool src_load_bytes(Strat *s, const char *name, const char *rp, const char *bytes, size_t len,
                    uint32_t *id)
{
    char *copy = xmalloc(len + 2);
    memcpy(copy, bytes, len);
    return load_owned(s, name, rp, copy, len, id);
}

bool src_load_path(Strat *s, const char *path, const Span *from, uint32_t *id)
{
    FILE *f;
    bool is_stdin = strcmp(path, "-") == 0;
    char *rp = NULL;
    if (is_stdin) {
        f = stdin;
    } else {
        if (file_kind(path) == FILE_DIRECTORY) {
            s->io_errors++;
            if (from) diag_add(&s->diags, SEV_ERROR, "io", *from, "'%s' is a directory", path);
            else diag_add_global(&s->diags, SEV_ERROR, "io", "'%s' is a directory", path);
            return false;
        }
        f = fopen(path, "rb");
        if (!f) {
            int e = errno;
            s->io_errors++;
            if (from) diag_add(&s->diags, SEV_ERROR, "io", *from, "cannot open '%s': %s", path, strerror(e));
            else diag_add_global(&s->diags, SEV_ERROR, "io", "cannot open '%s': %s", path, strerror(e));
            return false;
        }
        rp = realpath(path, NULL);
    }
    char *bytes;
    size_t len;
    bool ok = src_read_stream(f, &bytes, &len);
    int e = errno;
    if (!is_stdin) fclose(f);
    if (!ok) {
        s->io_errors++;
        if (e == EFBIG)
            diag_add_global(&s->diags, SEV_ERROR, "limit", "'%s' is larger than %d bytes, the limit",
                            path, SRC_MAX_BYTES);
        else
            diag_add_global(&s->diags, SEV_ERROR, "io", "cannot read '%s': %s", path, strerror(e));
        free(rp);
        return false;
    }
    ok = load_owned(s, is_stdin ? "<stdin>" : path, rp, bytes, len, id);
    free(rp);
    return ok;
}
