check many.strat
