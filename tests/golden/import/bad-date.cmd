import bad-date.csv plan.strat
