#!/bin/sh
# nvim.sh - stratc lsp with a real client: headless Neovim (0.7 or later)
# with editors/vim on its runtime path (file type, syntax) opens a copy of
# the seed with three changes, receives the diagnostics,
# jumps to a definition, formats the buffer, fixes a finding and sees it
# cleared, then stops the server (tests/lsp/nvim-test.lua does the steps).
#
#   sh tests/lsp/nvim.sh build/stratc
set -u
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
command -v nvim >/dev/null 2>&1 || { echo "lsp-nvim: nvim is missing (sh tools/deps.sh nvim)" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
export TZ=UTC LC_ALL=C.UTF-8
# A misspelt sector (line 46), a date past its era after Japanese text
# (line 15) and a line out of the canonical layout (line 51).
sed -e '46s/sectors materials/sectors materails/' \
    -e '15s/令和2年度/平成32年度/' \
    -e '51s/      unit "回"/        unit    "回"/' \
    "$root/examples/yamaguchi-2018.strat" > "$tmp/plan.strat"
# What the buffer must read once formatted: stratc fmt's text, typo and all.
"$bin" fmt "$tmp/plan.strat" > "$tmp/expected.strat" || { echo "lsp-nvim: stratc fmt failed" >&2; exit 1; }
STRATC="$bin" EDITORS="$root/editors/vim" PLAN="$tmp/plan.strat" EXPECTED="$tmp/expected.strat" RESULT="$tmp/result" \
    timeout 60 nvim --headless --noplugin -n -i NONE -u NONE -c "luafile $here/nvim-test.lua" </dev/null >"$tmp/log" 2>&1
code=$?
if [ "$code" = 0 ] && [ "$(cat "$tmp/result" 2>/dev/null)" = ok ]; then
    echo "lsp-nvim: passed (Neovim $(nvim --version | head -n1 | cut -d' ' -f2))"
    exit 0
fi
echo "lsp-nvim: FAILED (nvim exit $code)" >&2
cat "$tmp/result" "$tmp/log" >&2 2>/dev/null
exit 1
