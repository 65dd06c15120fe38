check numbers.strat
