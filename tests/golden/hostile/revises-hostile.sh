# A `revises` line names a file relative to the strategy: "-" is a file named
# '-', not standard input, and a device or FIFO (/dev/zero would be read up
# to the size limit) is refused by check and by diff.
set -u
t=$(mktemp -d) && trap 'rm -rf "$t"' EXIT
cd "$t"
printf 'strategy s "S" {\n  revises "-"\n}\n' > dash.strat
printf 'strategy s "S" {\n  revises "/dev/zero"\n}\n' > zero.strat
mkfifo fifo.strat
printf 'strategy s "S" {\n  revises "fifo.strat"\n}\n' > fifo-rev.strat
for f in dash zero fifo-rev; do
    echo "\$ stratc check $f.strat"
    $STRATC check $f.strat; echo "exit $?"
    echo "\$ stratc diff $f.strat"
    $STRATC diff $f.strat; echo "exit $?"
done
