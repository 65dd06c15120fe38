import layout-unknown.csv plan.strat
