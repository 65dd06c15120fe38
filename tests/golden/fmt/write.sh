# fmt -w: rewrites atomically, keeps the mode, touches a formatted file not
# at all, writes through a symbolic link, and never writes a file with
# syntax errors.
set -u
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
cp comments.strat "$t/messy.strat"
cp formatted.strat "$t/clean.strat"
cp syntax.strat "$t/bad.strat"
chmod 640 "$t/messy.strat"
before=$(ls -i "$t/clean.strat" | cut -d' ' -f1)
$STRATC fmt -w "$t/messy.strat" "$t/clean.strat"
echo "exit $?"
cmp "$t/messy.strat" formatted.strat && echo "messy.strat rewritten in canonical form"
stat -c 'mode %a' "$t/messy.strat"
after=$(ls -i "$t/clean.strat" | cut -d' ' -f1)
[ "$before" = "$after" ] && echo "clean.strat left alone"
ls -a "$t" | grep -c stratc- | sed 's/^/temporary files left: /'
$STRATC fmt -w "$t/bad.strat" 2>/dev/null
echo "exit $?"
cmp "$t/bad.strat" syntax.strat && echo "bad.strat untouched"
cp comments.strat "$t/messy.strat"
$STRATC fmt --check -w "$t/messy.strat" >"$t/listed"
echo "exit $?"
sed "s|$t/||" "$t/listed"
cmp "$t/messy.strat" formatted.strat && echo "--check -w: listed and rewritten"
cp comments.strat "$t/target.strat"
ln -s target.strat "$t/link.strat"
$STRATC fmt -w "$t/link.strat"
echo "exit $?"
[ -L "$t/link.strat" ] && cmp "$t/target.strat" formatted.strat && echo "link kept, its target rewritten"
