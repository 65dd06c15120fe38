/* gen.c - synthetic strategies for the benchmark: seeded and deterministic.
 *
 *   gen -n N [-s SEED] [-f strat|json] [-v 1|2]
 *
 * Writes a strategy with N indicators (about 10 per project) to stdout: Japanese
 * and ASCII titles, units, baselines, an intermediate and a final target, three
 * actuals each, sectors and viewpoints referenced, dates in every spelling the
 * language knows.  `-f json` writes the same content as JSON (ISO dates, the
 * shape of `stratc dump`) for jq.  `-v 2` writes the next version: 1% of the
 * targets changed and 0.1% of the indicator ids renamed (with `renamed_from`),
 * for `stratc diff`.
 *
 * Content is generated before it is printed, from a PRNG seeded per project,
 * so the three outputs describe exactly the same strategy; the version-2
 * changes are decided by hashing the indicator's index, not by the stream. */
#include <errno.h>
#include <inttypes.h>
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* ---- randomness ------------------------------------------------------------ */

typedef struct Rng { uint64_t s; } Rng;

static uint64_t mix64(uint64_t x)
{
    /* splitmix64's finaliser: every input bit reaches every output bit. */
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

static uint64_t rng_next(Rng *r) { r->s += 0x9e3779b97f4a7c15ULL; return mix64(r->s); }
static uint32_t rng_below(Rng *r, uint32_t n) { return (uint32_t)(rng_next(r) % n); }
static double rng_unit(Rng *r) { return (double)(rng_next(r) >> 11) / 9007199254740992.0; }
#define PICK(r, arr) ((arr)[rng_below((r), sizeof (arr) / sizeof *(arr))])

/* ---- vocabulary ------------------------------------------------------------ */

static const char *const JA_SUBJECT[] = {
    "県内企業", "中小企業", "スタートアップ", "研究機関", "地域金融機関", "重点成長分野",
    "医療関連産業", "水素関連産業", "IoT等関連分野", "基礎素材型産業", "観光関連事業者",
    "農林水産事業者", "ものづくり企業", "瀬戸内コンビナート", "産学公連携"};
static const char *const JA_OBJECT[] = {
    "研究開発", "事業化", "設備投資", "新製品開発", "海外展開", "企業誘致", "人材育成",
    "生産性向上", "付加価値向上", "デジタル化", "省エネルギー化", "技術移転", "共同輸送",
    "オープンイノベーション", "「戦略的イノベーション」"};
static const char *const JA_MEASURE[] = {
    "件数", "実施回数", "支援件数", "参加者数", "売上高", "事業化件数", "導入率",
    "削減量", "立地件数", "雇用者数", "延べ人数", "成約件数"};
static const char *const EN_SUBJECT[] = {
    "local firms", "small businesses", "start-ups", "research institutes", "partner banks",
    "plants", "suppliers", "customers", "regional hubs", "export partners"};
static const char *const EN_MEASURE[] = {
    "Number of", "Share of", "Revenue from", "Projects with", "Hours of training for",
    "Emissions of", "Patents filed by", "Contracts signed with", "Visits to", "Audits of"};
static const char *const ID_WORD[] = {
    "coal", "startup", "hydrogen", "medical", "iot", "export", "training", "patent",
    "invest", "tourism", "energy", "digital", "jobs", "sales", "audit", "quality"};
static const char *const OWNERS[] = {
    "商工労働部", "産業戦略部", "新産業振興課", "Strategy Office", "Plant Operations"};

typedef struct Unit { const char *name; bool is_pct; int decimals; } Unit;
static const Unit UNITS[] = {
    {"回", false, 0}, {"社", false, 0}, {"件", false, 0}, {"人", false, 0},
    {"億円", false, 1}, {"%", true, 1}, {"t", false, 0}, {"ppm", false, 0},
    {"km", false, 1}, {"MW", false, 1}};

/* Each date of the series, in the spellings an author may use, and its
 * ISO last day (fiscal years start in April here). */
typedef struct DateForms { const char *iso; const char *spell[4]; } DateForms;
static const DateForms D_BASE = {"2018-03-31", {"FY2017", "平成29年度", "H30.3", "2018-03-31"}};
static const DateForms D_MID  = {"2021-03-31", {"FY2020", "令和2年度", "R3.3", "2021-03"}};
static const DateForms D_END  = {"2024-03-31", {"FY2023", "令和5年度", "R6.3", "2024-03-31"}};
static const DateForms D_ACT[3] = {
    {"2020-03-31", {"FY2019", "令和元年度", "R2.3", "2020-03-31"}},
    {"2021-03-31", {"FY2020", "R2年度", "R3.3.31", "2021-03"}},
    {"2022-03-31", {"FY2021", "令和3年度", "R4.3", "2022-03-31"}}};

enum { NSECTORS = 24, NVIEWPOINTS = 6, MAX_PER_PROJECT = 15, NTARGETS = 2, NACTUALS = 3 };

/* ---- the content ----------------------------------------------------------- */

typedef struct Num { double v; int decimals; bool underscore; } Num;

typedef struct Ind {
    uint64_t index;             /* position among all indicators */
    char id[48], old_id[48];    /* old_id: renamed (version 2) */
    char title[256];
    const Unit *unit;
    bool decrease, qualitative, unit_on_values;
    Num base, targets[NTARGETS], actuals[NACTUALS];
    bool changed[NTARGETS];
    int date_style[2 + NTARGETS + NACTUALS];
} Ind;

typedef struct Proj {
    uint64_t index;
    char id[32], title[256], activity[2][256], owner[64];
    int sectors[3], nsectors, viewpoint;
    Ind inds[MAX_PER_PROJECT];
    int ninds;
} Proj;

typedef struct Opts { uint64_t n, seed; int version; bool json; } Opts;

static double round_to(double v, int decimals)
{
    double k = decimals ? 10 : 1;
    return round(v * k) / k;
}

static Num num(double v, const Unit *u, Rng *r)
{
    Num n = {round_to(v, u->decimals), u->decimals, false};
    n.underscore = n.v >= 10000 && rng_below(r, 4) == 0;
    return n;
}

static void make_title(Rng *r, char *buf, size_t sz)
{
    if (rng_below(r, 2) == 0)
        snprintf(buf, sz, "%sの%s%s", PICK(r, JA_SUBJECT), PICK(r, JA_OBJECT),
                 PICK(r, JA_MEASURE));
    else
        snprintf(buf, sz, "%s %s", PICK(r, EN_MEASURE), PICK(r, EN_SUBJECT));
}

static void make_indicator(const Opts *o, Rng *r, Ind *d, uint64_t index)
{
    memset(d, 0, sizeof *d);
    d->index = index;
    snprintf(d->id, sizeof d->id, "%s_%06" PRIu64, PICK(r, ID_WORD), index);
    make_title(r, d->title, sizeof d->title);
    d->unit = &PICK(r, UNITS);
    d->decrease = rng_below(r, 5) == 0;
    d->qualitative = rng_below(r, 50) == 0;
    if (d->qualitative) d->decrease = false;   /* direction comes from `<=` targets */
    d->unit_on_values = rng_below(r, 3) == 0 || d->unit->is_pct;
    double b = d->unit->is_pct ? 5 + rng_unit(r) * 60 : 100 + rng_unit(r) * 50000;
    double g = 0.1 + rng_unit(r) * 0.9;            /* planned change over the period */
    if (d->decrease) g = -g * 0.6;
    if (d->unit->is_pct && b * (1 + g) > 95) g = 95 / b - 1;   /* a share stays below 100 % */
    d->base = num(b, d->unit, r);
    for (int t = 0; t < NTARGETS; t++)
        d->targets[t] = num(b * (1 + g * (t + 1) / NTARGETS), d->unit, r);
    double progress = 0;
    for (int a = 0; a < NACTUALS; a++) {
        progress += rng_unit(r) * 0.45 - 0.05;      /* mostly forward, sometimes back */
        double v = b * (1 + g * progress);
        d->actuals[a] = num(d->unit->is_pct && v > 99 ? 99 : v, d->unit, r);
    }
    for (size_t k = 0; k < sizeof d->date_style / sizeof *d->date_style; k++)
        d->date_style[k] = (int)rng_below(r, 4);

    if (o->version == 2) {
        /* Decided by the index alone, so version 1 is not disturbed. */
        uint64_t h = mix64(o->seed ^ mix64(index));
        if (h % 1000 == 7) {
            memcpy(d->old_id, d->id, sizeof d->id);
            snprintf(d->id, sizeof d->id, "%s_r%06" PRIu64, PICK(r, ID_WORD), index);
        }
        for (int t = 0; t < NTARGETS; t++) {
            if (mix64(h + (uint64_t)t + 1) % 100 == 3) {
                /* Raised (or lowered, if lower is better) by 5%, staying a plausible target. */
                double was = d->targets[t].v, step = d->unit->decimals ? 0.1 : 1;
                double v = round_to(was * (d->decrease ? 0.95 : 1.05), d->unit->decimals);
                if (v == was) v = d->decrease ? was - step : was + step;
                if (d->unit->is_pct && v > 99) v = was - step;
                d->changed[t] = true;
                d->targets[t].v = v;
            }
        }
    }
}

static void make_project(const Opts *o, Proj *p, uint64_t pindex, uint64_t first, uint64_t count)
{
    Rng r = {mix64(o->seed * 0x100000001b3ULL + pindex)};
    memset(p, 0, sizeof *p);
    p->index = pindex;
    snprintf(p->id, sizeof p->id, "p%05" PRIu64, pindex);
    if (rng_below(&r, 2) == 0)
        snprintf(p->title, sizeof p->title, "%s%s推進プロジェクト %" PRIu64, PICK(&r, JA_SUBJECT),
                 PICK(&r, JA_OBJECT), pindex);
    else
        snprintf(p->title, sizeof p->title, "Programme %" PRIu64 ": %s for %s", pindex,
                 PICK(&r, ID_WORD), PICK(&r, EN_SUBJECT));
    snprintf(p->activity[0], sizeof p->activity[0], "%sと連携した%sの支援、", PICK(&r, JA_SUBJECT),
             PICK(&r, JA_OBJECT));
    snprintf(p->activity[1], sizeof p->activity[1], "%sに向けた%sの推進", PICK(&r, JA_OBJECT),
             PICK(&r, JA_OBJECT));
    snprintf(p->owner, sizeof p->owner, "%s", PICK(&r, OWNERS));
    p->nsectors = 1 + (int)rng_below(&r, 3);
    int s0 = (int)rng_below(&r, NSECTORS);
    for (int i = 0; i < p->nsectors; i++) p->sectors[i] = (s0 + i * 7) % NSECTORS;
    p->viewpoint = (int)rng_below(&r, NVIEWPOINTS);
    p->ninds = (int)count;
    for (uint64_t i = 0; i < count; i++) {
        Rng ir = {mix64(o->seed ^ (first + i) * 0x9e3779b97f4a7c15ULL)};
        make_indicator(o, &ir, &p->inds[i], first + i);
    }
}

/* ---- printing: .strat ------------------------------------------------------ */

static void put_num(FILE *f, const Num *n)
{
    if (n->decimals || !n->underscore) {
        fprintf(f, "%.*f", n->decimals, n->v);
        return;
    }
    /* 12_345: the language's digit separator. */
    char b[40];
    int len = snprintf(b, sizeof b, "%.0f", n->v);
    for (int i = 0; i < len; i++) {
        if (i > 0 && (len - i) % 3 == 0) fputc('_', f);
        fputc(b[i], f);
    }
}

static void put_value(FILE *f, const Ind *d, const Num *n)
{
    put_num(f, n);
    if (d->unit_on_values) fprintf(f, " %s", d->unit->name);
}

static void strat_head(const Opts *o, FILE *f)
{
    fprintf(f, "# Synthetic strategy for the stratc benchmark: %" PRIu64 " indicators, seed %" PRIu64
               ", version %d.\n# Generated by bench/gen.c; do not edit.\n\n",
            o->n, o->seed, o->version);
    fprintf(f, "strategy bench \"ベンチマーク用合成戦略（%" PRIu64 "指標）\" en \"Synthetic strategy\" {\n",
            o->n);
    fputs("  period FY2018 .. FY2023\n  as_of R4.3\n\n", f);
    fputs("  goal \"県内産業の持続的成長と、生産性・付加価値の向上を目指す。\"\n"
          "       \"Grow the regional economy while raising productivity.\"\n\n", f);
    for (int v = 0; v < NVIEWPOINTS; v++)
        fprintf(f, "  viewpoint vp%d \"視点%d：%sの%s\"\n", v, v + 1, JA_SUBJECT[v], JA_OBJECT[v]);
    fputc('\n', f);
    for (int s = 0; s < NSECTORS; s++)
        fprintf(f, "  sector sec%02d \"%s\" en \"Sector %d\"\n", s,
                JA_SUBJECT[s % (sizeof JA_SUBJECT / sizeof *JA_SUBJECT)], s);
}

static void strat_project(FILE *f, const Proj *p)
{
    fprintf(f, "\n  # project %" PRIu64 "\n  project %s \"%s\" {\n", p->index, p->id, p->title);
    fputs("    sectors ", f);
    for (int i = 0; i < p->nsectors; i++) fprintf(f, "%ssec%02d", i ? ", " : "", p->sectors[i]);
    fprintf(f, "\n    viewpoints vp%d\n    owner \"%s\"\n", p->viewpoint, p->owner);
    fprintf(f, "    activity \"%s\"\n             \"%s\"\n", p->activity[0], p->activity[1]);
    for (int i = 0; i < p->ninds; i++) {
        const Ind *d = &p->inds[i];
        fprintf(f, "    indicator %s \"%s\" {\n", d->id, d->title);
        if (d->old_id[0]) fprintf(f, "      renamed_from %s\n", d->old_id);
        fprintf(f, "      unit \"%s\"\n", d->unit->name);
        if (d->qualitative) {
            fprintf(f, "      target \"%sを着実に実施\" by %s\n", JA_OBJECT[d->index % 15],
                    D_END.spell[d->date_style[0]]);
            fputs("      status on_track \"計画通り実施中\"\n    }\n", f);
            continue;
        }
        fputs("      baseline ", f);
        put_value(f, d, &d->base);
        fprintf(f, " at %s\n", D_BASE.spell[d->date_style[0]]);
        for (int t = 0; t < NTARGETS; t++) {
            fputs(d->decrease ? "      target <= " : "      target ", f);
            put_value(f, d, &d->targets[t]);
            fprintf(f, " by %s\n", (t ? &D_END : &D_MID)->spell[d->date_style[1 + t]]);
        }
        for (int a = 0; a < NACTUALS; a++) {
            fputs("      actual ", f);
            put_value(f, d, &d->actuals[a]);
            fprintf(f, " at %s\n", D_ACT[a].spell[d->date_style[1 + NTARGETS + a]]);
        }
        fputs("    }\n", f);
    }
    fputs("  }\n", f);
}

static void strat_tail(FILE *f)
{
    fputs("\n  milestone R4.9 \"中間評価\"\n  milestone R6.3 \"改定・公表\"\n}\n", f);
}

/* ---- printing: JSON -------------------------------------------------------- */

/* Only our own vocabulary goes through here: no quotes or control characters. */
static void jstr(FILE *f, const char *s) { fprintf(f, "\"%s\"", s); }

static void json_head(const Opts *o, FILE *f)
{
    fprintf(f, "{\"strategy\":{\"id\":\"bench\",\"title\":\"ベンチマーク用合成戦略（%" PRIu64 "指標）\",",
            o->n);
    fputs("\"period\":{\"start\":\"2018-04-01\",\"end\":\"2024-03-31\"},\"as_of\":\"2022-03-31\",\n", f);
    fputs("\"viewpoints\":[", f);
    for (int v = 0; v < NVIEWPOINTS; v++)
        fprintf(f, "%s{\"id\":\"vp%d\",\"title\":\"視点%d：%sの%s\"}", v ? "," : "", v, v + 1,
                JA_SUBJECT[v], JA_OBJECT[v]);
    fputs("],\n\"sectors\":[", f);
    for (int s = 0; s < NSECTORS; s++)
        fprintf(f, "%s{\"id\":\"sec%02d\",\"title\":\"%s\"}", s ? "," : "", s,
                JA_SUBJECT[s % (sizeof JA_SUBJECT / sizeof *JA_SUBJECT)]);
    fputs("],\n\"projects\":[\n", f);
}

static void json_num(FILE *f, const Num *n) { fprintf(f, "%.*f", n->decimals, n->v); }

static void json_project(FILE *f, const Proj *p, bool first)
{
    fprintf(f, "%s{\"id\":\"%s\",\"title\":", first ? "" : ",\n", p->id);
    jstr(f, p->title);
    fputs(",\"sectors\":[", f);
    for (int i = 0; i < p->nsectors; i++) fprintf(f, "%s\"sec%02d\"", i ? "," : "", p->sectors[i]);
    fprintf(f, "],\"viewpoints\":[\"vp%d\"],\"owner\":", p->viewpoint);
    jstr(f, p->owner);
    fprintf(f, ",\"activities\":[\"%s%s\"],\"indicators\":[", p->activity[0], p->activity[1]);
    for (int i = 0; i < p->ninds; i++) {
        const Ind *d = &p->inds[i];
        fprintf(f, "%s\n{\"id\":\"%s\",\"title\":", i ? "," : "", d->id);
        jstr(f, d->title);
        fprintf(f, ",\"unit\":\"%s\",\"direction\":\"%s\",", d->unit->name,
                d->decrease ? "decrease" : "increase");
        if (d->qualitative) {
            fprintf(f, "\"baseline\":null,\"targets\":[{\"op\":null,\"value\":null,"
                       "\"text\":\"%sを着実に実施\",\"date\":\"%s\"}],\"actuals\":[]}",
                    JA_OBJECT[d->index % 15], D_END.iso);
            continue;
        }
        fputs("\"baseline\":{\"value\":", f);
        json_num(f, &d->base);
        fprintf(f, ",\"date\":\"%s\"},\"targets\":[", D_BASE.iso);
        for (int t = 0; t < NTARGETS; t++) {
            fprintf(f, "%s{\"op\":%s,\"value\":", t ? "," : "", d->decrease ? "\"<=\"" : "null");
            json_num(f, &d->targets[t]);
            fprintf(f, ",\"text\":null,\"date\":\"%s\"}", (t ? &D_END : &D_MID)->iso);
        }
        fputs("],\"actuals\":[", f);
        for (int a = 0; a < NACTUALS; a++) {
            fprintf(f, "%s{\"value\":", a ? "," : "");
            json_num(f, &d->actuals[a]);
            fprintf(f, ",\"date\":\"%s\"}", D_ACT[a].iso);
        }
        fputs("]}", f);
    }
    fputs("]}", f);
}

static void json_tail(FILE *f)
{
    fputs("\n],\n\"milestones\":[{\"date\":\"2022-09-30\",\"text\":\"中間評価\"},"
          "{\"date\":\"2024-03-31\",\"text\":\"改定・公表\"}]}}\n", f);
}

/* ---- main -------------------------------------------------------------------- */

static int usage(void)
{
    fputs("usage: gen -n N [-s SEED] [-f strat|json] [-v 1|2]\n", stderr);
    return 2;
}

static bool parse_u64(const char *s, uint64_t *out)
{
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno || end == s || *end || s[0] == '-') return false;
    *out = v;
    return true;
}

