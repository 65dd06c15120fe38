# A file larger than SRC_MAX_BYTES (2 GiB - 17: spans are 32-bit offsets) is
# refused from its size, before anything is read (a sparse file here, so the
# test costs no disk).
set -u
t=$(mktemp -d) && trap 'rm -rf "$t"' EXIT
cd "$t"
truncate -s 3G huge.strat || exit 3
echo '$ stratc check huge.strat'
$STRATC check huge.strat; echo "exit $?"
echo '$ stratc fmt huge.strat'
$STRATC fmt huge.strat; echo "exit $?"
