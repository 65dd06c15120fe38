#!/bin/sh
# version.sh - the commit a benchmark measures, for the header of its results.
#
#   sh bench/version.sh RESULTS_FILE
#
# Prints the commit, with -dirty when the working tree differs from it in
# anything but RESULTS_FILE: the file a run rewrites does not make the next
# run's code "dirty".
v=$(git describe --always 2>/dev/null) || { echo unknown; exit 0; }
git diff --quiet HEAD -- . ":(exclude)$1" 2>/dev/null || v="$v-dirty"
echo "$v"
