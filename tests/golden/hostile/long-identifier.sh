# A 100 KB identifier: an error naming the limit (1024 bytes), not a copy.
set -u
t=$(mktemp -d) && trap 'rm -rf "$t"' EXIT
cd "$t"
id=$(head -c 102400 /dev/zero | tr '\0' 'x')
printf 'strategy s "S" {\n  sector %s "A"\n}\n' "$id" > long.strat
echo '$ stratc check long.strat'
$STRATC check long.strat 2>err.txt; echo "exit $?"
cut -c1-100 err.txt
