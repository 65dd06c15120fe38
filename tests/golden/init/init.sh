# init.sh - every template, as `init` writes it, is the file in templates/
# byte for byte, passes `check --werror` and `fmt --check`; init creates
# the file with the umask's mode and leaves no temporary behind; it never
# replaces anything: a file, a directory, a symbolic link (even dangling).
t=${TMPDIR:-/tmp}/init-$$
mkdir -p "$t"
tpl=../../../templates
umask 022
for name in sogo okr blank; do
    for lang in ja en; do
        f="$t/$name-$lang.strat"
        $STRATC init --template=$name --lang=$lang "$f" >/dev/null || echo "$name-$lang: init failed"
        cmp -s "$f" "$tpl/$name-$lang.strat" || echo "$name-$lang: differs from templates/"
        $STRATC check --werror "$f" || echo "$name-$lang: check found something"
        $STRATC fmt --check "$f" || echo "$name-$lang: not formatted"
        echo "$name-$lang: $(stat -c %a "$f") $(grep -c indicator "$f") indicators"
    done
done
$STRATC init - | cmp -s - "$tpl/sogo-ja.strat" && echo "default: sogo, ja"
cd "$t"
echo '== an existing file'
echo keep >kept.strat
$STRATC init kept.strat; echo "exit $?"
cat kept.strat
echo '== a directory, a dangling link'
mkdir d
$STRATC init d; echo "exit $?"
ln -s nowhere.strat link.strat
$STRATC init link.strat; echo "exit $?"
test -e nowhere.strat && echo "wrote through the link"
echo '== a directory that does not exist'
$STRATC init no/such/plan.strat; echo "exit $?"
echo '== what is left'
ls -A
cd / && rm -rf "$t"
