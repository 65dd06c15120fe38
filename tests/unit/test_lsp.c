/* test_lsp.c - the language server's pieces that a golden exchange reaches
 * only with effort: long strings decoded outside jansson (escapes, surrogate
 * pairs, invalid escapes left for jansson), file URIs both ways, and the
 * Content-Length framing with broken headers. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lsp_int.h"

/* {"text":"<n x's then tail>"} with the long string moved out. */
static char *big_message(const char *tail, size_t n, LspBig *big, char **slim)
{
    size_t tl = strlen(tail);
    char *body = malloc(n + tl + 32);
    int k = sprintf(body, "{\"text\":\"");
    memset(body + k, 'x', n);
    sprintf(body + k + n, "%s\"}", tail);
    size_t sl = 0;
    *slim = lsp_extract_strings(body, strlen(body), big, &sl);
    return body;
}

Test(lsp, long_string_decoded_with_escapes)
{
    LspBig big = {0};
    char *slim;
    char *body = big_message("\\n\\\"\\\\\\/\\t\\u00e9\\u65E5\\ud83d\\ude00end", 5000, &big, &slim);
    cr_assert_not_null(slim);
    cr_expect_str_eq(slim, "{\"text\":\"\\u0000#0\"}");
    json_error_t e;
    json_t *m = json_loads(slim, JSON_ALLOW_NUL, &e);
    cr_assert_not_null(m);
    size_t n;
    const char *s = lsp_string(&big, json_object_get(m, "text"), &n);
    cr_assert_eq(n, 5000 + strlen("\n\"\\/\té日😀end"));
    cr_expect_str_eq(s + 5000, "\n\"\\/\té日😀end");
    json_decref(m);
    lsp_big_free(&big);
    free(slim);
    free(body);
}

Test(lsp, short_and_invalid_strings_stay_for_jansson)
{
    LspBig big = {0};
    char *slim;
    char *body = big_message("\\q", 5000, &big, &slim);     /* \q is no escape */
    cr_expect_null(slim);
    cr_expect_eq(big.n, 0);
    free(body);
    body = big_message("\\ud83d", 5000, &big, &slim);        /* a lone surrogate */
    cr_expect_null(slim);
    free(body);
    body = big_message("", 10, &big, &slim);                 /* short */
    cr_expect_null(slim);
    free(body);
    lsp_big_free(&big);
}

Test(lsp, an_escaped_quote_does_not_end_the_string)
{
    LspBig big = {0};
    char *slim;
    char *body = big_message("\\\\\\\"still inside", 5000, &big, &slim);
    cr_assert_not_null(slim);
    cr_expect_str_eq(big.s[0] + 5000, "\\\"still inside");
    lsp_big_free(&big);
    free(slim);
    free(body);
}

Test(lsp, file_uris)
{
    char *p = lsp_uri_to_path("file:///home/a%20b/%E8%A8%88%E7%94%BB.strat");
    cr_expect_str_eq(p, "/home/a b/計画.strat");
    char *u = lsp_path_to_uri(p);
    cr_expect_str_eq(u, "file:///home/a%20b/%E8%A8%88%E7%94%BB.strat");
    free(p);
    free(u);
    p = lsp_uri_to_path("file://localhost/x.strat");
    cr_expect_str_eq(p, "/x.strat");
    free(p);
    cr_expect_null(lsp_uri_to_path("untitled:Untitled-1"));
    cr_expect_null(lsp_uri_to_path("file://otherhost/x.strat"));
}

static FrameStatus frame_of(const char *stream, char **body)
{
    FILE *f = fmemopen((void *)stream, strlen(stream), "r");
    size_t n;
    *body = NULL;
    FrameStatus st = lsp_read_frame(f, body, &n);
    fclose(f);
    return st;
}

Test(lsp, framing)
{
    char *b;
    cr_expect_eq(frame_of("Content-Length: 2\r\n\r\n{}", &b), FRAME_OK);
    cr_expect_str_eq(b, "{}");
    free(b);
    cr_expect_eq(frame_of("content-length:2\nContent-Type: x\n\n[]", &b), FRAME_OK);
    free(b);
    cr_expect_eq(frame_of("Content-Length: -1\r\n\r\n", &b), FRAME_BAD);
    cr_expect_eq(frame_of("Content-Length: 99999999999999\r\n\r\n", &b), FRAME_BAD);
    cr_expect_eq(frame_of("Content-Type: x\r\n\r\n", &b), FRAME_BAD);
    cr_expect_eq(frame_of("Content-Length: 10\r\n\r\n{}", &b), FRAME_EOF);   /* cut short */
    cr_expect_eq(frame_of("", &b), FRAME_EOF);
}

Test(lsp, a_body_larger_than_one_read_step)
{
    size_t n = 3u << 20;
    char *stream = malloc(n + 64);
    int h = sprintf(stream, "Content-Length: %zu\r\n\r\n", n);
    for (size_t i = 0; i < n; i++) stream[h + i] = (char)('a' + i % 26);
    FILE *f = fmemopen(stream, (size_t)h + n, "r");
    char *b;
    size_t len;
    cr_assert_eq(lsp_read_frame(f, &b, &len), FRAME_OK);
    cr_expect_eq(len, n);
    cr_expect(memcmp(b, stream + h, n) == 0);
    free(b);
    fclose(f);
    free(stream);
}
