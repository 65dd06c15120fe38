/* status.c - status names and labels (ORDER: Status). */
#include "status.h"

#include <string.h>

static const char *const NAMES[ST__COUNT] = {
    "exceeded", "achieved", "on_track", "below", "far_below", "no_data"};
static const char *const JA[ST__COUNT] = {
    "目標を上回る", "目標を達成", "概ね目標通り", "目標を下回る", "目標を大幅に下回る", "データなし"};
static const char *const EN[ST__COUNT] = {
    "exceeded", "achieved", "on track", "below target", "far below target", "no data"};

const char *status_name(Status s) { return s < ST__COUNT ? NAMES[s] : "?"; }
const char *status_label_ja(Status s) { return s < ST__COUNT ? JA[s] : "?"; }
const char *status_label_en(Status s) { return s < ST__COUNT ? EN[s] : "?"; }

bool status_from_name(const char *s, Status *out)
{
    for (int i = 0; i < ST__COUNT; i++) {
        if (strcmp(s, NAMES[i]) == 0 || strcmp(s, JA[i]) == 0) {
            *out = (Status)i;
            return true;
        }
    }
    return false;
}
