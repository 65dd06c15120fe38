# -o writes the file (atomically: through a temporary beside it) and
# nothing to stdout; an unwritable directory is an I/O error (exit 2) and
# leaves no temporary behind.
set -u
d=$(mktemp -d)
e=$(mktemp)
trap 'rm -rf "$d" "$e"' EXIT
echo old > "$d/report.md"
$STRATC report --format=md -o "$d/report.md" ../../../examples/yamaguchi-2018.strat
echo "exit $?"
head -3 "$d/report.md"
ls "$d"
$STRATC report -o "$d/missing/report.txt" ../../../examples/yamaguchi-2018.strat 2>"$e"
echo "exit $?"
sed "s|$d|DIR|g" "$e"
ls "$d"
