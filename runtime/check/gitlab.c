/* gitlab.c - GitLab Code Quality output (see gitlab.h). */
#include "gitlab.h"
#include "jsonw.h"
#include "reporoot.h"
#include "xalloc.h"

#include <inttypes.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Two 64-bit FNV-1a streams from different starting points, each finished
 * with a splitmix step: 128 bits, stable across runs and machines. */
typedef struct Fp { uint64_t a, b; } Fp;

static void fp_bytes(Fp *h, const void *p, size_t n)
{
    const unsigned char *s = p;
    for (size_t i = 0; i < n; i++) {
        h->a = (h->a ^ s[i]) * 0x100000001b3ULL;
        h->b = (h->b ^ s[i]) * 0x100000001b3ULL;
    }
}

static void fp_field(Fp *h, const void *p, size_t n)
{
    fp_bytes(h, p, n);
    fp_bytes(h, "", 1);              /* a separator: "ab"+"c" differs from "a"+"bc" */
}

static uint64_t mix(uint64_t x)
{
    x ^= x >> 30; x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27; x *= 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

/* The flagged text with each whitespace run one space, none at the ends:
 * re-indenting or re-wrapping a line does not change its findings. */
static void fp_text(Fp *h, const char *text, size_t len)
{
    bool space = false, any = false;
    for (size_t i = 0; i < len; i++) {
        char ch = text[i];
        if (ch == ' ' || ch == '\t' || ch == '\r' || ch == '\n') { space = any; continue; }
        if (space) fp_bytes(h, " ", 1);
        fp_bytes(h, &ch, 1);
        space = false;
        any = true;
    }
    fp_bytes(h, "", 1);
}

static Fp key_of(const char *rule, const char *path, const char *text, size_t len)
{
    Fp h = {0xcbf29ce484222325ULL, 0x84222325cbf29ce4ULL};
    fp_field(&h, rule, strlen(rule));
    fp_field(&h, path, strlen(path));
    fp_text(&h, text, len);
    return h;
}

static void fp_hex(Fp h, unsigned occurrence, char out[33])
{
    unsigned char occ[4] = {(unsigned char)occurrence, (unsigned char)(occurrence >> 8),
                            (unsigned char)(occurrence >> 16), (unsigned char)(occurrence >> 24)};
    Fp f = h;
    fp_bytes(&f, occ, sizeof occ);   /* byte by byte: the same on every host */
    snprintf(out, 33, "%016" PRIx64 "%016" PRIx64, mix(f.a), mix(f.b ^ 0x9e3779b97f4a7c15ULL));
}

void gitlab_fingerprint(const char *rule, const char *path, const char *text, size_t len,
                        unsigned occurrence, char out[33])
{
    fp_hex(key_of(rule, path, text, len), occurrence, out);
}

/* ---- occurrence counting: how many earlier findings had the same key ------ */

typedef struct Seen { Fp key; unsigned count; bool used; } Seen;
typedef struct SeenSet { Seen *slots; size_t cap; } SeenSet;

static unsigned seen_next(SeenSet *s, Fp key)
{
    size_t i = (size_t)(key.a ^ (key.b >> 7)) & (s->cap - 1);
    while (s->slots[i].used && (s->slots[i].key.a != key.a || s->slots[i].key.b != key.b))
        i = (i + 1) & (s->cap - 1);
    if (!s->slots[i].used) s->slots[i] = (Seen){key, 0, true};
    return s->slots[i].count++;
}

static const char *severity(Severity s)
{
    return s == SEV_ERROR ? "major" : s == SEV_WARNING ? "minor" : "info";
}

void gitlab_print(Diags *d, FILE *out)
{
    char *base = repo_root();
    SeenSet seen = {NULL, 16};
    while (seen.cap < 2 * d->n) seen.cap *= 2;   /* load at most 1/2 */
    seen.slots = xcalloc(seen.cap, sizeof *seen.slots);
    JsonW w;
    json_init(&w, out, true);
    json_arr(&w);
    for (size_t i = 0; i < d->n; i++) {
        const Diag *g = d->items[i];
        const char *rule = g->rule ? g->rule : "internal";
        const char *path = ".";
        const char *text = g->msg;
        size_t len = strlen(g->msg);
        int line = 1, col, el, ec;
        if (g->located) {
            SrcFile *f = src_file(d->src, g->span.file);
            path = f->realpath ? repo_relative(f->realpath, base) : f->path;
            text = f->text + g->span.start;
            len = g->span.end > g->span.start ? g->span.end - g->span.start : 0;
            diag_position(d, &g->span, &line, &col, &el, &ec);
        }
        /* An unlocated finding (an unreadable file) is keyed by its message,
         * which names the file. */
        Fp key = key_of(rule, path, text, len);
        char fp[33];
        fp_hex(key, seen_next(&seen, key), fp);
        json_obj(&w);
        json_kstr(&w, "description", g->msg);
        json_kstr(&w, "check_name", rule);
        json_kstr(&w, "fingerprint", fp);
        json_kstr(&w, "severity", severity(g->sev));
        json_key(&w, "location");
        json_obj(&w);
        json_kstr(&w, "path", path);
        json_key(&w, "lines");
        json_obj(&w);
        json_kint(&w, "begin", line);
        json_obj_end(&w);
        json_obj_end(&w);
        json_obj_end(&w);
    }
    json_arr_end(&w);
    json_end(&w);
    free(seen.slots);
    free(base);
}
