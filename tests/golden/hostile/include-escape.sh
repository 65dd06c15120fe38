# Includes resolve relative to the including file and may not leave the main
# file's directory, by '..', an absolute path or a symbolic link, unless
# --include-path names the directory they lead to.
set -u
t=$(mktemp -d) && trap 'rm -rf "$t"' EXIT
mkdir "$t/plan" "$t/shared" "$t/plan/sub"
printf 'sector shared "Shared"\n' > "$t/shared/sectors.strat"
ln -s ../shared/sectors.strat "$t/plan/link.strat"
printf 'include "../../shared/sectors.strat"\n' > "$t/plan/sub/up.strat"
cat > "$t/plan/main.strat" <<'STRAT'
strategy s "S" {
  include "../shared/sectors.strat"
}
STRAT
printf 'strategy s "S" {\n  include "link.strat"\n}\n' > "$t/plan/via-link.strat"
printf 'strategy s "S" {\n  include "sub/up.strat"\n}\n' > "$t/plan/nested.strat"
printf 'strategy s "S" {\n  include "%s/shared/sectors.strat"\n}\n' "$t" > "$t/plan/absolute.strat"
cd "$t"
for f in main via-link nested; do
    echo "\$ stratc check plan/$f.strat"
    $STRATC check plan/$f.strat; echo "exit $?"
done
echo '$ stratc check plan/absolute.strat'
$STRATC check plan/absolute.strat 2>&1 | sed "s|$t|TMP|g"
echo '$ stratc check --include-path=shared plan/main.strat'
$STRATC check --include-path=shared plan/main.strat; echo "exit $?"
echo '$ stratc dump --include-path=shared plan/via-link.strat (sectors)'
$STRATC dump --include-path=shared plan/via-link.strat | grep -A2 '"sectors": \[$' | head -3
echo '$ stratc check --include-path=plan plan/main.strat'
$STRATC check --include-path=plan plan/main.strat; echo "exit $?"
