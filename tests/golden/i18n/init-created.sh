# init's report of the file it created, in Japanese; the file checks clean.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d" || exit 2
$STRATC init --lang=ja --template=blank plan.strat
echo "init exit $?"
$STRATC check --lang=ja plan.strat
echo "check exit $?"
