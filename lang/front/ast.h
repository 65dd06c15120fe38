/* ast.h - the syntax tree: what the author wrote, in order, with spans.
 *
 * Every item of a block is one `Item` (kind + span + a kind-specific arm),
 * allocated from the arena at the size of its arm.  `stratc fmt` prints this
 * tree; the resolver (model.h) indexes it for check, report and diff.
 * Comments are kept beside the tree, in source order, for fmt. */
#ifndef STRAT_AST_H
#define STRAT_AST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "arena.h"
#include "date.h"
#include "source.h"

typedef struct Ident {
    const char *name;       /* interned; NULL when absent */
    Span span;
} Ident;

/* Each literal's span, for a text written as more than one. */
typedef struct TextPieces {
    uint32_t n;
    Span span[];
} TextPieces;

/* A string: one or more adjacent literals, concatenated and unescaped.
 * Its bytes are NOT NUL-terminated: a single literal with nothing to unescape
 * is its own bytes in the source, not a copy (most titles and units).  Read
 * len bytes ("%.*s", text_is, text_same), or ask text_dup for a C string. */
typedef struct Text {
    const char *bytes;      /* NULL when absent */
    uint32_t len;
    Span span;              /* from the first literal to the last */
    const TextPieces *pieces;   /* NULL for a single literal */
} Text;

static inline uint32_t text_npieces(const Text *t) { return t->pieces ? t->pieces->n : t->bytes ? 1 : 0; }

/* The text is present and is the C string s. */
static inline bool text_is(const Text *t, const char *s)
{
    size_t n = strlen(s);
    return t->bytes && t->len == n && memcmp(t->bytes, s, n) == 0;
}

/* Both absent, or both present with the same bytes. */
static inline bool text_same(const Text *a, const Text *b)
{
    if (!a->bytes || !b->bytes) return !a->bytes && !b->bytes;
    return a->len == b->len && memcmp(a->bytes, b->bytes, a->len) == 0;
}

/* The text as a C string in the arena; NULL when absent. */
char *text_dup(Arena *a, const Text *t);

typedef struct Value {
    double num;
    const char *unit;       /* interned; NULL when none was written */
    Span span;              /* the number (and its unit) */
    uint32_t num_end;       /* where the number alone ends: fmt reprints its spelling */
} Value;

static inline Span value_num_span(const Value *v) { return (Span){v->span.file, v->span.start, v->num_end}; }

/* A date's meaning: what was written and the interval it denotes. */
typedef struct DateVal {
    DateSpec spec;
    DayNum first, last;     /* the interval (set by the resolver for FY) */
} DateVal;

typedef struct Date {
    union {
        DateVal v;          /* the meaning, as one (a measure keeps only this) */
        struct { DateSpec spec; DayNum first, last; };
    };
    Span span;
    bool valid;             /* false after a reported error */
} Date;

typedef enum {              /* the ITEM rows of keywords.def, in order */
#define ITEM(kind, word, tok, how) kind,
#define WORD(word, tok)
#include "keywords.def"
#undef ITEM
#undef WORD
    IT__COUNT
} ItemKind;

enum {                      /* Item.flags */
    IF_BLOCK = 1,           /* written with { ... } */
    IF_DATE = 2,            /* optional date present (target by, baseline at) */
    IF_TEXT = 4,            /* optional text present */
    IF_EN = 8,              /* title has an `en` translation */
    IF_VALUE = 16,          /* target has a number (else it is qualitative) */
    IF_DATE_VALID = 32,     /* measure: its date, written or implied, has a valid interval */
    IF_WIDE = 64,           /* measure: its parts' offsets are in a MeasureAt before it */
    IF_BRACE_PUT = 128      /* block: its '}' was missing and is put where the item ends */
};

enum { OP_NONE = 0, OP_GE = '>', OP_LE = '<', OP_EQ = '=' };

typedef struct Item Item;

/* Where a measure's parts stand, as byte offsets from the item's start; the
 * date ends where the item does.  An item whose offsets do not fit a byte (a
 * comment inside it) keeps them whole, from the file's start, in a MeasureAt
 * allocated just before the item (IF_WIDE): found by the item's address, so
 * a measure item is never copied. */
enum { AT_VALUE, AT_NUM_END, AT_VALUE_END, AT_DATE, MEASURE_AT };
typedef struct MeasureAt { _Alignas(8) uint32_t at[MEASURE_AT]; uint32_t date_end; } MeasureAt;

/* A grade's condition: `when rate >= expected and has_data` (doc/language.md). */
typedef enum { CMP_GE, CMP_LE, CMP_EQ, CMP_GT, CMP_LT } CmpOp;   /* ORDER: cmp_name() */
typedef enum { COND_CMP, COND_PRED, COND_AND, COND_OR } CondKind;

typedef struct Operand {
    bool is_num;
    double num;             /* the number's meaning: 90 % is 0.9 */
    Value value;            /* the number as written (unit "%" when a percentage) */
    Ident var;              /* rate, expected, progress, change, actual, target, baseline */
    Span span;
} Operand;

