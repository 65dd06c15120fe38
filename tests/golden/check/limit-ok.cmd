check limit-ok.strat
