# many-positions.sh - every finding of many.strat at the line and column its
# "# @COL rule" marker names, and every marker found: 100 of each.
t=$(mktemp)
$STRATC check --format=json many.strat >"$t"
python3 - many.strat "$t" <<'PY'
import json, re, sys
want = set()
for i, line in enumerate(open(sys.argv[1], encoding='utf-8'), 1):
    m = re.search(r'# @(\d+) (\S+)$', line.rstrip('\n'))
    if m:
        want.add((i, int(m.group(1)), m.group(2)))
diags = json.load(open(sys.argv[2]))['diagnostics']
got = set((d['line'], d['column'], d['code']) for d in diags)
for x in sorted(want - got): print('missing:', x)
for x in sorted(got - want): print('unexpected:', x)
print(len(want), 'marked,', len(diags), 'reported')
sys.exit(0 if want == got and len(diags) == len(want) == 100 else 1)
PY
rc=$?
rm -f "$t"
exit $rc
