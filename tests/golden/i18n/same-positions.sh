# Translation changes messages only: positions, severities, rule ids, the
# number of findings and the exit status are the same in both languages, in
# the gcc form and in JSON (the message and notes' texts left out).
gcc_shape() { sed -n 's/^\([^ ][^:]*:[0-9]*:[0-9]*: [a-z]*\): .*\(\[[a-z-]*\]\)$/\1 \2/p; s/^\([^ ][^:]*:[0-9]*:[0-9]*: [a-z]*\): .*/\1/p'; }
json_shape() { jq -c 'def s: {file, line, column, end_line, end_column, severity, code, notes: ((.notes // []) | map(s))}; (.diagnostics | map(s)), .errors, .warnings'; }
for f in findings.strat syntax.strat; do
    $STRATC check --lang=en $f 2>&1 >/dev/null | gcc_shape > en.txt
    $STRATC check --lang=ja $f 2>&1 >/dev/null | gcc_shape > ja.txt
    $STRATC check --lang=en $f >/dev/null 2>&1; ecode=$?
    $STRATC check --lang=ja $f >/dev/null 2>&1; jcode=$?
    cmp -s en.txt ja.txt && echo "$f: gcc: same $(wc -l < ja.txt) lines, exit $ecode/$jcode"
    $STRATC check --lang=en --format=json $f | json_shape > en.txt
    $STRATC check --lang=ja --format=json $f | json_shape > ja.txt
    cmp -s en.txt ja.txt && echo "$f: json: same"
    $STRATC check --lang=en --format=sarif $f | jq -c '[.runs[0].results[] | {ruleId, level, locations}]' > en.txt
    $STRATC check --lang=ja --format=sarif $f | jq -c '[.runs[0].results[] | {ruleId, level, locations}]' > ja.txt
    cmp -s en.txt ja.txt && echo "$f: sarif: same"
done
rm -f en.txt ja.txt
