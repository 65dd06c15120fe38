# Without --as-of or an as_of in the file the report date is today, and the
# header says so; SOURCE_DATE_EPOCH (here 2027-04-01 00:00 UTC) stands in for
# the clock.  The period is long past, so every expected rate is 100%.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cat > "$d/t.strat" <<'S'
strategy t "T" {
  period FY2000 .. FY2001
  project p "P" {
    indicator i "I" {
      target 10 by FY2001
      actual 9 at FY2001
    }
  }
}
S
export SOURCE_DATE_EPOCH=1806537600
$STRATC report --lang=en "$d/t.strat"
$STRATC report --format=json "$d/t.strat" | grep -E '"as_of|expected_rate'
