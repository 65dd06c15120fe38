check limit.strat
