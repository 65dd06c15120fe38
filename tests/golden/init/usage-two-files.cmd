init a.strat b.strat
