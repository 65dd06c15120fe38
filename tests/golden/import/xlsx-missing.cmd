import missing.xlsx plan.strat
