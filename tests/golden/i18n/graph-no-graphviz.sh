# Without Graphviz's dot layout plugin, graph's error and report's warning in
# Japanese.  The reason in the parentheses is dlerror's, which is glibc's
# own (Japanese only where libc-l10n is installed): it is left out.
set -u
export GVBINDIR=/nonexistent
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
$STRATC graph --lang=ja --format=svg ../../../examples/yamaguchi-2018.strat 2>"$d/err"
echo "svg exit $?"
$STRATC report --lang=ja --format=html ../../../examples/yamaguchi-2018.strat 2>>"$d/err" >"$d/r.html"
echo "report exit $?"
sed 's/を使えません（[^）]*）/を使えません（…）/' "$d/err"
