report has-errors.strat
