check formats.strat
