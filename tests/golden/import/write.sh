# -w rewrites the plan atomically and only with the new actuals; any error
# leaves it byte for byte; `stratc diff` of before and after shows exactly
# the added actuals; a byte order mark and CRLF line ends are kept.
set -u
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
cp plan.strat "$t/plan.strat"
cp plan.strat "$t/before.strat"

echo '--- an error: exit 1, the plan untouched'
for data in conflict.csv unknown.csv bad-number.csv bad-date.csv unit.csv dup-rows.csv bad.xlsx; do
    $STRATC import -w "$data" "$t/plan.strat" 2>/dev/null
    echo "$data: exit $?"
    cmp plan.strat "$t/plan.strat" && echo 'byte-identical'
done

echo '--- -w: nothing on stdout, the summary on stderr'
$STRATC import -w long-bom.csv "$t/plan.strat"
echo "exit $?"
echo '--- a canonical plan stays canonical'
$STRATC fmt --check "$t/plan.strat" && echo 'canonical'
echo '--- the diff is the added actuals'
$STRATC diff "$t/before.strat" "$t/plan.strat" | sed "s|$t/||g"
echo '--- importing again changes nothing'
cp "$t/plan.strat" "$t/after.strat"
$STRATC import -w long-bom.csv "$t/plan.strat" 2>&1
cmp "$t/after.strat" "$t/plan.strat" && echo 'byte-identical'

echo '--- a plan with a byte order mark and CRLF line ends keeps both'
printf '\357\273\277' > "$t/crlf.strat"
sed 's/$/\r/' plan.strat >> "$t/crlf.strat"
$STRATC import -w tab.tsv "$t/crlf.strat" 2>/dev/null
head -c 3 "$t/crlf.strat" | od -An -c
grep -c "$(printf '\r')\$" "$t/crlf.strat"
wc -l < "$t/crlf.strat"
grep -n 'actual 1400' "$t/crlf.strat" | od -c | grep -c '\\r'
