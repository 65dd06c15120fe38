# Without Graphviz's dot layout plugin (GVBINDIR pointing nowhere): the SVG
# is a clear error (exit 2), the HTML report is written without the picture
# and says why on stderr, DOT and Mermaid need no Graphviz at all.
set -u
export GVBINDIR=/nonexistent
$STRATC graph --format=svg ../../../examples/yamaguchi-2018.strat
echo "svg exit $?"
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
$STRATC report --format=html ../../../examples/yamaguchi-2018.strat >"$d/r.html"
echo "report exit $?"
echo "pictures in the report: $(grep -c '<div class="graph">' "$d/r.html")"
echo "project sections in the report: $(grep -c '<section>' "$d/r.html")"
$STRATC graph --format=dot -o "$d/g.dot" ../../../examples/yamaguchi-2018.strat
echo "dot exit $?"
head -1 "$d/g.dot"
