#!/bin/sh
# run.sh - the stratc benchmark: one run, every tool side by side.
#
#   sh bench/run.sh STRATC GEN TOK CPU
#
# For each size in BENCH_SIZES (indicators) it generates the data into
# bench/data/ (once; again when the generator changes), then times the reading
# limit (wc -l, cat), the bare flex tokenizer, the stratc commands, `diff -u`
# of the two versions and jq's equivalent of the progress report, and prints
# a markdown table that is also written to bench/results.md.  Each command runs under /usr/bin/time -v (peak
# RSS) and bench/cpu.c (wall and CPU time in microseconds).
#
# Environment:
#   BENCH_SIZES   indicator counts (default "1000 100000 1000000")
#   BENCH_REPS    repetitions below 1,000,000 indicators; the best is kept (default 5)
#   BENCH_REPS_1M repetitions at 1,000,000 indicators and more (default 2)
#   BENCH_JQ_MAX  largest size jq is run on (default 100000: jq needs ~40 s and
#                 several GB at 1,000,000)
#   BENCH_OUT     the results file (default bench/results.md)
#   BENCH_LSP_SIZE indicators in the file `stratc lsp` re-checks per change (default 10000)
set -eu

if [ $# -ne 4 ]; then
    echo "usage: sh bench/run.sh STRATC GEN TOK CPU" >&2
    exit 2
fi
STRATC=$1 GEN=$2 TOK=$3 CPU=$4
SIZES=${BENCH_SIZES:-1000 100000 1000000}
REPS=${BENCH_REPS:-5}
REPS_1M=${BENCH_REPS_1M:-2}
JQ_MAX=${BENCH_JQ_MAX:-100000}
OUT=${BENCH_OUT:-bench/results.md}
DATA=bench/data
HERE=$(dirname "$0")
VERSION=$(sh "$HERE/version.sh" "$OUT")
JQPROG=$HERE/progress.jq

for tool in "$STRATC" "$GEN" "$TOK" "$CPU" /usr/bin/time jq; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "bench: '$tool' not found (tools/deps.sh installs the dependencies)" >&2
        exit 2
    fi
done
mkdir -p "$DATA"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/stratc-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT INT TERM
RAW=$WORK/raw.tsv
: > "$RAW"

now_ns() { date +%s%N; }

# gen_data N: the strategy, its JSON twin and the revised version.
gen_data() {
    n=$1
    for kind in strat json v2; do
        f=$DATA/ind-$n.$kind
        [ "$kind" = json ] || [ "$kind" = strat ] || f=$DATA/ind-$n-v2.strat
        if [ ! -s "$f" ] || [ "$GEN" -nt "$f" ]; then
            case $kind in
            strat) "$GEN" -n "$n" > "$f.tmp" ;;
            json)  "$GEN" -n "$n" -f json > "$f.tmp" ;;
            v2)    "$GEN" -n "$n" -v 2 > "$f.tmp" ;;
            esac
            mv "$f.tmp" "$f"
        fi
    done
}

# measure SIZE NAME BYTES OKCODES REPS CMD...: the best CPU (user + system)
# and wall times of REPS runs, and the peak RSS; appends one row to $RAW.
measure() {
    size=$1 name=$2 bytes=$3 okcodes=$4 reps=$5
    shift 5
    best= bsys= bwall= rss=0 code=0 i=0
    while [ "$i" -lt "$reps" ]; do
        /usr/bin/time -v -o "$WORK/time" "$CPU" "$WORK/cpu" "$@" > /dev/null 2> "$WORK/stderr" || true
        r=$(sed -n 's/^[[:space:]]*Maximum resident set size (kbytes): //p' "$WORK/time")
        read -r wall user sys code < "$WORK/cpu" || { wall=0 user=0 sys=0 code=signal; }
        t=$((user + sys))
        if [ -z "$best" ] || [ "$t" -lt "$best" ]; then best=$t bsys=$sys; fi
        if [ -z "$bwall" ] || [ "$wall" -lt "$bwall" ]; then bwall=$wall; fi
        if [ -n "$r" ] && [ "$r" -gt "$rss" ]; then rss=$r; fi
        i=$((i + 1))
    done
    status=ok
    case " $okcodes " in *" $code "*) ;; *) status="exit $code" ;; esac
    if [ "$status" != ok ]; then
        echo "bench: $name on $size indicators: exit $code; stderr:" >&2
        head -5 "$WORK/stderr" >&2
    fi
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$size" "$name" "$bytes" "$best" "$rss" "$status" "$bwall" "$bsys" >> "$RAW"
}

skip() { printf '%s\t%s\t%s\t\t\t%s\t\n' "$1" "$2" "$3" "$4" >> "$RAW"; }

available() { "$STRATC" "$1" --help > /dev/null 2>&1; }

