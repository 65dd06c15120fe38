check fiscal-named-by-bad.strat
