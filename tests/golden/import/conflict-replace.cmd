import --replace conflict.csv plan.strat
