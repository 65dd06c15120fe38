# `fmt -w` and `report -o` write a temporary file beside the target and rename
# it over the target only when everything was written: a write that fails or
# is killed midway leaves the original byte for byte as it was.  The write is
# made to fail with a file-size limit (ulimit -f): with SIGXFSZ ignored the
# write returns EFBIG; with its default action the process is killed midway.
set -u
t=$(mktemp -d) && trap 'rm -rf "$t"' EXIT
cd "$t"
ulimit -c 0
{
    echo 'strategy big   "Unformatted"   {'
    echo '  period   FY2020 ..   FY2022'
    i=0
    while [ $i -lt 2000 ]; do
        echo "  project   p$i   \"Project $i\"   {  indicator   i$i   \"I\"  {  target   10   }  }"
        i=$((i + 1))
    done
    echo '}'
} > plan.strat
cp plan.strat original.strat
echo 'old report' > report.html
ln -s plan.strat link.strat
same() { cmp -s "$1" "$2" && echo "$1 is unchanged" || echo "$1 CHANGED"; }
leftovers() { n=$(ls -A | grep -c 'stratc-'); echo "temporary files left: $n"; }

echo '$ stratc fmt -w plan.strat   (writes fail: ulimit -f 64, SIGXFSZ ignored)'
( ulimit -f 64; trap '' XFSZ; exec $STRATC fmt -w plan.strat ) 2>&1 | sed 's/: File too large$/: (file too large)/'
same plan.strat original.strat; leftovers
echo '$ stratc report -o report.html --format=html plan.strat   (the same)'
( ulimit -f 64; trap '' XFSZ; exec $STRATC report -o report.html --format=html --as-of=FY2021 plan.strat ) 2>&1 \
    | sed 's/: File too large$/: (file too large)/'
echo "report.html: $(cat report.html)"; leftovers

echo '$ stratc fmt -w plan.strat   (killed midway by SIGXFSZ)'
( ulimit -f 64; exec $STRATC fmt -w plan.strat ) >/dev/null 2>&1 &
wait $! 2>/dev/null
echo "killed: $([ $? -gt 128 ] && echo yes || echo no)"
same plan.strat original.strat
rm -f .plan.strat.stratc-*

echo '$ stratc fmt -w link.strat   (no limit: the target of the link is rewritten)'
$STRATC fmt -w link.strat; echo "exit $?"
test -L link.strat && echo 'link.strat is still a symbolic link'
cmp -s plan.strat original.strat || echo 'plan.strat is formatted'
$STRATC fmt --check plan.strat; echo "fmt --check: exit $?"
leftovers
