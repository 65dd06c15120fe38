#!/bin/sh
# precommit.sh - the hooks in .pre-commit-hooks.yaml, run by pre-commit itself
# (`pre-commit try-repo`) on a repository of plans: they pass on good plans,
# stratc-check fails on a broken one, stratc-fmt rewrites a badly laid out
# one and stratc-fmt-check fails on it.
#
#   sh tests/ci/precommit.sh build/stratc
#
# Offline: the hooks are language: system and call the stratc under test,
# put first on PATH; PRE_COMMIT_HOME is a temporary directory.
set -u
bin=$(cd "$(dirname "$1")" && pwd)
src=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
export PATH="$bin:$PATH" PRE_COMMIT_HOME="$tmp/home" NO_COLOR=1 LC_ALL=C.UTF-8 TZ=UTC
export GIT_CONFIG_NOSYSTEM=1 HOME="$tmp" GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@example.com \
    GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@example.com
unset GIT_DIR GIT_WORK_TREE
fail=0
ok()  { echo "ok: $1"; }
bad() { echo "FAIL: $1"; fail=1; }

# The hooks repository: this tree's hook file, committed (try-repo reads a git repository).
git init -q "$tmp/hooks" && cp "$src/.pre-commit-hooks.yaml" "$tmp/hooks/" &&
    git -C "$tmp/hooks" add . && git -C "$tmp/hooks" commit -qm hooks || { echo "FAIL: setup"; exit 1; }

# A repository of plans: one with an include, one plain.
repo="$tmp/plans"
mkdir -p "$repo/kpi"
git init -q "$repo"
stratc init --template=okr --lang=en "$repo/okr.strat" >/dev/null
cat >"$repo/kpi/main.strat" <<'PLAN'
strategy main "Main" {
  period FY2024 .. FY2026
  as_of 2025-03

  goal "A goal."

  include "part.strat"
}
PLAN
cat >"$repo/kpi/part.strat" <<'PLAN'
project p "P" {
  activity "Work"

  indicator i "I" {
    unit "x"
    baseline 0 x at FY2023
    target 30 x by FY2026
    actual 10 x at FY2024
  }
}
PLAN
git -C "$repo" add . && git -C "$repo" commit -qm plans

run() { # run HOOK: pre-commit try-repo on every file of the plans repository
    (cd "$repo" && pre-commit try-repo "$tmp/hooks" "$1" --all-files) >"$tmp/out" 2>&1
}

if run stratc-check; then ok "stratc-check passes on good plans"; else bad "stratc-check on good plans"; cat "$tmp/out"; fi
if run stratc-fmt-check; then ok "stratc-fmt-check passes"; else bad "stratc-fmt-check on good plans"; cat "$tmp/out"; fi

# A broken plan: an undefined sector.
sed 's/activity "Work"/sectors nowhere/' "$repo/kpi/part.strat" >"$tmp/p" && mv "$tmp/p" "$repo/kpi/part.strat"
git -C "$repo" add . && git -C "$repo" commit -qm broken
if run stratc-check; then bad "stratc-check passed a broken plan"; cat "$tmp/out"
elif grep -q "part.strat:.*error: .*nowhere.*\[undefined-reference\]" "$tmp/out"; then ok "stratc-check fails on a broken plan"
else bad "stratc-check failed without the diagnostic"; cat "$tmp/out"; fi
git -C "$repo" revert --no-edit HEAD >/dev/null || bad "git revert"

# A plan that is not in the canonical layout.
sed 's/^  goal /  goal      /' "$repo/kpi/main.strat" >"$tmp/m" && mv "$tmp/m" "$repo/kpi/main.strat"
git -C "$repo" add . && git -C "$repo" commit -qm layout
if run stratc-fmt-check; then bad "stratc-fmt-check passed a misformatted plan"; cat "$tmp/out"
elif grep -q "kpi/main.strat" "$tmp/out"; then ok "stratc-fmt-check fails naming the file"
else bad "stratc-fmt-check failed without naming the file"; cat "$tmp/out"; fi
if run stratc-fmt; then bad "stratc-fmt passed while rewriting"; cat "$tmp/out"
elif grep -q '^  goal "A goal."$' "$repo/kpi/main.strat"; then ok "stratc-fmt rewrites and fails"
else bad "stratc-fmt did not rewrite"; cat "$tmp/out"; fi
if run stratc-fmt; then ok "stratc-fmt passes once formatted"; else bad "stratc-fmt after rewriting"; cat "$tmp/out"; fi

[ $fail = 0 ] && echo "pre-commit hooks: all passed"
exit $fail
