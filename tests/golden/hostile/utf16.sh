# UTF-16 files, as Windows editors save "Unicode": with a byte order mark the
# error says so and how to convert; --input-encoding=utf-16 reads them.
# Without a mark the first NUL byte is reported, with the likely cause.
set -u
t=$(mktemp -d) && trap 'rm -rf "$t"' EXIT
printf 'strategy s "UTF-16" {\n  goal "目標"\n}\n' > "$t/utf8.strat"
iconv -f UTF-8 -t UTF-16 "$t/utf8.strat" > "$t/bom.strat" || exit 3      # glibc writes a BOM
iconv -f UTF-8 -t UTF-16LE "$t/utf8.strat" > "$t/nobom.strat" || exit 3
cd "$t"
od -An -tx1 -N2 bom.strat
echo '$ stratc check bom.strat'
$STRATC check bom.strat; echo "exit $?"
echo '$ stratc check --input-encoding=utf-16 bom.strat'
$STRATC check --input-encoding=utf-16 bom.strat; echo "exit $?"
echo '$ stratc check nobom.strat'
$STRATC check nobom.strat; echo "exit $?"
