/* fuzz_strat.c - libFuzzer target: arbitrary bytes through the front end and
 * every command's library code.
 *
 * Each input is loaded as a strategy file from memory and goes through what
 * the commands do with a file: check, report (every format), fmt, diff
 * against itself (and, for an input of two parts, between them), dump, and
 * diagnostics in every form.  Output goes to /dev/null or to memory.
 * Besides crashes, sanitizer reports, leaks and hangs, the fuzzer looks for
 * broken promises (abort() when one is):
 *   - loading leaves the source text as it was read (the scanner works in place);
 *   - a file diffs against itself with no change;
 *   - fmt never changes what a file means: the formatted text dumps the same
 *     model, diffs against the original with no change, and formats to itself;
 *   - the logic model's DOT is accepted by Graphviz's parser with every node
 *     and edge, whatever the titles (graph layout, Graphviz's own code, is
 *     not fuzzed: it is slow on large inputs).
 * Which options, report grouping, language and extra date an input gets
 * are chosen from a hash of its bytes, so each run is reproducible.
 * Built by tests/fuzz/fuzz.mk. */
#include "check.h"
#include "diff.h"
#include "dump.h"
#include "eval.h"
#include "fmt.h"
#include "gitlab.h"
#include "junit.h"
#include "graph.h"
#include "report.h"
#include "sarif.h"
#include "strat.h"

#include <graphviz/cgraph.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void print_diags(Strat *s, FILE *out)
{
    diag_sort(&s->diags);
    DiagStyle plain = {.color = false}, color = {.color = true};
    diag_print_text(&s->diags, out, plain);
    diag_print_text(&s->diags, out, color);
    diag_print_summary(&s->diags, out);
    diag_print_json(&s->diags, out);
    diag_print_github(&s->diags, out);
    sarif_print(&s->diags, out);
    gitlab_print(&s->diags, out);
    JunitCase one = {"fuzz.strat", 0, s->diags.n};
    junit_print(&s->diags, &one, 1, out);
}

/* The report date: the file's as_of, else the end of its period, else a
 * fixed day (never today: a fuzz run must be reproducible). */
static DayNum fuzz_as_of(const Model *m)
{
    if (m->as_of_item && m->as_of_item->u.per.a.valid) return m->as_of;
    if (m->period && m->period->u.per.b.valid) return m->end;
    return days_from_civil(2020, 3, 31);
}

/* Memory output, for comparisons. */
typedef struct Mem { char *buf; size_t len; FILE *f; } Mem;

static void mem_open(Mem *m)
{
    m->buf = NULL;
    m->len = 0;
    m->f = open_memstream(&m->buf, &m->len);
    if (!m->f) abort();
}

static void mem_close(Mem *m) { if (fclose(m->f) != 0) abort(); }

/* The graph's DOT read back by Graphviz: every node and edge there. */
static void dot_parses(const Graph *g, FILE *out)
{
    Mem d;
    mem_open(&d);
    if (!graph_write_dot(g, d.f)) abort();
    mem_close(&d);
    fwrite(d.buf, 1, d.len, out);
    agseterr(AGMAX);
    Agraph_t *ag = agmemread(d.buf);
    if (!ag) abort();                               /* DOT Graphviz rejects */
    if ((uint32_t)agnnodes(ag) != g->nnodes || (uint32_t)agnedges(ag) != g->nedges) abort();
    agclose(ag);
    free(d.buf);
    graph_write_mermaid(g, out);
}

static void graphs(const Evaluation *ev, uint32_t h, FILE *out)
{
    GraphOptions o = {.by = h & 1 ? GRAPH_BY_VIEWPOINT : GRAPH_BY_SECTOR, .ja = (h >> 1) & 1};
    Graph g;
    graph_of_model(&g, ev, &o);
    dot_parses(&g, out);
    graph_free(&g);
}

static void revision_graph(const Model *a, const Model *b, FILE *out)
{
    GraphOptions o = {.by = GRAPH_BY_SECTOR, .ja = true};
    Graph g;
    graph_of_revision(&g, a, b, NULL, 0, &o);
    dot_parses(&g, out);
    graph_free(&g);
}

static void reports(Strat *s, const Model *m, DayNum as_of, uint32_t h, FILE *out)
{
    Evaluation *ev = evaluate(m, as_of, &s->arena);
    static const ReportFormat formats[] = {RF_TEXT, RF_MD, RF_CSV, RF_JSON, RF_HTML};
    static const ReportBy bys[] = {RB_PROJECT, RB_SECTOR, RB_VIEWPOINT};
    for (size_t f = 0; f < sizeof formats / sizeof *formats; f++) {
        /* Widths from none to the narrowest; CSV in CP932 now and then. */
        static const size_t widths[] = {0, 20, 37, 80};
        ReportOptions o = {.format = formats[f], .by = bys[h % 3], .ja = (h >> 2) & 1,
                           .color = (h >> 3) & 1, .bom = (h >> 4) & 1, .cp932 = (h >> 5) & 1,
                           .width = formats[f] == RF_TEXT ? widths[(h >> 6) & 3] : 0,
                           .as_of_source = ASOF_OPTION, .as_of_text = "fuzz"};
        report_write(ev, &o, out);
    }
    /* The same strategy twice as a portfolio. */
    ReportPart parts[2] = {{ev, ASOF_FILE}, {ev, ASOF_OPTION}};
    ReportOptions po = {.format = formats[h % 5], .by = bys[(h >> 1) % 3], .ja = (h >> 2) & 1,
                        .width = (h >> 7) & 1 ? 24 : 0, .as_of_source = ASOF_FILE};
    report_write_portfolio(parts, 2, &po, out);
    graphs(ev, h, out);
}

