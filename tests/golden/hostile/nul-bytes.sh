# NUL bytes in a text file (a truncated download, a binary by mistake): one
# located error, and nothing after the NUL is read.
set -u
t=$(mktemp -d) && trap 'rm -rf "$t"' EXIT
printf 'strategy s "NUL" {\n  goal "a\000b"\n}\n' > "$t/nul.strat"
head -c 4096 /dev/zero > "$t/zeros.strat"
cd "$t"
echo '$ stratc check nul.strat'
$STRATC check nul.strat; echo "exit $?"
echo '$ stratc check zeros.strat'
$STRATC check zeros.strat; echo "exit $?"
echo '$ stratc fmt nul.strat'
$STRATC fmt nul.strat; echo "exit $?"
