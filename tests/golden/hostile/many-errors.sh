# 20,000 errors on one 140 KB line: each is reported, in time linear in their
# number (columns come from checkpoints, each diagnostic is written at once).
set -u
t=$(mktemp -d) && trap 'rm -rf "$t"' EXIT
cd "$t"
{ printf 'strategy s "S" { '; i=0; while [ $i -lt 20000 ]; do printf 'period '; i=$((i + 1)); done; printf '}\n'; } > many.strat
echo '$ stratc check many.strat'
$STRATC check many.strat 2>err.txt; echo "exit $?"
grep -c 'error:' err.txt
tail -4 err.txt
