check baseline-missing.strat
