import bad-number.csv plan.strat
