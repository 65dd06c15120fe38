check number-range.strat
