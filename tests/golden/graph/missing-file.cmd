graph missing.strat
