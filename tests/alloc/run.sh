#!/bin/sh
# run.sh - parsing allocates from an arena: no malloc per token or node.
#
# Counts allocation calls (LD_PRELOAD shim) while `stratc dump` and `stratc
# check` read a clean strategy with 1,000 and then 20,000 indicators (about 20
# tokens each).
# Per-token allocation would make the second count ~20x the first; the arena
# makes it grow only by its chunk doublings and the hash tables' rehashes.
set -u
bin=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cc -shared -fPIC -O2 -o "$tmp/count.so" "$(dirname "$0")/malloc_count.c" -ldl || exit 1

gen() { # gen N > file
    awk -v n="$1" 'BEGIN {
        print "strategy s \"S\" {\n  period FY2020 .. FY2022\n  as_of R3.3\n  sector a \"A\""
        for (p = 0; p < n / 10; p++) {
            printf "  project p%d \"プロジェクト%d\" {\n    sectors a\n", p, p
            for (i = 0; i < 10; i++) {
                printf "    indicator i%d_%d \"指標%d\" {\n      unit \"件\"\n", p, i, i
                printf "      target 30 by FY2022\n      actual 12 at R3.3\n    }\n"
            }
            print "  }"
        }
        print "}"
    }'
}
gen 1000 >"$tmp/small.strat"
gen 20000 >"$tmp/large.strat"
count() { LD_PRELOAD="$tmp/count.so" "$bin" "$1" "$2" 2>&1 >/dev/null | sed -n 's/^malloc-calls //p'; }
pass=0 fail=0
for cmd in dump check; do
    small=$(count $cmd "$tmp/small.strat")
    large=$(count $cmd "$tmp/large.strat")
    if [ -n "$small" ] && [ -n "$large" ] && [ "$large" -lt $((small * 3)) ]; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        echo "FAIL: stratc $cmd: malloc calls: $small for 1,000 indicators, $large for 20,000" >&2
    fi
    echo "alloc: stratc $cmd: malloc calls $small (1,000 indicators) -> $large (20,000 indicators)"
done
echo "alloc: $pass passed, $fail failed"
[ $fail = 0 ]
