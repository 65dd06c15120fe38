# 100,000 nested braces: the parser stops at PARSE_MAX_NESTING (32) with one
# diagnostic instead of overflowing a stack; 100,000 closing braces are
# ordinary syntax errors.
set -u
t=$(mktemp -d) && trap 'rm -rf "$t"' EXIT
cd "$t"
{ printf 'strategy s "S" '; head -c 100000 /dev/zero | tr '\0' '{'; echo; } > open.strat
{ printf 'strategy s "S" {\n'; i=0; while [ $i -lt 40 ]; do printf 'project p%d "P" {\n' $i; i=$((i + 1)); done; } > projects.strat
{ printf 'strategy s "S" {}\n'; head -c 100000 /dev/zero | tr '\0' '}'; echo; } > close.strat
echo '$ stratc check open.strat'
$STRATC check open.strat 2>err.txt; echo "exit $?"
cut -c1-100 err.txt
echo '$ stratc check projects.strat'
$STRATC check projects.strat 2>err.txt; echo "exit $?"
grep -v '^ ' err.txt
echo '$ stratc fmt open.strat'
$STRATC fmt open.strat 2>err.txt; echo "exit $?"
tail -1 err.txt
echo '$ stratc check close.strat'
$STRATC check close.strat 2>err.txt; echo "exit $?"
head -4 err.txt; tail -1 err.txt
