/* fuzz_import.c - libFuzzer target: arbitrary bytes as a department's sheet
 * imported into a fixed plan, as `stratc import` does.  An input is read as
 *   - an xlsx archive, when it starts with "PK" (libzip, then expat);
 *   - the XML parts of a workbook, when it starts with '<': the worksheet,
 *     then optionally the shared strings and the styles, separated by lines
 *     "=====" (the parts without the archive, where mutations go further);
 *   - else a CSV or TSV file.
 *
 * Besides crashes, sanitizer reports, leaks and hangs, it checks the
 * import's promises (abort() when one is broken):
 *   - an import without errors gives a plan that reads back without errors;
 *   - with nothing added or replaced, the plan comes back byte for byte;
 *   - the plan's text outside the edits is kept: it starts and ends as it
 *     did, and only a replaced number can make it shorter.
 * The separator, the encoding (detected, or named CP932) and --replace are
 * chosen from a hash of the input, so each run is reproducible.
 * Built by tests/fuzz/fuzz.mk. */
#include "csv.h"
#include "import.h"
#include "layout.h"
#include "sheet.h"
#include "strat.h"
#include "xlsx.h"
#include "xlsx_parts.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char PLAN[] =
    "# a plan for the import fuzzer\n"
    "strategy town \"町の総合計画\" {\n"
    "  period 令和3年度 .. 令和7年度\n"
    "  project p \"P\" {\n"
    "    indicator visitors \"観光客数\" {\n"
    "      unit \"万人\"\n"
    "      target 150 by 令和7年度\n"
    "      # 速報値\n"
    "      actual 125 at 令和3年度\n"
    "      actual 131 at 令和4年度  # 確定値\n"
    "    }\n"
    "    indicator water \"上水道の更新延長\" {\n"
    "      unit km\n"
    "      target 12 km by 令和7年度\n"
    "    }\n"
    "    indicator share \"割合\" { unit %\n"
    "      actual 21 % at R5.3 }\n"
    "    indicator events \"イベント開催数\" {}\n"
    "    indicator volunteers \"ボランティア\"\n"
    "  }\n"
    "}\n";

/* The parts mode: worksheet [===== shared strings [===== styles]]. */
static bool read_parts(Strat *s, const char *data, size_t size, Sheet *sh)
{
    static const char SEP[] = "\n=====\n";
    const char *part[3] = {data, NULL, NULL};
    size_t len[3] = {size, 0, 0};
    for (int i = 0; i < 2; i++) {
        const char *cut = memmem(part[i], len[i], SEP, sizeof SEP - 1);
        if (!cut) break;
        part[i + 1] = cut + sizeof SEP - 1;
        len[i + 1] = (size_t)(part[i] + len[i] - part[i + 1]);
        len[i] = (size_t)(cut - part[i]);
    }
    XlsxBook b;
    memset(&b, 0, sizeof b);
    char err[200];
    bool ok = (!part[1] || xlsx_parse_strings(&b, part[1], len[1], err, sizeof err))
              && (!part[2] || xlsx_parse_styles(&b, part[2], len[2], err, sizeof err))
              && xlsx_parse_sheet(s, &b, "data.xlsx", part[0], len[0], sh);
    xlsx_book_free(&b);
    return ok;
}

static bool read_input(Strat *s, const uint8_t *data, size_t size, uint32_t h, Sheet *sh)
{
    if (size >= 2 && data[0] == 'P' && data[1] == 'K')
        return xlsx_read_bytes(s, "data.xlsx", data, size, (h >> 4) & 1 ? "実績" : NULL, sh);
    if (size >= 1 && data[0] == '<') return read_parts(s, (const char *)data, size, sh);
    const char *enc = (h >> 2) % 4 == 0 ? "CP932" : NULL;
    return csv_read_bytes(s, "data.csv", (const char *)data, size, enc, h & 1 ? '\t' : ',', sh);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    uint32_t h = hash_bytes(data, size);
    FILE *null = fopen("/dev/null", "w");
    if (!null) return 0;
    Strat s;
    StratOptions so = {0};
    strat_init(&s, &so);
    Model *m = strat_load_bytes(&s, "plan.strat", PLAN, sizeof PLAN - 1);
    if (!m || s.diags.errors) abort();      /* the fixed plan is valid */
    Sheet sh;
    sheet_init(&sh, "data.csv");
    Layout lay;
    memset(&lay, 0, sizeof lay);
    ImportRun run;
    memset(&run, 0, sizeof run);
    ImportOptions io = {.replace = (h >> 1) & 1};
    if (read_input(&s, data, size, h, &sh) && layout_detect(&s, &sh, &lay) && import_match(&s, m, &sh, &lay, &io, &run)) {
        const SrcFile *plan = src_file(s.src, m->file);
        size_t len = 0;
        char *text = import_apply(m, plan, &run, false, &len);
        size_t edits = 0, replaced = 0;
        for (size_t i = 0; i < run.n; i++) {
            edits += run.acts[i].kind != IA_SKIP;
            replaced += run.acts[i].kind == IA_REPLACE;
        }
        if (edits == 0 && (len != plan->len || memcmp(text, plan->text, len) != 0)) abort();
        if ((!replaced && len < plan->len) || memcmp(text, "# a plan", 8) != 0
            || memcmp(text + len - 2, "}\n", 2) != 0)
            abort();
        Strat t;
        strat_init(&t, &so);
        Model *back = strat_load_bytes(&t, "plan.strat", text, len);
        if (!back || t.diags.errors) {
            fwrite(text, 1, len, stderr);
            abort();
        }
        import_summary(&run, null);
        strat_fini(&t);
        free(text);
    }
    diag_sort(&s.diags);
    DiagStyle plain = {.color = false};
    diag_print_text(&s.diags, null, plain);
    diag_print_json(&s.diags, null);
    import_run_free(&run);
    layout_free(&lay);
    sheet_free(&sh);
    strat_fini(&s);
    fclose(null);
    return 0;
}
