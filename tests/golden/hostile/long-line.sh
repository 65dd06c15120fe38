# A 10 MB single line: read in linear time, and a diagnostic on it shows a
# window of the line around the error, not 10 MB.
set -u
t=$(mktemp -d) && trap 'rm -rf "$t"' EXIT
cd "$t"
big=$(head -c 10485760 /dev/zero | tr '\0' 'a')
printf 'strategy s "S" { period FY2020 .. FY2022 goal "%s" }' "$big" > ok.strat
printf 'strategy s "S" { period FY2020 .. FY2022 goal "%s" oops }' "$big" > bad.strat
wc -c < ok.strat
echo '$ stratc dump ok.strat | wc -c'
$STRATC dump ok.strat | wc -c
echo '$ stratc check bad.strat'
$STRATC check bad.strat; echo "exit $?"
