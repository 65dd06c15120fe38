import --strict era-after.csv plan.strat
