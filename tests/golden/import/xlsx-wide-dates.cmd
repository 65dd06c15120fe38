import wide-dates.xlsx plan.strat
