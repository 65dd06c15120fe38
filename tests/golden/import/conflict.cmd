import conflict.csv plan.strat
