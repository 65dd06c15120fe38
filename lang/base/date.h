/* date.h - the calendar: ISO, fiscal years and Japanese era dates as intervals.
 *
 * Every date in a strategy denotes an interval of days.  Parsing (shape),
 * validation (month 13, Feb 30, before or after an era) and the interval
 * (which for FY depends on the strategy's fiscal-year start) are separate
 * steps, so the lexer can scan by shape and the resolver can apply
 * `fiscal_year starts`. */
#ifndef STRAT_DATE_H
#define STRAT_DATE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum { ERA_NONE, ERA_MEIJI, ERA_TAISHO, ERA_SHOWA, ERA_HEISEI, ERA_REIWA } Era; /* ORDER */

typedef enum {
    DF_YEAR,     /* 2020, R2, 令和2年            calendar year            */
    DF_MONTH,    /* 2020-03, R2.3, 令和2年3月    month                    */
    DF_DAY,      /* 2020-03-31, R2.3.31          day                      */
    DF_FY,       /* FY2020                       strategy's fiscal year   */
    DF_NENDO     /* 2020年度, R2年度, 令和2年度   April to March, always   */
} DateForm;

/* Eight bytes: six of these per indicator.  A month or day of more than
 * three digits is not a date (date_parse), so a byte holds any that parse. */
typedef struct DateSpec {
    int year;           /* as written: era year or Gregorian year */
    uint8_t form : 4;   /* DateForm */
    uint8_t kanji : 1;  /* era written 令和 rather than R */
    uint8_t gan : 1;    /* year 1 written 元 */
    uint8_t end : 1;    /* 令和6年度末, R2.3末: only the last day of the interval */
    uint8_t era;        /* Era; ERA_NONE for Gregorian */
    uint8_t month, day; /* 0 when absent */
} DateSpec;

typedef enum { DATE_OK, DATE_AFTER_ERA, DATE_INVALID } DateCheck;

typedef int32_t DayNum;  /* days since 1970-01-01 */

/* The calendar's fixed facts.  A Japanese fiscal year (年度) always starts in
 * April; `FY` follows the strategy's `fiscal_year starts`, April by default. */
enum { NENDO_START_MONTH = 4, FY_START_DEFAULT = NENDO_START_MONTH };

/* Parses text (ASCII digits; NFKC it first if it has full-width ones). */
bool      date_parse(const char *text, size_t len, DateSpec *out);
/* Validity; on DATE_INVALID or DATE_AFTER_ERA writes a message and maybe a hint. */
DateCheck date_validate(const DateSpec *d, char *msg, size_t msz, char *hint, size_t hsz);
void      date_interval(const DateSpec *d, int fy_start_month, DayNum *first, DayNum *last);
/* The same, with FY years named by the calendar year they end in when
 * named_by_end (FY2025 = July 2024 - June 2025 at Microsoft), not the one
 * they start in; a fiscal year starting in January is its calendar year. */
void      date_interval_fy(const DateSpec *d, int fy_start_month, bool named_by_end, DayNum *first,
                           DayNum *last);
int       date_gregorian_year(const DateSpec *d);
/* The first day of d's interval, from its last (what date_interval_fy gave):
 * every form is a whole day, month, year or twelve months. */
DayNum    date_first(const DateSpec *d, DayNum last);

DayNum    days_from_civil(int y, int m, int d);
void      civil_from_days(DayNum n, int *y, int *m, int *d);
int       days_in_month(int y, int m);
void      date_iso(DayNum n, char buf[16]);

/* Writes the spec in its own style but in another era (for hints). */
void      date_render_in_era(const DateSpec *d, Era era, char *buf, size_t sz);
void      date_render(const DateSpec *d, char *buf, size_t sz);
/* The same with snprintf: what date_render falls back to, and its reference in test_date. */
void      date_render_printf(const DateSpec *d, char *buf, size_t sz);

const char *era_name_en(Era e);
const char *era_name_ja(Era e);
char        era_letter(Era e);
/* The era in force on a day (ERA_NONE before Meiji). */
Era         era_of_day(DayNum n);
/* An era's first and last day. */
DayNum      era_first(Era e);
DayNum      era_last(Era e);
/* The era table's day numbers agree with its dates (a unit test). */
bool        era_table_consistent(void);

/* Month from "april", "apr", "4": 1..12, or 0. */
int         month_from_name(const char *s);

#endif
