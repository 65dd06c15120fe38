fmt fiscal-named-by.strat
