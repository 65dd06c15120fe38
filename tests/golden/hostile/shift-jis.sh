# A strategy saved as Shift_JIS (CP932) by a Japanese office tool: read as
# UTF-8 it is an error that names the encoding and the fix; with
# --input-encoding=cp932 it is read correctly.
set -u
t=$(mktemp -d) && trap 'rm -rf "$t"' EXIT
cat > "$t/utf8.strat" <<'STRAT'
strategy yamaguchi "山口県まち・ひと・しごと創生総合戦略" {
  period 平成27年度 .. 令和元年度
  goal "人口減少の克服"
}
STRAT
iconv -f UTF-8 -t CP932 "$t/utf8.strat" > "$t/sjis.strat" || exit 3
cd "$t"
echo '$ stratc check sjis.strat'
$STRATC check sjis.strat; echo "exit $?"
echo '$ stratc check --input-encoding=cp932 sjis.strat'
$STRATC check --input-encoding=cp932 sjis.strat; echo "exit $?"
echo '$ stratc dump --input-encoding=cp932 sjis.strat (the title)'
$STRATC dump --input-encoding=cp932 sjis.strat | grep -m1 '"title"'
echo '$ stratc check --input-encoding=no-such-encoding sjis.strat'
$STRATC check --input-encoding=no-such-encoding sjis.strat; echo "exit $?"
