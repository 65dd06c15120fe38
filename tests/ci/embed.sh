#!/bin/sh
# embed.sh - tools/embed.sh turns any template text into C that gives the
# same bytes back: backslashes, quotes, trigraph-like '??=', tabs, percent
# signs and UTF-8, compiled under the project's own warning flags.
#
#   sh tests/ci/embed.sh [CC]
set -u
cc=${1:-cc}
src=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
printf 'a\\b "q" ??= ??/ x\ttab \\n %%s %%d end\n総合戦略 "引用"\n\n# last line\n' >"$tmp/odd-xx.strat"
sh "$src/tools/embed.sh" "$tmp/odd-xx.strat" >"$tmp/t.c" || { echo "FAIL: embed.sh"; exit 1; }
cat >"$tmp/main.c" <<'C'
#include <stdio.h>
#include <string.h>
#include "templates.h"
int main(void)
{
    if (NTEMPLATES != 1 || strcmp(TEMPLATES[0].name, "odd") || strcmp(TEMPLATES[0].lang, "xx")) return 1;
    fputs(TEMPLATES[0].text, stdout);
    return 0;
}
C
$cc -std=c11 -Wall -Wextra -Werror -Wtrigraphs -I"$src/cli" -o "$tmp/t" "$tmp/main.c" "$tmp/t.c" ||
    { echo "FAIL: the generated C does not compile"; exit 1; }
"$tmp/t" >"$tmp/back" || { echo "FAIL: name or language wrong"; exit 1; }
if cmp -s "$tmp/back" "$tmp/odd-xx.strat"; then echo "embed: the text comes back byte for byte"
else echo "FAIL: the text differs"; diff "$tmp/odd-xx.strat" "$tmp/back"; exit 1; fi
