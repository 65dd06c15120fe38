# File names that a shell would run - $(touch x), `touch x`, ;touch x - are
# only names: stratc passes them to git in an argument vector, never through
# a shell.  Each command is run on such files, then no x may exist.
set -u
t=$(mktemp -d) && trap 'rm -rf "$t"' EXIT
cd "$t"
git init -q . || exit 3
a='$(touch x1).strat'
b='`touch x2`.strat'
c=';touch x3;.strat'
cat > "$a" <<'STRAT'
strategy s "S" {
  period FY2020 .. FY2022
  as_of FY2020
  project p "P" {
    indicator i "I" {
      target 10 by FY2022
      actual 4 at FY2020
    }
  }
}
STRAT
cp "$a" "$b"
printf 'strategy s "S" {\n  revises "%s"\n  period FY2023 .. FY2025\n  as_of FY2023\n}\n' "$a" > "$c"
git add -- "$a" "$b" "$c" && git -c user.name=t -c user.email=t@example.com commit -qm init || exit 3
sed 's/target 10/target 12/' "$b" > tmp && mv tmp "$b"

$STRATC check "$a" "$b" "$c" 2>&1; echo "check: exit $?"
$STRATC report -o '$(touch x4).html' --format=html "$a" 2>&1; echo "report -o: exit $?"
$STRATC fmt -w "$b" 2>&1; echo "fmt -w: exit $?"
$STRATC diff "HEAD:$b" "$b" 2>&1 | grep -c 'target'; echo "diff REV:PATH: done"
$STRATC diff "$c" >/dev/null 2>&1; echo "diff (revises): exit $?"
$STRATC diff 'HEAD:$(touch x5)' "$a" 2>err; echo "diff bad REV:PATH: exit $?"
grep -v '^fatal:' err
ls x1 x2 x3 x4 x5 2>/dev/null | wc -l
test -f '$(touch x4).html' && echo 'the report was written under its odd name'
