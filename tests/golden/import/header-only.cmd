import header-only.csv plan.strat
