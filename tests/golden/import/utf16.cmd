import utf16.csv plan.strat
