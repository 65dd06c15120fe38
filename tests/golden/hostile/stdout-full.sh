# Output that cannot be written (a full disk: /dev/full) is an error, exit 2,
# with one message, whichever command wrote it and however much: a JSON or
# JUnit report for CI that was lost must never pass as exit 0.  (The reason,
# "No space left on device", is said when the last flush fails; a write that
# failed earlier leaves only an error flag.  It is cut here, so that the case
# does not hang on stdio's buffer sizes.)
set -u
plan=../../../examples/yamaguchi-2018.strat
new=../../../examples/yamaguchi-2021.strat
[ -w /dev/full ] || { echo "no /dev/full here"; exit 0; }
t=$(mktemp -d) && trap 'rm -rf "$t"' EXIT
run() {
    "$@" >/dev/full 2>"$t/err"
    rc=$?
    printf '[%s] %s\n' "$rc" "$(echo "$*" | sed "s|$STRATC|stratc|; s|\.\./\.\./\.\./||g")"
    sed 's/: No space left on device$//; s/^/    /' "$t/err"
}
run $STRATC check --format=json $plan
run $STRATC check --format=junit $plan
run $STRATC report --format=json $plan
run $STRATC diff $plan $new
run $STRATC dump $plan
run $STRATC fmt $plan
run $STRATC init -
run $STRATC check --help
run $STRATC --version
echo "diagnostics go to standard error: a check that writes nothing to standard output passes"
$STRATC check $plan >/dev/full 2>/dev/null
echo "[$?] stratc check examples/yamaguchi-2018.strat"
