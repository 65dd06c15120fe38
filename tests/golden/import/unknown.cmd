import unknown.csv plan.strat
