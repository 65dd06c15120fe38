import --sheet=実績 dates.xlsx plan.strat