typedef struct Cond Cond;
struct Cond {
    uint8_t kind;           /* CondKind */
    uint8_t cmp;            /* CmpOp, for COND_CMP */
    Span span;
    Operand a, b;           /* COND_CMP */
    Ident pred;             /* COND_PRED: has_data, no_data, qualitative, always */
    Cond *l, *r;            /* COND_AND, COND_OR */
};

typedef struct AstFile {
    uint32_t file;          /* SrcSet index */
    Item *items;            /* top level: the strategy (or, included, its items) */
    struct Comment *comments;
    size_t ncomments;
    bool is_include;
    int errors;             /* diagnostics of error severity while parsing it */
} AstFile;

typedef struct Comment {
    Span span;              /* from '#' to the end of the line */
    struct Comment *next;
} Comment;

struct Item {
    uint8_t kind;           /* ItemKind */
    uint8_t flags;
    uint8_t op;             /* target: OP_* */
    Span span;              /* the whole item, keyword to last token */
    Item *next;
    union {
        /* strategy viewpoint sector project indicator thresholds */
        /* the block's '}' ends the item: item_rbrace() */
        struct { Ident id; Text title; const Text *en; Item *items; } ent;
        /* goal note activity owner source revises include unit(text) milestone;
         * only a milestone has .date and only an include .included: the
         * others are allocated without them, never read those of one */
        struct { Text text; Date date; AstFile *included; } txt;
        /* period (a..b), as_of (a) */
        struct { Date a, b; } per;
        /* status assessment direction kind renamed_from fiscal_year unit(word) */
        struct { Ident word; Text text; } w;
        /* sectors viewpoints */
        struct { Ident *ids; uint32_t n; } list;
        /* baseline actual target threshold: six of these per indicator, so
         * the value and date are kept decoded, without spans: where their
         * parts stand is at[], offsets from the item's start (item_value and
         * item_date rebuild the Value and the Date).  Of the date's interval
         * only the last day is kept: the first follows from it and the spec
         * (date_first).  Only a text target (no IF_VALUE) has text, only a
         * threshold a name, so they share room; a baseline, an actual or a
         * numeric target is allocated without them: never read .text or
         * .name of one */
        struct {
            double num;
            const char *unit;           /* interned; NULL when none was written */
            DateSpec spec;              /* the date as written (IF_DATE) */
            DayNum last;                /* its interval's last day; valid: IF_DATE_VALID */
            uint8_t at[MEASURE_AT];     /* see MeasureAt; unused when IF_WIDE */
            union { Text text; Ident name; };
        } m;
        /* grade ID "LABEL" [en "LABEL"] when COND */
        struct { Ident id; Text title; const Text *en; Cond *when; } gr;
    } u;
};

static inline const MeasureAt *measure_wide(const Item *it)
{
    return (const MeasureAt *)(const void *)((const char *)it - sizeof(MeasureAt));
}

static inline uint32_t measure_at(const Item *it, int k)
{
    return it->flags & IF_WIDE ? measure_wide(it)->at[k] : it->span.start + it->u.m.at[k];
}

/* A measure's value and date (baseline, actual, target, threshold), rebuilt
 * from the item: the Value when IF_VALUE, the Date when IF_DATE or (a target
 * due at the end of the period) when IF_DATE_VALID. */
static inline Value item_value(const Item *it)
{
    return (Value){it->u.m.num, it->u.m.unit,
                   {it->span.file, measure_at(it, AT_VALUE), measure_at(it, AT_VALUE_END)},
                   measure_at(it, AT_NUM_END)};
}

/* Where the date is written; nothing (all zero) when it is not. */
static inline Span item_date_span(const Item *it)
{
    if (!(it->flags & IF_DATE)) return (Span){0, 0, 0};
    return (Span){it->span.file, measure_at(it, AT_DATE),
                  it->flags & IF_WIDE ? measure_wide(it)->date_end : it->span.end};
}

/* An undated target's date (due at the end of the period) is the period's
 * last day alone. */
static inline Date item_date(const Item *it)
{
    Date d = {.spec = it->u.m.spec, .last = it->u.m.last, .valid = (it->flags & IF_DATE_VALID) != 0,
              .span = item_date_span(it)};
    d.first = it->flags & IF_DATE ? date_first(&d.spec, d.last) : d.last;
    return d;
}

/* A block's closing '}' (IF_BLOCK): the item's last byte, or nothing where a
 * missing one was put back. */
static inline Span item_rbrace(const Item *it)
{
    return (Span){it->span.file, it->span.end - (it->flags & IF_BRACE_PUT ? 0 : 1), it->span.end};
}

static inline Span item_value_span(const Item *it) { return item_value(it).span; }

const char *item_kind_name(ItemKind k);   /* the keyword: "indicator" */
const char *cmp_name(CmpOp op);           /* ">=" */

#endif
