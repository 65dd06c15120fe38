import wide-extra.csv plan.strat
