# fmt hands its text on in pieces as it makes it (it is never whole in
# memory): over a file of several pieces, a difference only deep inside,
# one only in the first piece, and a formatted file with extra blank lines
# at its end (the text is the stored bytes' prefix) are each found by
# --check and rewritten by -w to exactly what fmt prints; a formatted file
# is neither listed nor touched.
set -u
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
awk -v n=3000 -f ../bigplan.awk >"$t/raw.strat"
$STRATC fmt "$t/raw.strat" >"$t/canon.strat"
echo "canonical: exit $? $(wc -c <"$t/canon.strat" | awk '{print ($1 > 200000) ? "over 200 kB" : "too small"}')"
# a difference deep inside, another at the start, extra blank lines at the end
sed 's/^      target 2990 by FY2025$/      target   2990   by FY2025/' "$t/canon.strat" >"$t/deep.strat"
sed '1s/^strategy big/strategy  big/' "$t/canon.strat" >"$t/first.strat"
{ cat "$t/canon.strat"; printf '\n\n'; } >"$t/tail.strat"
cp "$t/canon.strat" "$t/clean.strat"
before=$(ls -i "$t/clean.strat" | cut -d' ' -f1)
for f in deep first tail clean; do
    $STRATC fmt "$t/$f.strat" | cmp -s - "$t/canon.strat" && echo "$f: printed canonical"
    $STRATC fmt --check "$t/$f.strat" >/dev/null
    echo "$f: --check exit $?"
    $STRATC fmt -w "$t/$f.strat"
    echo "$f: -w exit $?"
    cmp -s "$t/$f.strat" "$t/canon.strat" && echo "$f: now canonical"
done
after=$(ls -i "$t/clean.strat" | cut -d' ' -f1)
[ "$before" = "$after" ] && echo "clean: left alone"
ls -a "$t" | grep -c stratc- | sed 's/^/temporary files left: /'
