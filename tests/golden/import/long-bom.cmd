import long-bom.csv plan.strat
