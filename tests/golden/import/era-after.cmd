import era-after.csv plan.strat
