# Includes nest at most STRAT_MAX_INCLUDE_DEPTH (16) files deep: a longer
# chain is an error at the include that goes too far, not a stack overflow.
set -u
t=$(mktemp -d) && trap 'rm -rf "$t"' EXIT
cd "$t"
printf 'strategy s "S" {\n  include "f1.strat"\n}\n' > main.strat
i=1
while [ $i -le 20 ]; do
    printf 'sector s%d "S%d"\ninclude "f%d.strat"\n' $i $i $((i + 1)) > f$i.strat
    i=$((i + 1))
done
printf 'sector last "Last"\n' > f21.strat
echo '$ stratc check main.strat'
$STRATC check main.strat; echo "exit $?"
