# Today is the local calendar date: at 2027-03-31 23:30 UTC it is already
# 1 April (a new fiscal year) in Tokyo, still 31 March in UTC.  The clock is
# faked, not pinned: SOURCE_DATE_EPOCH is unset so the real path is taken.
set -u
unset SOURCE_DATE_EPOCH
# Under `make clock-check` the whole suite already runs in faked time: this
# case sets its own, so the outer one is dropped first.
unset LD_PRELOAD FAKETIME FAKETIME_SHARED DONT_FAKE_MONOTONIC FAKETIME_NO_CACHE
# libfaketime is preloaded; an ASan build must not insist on coming first.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0"
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
printf 'strategy t "T" {\n  period FY2026 .. FY2027\n}\n' > "$d/t.strat"
for tz in UTC Asia/Tokyo America/New_York; do
    printf '%s: ' "$tz"
    TZ=UTC faketime '2027-03-31 23:30:00' env TZ=$tz $STRATC report --lang=en "$d/t.strat" | grep '^As of'
done
# SOURCE_DATE_EPOCH wins over the clock, read in the same time zone.
printf 'SOURCE_DATE_EPOCH, Tokyo: '
TZ=UTC faketime '2031-01-01 12:00:00' env TZ=Asia/Tokyo SOURCE_DATE_EPOCH=1806537600 \
    $STRATC report --lang=en "$d/t.strat" | grep '^As of'
# A SOURCE_DATE_EPOCH that is not a number is a usage error, not a guess.
SOURCE_DATE_EPOCH=yesterday $STRATC report --lang=en "$d/t.strat" >"$d/out" 2>&1
echo "exit $?"
sed "s|$d/||" "$d/out"
# check reaches the same date by the same rule.
printf 'strategy t "T" {\n  period FY2026 .. FY2027\n  project p "P" {\n    indicator i "I" {\n      target 1 by FY2027\n      actual 2 at 2027-04-01\n    }\n  }\n}\n' > "$d/c.strat"
echo '-- check, UTC:'
TZ=UTC faketime '2027-03-31 23:30:00' env TZ=UTC $STRATC check "$d/c.strat" 2>&1 | sed "s|$d/||"
echo '-- check, Tokyo:'
TZ=UTC faketime '2027-03-31 23:30:00' env TZ=Asia/Tokyo $STRATC check "$d/c.strat" 2>&1 | sed "s|$d/||"
