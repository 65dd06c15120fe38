report municipal.strat
