import unclosed.csv plan.strat
