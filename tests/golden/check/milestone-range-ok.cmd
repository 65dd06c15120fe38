check milestone-range-ok.strat
