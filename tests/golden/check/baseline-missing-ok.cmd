check baseline-missing-ok.strat
