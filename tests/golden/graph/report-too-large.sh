# A strategy of more than 400 nodes: the reports say the picture is too
# large and name `stratc graph`, which still draws it; --no-graph leaves the
# section out.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
{
    echo 'strategy big "Big" {'
    echo '  period 2024-04 .. 2025-03'
    echo '  as_of 2024-12'
    echo '  project p "P" {'
    i=0
    while [ $i -lt 420 ]; do
        echo "    indicator i$i \"I$i\" { target 10 by 2025-03"
        echo "      actual 5 at 2024-12 }"
        i=$((i + 1))
    done
    echo '  }'
    echo '}'
} >"$d/big.strat"
$STRATC report --format=md --lang=en "$d/big.strat" | sed -n '/^## Logic model/,/^## 1\./p'
$STRATC report --format=html "$d/big.strat" | grep -o '<h2>構成図</h2>\|<p class="meta">構成図[^<]*</p>'
$STRATC report --format=md --no-graph "$d/big.strat" | grep -c '構成図'
$STRATC graph "$d/big.strat" | grep -c ' -> '
