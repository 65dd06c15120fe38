check syntax.strat
