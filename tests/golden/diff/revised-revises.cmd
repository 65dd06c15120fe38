diff revised.strat
