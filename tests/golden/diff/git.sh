# git.sh - REV:PATH, `stratc diff FILE` through revises, and the git
# external diff driver, in a throwaway repository.  A file named
# `$(touch x)` must be only a name: git runs without a shell.
set -u
unset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE GIT_CONFIG_PARAMETERS
here=$(pwd)
repo=$(mktemp -d)
trap 'rm -rf "$repo"' EXIT
cd "$repo" || exit 2
git init -q .
git config user.name "stratc test"
git config user.email "test@example.invalid"
git config commit.gpgsign false
cp "$here/base.strat" plan.strat
cp "$here/base.strat" base.strat
cp "$here/revised.strat" revised.strat
cp "$here/base.strat" '$(touch x).strat'
git add . && git commit -q -m "base"
cp "$here/revised.strat" plan.strat
sed 's/"Talent"/"Talent and skills"/' "$here/base.strat" > '$(touch x).strat'

echo '$ stratc diff HEAD:plan.strat plan.strat'
$STRATC diff HEAD:plan.strat plan.strat | head -3
$STRATC diff HEAD:plan.strat plan.strat >/dev/null
echo "exit $?"

echo '$ stratc diff HEAD:./plan.strat HEAD:plan.strat   (the same blob)'
$STRATC diff HEAD:./plan.strat HEAD:plan.strat
echo "exit $?"

echo '$ stratc diff HEAD:revised.strat   (revises "base.strat", read from HEAD too)'
$STRATC diff HEAD:revised.strat | tail -1
rm base.strat
$STRATC diff HEAD:revised.strat >/dev/null
echo "exit $?"

echo '$ stratc diff HEAD:$(touch x).strat $(touch x).strat'
$STRATC diff 'HEAD:$(touch x).strat' '$(touch x).strat'
echo "exit $?"
[ -e x ] && echo "x was created: a shell ran" || echo "no file x"

echo '$ stratc diff HEAD:nothere.strat plan.strat'
$STRATC diff HEAD:nothere.strat plan.strat 2>&1 | sed 's/^fatal: .*/fatal: (git says why)/'
$STRATC diff HEAD:nothere.strat plan.strat 2>/dev/null
echo "exit $?"

echo '$ git diff (stratc as the external diff driver)'
echo '*.strat diff=strat' > .gitattributes
git config diff.strat.command "$STRATC diff --git-driver"
git diff -- plan.strat | head -4
git diff >/dev/null
echo "exit $?"

echo '$ git diff, layout-only change'
git checkout -q -- plan.strat
cp "$here/layout.strat" plan.strat
git diff -- plan.strat
echo "exit $?"

echo '$ git diff, a syntax error in one file and a change in another (git goes on)'
git checkout -q -- plan.strat
cp "$here/broken-syntax.strat" plan.strat
sed 's/"Talent"/"People"/' "$here/base.strat" > base.strat
git diff -- plan.strat base.strat > "$repo.out"
echo "exit $?"
cat "$repo.out"
rm -f "$repo.out"
