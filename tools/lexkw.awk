# lexkw.awk - lexer.l with its keyword rules made from keywords.def.
#
#   awk -f tools/lexkw.awk lang/front/keywords.def lang/front/lexer.l > lexer.l
#
# The line `%KEYWORDS%` in lexer.l is replaced by one flex rule per keyword,
# so flex's tables still recognise every keyword at no cost per token, and
# the words are written down once.
FNR == NR {
    if ($0 ~ /^ITEM\(/ || $0 ~ /^WORD\(/) {
        line = $0
        sub(/^[A-Z]+\(/, "", line); sub(/\)[ \t]*$/, "", line)
        n = split(line, f, /,[ \t]*/)
        if ($0 ~ /^ITEM/) { word = f[2]; tok = f[3]; how = f[4] }
        else { word = f[1]; tok = f[2]; how = "WORD" }
        if (tok == "0") next
        if (how == "BLOCK") act = "BLOCK(" tok ", " word ");"
        else if (how == "LINE") act = "ITEM(" tok ");"
        else act = "return " tok ";"
        rules[++nr] = sprintf("%-25s { %s }", word, act)
    }
    next
}
/^%KEYWORDS%$/ {
    print " /* The keywords, generated from keywords.def (tools/lexkw.awk). */"
    for (i = 1; i <= nr; i++) print rules[i]
    next
}
{ print }
