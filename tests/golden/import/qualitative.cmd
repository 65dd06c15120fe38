import qualitative.csv plan.strat
