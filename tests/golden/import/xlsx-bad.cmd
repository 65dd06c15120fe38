import bad.xlsx plan.strat