int main(int argc, char **argv)
{
    Opts o = {0, 20180401, 1, false};
    int c;
    while ((c = getopt(argc, argv, "n:s:f:v:")) != -1) {
        switch (c) {
        case 'n': if (!parse_u64(optarg, &o.n) || o.n == 0 || o.n > 100000000) return usage(); break;
        case 's': if (!parse_u64(optarg, &o.seed)) return usage(); break;
        case 'f':
            if (strcmp(optarg, "json") == 0) o.json = true;
            else if (strcmp(optarg, "strat") != 0) return usage();
            break;
        case 'v':
            if (strcmp(optarg, "1") == 0) o.version = 1;
            else if (strcmp(optarg, "2") == 0) o.version = 2;
            else return usage();
            break;
        default: return usage();
        }
    }
    if (!o.n || optind != argc) return usage();

    static char obuf[1 << 20];
    setvbuf(stdout, obuf, _IOFBF, sizeof obuf);
    Proj *p = malloc(sizeof *p);
    if (!p) { perror("gen"); return 2; }
    if (o.json) json_head(&o, stdout); else strat_head(&o, stdout);

    /* Project sizes vary from 5 to 15 around a mean of 10; the layout Rng is
     * the same for every output, so projects hold the same indicators. */
    Rng layout = {mix64(o.seed)};
    uint64_t done = 0, pindex = 0;
    while (done < o.n) {
        uint64_t k = 5 + rng_below(&layout, MAX_PER_PROJECT - 5 + 1);
        if (k > o.n - done) k = o.n - done;
        make_project(&o, p, pindex, done, k);
        if (o.json) json_project(stdout, p, pindex == 0); else strat_project(stdout, p);
        done += k;
        pindex++;
    }
    if (o.json) json_tail(stdout); else strat_tail(stdout);
    free(p);
    if (fflush(stdout) != 0 || ferror(stdout)) { perror("gen: write"); return 2; }
    return 0;
}
