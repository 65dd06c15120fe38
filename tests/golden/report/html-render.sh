# The HTML report renders in headless Chromium (Debian's `chromium`) to a
# PNG that is not blank.  Chromium is installed here if it is missing and
# we are root (tools/deps.sh also lists it); only when it cannot be
# installed does the case print why it was skipped - which the golden
# runner then shows as a difference, never as a silent pass.
set -u
if ! command -v chromium >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        export DEBIAN_FRONTEND=noninteractive
        { apt-get update -q && apt-get install -y -q --no-install-recommends chromium; } >/dev/null 2>&1
    fi
fi
if ! command -v chromium >/dev/null 2>&1; then
    echo "html-render: SKIPPED: chromium is not installed and could not be installed (need root and apt-get)"
    exit 0
fi
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
$STRATC report --format=html -o "$d/report.html" ../../../examples/yamaguchi-2018.strat || exit 1
# No network, no scripts needed: the page must stand on its own.
grep -c -E '<script|https?://[^"]*\.(css|js|png|svg|woff)' "$d/report.html" | sed 's/^/external references: /'
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --hide-scrollbars --user-data-dir="$d/profile" --screenshot="$d/report.png" \
    --window-size=1200,2000 "file://$d/report.html" >"$d/log" 2>&1
if [ ! -s "$d/report.png" ]; then
    echo "html-render: chromium wrote no PNG"
    tail -5 "$d/log"
    exit 1
fi
python3 ./png_check.py "$d/report.png"
