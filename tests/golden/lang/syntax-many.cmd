check syntax-many.strat
