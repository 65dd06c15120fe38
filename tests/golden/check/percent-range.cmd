check percent-range.strat
