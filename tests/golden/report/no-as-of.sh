# Without --as-of or an as_of in the file the report date is today, and the
# header says so; the period is long past, so every expected rate is 100%.
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
today=$(date -u +%Y-%m-%d)
$STRATC report --lang=en "$d/t.strat" | sed "s/$today/TODAY/"
$STRATC report --format=json "$d/t.strat" | grep -E '"as_of|expected_rate' | sed "s/$today/TODAY/"
