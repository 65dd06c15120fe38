import placement.csv plan.strat
