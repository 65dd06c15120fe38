# The editors' grammars know every word of keywords.def, the language's one
# keyword table: a word added there and not to editors/ fails here.
set -u
root=../../..
words=$(sed -n 's/^ITEM([A-Z_]*, *"\([a-z_]*\)", *KW_.*/\1/p; s/^WORD("\([a-z_]*\)".*/\1/p' "$root/lang/front/keywords.def")
n=0
for w in $words; do
    n=$((n + 1))
    grep -qw "$w" "$root/editors/vim/syntax/strat.vim" || echo "editors/vim/syntax/strat.vim lacks '$w'"
    grep -qw "$w" "$root/editors/textmate/strat.tmLanguage.json" || echo "editors/textmate/strat.tmLanguage.json lacks '$w'"
done
echo "$n keywords"
