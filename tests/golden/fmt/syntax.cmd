fmt syntax.strat
