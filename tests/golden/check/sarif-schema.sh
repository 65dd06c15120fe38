# sarif-schema.sh - the SARIF output has what GitHub code scanning requires
# (its documented requirements): checked field by field on a run with findings, with
# notes, on several files, and on a clean run.
check() {
python3 - "$1" "$2" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
errs = []
def need(cond, what):
    if not cond: errs.append(what)
def text(o, k, where):
    need(isinstance(o.get(k), dict) and isinstance(o[k].get('text'), str) and o[k]['text'] != '', where + '.' + k + '.text')
need(doc.get('version') == '2.1.0', 'version')
need(isinstance(doc.get('$schema'), str) and doc['$schema'], '$schema')
runs = doc.get('runs')
need(isinstance(runs, list) and len(runs) == 1, 'runs')
run = runs[0]
driver = run['tool']['driver']
need(driver.get('name') == 'stratc', 'driver.name')
rules = driver.get('rules')
need(isinstance(rules, list) and rules, 'rules')
ids = [r.get('id') for r in rules]
need(len(set(ids)) == len(ids), 'rule ids unique')
for r in rules:
    need(isinstance(r.get('id'), str) and r['id'], 'rule.id')
    for k in ('shortDescription', 'fullDescription', 'help'):
        text(r, k, 'rule ' + str(r.get('id')))
    need(r.get('defaultConfiguration', {}).get('level') in ('note', 'warning', 'error'), 'rule level')
results = run.get('results')
need(isinstance(results, list), 'results')
if results:
    need(run.get('columnKind') in ('unicodeCodePoints', 'utf16CodeUnits'), 'columnKind')
for i, res in enumerate(results):
    w = 'result %d' % i
    need(res.get('ruleId') in ids, w + '.ruleId registered')
    if 'ruleIndex' in res:
        need(ids[res['ruleIndex']] == res['ruleId'], w + '.ruleIndex')
    need(res.get('level') in ('note', 'warning', 'error'), w + '.level')
    text(res, 'message', w)
    locs = res.get('locations')
    need(isinstance(locs, list) and locs, w + '.locations')
    for loc in (locs or []) + res.get('relatedLocations', []):
        pl = loc['physicalLocation']
        uri = pl['artifactLocation']['uri']
        need(isinstance(uri, str) and uri and not uri.startswith('/') and '://' not in uri, w + ' relative uri ' + uri)
        need(all(c.isascii() and c not in ' ' for c in uri), w + ' percent-encoded uri')
        reg = pl['region']
        for k in ('startLine', 'startColumn', 'endLine', 'endColumn'):
            need(isinstance(reg.get(k), int) and reg[k] >= 1, w + ' region.' + k + ' >= 1')
        need((reg['endLine'], reg['endColumn']) >= (reg['startLine'], reg['startColumn']), w + ' region order')
for e in errs: print('SARIF:', e)
print('%s: %d results, %d rules, %s' % (sys.argv[2], len(results), len(rules), 'ok' if not errs else 'INVALID'))
sys.exit(1 if errs else 0)
PY
}
t=${TMPDIR:-/tmp}/sarif-$$.json
rc=0
$STRATC check --format=sarif formats.strat >"$t"; echo "exit $?"; check "$t" formats || rc=1
$STRATC check --format=sarif revises-period.strat unit-mismatch.strat >"$t"; echo "exit $?"; check "$t" two-files || rc=1
$STRATC check --format=sarif many.strat >"$t"; echo "exit $?"; check "$t" many || rc=1
$STRATC check --format=sarif unit-mismatch-ok.strat >"$t"; echo "exit $?"; check "$t" clean || rc=1
rm -f "$t"
exit $rc
