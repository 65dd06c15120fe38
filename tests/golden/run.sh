#!/bin/sh
# run.sh - golden tests: whole-program behaviour against expected files.
#
# A case is tests/golden/AREA/NAME.cmd (the arguments to stratc, shell-quoted,
# run from AREA's directory; NAME.stdin, if present, is standard input) or
# NAME.sh (a script run from AREA's directory with $STRATC set, for cases that
# need git or several commands).  Expected: NAME.out (stdout), NAME.err
# (stderr) and NAME.code (exit status); a missing .out or .err means empty.
#
#   sh tests/golden/run.sh build/stratc          run every case
#   UPDATE=1 sh tests/golden/run.sh build/stratc  rewrite the expectations
#   VALGRIND=1 ...                                also require a clean memcheck
#   sh tests/golden/run.sh build/stratc check     only cases under AREA 'check'
set -u
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
only=${2:-}
root=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
export NO_COLOR=1 TZ=UTC LC_ALL=C.UTF-8
unset CLICOLOR_FORCE GITHUB_ACTIONS COLUMNS LANGUAGE LC_MESSAGES LANG
# The build's own message catalogs (make builds them beside the binary);
# English stays the default: LC_ALL=C.UTF-8 (tests/golden/i18n set another).
export STRATC_LOCALEDIR="$(dirname "$bin")/locale"
# "Today" is pinned for every case: a file without as_of is reported as of
# 2026-11-29 whatever the clock says.  Cases about the clock itself unset or
# override it (report/today-*.sh); `make check` runs the suite again under
# faketime at dates years away, and any difference fails it.
export SOURCE_DATE_EPOCH=1795910400

runner="$bin"
if [ -n "${VALGRIND:-}" ]; then
    # tests/valgrind.supp: Graphviz's own leaks and buffers, not ours.
    runner="valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=all --show-leak-kinds=all --suppressions=$root/../valgrind.supp $bin"
fi
# Not for the cases' tools: LibreOffice's soffice, for one, runs itself
# under valgrind --tool=$VALGRIND when it is set.
unset VALGRIND
# The tools a case only uses to look at stratc's output (a browser, an
# office suite) run on the real clock: make clock-check fakes it with
# libfaketime (LD_PRELOAD) to find what in stratc depends on the day, and
# a browser under a clock years ahead can stall until it is killed.
# `$REAL_CLOCK timeout ... chromium ...`.
export REAL_CLOCK="env -u LD_PRELOAD -u FAKETIME"

pass=0 fail=0 failed=""
for case in $(cd "$root" && find . \( -name '*.cmd' -o -name '*.sh' \) ! -name run.sh | sort); do
    case=${case#./}
    area=$(dirname "$case")
    [ -n "$only" ] && [ "${area%%/*}" != "$only" ] && continue
    name=${case%.*}
    dir="$root/$area"
    base="$root/$name"
    if [ "${case##*.}" = sh ]; then
        (cd "$dir" && STRATC="$runner" sh "$root/$case") >"$tmp/out" 2>"$tmp/err" </dev/null
        code=$?
    else
        stdin=/dev/null
        [ -f "$base.stdin" ] && stdin="$base.stdin"
        args=$(cat "$root/$case")
        (cd "$dir" && eval "set -- $args" && $runner "$@") >"$tmp/out" 2>"$tmp/err" <"$stdin"
        code=$?
    fi
    if [ -n "${UPDATE:-}" ]; then
        if [ -s "$tmp/out" ]; then cp "$tmp/out" "$base.out"; else rm -f "$base.out"; fi
        if [ -s "$tmp/err" ]; then cp "$tmp/err" "$base.err"; else rm -f "$base.err"; fi
        echo "$code" >"$base.code"
        pass=$((pass + 1))
        continue
    fi
    ok=1
    exp_code=0
    [ -f "$base.code" ] && exp_code=$(cat "$base.code")
    [ "$code" = "$exp_code" ] || ok=0
    for s in out err; do
        if [ -f "$base.$s" ]; then
            cmp -s "$base.$s" "$tmp/$s" || ok=0
        else
            [ -s "$tmp/$s" ] && ok=0
        fi
    done
    if [ $ok = 1 ]; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        failed="$failed $name"
        echo "FAIL: $name (exit $code, expected $exp_code)"
        for s in out err; do
            if [ -f "$base.$s" ]; then diff -u "$base.$s" "$tmp/$s" | head -20
            elif [ -s "$tmp/$s" ]; then echo "unexpected std$s:"; head -20 "$tmp/$s"; fi
        done
    fi
done
echo "golden: $pass passed, $fail failed"
[ $fail = 0 ]