for n in $SIZES; do
    echo "bench: $n indicators: generating" >&2
    gen_data "$n"
    f=$DATA/ind-$n.strat j=$DATA/ind-$n.json f2=$DATA/ind-$n-v2.strat
    bytes=$(wc -c < "$f" | tr -d ' ')
    jbytes=$(wc -c < "$j" | tr -d ' ')
    b2=$(wc -c < "$f2" | tr -d ' ')
    reps=$REPS
    [ "$n" -lt 1000000 ] || reps=$REPS_1M
    echo "bench: $n indicators: $bytes bytes, $reps run(s) each" >&2
    cat "$f" "$f2" "$j" > /dev/null          # into the page cache
    measure "$n" "wc -l"     "$bytes" 0 "$reps" wc -l "$f"
    measure "$n" "cat"       "$bytes" 0 "$reps" cat "$f"
    measure "$n" "tokenizer" "$bytes" 0 "$reps" "$TOK" "$f"
    for c in check report dump fmt; do
        if ! available "$c"; then skip "$n" "stratc $c" "$bytes" "not available"; continue; fi
        case $c in
        check)  measure "$n" "stratc check"  "$bytes" 0 "$reps" "$STRATC" check "$f" ;;
        report) measure "$n" "stratc report" "$bytes" 0 "$reps" "$STRATC" report --format=json "$f" ;;
        dump)   measure "$n" "stratc dump"   "$bytes" 0 "$reps" "$STRATC" dump "$f" ;;
        fmt)    measure "$n" "stratc fmt"    "$bytes" 0 "$reps" "$STRATC" fmt "$f" ;;
        esac
    done
    if available diff; then
        measure "$n" "stratc diff" "$((bytes + b2))" "0 1" "$reps" "$STRATC" diff "$f" "$f2"
    else
        skip "$n" "stratc diff" "$((bytes + b2))" "not available"
    fi
    # what a reviewer would run instead: its wall time is the diff target
    measure "$n" "diff -u" "$((bytes + b2))" "0 1" "$reps" diff -u "$f" "$f2"
    if [ "$n" -le "$JQ_MAX" ]; then
        measure "$n" "jq" "$jbytes" 0 "$reps" jq -c -f "$JQPROG" "$j"
    else
        skip "$n" "jq" "$jbytes" "skipped (BENCH_JQ_MAX=$JQ_MAX)"
    fi
done

# The language server: diagnostics after a change to a BENCH_LSP_SIZE-indicator
# file (bench/lsp_latency.py), the figure issue 21 asks for.
LSP_SIZE=${BENCH_LSP_SIZE:-10000}
LSP_ROW=
if available lsp; then
    echo "bench: stratc lsp: $LSP_SIZE indicators" >&2
    gen_data "$LSP_SIZE"
    LSP_ROW=$(python3 "$HERE/lsp_latency.py" "$STRATC" "$DATA/ind-$LSP_SIZE.strat" 21) || LSP_ROW=
fi

cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -1)
{
    echo "# stratc benchmark"
    echo
    echo "Generated by \`make bench\` on $(date -u '+%Y-%m-%d %H:%M UTC'), stratc $VERSION."
    echo "Machine: ${cpu:-unknown CPU}, $(nproc) CPUs, $(uname -sr); load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)."
    echo "Each figure is the best of $REPS runs ($REPS_1M at 1,000,000 indicators), files in the page cache, output to"
    echo "/dev/null. **time** is CPU time (user + system, from wait4 via bench/cpu.c): it is what MB/s and the"
    echo "ratios use, because it holds on a busy machine; **sys** is the system part of it (mostly the kernel"
    echo "clearing fresh pages: on a VM it varies between identical runs, by seconds at 1,000,000 indicators);"
    echo "**wall** is wall-clock time. MB = 10^6 bytes."
    echo "\"vs tokenizer\" is the command's throughput as a share of the bare flex tokenizer's on the same file"
    echo "(bench/tok.l). Peak RSS is from \`/usr/bin/time -v\`."
    echo "jq reads the same content as JSON (bigger: its MB/s is over the JSON bytes) and computes the progress"
    echo "figures of bench/progress.jq; \`stratc diff\` reads two versions (1% of targets changed, 0.1% of ids renamed),"
    echo "its MB/s is over both files, as is \`diff -u\`'s on the same pair."
    echo
    awk -F '\t' -f "$HERE/table.awk" "$RAW"
    if [ -n "$LSP_ROW" ]; then
        echo
        echo "## stratc lsp: diagnostics after a change"
        echo
        echo "A server holds the file open; each of 21 changes sends the whole text (full sync) and waits"
        echo "for the diagnostics. **CPU** is the server's time per change (/proc/PID/schedstat: JSON"
        echo "decoding, parse, resolve, check, the answer), **wall** the latency the client sees."
        echo
        echo "| file | size | CPU best | CPU median | wall best | wall median |"
        echo "|---|---:|---:|---:|---:|---:|"
        echo "$LSP_ROW"
    fi
} > "$WORK/results.md"
cp "$WORK/results.md" "$OUT"
cp "$RAW" "$DATA/results.tsv"       # the measurements, for bench/table.awk to render again
cat "$OUT"
