fmt included.strat
