graph has-errors.strat
