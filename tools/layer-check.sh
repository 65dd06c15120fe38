#!/bin/sh
# layer-check.sh - the tree keeps its layers (doc/design.md).
#
# Reads lines "FOLDER DIR..." (a layer and the include paths it is compiled
# with, as the Makefile gives them) on standard input and checks that:
#   - every header of a folder outside those paths fails to compile when a
#     file of the folder includes it (an upward include breaks the build);
#   - no folder holds more than 16 sources;
#   - no two headers include each other.
# Usage: make layer-check
set -u
cc=${CC:-cc}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0 probes=0
cat > "$tmp/layers"
folders=$(cut -d' ' -f1 "$tmp/layers")
while read -r folder incs; do
    flags=""
    for d in $folder $incs; do flags="$flags -I$d"; done
    n=$(ls "$folder"/*.c 2>/dev/null | wc -l)
    if [ "$n" -gt 16 ]; then
        echo "layer-check: $folder holds $n sources (at most 16)"; fail=1
    fi
    for other in $folders; do
        case " $folder $incs " in *" $other "*) continue ;; esac
        for h in "$other"/*.h; do
            [ -e "$h" ] || continue
            printf '#include "%s"\n' "$(basename "$h")" > "$tmp/probe.c"
            probes=$((probes + 1))
            if $cc -std=c11 -D_GNU_SOURCE $flags -fsyntax-only "$tmp/probe.c" 2>/dev/null; then
                echo "layer-check: $folder may include $h, a folder it does not use"; fail=1
            fi
        done
    done
done < "$tmp/layers"
# Headers that include each other.
for folder in $folders; do
    for h in "$folder"/*.h; do
        [ -e "$h" ] || continue
        for inc in $(sed -n 's/^#include "\(.*\)"/\1/p' "$h"); do
            for d in $folders; do
                [ -e "$d/$inc" ] || continue
                if grep -q "^#include \"$(basename "$h")\"" "$d/$inc"; then
                    echo "layer-check: $h and $d/$inc include each other"; fail=1
                fi
            done
        done
    done
done
if [ $fail = 0 ]; then
    echo "layer-check: $(echo "$folders" | wc -w) folders, $probes upward includes refused"
fi
exit $fail
