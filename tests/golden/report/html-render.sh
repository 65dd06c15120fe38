# The HTML report in a real browser, headless Chromium (Debian's
# `chromium`): a screenshot that is not blank, and no sideways scrolling at
# 800 and 1280 px.  For the widths, a copy of the page gets a script (the
# report has none) that writes the document's scrollWidth and clientWidth
# into the DOM, which --dump-dom prints; a control page with an element
# wider than the window proves the probe sees an overflow.  Chromium is
# installed here if it is missing and we are root (tools/deps.sh also lists
# it); only when it cannot be installed does the case print why it was
# skipped - which the golden runner then shows as a difference, never as a
# silent pass.
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
trap 'exit 143' TERM INT   # killed from outside: still clean up (sh skips EXIT then)
browser() {
    # A fresh profile per run: nothing carried over, nothing fetched.
    p=$(mktemp -d "$d/profile.XXXXXX")
    ${REAL_CLOCK:-} timeout -k 10 120 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --user-data-dir="$p" "$@" 2>>"$d/log"
}
# The page's widths at a window width: "fits" or "OVERFLOWS by N px".
widths() {
    # The page's scrollWidth and clientWidth, and the table cells whose
    # content is wider than the cell (a badge running out of its column).
    sed 's#</body>#<script>var n=0;document.querySelectorAll("td,th").forEach(function(e){if(e.scrollWidth>e.clientWidth+1)n++});document.body.insertAdjacentHTML("beforeend","<pre id=probe>"+document.documentElement.scrollWidth+" "+document.documentElement.clientWidth+" "+n+"</pre>")</script></body>#' \
        "$1" >"$d/probe.html"
    browser --window-size="$2",1000 --dump-dom "file://$d/probe.html" >"$d/dom"
    sed -n 's#.*<pre id="probe">\([0-9]*\) \([0-9]*\) \([0-9]*\)</pre>.*#\1 \2 \3#p' "$d/dom" | {
        read -r scroll client cells || { echo "no probe in the DOM"; return; }
        if [ "$scroll" -gt "$client" ]; then echo "OVERFLOWS by $((scroll - client)) px"
        elif [ "$cells" -gt 0 ]; then echo "$cells table cells overflow"
        else echo "fits"; fi
    }
}
status=0
for f in yamaguchi-2018 acme-2024; do
    for lang in ja en; do
        $STRATC report --format=html --lang=$lang -o "$d/$f-$lang.html" ../../../examples/$f.strat || exit 1
        for w in 800 1280; do
            r=$(widths "$d/$f-$lang.html" $w)
            echo "$f --lang=$lang at $w px: $r"
            [ "$r" = fits ] || status=1
        done
    done
done
# Several plans in one report: the summary over them, then each report.
$STRATC report --format=html -o "$d/portfolio.html" ../../../examples/yamaguchi-2018.strat \
    ../../../examples/acme-2024.strat fields.strat || exit 1
for w in 800 1280; do
    r=$(widths "$d/portfolio.html" $w)
    echo "portfolio of three at $w px: $r"
    [ "$r" = fits ] || status=1
done
printf '<!DOCTYPE html><html><body><div style="width:1000px">wide</div></body></html>\n' >"$d/control.html"
case $(widths "$d/control.html" 800) in
OVERFLOWS*) echo "control page (1000 px wide) at 800 px: overflow seen" ;;
*) echo "control page (1000 px wide) at 800 px: overflow NOT seen - the probe is broken"; status=1 ;;
esac
# The old report's fault: a badge that does not wrap, in a fixed column.
printf '<!DOCTYPE html><html><body><table style="width:300px;table-layout:fixed"><tr><td style="width:11%%"><span style="white-space:nowrap">目標を大幅に下回る</span></td><td>x</td></tr></table></body></html>\n' >"$d/control2.html"
case $(widths "$d/control2.html" 800) in
*"cells overflow") echo "control cell (a badge wider than its column): overflow seen" ;;
*) echo "control cell: overflow NOT seen - the probe is broken"; status=1 ;;
esac
# No network, no scripts needed: the page must stand on its own.
grep -c -E '<script|https?://[^"]*\.(css|js|png|svg|woff)' "$d/yamaguchi-2018-ja.html" | sed 's/^/external references: /'
# One trend chart per indicator with a dated numeric target or actual.
echo "trend charts: $(grep -o 'class="trend"' "$d/yamaguchi-2018-ja.html" | wc -l)"
# Printed (Chromium's PDF): every page A4, 595 x 842 pt give or take one.
browser --no-pdf-header-footer --print-to-pdf="$d/report.pdf" "file://$d/yamaguchi-2018-ja.html" >/dev/null
grep -a -o '/MediaBox \[[^]]*\]' "$d/report.pdf" | awk '
    { w = $4; h = substr($5, 1, length($5) - 1); n++
      if (w < 594 || w > 596.5 || h < 841 || h > 843) bad++ }
    END { if (n && !bad) print "printed: every page A4"; else print "printed: " n " pages, " bad+0 " not A4" }'
browser --hide-scrollbars --screenshot="$d/report.png" --window-size=1200,2000 \
    "file://$d/yamaguchi-2018-ja.html" >/dev/null
if [ ! -s "$d/report.png" ]; then
    echo "html-render: chromium wrote no PNG"
    tail -5 "$d/log"
    exit 1
fi
python3 ./png_check.py "$d/report.png"
exit $status
