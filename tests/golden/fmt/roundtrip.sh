# Every example and every golden input that parses: formatting it is
# idempotent (fmt(fmt(x)) == fmt(x)) and keeps its meaning (`stratc dump`
# of the file and of its formatted form print the same, with the same exit
# status).  The formatted copy is written beside the original, as a hidden
# file, so that its includes and `revises` resolve the same way.  Prints
# nothing when all is well; new inputs are covered as they are added.
set -u
root=$(cd ../../.. && pwd)
t=$(mktemp -d)
copy=
trap 'rm -rf "$t"; [ -n "$copy" ] && rm -f "$copy"' EXIT INT TERM
n=0 bad=0
for f in $(find "$root/examples" "$root/tests/golden" -name '*.strat' ! -name '.*' | sort); do
    name=${f#"$root"/}
    $STRATC fmt "$f" >"$t/once" 2>/dev/null
    rc=$?
    [ $rc = 2 ] && continue                 # errors in the file: fmt refuses it
    if [ $rc != 0 ]; then echo "$name: fmt exited $rc"; bad=$((bad + 1)); continue; fi
    copy=$(dirname "$f")/.fmt-roundtrip-$$.strat
    cp "$t/once" "$copy"
    $STRATC fmt "$copy" >"$t/twice" 2>/dev/null
    cmp -s "$t/once" "$t/twice" || { echo "$name: not idempotent"; bad=$((bad + 1)); }
    $STRATC dump "$f" >"$t/dump1" 2>/dev/null
    c1=$?
    $STRATC dump "$copy" >"$t/dump2" 2>/dev/null
    c2=$?
    if [ $c1 != $c2 ] || ! cmp -s "$t/dump1" "$t/dump2"; then
        echo "$name: dump differs after fmt (exit $c1 -> $c2)"
        diff "$t/dump1" "$t/dump2" | head -10
        bad=$((bad + 1))
    fi
    rm -f "$copy"
    copy=
    n=$((n + 1))
done
if [ $n -lt 3 ]; then echo "only $n inputs formatted: examples/ not found?"; exit 1; fi
[ $bad = 0 ]
