import handmade.xlsx plan.strat
