check percent-range-ok.strat
