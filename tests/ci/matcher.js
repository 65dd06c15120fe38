// matcher.js - the problem matcher (.github/stratc-matcher.json) reads the
// real output of `stratc check`, with JavaScript's regular expressions, as
// the GitHub runner applies them: every error and warning becomes one
// annotation with its file, line, column, severity, message and rule, and
// nothing else does (notes, source lines, carets, help lines, the summary).
// The expected findings come from the same run's --format=json.
//
//   node tests/ci/matcher.js build/stratc
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const stratc = path.resolve(process.argv[2]);
const dir = __dirname;
const matchers = JSON.parse(fs.readFileSync(path.join(dir, '..', '..', '.github', 'stratc-matcher.json'), 'utf8'))
  .problemMatcher;
const args = ['plans/broken.strat', 'nothere.strat'];
const env = Object.assign({}, process.env, { NO_COLOR: '1', LC_ALL: 'C.UTF-8' });
const run = (extra) => spawnSync(stratc, ['check', ...extra, ...args], { cwd: dir, env, encoding: 'utf8' });

const text = run(['--color=never']);
const json = JSON.parse(run(['--format=json']).stdout);
let failed = 0;
const fail = (msg) => { console.log('FAIL: ' + msg); failed++; };

// What the runner does: each line against each matcher, the first that matches.
const found = [];
for (const line of text.stderr.split('\n')) {
  for (const m of matchers) {
    const p = m.pattern[0];
    const r = new RegExp(p.regexp).exec(line);
    if (!r) continue;
    found.push({
      owner: m.owner, line,
      file: p.file ? r[p.file] : undefined,
      lineNo: p.line ? Number(r[p.line]) : undefined,
      column: p.column ? Number(r[p.column]) : undefined,
      severity: r[p.severity], message: r[p.message], code: r[p.code],
    });
    break;
  }
}

const want = json.diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning');
if (want.length < 4) fail(`the fixture gives only ${want.length} errors and warnings`);
if (!json.diagnostics.some((d) => d.notes && d.notes.length)) fail('the fixture gives no notes');
if (found.length !== want.length)
  fail(`${found.length} annotations for ${want.length} findings:\n  ` + found.map((f) => f.line).join('\n  '));
want.forEach((d, i) => {
  const f = found[i];
  if (!f) return;
  const got = JSON.stringify([f.file, f.lineNo, f.column, f.severity, f.message, f.code]);
  const exp = JSON.stringify(d.file === null
    ? [undefined, undefined, undefined, d.severity, d.message, d.code]
    : [d.file, d.line, d.column, d.severity, d.message, d.code]);
  if (got !== exp) fail(`annotation ${i + 1}: got ${got}, want ${exp}`);
});
if (!found.some((f) => f.owner === 'stratc-file')) fail('the unreadable file gives no annotation');
if (found.some((f) => f.file === 'fake.strat')) fail('a source line was read as a finding');
console.log(failed ? `matcher: ${failed} failed` : `matcher: ${found.length} annotations, all as expected`);
process.exit(failed ? 1 : 0);
