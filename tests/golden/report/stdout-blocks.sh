# Into a file or a pipe, standard output goes in blocks of a megabyte (main.c):
# a report of a million indicators is hundreds of megabytes, and 4 KB writes
# (glibc's default, which setvbuf without a buffer silently keeps) are a
# quarter of a million system calls.  strace counts the writes of a report
# of about 3 MB.
set -u
t=$(mktemp -d) && trap 'rm -rf "$t"' EXIT
awk -v n=3000 -f ../bigplan.awk >"$t/big.strat"
# (LeakSanitizer cannot run under ptrace: the ASan build's leaks are checked
# by every other case.)
ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0 \
    strace -f -o "$t/trace" -e trace=write $STRATC report --format=json --as-of=FY2022 "$t/big.strat" >"$t/out"
echo "exit $?"
bytes=$(wc -c <"$t/out")
writes=$(grep -c 'write(1,' "$t/trace")
echo "report: $((bytes / 1000000)) MB"
# a megabyte a write, and the rest
[ "$writes" -le $((bytes / 1048576 + 1)) ] && echo "written in blocks of a megabyte" \
    || echo "written in $writes writes: blocks of $((bytes / writes)) bytes"
