import empty.csv plan.strat
