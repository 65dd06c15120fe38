import missing.csv plan.strat
