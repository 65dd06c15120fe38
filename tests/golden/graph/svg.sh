# The SVG, laid out in-process by Graphviz: a valid XML document whose texts
# are the titles exactly (escape.strat's quotes, entities, markup, Japanese);
# the same picture embedded in the HTML report; -o writes it atomically.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
$STRATC graph --format=svg --as-of=2024-12-31 escape.strat >"$d/escape.svg" || exit 1
$STRATC graph --format=svg -o "$d/seed.svg" ../../../examples/yamaguchi-2018.strat || exit 1
$STRATC diff --format=svg ../../../examples/yamaguchi-2018.strat ../../../examples/yamaguchi-2021.strat >"$d/rev.svg"
echo "diff exit $?"
$STRATC report --format=html --as-of=R2.3 -o "$d/report.html" ../../../examples/yamaguchi-2018.strat || exit 1
python3 - "$d" <<'PY'
import sys, xml.etree.ElementTree as ET
d = sys.argv[1]
NS = '{http://www.w3.org/2000/svg}'
def texts(root):
    return [t.text or '' for t in root.iter(NS + 'text')]
for name in ('escape.svg', 'seed.svg', 'rev.svg'):
    root = ET.parse(f'{d}/{name}').getroot()
    print(f'{name}: valid XML, {len(list(root.iter(NS + "g")))} groups, {len(texts(root))} texts')
# Titles are wrapped: compare with all white space (and no-break spaces,
# which Graphviz draws for a second space) taken out.
squash = lambda s: ''.join(s.replace('\u00a0', ' ').split())
t = [''.join(squash(x) for x in texts(ET.parse(f'{d}/escape.svg').getroot()))]
for want in ['Plan "quoted" & <b>bold</b>', 'line two with a tab & &amp; \\N \\G \\l end',
             '視点「引用」"q" <i>x</i>', 'Sector \\ backslash \\"', 'tricky\\',
             "{'theme':'dark'}}%% a;b c:d", '<script>alert(1)</script>',
             ']]> <!-- c --> \U0001F600', 'style:x#35;y; -->  A---oB']:
    if squash(want) not in t[0]:
        print('missing text:', repr(want))
page = open(f'{d}/report.html', encoding='utf-8').read()
start = page.index('<div class="graph">')
svg = page[start + len('<div class="graph">'):page.index('</div>', start)]
root = ET.fromstring(svg)
print('report: embedded SVG is valid XML with', len(texts(root)), 'texts')
print('report: same texts as stratc graph:', texts(root) == texts(ET.parse(f'{d}/seed.svg').getroot()))
PY
