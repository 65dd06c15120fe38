check number-range-ok.strat
