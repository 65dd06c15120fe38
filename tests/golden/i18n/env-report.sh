# report without --lang: its tables stay Japanese (the default, as before),
# and its diagnostics follow the environment.
LC_ALL= LANG=ja_JP.UTF-8 $STRATC report syntax.strat
echo "exit $?"
$STRATC report syntax.strat
