import title-rows.csv plan.strat
