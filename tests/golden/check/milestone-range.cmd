check milestone-range.strat
