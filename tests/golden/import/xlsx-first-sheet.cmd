import dates.xlsx plan.strat
