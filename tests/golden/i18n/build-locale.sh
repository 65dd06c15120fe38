# A binary run from the build tree finds its catalogs beside itself
# (build/locale), with no STRATC_LOCALEDIR: a developer's `build/stratc
# --lang=ja` speaks Japanese before anything is installed.
set -u
unset STRATC_LOCALEDIR
$STRATC --lang=ja chek 2>&1
echo "exit $?"
