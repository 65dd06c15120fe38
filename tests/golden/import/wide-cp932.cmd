import wide-cp932.csv plan.strat
