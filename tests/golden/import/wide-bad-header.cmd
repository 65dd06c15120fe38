import wide-bad-header.csv plan.strat
