import --sheet=jisseki dates.xlsx plan.strat
