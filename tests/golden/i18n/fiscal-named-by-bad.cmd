check --lang=ja fiscal-named-by-bad.strat
