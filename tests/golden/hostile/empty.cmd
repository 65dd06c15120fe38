check empty.strat
