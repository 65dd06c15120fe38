# dir.sh - check DIR and fmt --check DIR: every .strat below, sorted; a file
# reached through include is checked with its includer, not alone (an
# include cycle still gets checked); inside a git work tree .gitignore'd
# files are skipped, outside one every file counts (but not .git); a file
# found again in a directory after it was named is checked once.
t=${TMPDIR:-/tmp}/dir-$$
mkdir -p "$t/plans/b" "$t/plans/a" "$t/plans/ignored" "$t/plans/cycle"
export GIT_CONFIG_NOSYSTEM=1 HOME="$t"
cp formats.strat "$t/plans/b/z.strat"
cat >"$t/plans/a/main.strat" <<'S'
strategy main "Main" {
  period FY2024 .. FY2026
  as_of 2025-03
  goal "A goal."
  include "part.strat"
}
S
cat >"$t/plans/a/part.strat" <<'S'
project p "P" {
  activity "Work"
  indicator i "I" {
    unit "x"
    baseline 0 x at FY2023
    target 30 x by FY2026
    actual 10 x at FY2024
    actual 12 x at FY2024
  }
}
S
printf 'include "two.strat"\n' >"$t/plans/cycle/one.strat"
printf 'include "one.strat"\n' >"$t/plans/cycle/two.strat"
printf 'strategy {\n' >"$t/plans/ignored/broken.strat"
printf 'not a plan\n' >"$t/plans/b/notes.txt"
cd "$t"
echo '== outside git'
$STRATC check plans; echo "exit $?"
echo '== junit'
$STRATC check --format=junit plans/a plans/b | grep -o '<testcase [^>]*'
echo '== a file named and found again is checked once'
$STRATC check --format=junit plans/a/main.strat plans/a | grep -o '<testcase [^>]*'
echo '== fmt --check'
$STRATC fmt --check plans; echo "exit $?"
echo '== in a git work tree, with ignored/ in .gitignore'
git init -q .
printf 'ignored/\n' >plans/.gitignore
$STRATC check --format=junit plans | grep -o '<testcase [^>]*'
echo '== a tracked file stays even if ignored'
printf '*.strat\n' >plans/b/.gitignore
git add -f plans/b/z.strat
cp plans/b/z.strat plans/b/y.strat   # untracked and ignored: skipped
(cd plans && $STRATC check --format=junit . | grep -o '<testcase [^>]*')
echo '== errors'
$STRATC check nowhere/ plans/a; echo "exit $?"
$STRATC fmt --check nowhere/; echo "exit $?"
mkdir empty
$STRATC check empty; echo "exit $?"
$STRATC check --werror empty; echo "exit $?"
cd / && rm -rf "$t"