static size_t diff_count(Strat *s, const Model *a, const Model *b, FILE *out, bool color)
{
    DiffResult r;
    memset(&r, 0, sizeof r);
    diff_models(s, a, b, &r);
    diff_print(&r, DIFF_TEXT, color, out);
    diff_print(&r, DIFF_MD, false, out);
    diff_print(&r, DIFF_JSON, false, out);
    size_t n = r.n;
    diff_result_free(&r);
    return n;
}

static void to_file(void *f, const char *s, size_t n) { fwrite(s, 1, n, f); }

/* fmt keeps the meaning, and its output is a fixed point. */
static void fmt_roundtrip(Strat *s, const Model *m, FILE *out)
{
    size_t len;
    char *text = fmt_source(s, m->file, &len);
    if (!text) return;
    fwrite(text, 1, len, out);

    Strat t;
    strat_init(&t, NULL);
    Model *orig = strat_load_bytes(&t, "fuzz.strat", (const char *)src_file(s->src, m->file)->text,
                                   src_file(s->src, m->file)->len);
    Model *fm = strat_load_bytes(&t, "fuzz.strat", text, len);
    if (!orig || !fm || t.diags.errors) abort();   /* formatted text that does not read back */
    Mem a, b;
    mem_open(&a);
    mem_open(&b);
    dump_model(orig, a.f);
    dump_model(fm, b.f);
    mem_close(&a);
    mem_close(&b);
    if (a.len != b.len || memcmp(a.buf, b.buf, a.len) != 0) abort();   /* fmt changed the model */
    free(a.buf);
    free(b.buf);
    if (diff_count(&t, orig, fm, out, false) != 0) abort();

    /* Again, through the pieces `stratc fmt` writes as they are made. */
    Mem c;
    mem_open(&c);
    if (!fmt_source_to(&t, fm->file, to_file, c.f)) abort();
    mem_close(&c);
    if (c.len != len || memcmp(c.buf, text, len) != 0) abort();   /* not idempotent */
    free(c.buf);
    strat_fini(&t);
    free(text);
}

/* An input holding "\n=====\n" is also two files, old and new, whose
 * differences are computed and printed (a file against itself has none). */
static void diff_halves(const uint8_t *data, size_t size, FILE *out)
{
    static const char SEP[] = "\n=====\n";
    const char *cut = memmem(data, size, SEP, sizeof SEP - 1);
    if (!cut) return;
    size_t n1 = (size_t)(cut - (const char *)data), off2 = n1 + sizeof SEP - 1;
    Strat s;
    strat_init(&s, NULL);
    Model *a = strat_load_bytes(&s, "old.strat", (const char *)data, n1);
    Model *b = strat_load_bytes(&s, "new.strat", (const char *)data + off2, size - off2);
    if (a && b) diff_count(&s, a, b, out, size & 1);
    if (a || b) revision_graph(a, b, out);
    if (a && !b) diff_count(&s, a, NULL, out, false);
    if (b && !a) diff_count(&s, NULL, b, out, false);
    strat_fini(&s);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FILE *out = fopen("/dev/null", "w");
    if (!out) abort();
    uint32_t h = hash_bytes(data, size);

    /* One input in eight is read as CP932, one in four with --strict. */
    StratOptions so = {.input_encoding = (h >> 9) % 8 == 0 ? "CP932" : NULL,
                       .strict = (h >> 12) % 4 == 0};
    Strat s;
    strat_init(&s, &so);
    Model *m = strat_load_bytes(&s, "fuzz.strat", (const char *)data, size);
    SrcFile *f = src_file(s.src, 0);
    /* The scanner works in place: the text must come out as it went in. */
    if (m && f && !so.input_encoding && f->len == size && memcmp(f->text, data, size) != 0) abort();
    if (m) {
        bool valid = s.diags.errors == 0;
        DayNum as_of = fuzz_as_of(m);
        /* Half the inputs take the file's own date (or "today", pinned). */
        CheckOptions co = {.date = report_date_decide(m, h & 2 ? &as_of : NULL, as_of)};
        check_model(&s, m, &co);
        reports(&s, m, as_of, h, out);
        /* Far from the plan's dates: paces and forecasts at their extremes. */
        reports(&s, m, h & 32 ? days_from_civil(1868, 1, 25) : days_from_civil(9999, 12, 31),
                h >> 6, out);
        dump_model(m, out);
        Model *again = strat_load_bytes(&s, "again.strat", (const char *)data, size);
        if (valid && diff_count(&s, m, again, out, (h >> 7) & 1) != 0) abort();
        if (valid) fmt_roundtrip(&s, m, out);
    }
    print_diags(&s, out);
    strat_fini(&s);
    diff_halves(data, size, out);

    fclose(out);
    return 0;
}
