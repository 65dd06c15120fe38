#!/bin/sh
# deps.sh - install the build dependencies that are missing, and only those.
#
# Each need is tested by what the build uses (a command or a header); the
# Debian package providing it is installed with apt-get when we are root.
# `apt-get update` runs once, and only if something is missing.
set -u

missing=""
need() { # need PACKAGE TEST...
    pkg=$1; shift
    if ! "$@" >/dev/null 2>&1; then missing="$missing $pkg"; fi
}
has_header() { [ -e "/usr/include/$1" ] || [ -e "/usr/include/x86_64-linux-gnu/$1" ] || [ -e "/usr/include/aarch64-linux-gnu/$1" ]; }

need make        command -v make
need gcc         command -v cc
need flex        command -v flex
need bison       command -v bison
need libcriterion-dev has_header criterion/criterion.h
need libutf8proc-dev  has_header utf8proc.h
need libzip-dev       has_header zip.h
need libexpat1-dev    has_header expat.h
need libjansson-dev   has_header jansson.h
need libgraphviz-dev  has_header graphviz/gvc.h
need pkg-config  command -v pkg-config
need libxlsxwriter-dev has_header xlsxwriter.h
need zlib1g-dev       has_header zlib.h
need clang       command -v clang
need jq          command -v jq
need git         command -v git
need time        test -x /usr/bin/time
need python3     command -v python3
# Opens the xlsx report headless in its golden test, as an office would.
need libreoffice-calc-nogui command -v soffice
# Reads the xlsx report back in its golden test (tests/golden/report/xlsx.sh).
need python3-openpyxl sh -c 'python3 -c "import openpyxl" || /usr/bin/python3 -c "import openpyxl"'
need faketime    command -v faketime
# make valgrind-check (the graph and import cases under memcheck), make
# valgrind and make bench-profile (callgrind).
need valgrind    command -v valgrind
# tests/golden/report/stdout-blocks.sh counts the writes to standard output.
need strace      command -v strace
need neovim      command -v nvim
# make ci-check: pre-commit runs the hooks, node the problem matcher's
# JavaScript regular expressions, PyYAML reads action.yml.
need pre-commit  command -v pre-commit
need nodejs      command -v node
need python3-yaml python3 -c 'import yaml'
# The message catalogs: msgfmt builds po/*.mo at `make`, xgettext and msgmerge
# check po/*.po in `make po-check` (all three are in Debian's gettext).
need gettext     sh -c 'command -v msgfmt && command -v xgettext && command -v msgmerge'
# libFuzzer and clang's sanitizer runtimes (make fuzz-short): Debian ships them in
# libclang-rt-N-dev, only recommended by clang-N, so --no-install-recommends
# leaves them out.  N is the installed clang's major version (14 on Debian 12).
clang_major=$(clang --version 2>/dev/null | sed -n 's/.*clang version \([0-9]*\).*/\1/p' | head -n1)
need "libclang-rt-${clang_major:-14}-dev" \
    sh -c 'test -e "$(clang -print-resource-dir)/lib/linux/libclang_rt.fuzzer-$(uname -m).a"'
need chromium    sh -c 'command -v chromium || test -n "${STRATC_NO_CHROMIUM:-}"'
# A Japanese font, so the HTML report's screenshot shows text, not boxes.
need fonts-ipafont-gothic sh -c 'ls /usr/share/fonts/opentype/ipafont-gothic/ || test -n "${STRATC_NO_CHROMIUM:-}"'

[ -z "$missing" ] && exit 0

if [ "$(id -u)" != 0 ]; then
    echo "stratc: missing build dependencies:$missing" >&2
    echo "stratc: install them with: sudo apt-get install -y$missing" >&2
    exit 1
fi
echo "stratc: installing missing build dependencies:$missing"
export DEBIAN_FRONTEND=noninteractive
apt-get update -q >/dev/null || { echo "stratc: apt-get update failed" >&2; exit 1; }
# shellcheck disable=SC2086
apt-get install -y -q --no-install-recommends $missing >/dev/null || {
    echo "stratc: apt-get install failed for:$missing" >&2
    exit 1
}
