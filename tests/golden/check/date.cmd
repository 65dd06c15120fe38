check date.strat
